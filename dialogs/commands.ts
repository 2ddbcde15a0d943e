// Reads what a resident asked for, whether tapped on a card (Action.Submit data, parsed by ui/actions.ts) or typed as a short command.
import { fold } from '../knowledge/text.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { type ButtonData, type CommandData, JOURNEY_ACTION, readButton, STAFF_ACTION } from './ui/actions.js';

/**
 * A command of the conversation: a tapped button (its parsed data, `id`, `value` and the card's inputs included) or the
 * typed form of one. A journey's and staff search's own buttons are not commands: only their dialogs read them.
 */
export type Command = CommandData;
export type Action = Command['action'];

/** The commands that can be typed as words. */
type TypedAction = 'forget' | 'summary' | 'staff' | 'startOver' | 'more' | 'else' | 'nearer' | 'phone' | 'continue';

/** Typed forms; a message counts as a command only when it is one of these as a whole, so needs are never mistaken for one. */
const TYPED: Record<TypedAction, string[]> = {
  forget: ['poista tietoni', 'unohda minut', 'poista minun tietoni', 'glöm mig', 'radera mina uppgifter', 'forget me', 'delete my data'],
  summary: ['yhteenveto', 'näytä yhteenveto', 'sammanfattning', 'visa sammanfattning', 'summary', 'show summary', 'show my summary'],
  staff: ['staff', 'henkilöstö', 'personal', 'staff search', 'henkilöstöhaku', 'personalsök'],
  startOver: ['aloita alusta', 'alusta', 'alkuun', 'börja om', 'börja om från början', 'start over', 'restart', 'start again'],
  more: ['lisää tällaisia', 'lisää samanlaisia', 'näytä lisää', 'fler sådana', 'fler liknande', 'more like this', 'show more'],
  else: ['jotain muuta', 'näytä jotain muuta', 'något annat', 'visa något annat', 'something else', 'show something else'],
  nearer: ['lähempänä', 'lähempää', 'lähellä minua', 'lähempänä minua', 'närmare', 'närmare mig', 'nearer', 'nearer to me', 'closer', 'near me'],
  phone: ['vain puhelimitse', 'puhelimitse', 'vain puhelin', 'bara per telefon', 'per telefon', 'only by phone', 'by phone', 'phone only'],
  continue: ['jatka', 'jatketaan', 'fortsätt', 'vi fortsätter', 'continue', 'go on'],
};

const SWITCH: Record<Lang, string[]> = {
  fi: ['suomeksi', 'suomi', 'puhu suomea', 'på finska', 'finska', 'in finnish', 'finnish'],
  sv: ['på svenska', 'svenska', 'ruotsiksi', 'in swedish', 'swedish', 'tala svenska'],
  en: ['in english', 'english', 'englanniksi', 'på engelska', 'engelska', 'speak english'],
};

const POLITE = /\b(kiitos|please|tack|pls|kiitti)\b/g;

/** Folded, without punctuation and courtesy words: "Glöm mig, tack!" → "glom mig". */
export function normaliseCommandText(text: string): string {
  return fold(text.slice(0, 200)).replace(POLITE, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

const typedIndex = new Map<string, TypedAction>();
for (const [action, phrases] of Object.entries(TYPED) as [TypedAction, string[]][]) {
  for (const p of phrases) typedIndex.set(normaliseCommandText(p), action);
}
const switchIndex = new Map<string, Lang>();
for (const [lang, phrases] of Object.entries(SWITCH) as [Lang, string[]][]) {
  for (const p of phrases) switchIndex.set(normaliseCommandText(p), lang);
}

function isCommand(button: ButtonData): button is Command {
  return button.action !== JOURNEY_ACTION && button.action !== STAFF_ACTION;
}

/**
 * Asked in a sentence rather than with the button's words ("voisitko tehdä yhteenvedon", "can I get a summary", "onko
 * jotain lähempänä?", "finns det något annat?"): short messages only, so a need that mentions one of the words is still
 * read as a need. Destructive commands (forget me, start over) are never guessed: only their exact words count.
 */
const NATURAL: readonly { action: TypedAction; maxWords: number; pattern: RegExp }[] = [
  { action: 'summary', maxWords: 8, pattern: /\b(?:yhteenve\w*|sammanfattning\w*|summary|summari[sz]e|recap)\b/ },
  { action: 'nearer', maxWords: 5, pattern: /\b(?:lahemp\w*|lahempana|lahella minua|narmare|narheten|closer|nearer|near me|nearby)\b/ },
  { action: 'else', maxWords: 5, pattern: /^(?:onko|olisiko|loytyyko|enta|any|anything|is there|have you got|finns det|har du|nagot)\b.*\b(?:muuta|muita|else|other|annat|andra)$/ },
];

/**
 * A command from card data (preferred) or a whole typed message; undefined for anything else. Card data that is not a
 * button of ours, or not one of its values, is no command: a forged value never reaches the dialogs or the state.
 */
export function parseCommand(text: string | undefined, value: unknown): Command | undefined {
  const button = readButton(value);
  if (button && isCommand(button)) return button;
  if (!text || text.length > 200) return undefined;
  const key = normaliseCommandText(text);
  const lang = switchIndex.get(key);
  if (lang) return { action: 'lang', lang };
  const action = typedIndex.get(key);
  if (action) return { action };
  const words = key.split(' ').length;
  const natural = NATURAL.find((n) => words <= n.maxWords && n.pattern.test(key));
  return natural ? { action: natural.action } : undefined;
}

const YES = new Set(['kylla', 'joo', 'juu', 'ok', 'okei', 'selva', 'ja', 'japp', 'javisst', 'yes', 'yep', 'yeah', 'sure', 'oikein', 'stammer', 'right', 'correct']);
const NO = new Set(['ei', 'en', 'nej', 'no', 'nope', 'ei kiitos', 'nej tack', 'no thanks']);

/** Yes/no typed instead of tapped: true, false or undefined when it is neither. */
export function parseYesNo(text: string | undefined): boolean | undefined {
  if (!text) return undefined;
  const key = normaliseCommandText(text);
  if (YES.has(key)) return true;
  if (NO.has(key) || NO.has(fold(text.trim()).replace(/[^\p{L}\s]/gu, '').trim())) return false;
  return undefined;
}
