// What a resident's message says, read the same way by the turn pipeline and by every path that answers without a turn.
import { LANGS, type Lang } from '../knowledge/vocabulary.js';

/** "sv-SE", "sv_FI", "SV" → sv; anything Luotsi does not speak → undefined. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code ?? '') ? (code as Lang) : undefined;
}

/** Card data keys that carry the card's own values (ids, choices), not something the resident typed. */
const CONTROL_KEYS = new Set(['action', 'id', 'q', 'value', 'lang', 'helpful', 'op', 'key', 'add', 'step', 'mode']);

/** What the resident typed into a card's text fields (Input.Text), e.g. the municipality field. */
export function typedCardInputs(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => typeof v === 'string' && v.trim() !== '' && !CONTROL_KEYS.has(key) && !key.startsWith('situation:'))
    .map(([, v]) => (v as string).slice(0, 2000));
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The parts of an incoming activity that say whom it addresses. */
interface Addressed { entities?: readonly { type?: string }[]; recipient?: { id?: string } }

/** True when the bot itself is @mentioned (its mention is stripped from the text, not from the entities). */
export function mentionsBot(activity: Addressed): boolean {
  return (activity.entities ?? []).some((e) => e.type === 'mention'
    && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id);
}
