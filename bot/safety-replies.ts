// The replies that must reach a resident when no ordinary turn can: a rate limit, a state-store outage, a busy turn lock or
// a failed turn. A message the crisis guard flags gets the crisis card; anything else a kind "temporary problem" with 112
// and the MIELI line. Built from the catalogue and the locales alone: no conversation state, no matcher, nothing to wait for.
import { MessageFactory, type Activity } from 'botbuilder';
import type { Catalogue, CrisisResult } from '../knowledge/contracts.js';
import { detectCrisis as defaultDetectCrisis } from '../knowledge/crisis-guard.js';
import { detectLanguage } from '../knowledge/language.js';
import type { CrisisKind, Lang } from '../knowledge/vocabulary.js';
import { withReadableText } from '../dialogs/ui/card-kit.js';
import { crisisCard } from '../dialogs/ui/cards.js';
import { ageFacets, crisisLinesFor, isYoung } from './crisis-lines.js';
import type { I18n } from '../dialogs/i18n.js';
import { langFromLocale, typedCardInputs, wordCount } from './message-text.js';
import { LOCALE_OF } from '../dialogs/session.js';

/** The parts of an incoming activity the replies read. */
export interface IncomingMessage { type?: string; text?: string; value?: unknown; locale?: string }

export interface SafetyReplies {
  /** Whether the crisis guard flags the message (what `crisis` would answer), with nothing built or counted. */
  flags(message: IncomingMessage): boolean;
  /** The crisis reply to a message the guard flags, in `lang` or the language the message is in; undefined otherwise. */
  crisis(message: IncomingMessage, lang?: Lang): Partial<Activity> | undefined;
  /** "A temporary problem", 112 and the MIELI line, and a way to start over, in the message's language. */
  unavailable(message: IncomingMessage): Partial<Activity>;
}

export interface SafetyReplyDeps {
  catalogue: Pick<Catalogue, 'crisisLines'>;
  i18n: I18n;
  /** Defaults to knowledge/crisis-guard.ts. */
  detectCrisis?: (text: string) => CrisisResult;
  /** Told of every crisis reply given, by language and kind (never the text), so such replies are counted like the bot's. */
  onCrisis?: (lang: Lang, kind: CrisisKind) => void;
}

export interface CrisisReplyOptions { lang: Lang; kind: CrisisKind | undefined; young: boolean; canContinue: boolean }

/** The crisis card as the bot sends it: 112 first, the lines for the kind of crisis and the person, in `lang`. */
export function crisisReply(deps: Pick<SafetyReplyDeps, 'catalogue' | 'i18n'>, options: CrisisReplyOptions): Partial<Activity> {
  const t = (key: string, vars?: Record<string, string | number>) => deps.i18n.t(options.lang, key, vars);
  const lines = crisisLinesFor(deps.catalogue, options.kind, options.young);
  return withReadableText({ ...MessageFactory.attachment(crisisCard(t, options.lang, lines, options.canContinue)), locale: LOCALE_OF[options.lang] });
}

/** Everything the resident typed in a message: its text and the text fields of a submitted card. */
export function typedText(message: IncomingMessage): string {
  return [typeof message.text === 'string' ? message.text.trim() : '', ...typedCardInputs(message.value)].filter(Boolean).join('\n');
}

/** The language to answer in without state: the locale's, unless a longer message is clearly in another of ours. */
export function replyLang(text: string, locale: string | undefined): Lang {
  const fromLocale = langFromLocale(locale);
  const detected = text ? detectLanguage(text.slice(0, 500), fromLocale) : 'other';
  if (detected !== 'other' && detected !== fromLocale && wordCount(text) >= 3) return detected;
  return fromLocale ?? (detected === 'other' ? 'fi' : detected);
}

export function createSafetyReplies(deps: SafetyReplyDeps): SafetyReplies {
  const detect = deps.detectCrisis ?? defaultDetectCrisis;
  /** The guard's finding on a message's typed text, or undefined when it is no message or flags nothing. */
  const assess = (message: IncomingMessage): { text: string; kind: CrisisKind | undefined } | undefined => {
    if (message.type !== undefined && message.type !== 'message') return undefined;
    const text = typedText(message);
    const result = text ? detect(text) : undefined;
    return result?.crisis ? { text, kind: result.kind } : undefined;
  };
  return {
    flags: (message) => assess(message) !== undefined,
    crisis(message, lang) {
      const found = assess(message);
      if (!found) return undefined;
      const { text, kind } = found;
      const chosen = lang ?? replyLang(text, message.locale);
      deps.onCrisis?.(chosen, kind ?? 'general');
      return crisisReply(deps, { lang: chosen, kind, young: isYoung(ageFacets(text)), canContinue: false });
    },
    unavailable(message) {
      const lang = replyLang(typedText(message), message.locale);
      const startOver = deps.i18n.t(lang, 'actions.startOver');
      return { ...MessageFactory.suggestedActions([startOver], deps.i18n.t(lang, 'errors.unavailable')), locale: LOCALE_OF[lang] };
    },
  };
}
