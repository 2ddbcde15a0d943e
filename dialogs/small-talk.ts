// Recognises a message that is only small talk (a greeting, thanks, a goodbye, or only emoji), so it gets a short,
// natural reply instead of "I didn't understand". Pure: no botbuilder, no state. A message is small talk only when
// every word of it is a courtesy word, so anything that also tells a need ("hei, olen yksinäinen") is never one.
import { fold } from '../knowledge/text.js';

export const SMALL_TALK = ['greeting', 'thanks', 'goodbye', 'emoji'] as const;
export type SmallTalk = (typeof SMALL_TALK)[number];

/** Phrases per kind and language, written as residents type them; folded when the module loads. */
const PHRASES: Record<Exclude<SmallTalk, 'emoji'>, Record<'fi' | 'sv' | 'en', string[]>> = {
  greeting: {
    fi: ['moi', 'hei', 'terve', 'tervehdys', 'moro', 'morjens', 'morjesta', 'moikku', 'heips', 'hellurei', 'päivää', 'hyvää päivää',
      'huomenta', 'hyvää huomenta', 'iltaa', 'hyvää iltaa', 'hei taas', 'moi taas'],
    sv: ['hej', 'hejsan', 'hej hej', 'hallå', 'tjena', 'tjenare', 'morsning', 'god morgon', 'godmorgon', 'god dag', 'goddag',
      'god kväll', 'god eftermiddag', 'hej igen'],
    en: ['hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'good morning', 'good afternoon', 'good evening', 'hi there',
      'hello there', 'hey there', 'hi again', 'hello again'],
  },
  thanks: {
    fi: ['kiitos', 'kiitti', 'kiitoksia', 'kiitän', 'kiitos paljon', 'paljon kiitoksia', 'kiitos kiitos', 'kiitos avusta',
      'kiitos avustasi', 'kiitti avusta', 'suuret kiitokset', 'kiitokset'],
    sv: ['tack', 'tackar', 'tack så mycket', 'stort tack', 'tusen tack', 'tack för hjälpen', 'tack tack', 'tack ska du ha'],
    en: ['thanks', 'thank you', 'thank u', 'thanx', 'thx', 'ty', 'tysm', 'thanks a lot', 'thank you so much', 'thank you very much',
      'thanks so much', 'many thanks', 'thanks for the help', 'thank you for the help', 'thanks for your help', 'thank you for your help', 'cheers'],
  },
  goodbye: {
    fi: ['heippa', 'moikka', 'hei hei', 'moi moi', 'heipä hei', 'heido', 'moido', 'näkemiin', 'nähdään', 'hyvää yötä', 'hyvää jatkoa',
      'hyvää päivänjatkoa', 'hyvästi'],
    sv: ['hej då', 'hejdå', 'adjö', 'vi ses', 'ha det', 'ha det bra', 'god natt', 'ha en bra dag', 'hej hej då'],
    en: ['bye', 'bye bye', 'byebye', 'goodbye', 'good bye', 'see you', 'see ya', 'see you later', 'good night', 'take care',
      'have a nice day', 'have a good day'],
  },
};

/** Words that may stand beside the phrases without adding anything: a name, "and", "so much". */
const FILLERS = new Set(['luotsi', 'ja', 'och', 'and', 'paljon', 'sa', 'mycket', 'so', 'very', 'much', 'a', 'lot', 'taas', 'igen', 'again', 'there']);

/**
 * Emoji that carry sadness, distress or danger are never answered with a cheerful line: those messages go the normal
 * way (the crisis guard has already read them before the dialog).
 */
const HEAVY_EMOJI = new Set([
  '😢', '😭', '😞', '😔', '😟', '😩', '😫', '😣', '😖', '😿', '🥺', '😥', '😓', '😰', '😨', '😱', '😧', '😦', '☹', '🙁', '😕', '💔',
  '🖤', '🥀', '😶', '😐', '😑', '😒', '😠', '😡', '🤬', '🤯', '😵', '🤕', '🤒', '🤢', '🤮', '💀', '☠', '👻', '🆘', '⚠', '🚑', '🚨',
  '🔪', '🗡', '⚔', '🔫', '💊', '💉', '⚰', '🪦', '🪢', '🩸', '🌉', '🚆', '🚂', '🚄', '🔥', '💣', '🧨', '🍺', '🍷', '🥃', '🚬',
]);

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI_PARTS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D|\u20E3/gu;
/** Happy text emoticons count as emoji: ":)", ":-D", ";)", "<3", "^^". Sad ones (":(") do not. */
const EMOTICON = /(^|\s)(?:[:;=8][-'^]?[)\]DPp*]+|<3+|\^_?\^)(?=\s|$)/g;
const MAX_LENGTH = 80;

interface Phrase { words: string[]; kind: Exclude<SmallTalk, 'emoji'> }

/** Stretched letters ("moiii", "kiitoksiaaa") to one; double letters ("moikka") stay. */
const unstretch = (word: string) => word.replace(/(\p{L})\1{2,}/gu, '$1');
const wordsOf = (text: string) => fold(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).map(unstretch);

const PHRASE_LIST: Phrase[] = Object.entries(PHRASES)
  .flatMap(([kind, byLang]) => Object.values(byLang).flat().map((p) => ({ words: wordsOf(p), kind: kind as Phrase['kind'] })))
  // Longest first, so "hei hei" is a goodbye before "hei" is a greeting.
  .sort((a, b) => b.words.length - a.words.length);

/** The kinds of small talk the words are made of, or undefined when any word is something else. */
function phraseKinds(words: readonly string[]): Set<Phrase['kind']> | undefined {
  const kinds = new Set<Phrase['kind']>();
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    const phrase = PHRASE_LIST.find((p) => p.words.every((w, j) => words[i + j] === w));
    if (phrase) {
      kinds.add(phrase.kind);
      i += phrase.words.length;
    } else if (FILLERS.has(word)) {
      i += 1;
    } else {
      return undefined;
    }
  }
  return kinds;
}

/**
 * What kind of small talk the whole message is, or undefined when it is anything more. When a message mixes kinds,
 * leaving wins over thanking, and thanking over greeting: "kiitos, heippa!" is a goodbye, "hei, kiitos" thanks.
 */
export function smallTalkKind(text: string | undefined): SmallTalk | undefined {
  const raw = (text ?? '').trim();
  if (!raw || raw.length > MAX_LENGTH) return undefined;
  for (const ch of raw) if (HEAVY_EMOJI.has(ch)) return undefined;
  const withEmoticons = raw.replace(EMOTICON, '$1🙂');
  const hasEmoji = PICTOGRAPH.test(withEmoticons);
  const words = wordsOf(withEmoticons.replace(EMOJI_PARTS, ' '));
  if (words.length === 0) return hasEmoji ? 'emoji' : undefined;
  const kinds = phraseKinds(words);
  if (!kinds || kinds.size === 0) return undefined;
  if (kinds.has('goodbye')) return 'goodbye';
  if (kinds.has('thanks')) return 'thanks';
  return 'greeting';
}
