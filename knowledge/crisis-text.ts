// What the crisis guard reads: any input reduced to lower-case a–z words, digits and sentence marks, with the
// disguises a distressed teenager really types undone first: mathematical and full-width letters (NFKC), look-alike
// letters from other scripts (the Unicode TR39 confusables table, through `unhomoglyph`), zero-width characters used
// as word separators, letters spaced out ("t a p a n  i t s e n i"), leet digits ("k1ll mys3lf") and emoji that carry
// a meaning (a knife, pills, a coffin) mapped to marker words the lexicon knows. Every step is linear in the input
// and tokens are capped, so no input can make the guard expensive.
import { createRequire } from 'node:module';
import { fold } from './text.js';

/** Long messages are read in full up to this many characters (a Direct Line message is at most 64 KB of JSON). */
export const MAX_SCAN_CHARS = 20_000;
/** No word is longer; a 16 KB "word" is cut into pieces the regular expressions pass over quickly. */
const MAX_TOKEN = 40;

const require = createRequire(import.meta.url);
/** TR39 confusables: a character → its prototype ("е" Cyrillic → "e"). */
const CONFUSABLES = require('unhomoglyph/data.json') as Record<string, string>;

/**
 * Emoji that carry the meaning next to words of despair. Marker words ("zzknife") never occur in real text, so the
 * lexicon can combine them with despair without reading a kitchen knife in a recipe as a threat.
 */
const EMOJI_MARKERS: ReadonlyMap<string, string> = new Map([
  ['🔪', 'zzknife'], ['🗡', 'zzknife'], ['⚔', 'zzknife'], ['🔫', 'zzgun'], ['💊', 'zzpills'], ['⚰', 'zzcoffin'], ['🪦', 'zzcoffin'],
  ['🪢', 'zzrope'], ['🩸', 'zzblood'], ['🌉', 'zzbridge'], ['🚆', 'zztrain'], ['🚂', 'zztrain'], ['🚄', 'zztrain'],
]);
const EMOJI = /\p{Extended_Pictographic}/gu;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E\u2800]/g;
const SOFT_HYPHEN = /\u00AD/g;
/** Three or more single letters or digits joined by one and the same separator: "t a p a n", "k.i.l.l", "k-1-l-l". */
const SPACED = /[\p{L}\p{N}]([ .\-_*·])(?<![\p{L}\p{N}]{2}[ .\-_*·])(?:[\p{L}\p{N}]\1)+[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const SPACED_SEPARATOR = /[ .\-_*·]/g;
/**
 * Three letters one space apart ("a b c"). The expressions of this file begin at their literal character and look back
 * from there: V8 runs that many times faster than a look-behind tried at every position.
 */
const SPACED_LETTERS = / (?<=\p{L} )\p{L} \p{L}/u;
/** What every SPACED run contains: one code point (a letter or digit) between two equal separators. */
const SPACED_HINT = /([ .\-_*·])[^ .\-_*·]\1/u;
const NON_ASCII = /[\u0080-\uffff]/;
const DIGIT = /[0-9]/;
/** A whole message typed letter by letter, words apart by two spaces: "j a g  t ä n k e r  t a  l i v e t  a v  m i g". */
const SPACED_GROUP = /^(?:\p{L}|\p{N})(?: (?:\p{L}|\p{N}))+ ?[.!?,]?$/u;
/** A word broken across lines: "hirt-\ntää". */
const LINE_BREAK_HYPHEN = /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{L})/gu;
/** Leet inside a word (a run of a–z and digits with both, as `deleet` reads it): digits that stand for letters ("k1ll", "mys3lf"). */
const LEET: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g' };
/** "10mg", "3x", "2kpl", "24h", "4kk", "16v": digits that are quantities, not letters. */
const NOT_LEET = /^[0-9]+(?:mg|g|kg|ml|cl|dl|l|kpl|st|pcs|eur|e|km|m|mm|cm|v|h|min|s|x|pv|vk|kk|krs|lk|vuotias[a-z]*|aring[a-z]*|yo|th|st|nd|rd)$/;

/**
 * Spoken and dialect forms that the lexicon reads in their standard spelling: Finnish "ennää", "mittää", "takas",
 * "huomena", "tänää", Finland-Swedish "int", "mej", "meir", "ti", "vakn". Only forms that are no word of their own.
 */
const SPOKEN: ReadonlyMap<string, string> = new Map([
  ['ennaa', 'enaa'], ['ennaan', 'enaa'], ['enaan', 'enaa'], ['mittaa', 'mitaan'], ['mittaan', 'mitaan'], ['mitaa', 'mitaan'], ['ellaa', 'elaa'], ['ellais', 'elaisi'], ['elais', 'elaisi'],
  ['takas', 'takaisin'], ['takasin', 'takaisin'], ['huomena', 'huomenna'], ['tanaa', 'tanaan'], ['illal', 'illalla'], ['yol', 'yolla'], ['tuu', 'tule'], ['tahro', 'tahdo'],
  ['lopettoo', 'lopettaa'], ['lopettasin', 'lopettaisin'], ['herais', 'heraisi'], ['heraas', 'heraa'], ['ottanu', 'ottanut'], ['ottant', 'ottanut'], ['kaik', 'kaikki'],
  ['itteni', 'itseni'], ['ittensa', 'itsensa'], ['itteaan', 'itseaan'], ['ite', 'itse'], ['valamiiksi', 'valmiiksi'], ['valamiina', 'valmiina'], ['koyen', 'koyden'], ['anto', 'antoi'], ['antanu', 'antanut'],
  ['ee', 'ei'], ['oo', 'ole'], ['vastoo', 'vastaa'], ['tartte', 'tarvitse'], ['tarvii', 'tarvitse'], ['tarvi', 'tarvitse'], ['tarvihe', 'tarvitse'], ['joulloo', 'joulua'], ['putos', 'putosi'],
  ['int', 'inte'], ['mej', 'mig'], ['dej', 'dig'], ['sej', 'sig'], ['meir', 'mer'], ['ti', 'till'], ['vakn', 'vakna'], ['hemm', 'hemma'], ['nan', 'nagon'], ['nanting', 'nagot'], ['ids', 'orkar'],
  ['imorron', 'imorgon'],
  // Savo, Karelian and Ostrobothnian forms of batch 23: "ennee", "piättännä", "miut", "sannoo", "käes", "ettikö", "tibaak".
  ['ennee', 'enaa'], ['piattanna', 'paattanyt'], ['paattanna', 'paattanyt'], ['miut', 'minut'], ['sannoo', 'sanoo'], ['kaes', 'kadessa'], ['ettiko', 'etsiko'], ['ettikaa', 'etsikaa'],
  // Southern Ostrobothnian and Tampere forms of batch 25: "köyren" (köyden), "ettiä" (etsiä).
  ['koyren', 'koyden'], ['koyrella', 'koydella'], ['ettia', 'etsia'], ['ettimaan', 'etsimaan'], ['ettimas', 'etsimassa'],
  ['tibaak', 'tillbaka'], ['tibak', 'tillbaka'], ['tibaka', 'tillbaka'], ['tullu', 'tullut'], ['kaatu', 'kaatui'], ['humalas', 'humalassa'], ['vessas', 'vessassa'], ['lukos', 'lukossa'],
]);

const A = 97, Z = 122, UPPER_A = 65, UPPER_Z = 90, ZERO = 48, NINE = 57, APOSTROPHE = 39;
const SENTENCE_MARKS = new Set('.!?;:\n\r'.split('').map((c) => c.charCodeAt(0)));
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x60, 0xb4, 0x2bc]);
const UTF16 = new TextDecoder('utf-16le');
const VOWELS = new Set('aeiouy'.split('').map((c) => c.charCodeAt(0)));
/** The same sets as tables for the ASCII range, read once per character on the turn path. */
const ASCII_SENTENCE_MARK = new Uint8Array(128);
for (const code of SENTENCE_MARKS) ASCII_SENTENCE_MARK[code] = 1;
const ASCII_APOSTROPHE = new Uint8Array(128);
for (const code of APOSTROPHES) if (code < 128) ASCII_APOSTROPHE[code] = 1;
/**
 * Folded a–z spelling of each non-ASCII character met so far ("ä" → "a", "е" Cyrillic → "e", an emoji → ""): a
 * table for the Basic Multilingual Plane, so that a message of thousands of different characters is folded once per
 * process, and a bounded map for the rest.
 */
const BMP_FOLDS: (string | undefined)[] = new Array<string | undefined>(0x10000);
for (const [code, folded] of [[0xdf, 'ss'], [0xf8, 'o'], [0xd8, 'o'], [0xe6, 'ae'], [0xc6, 'ae']] as const) BMP_FOLDS[code] = folded;
const ASTRAL_FOLDS = new Map<number, string>();

/** A character outside Latin → its look-alike Latin letter(s), if TR39 has one (tried lower-case, then upper-case). */
function skeleton(char: string): string | undefined {
  for (const c of [char, char.toUpperCase()]) {
    const proto = CONFUSABLES[c];
    if (proto !== undefined && /^[A-Za-z]+$/.test(proto)) return proto.toLowerCase();
  }
  return undefined;
}

function foldChar(code: number): string {
  let folded = code < 0x10000 ? BMP_FOLDS[code] : ASTRAL_FOLDS.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    const f = fold(char);
    folded = /^[a-z]+$/.test(f) ? f : code > 0x24f ? skeleton(char) ?? '' : '';
    if (code < 0x10000) BMP_FOLDS[code] = folded;
    else if (ASTRAL_FOLDS.size < 4096) ASTRAL_FOLDS.set(code, folded); // a message of every emoji must not grow it without end
  }
  return folded;
}

/** NFKC word by word, a word that grows more than threefold (a run of ligatures like "ﷺ") left out. */
function withoutExpanders(text: string): string {
  return text.split(/(\s+)/u).map((word) => {
    const folded = word.normalize('NFKC');
    return folded.length > 3 * word.length ? ' ' : folded;
  }).join('');
}

/** Undo the disguises that change characters rather than words; the result still has the original's case and marks. */
function undisguise(text: string): string {
  // Each step runs only when the character it rewrites is there at all: a look-behind over \p{L} costs about a
  // millisecond per 16 KB even when it finds nothing, and the answer is the same without it.
  let characters = text.includes('\n') && text.includes('-') ? text.replace(LINE_BREAK_HYPHEN, '') : text;
  if (NON_ASCII.test(characters)) { // ASCII has no soft hyphen, zero-width character or emoji, and NFKC leaves it as it is
    const plain = characters
      .replace(SOFT_HYPHEN, '')
      .replace(ZERO_WIDTH, ' ')
      .replace(EMOJI, (e) => { const m = EMOJI_MARKERS.get(e); return m === undefined ? ' ' : ` ${m} `; });
    characters = plain.normalize('NFKC');
    // One character can expand to eighteen ("ﷺ"): a crafted run of them must not push a danger sentence after it past
    // the scan limit, so when the text grew past it, the words that grew more than threefold are set aside.
    if (characters.length > MAX_SCAN_CHARS) characters = withoutExpanders(plain);
  }
  characters = characters.slice(0, MAX_SCAN_CHARS);
  // A Finnish case ending on an abbreviation ("cs:ssä", "112:een") is no sentence mark.
  if (characters.includes(':')) characters = characters.replace(/:(?<=[\p{L}\p{N}]:)(?=\p{L}{1,5}(?!\p{L}))/gu, ' ');
  if (characters.includes('@')) characters = characters.replace(/[@](?<=\p{L}[@])(?=\p{L})/gu, 'a');
  if (characters.includes('$')) characters = characters.replace(/[$](?<=\p{L}[$])(?=\p{L})|[$](?<=(?:^|\s)[$])(?=\p{L}{2})/gu, 's');
  const joined = joinSpacedGroups(characters);
  // A spaced run has a single letter between two equal separators somewhere ("k i l l"): without one there is none.
  return SPACED_HINT.test(joined) ? joined.replace(SPACED, (run) => run.replace(SPACED_SEPARATOR, '')) : joined;
}

/** When most of a message is typed letter by letter with words two spaces apart, every such group is a word. */
function joinSpacedGroups(text: string): string {
  if (!SPACED_LETTERS.test(text)) return text;
  const groups = text.split(/ {2,}/);
  const spaced = groups.filter((g) => SPACED_GROUP.test(g.trim())).length;
  if (spaced < 2 || spaced * 2 < groups.length) return text;
  return groups.map((g) => (SPACED_GROUP.test(g.trim()) ? g.replace(/ /g, '') : g)).join(' ');
}

/** Each standard spelling of a spoken or dialect word ("ennää" → "enää"), on the folded text. */
function standardise(folded: string): string {
  // By hand rather than replace() with a callback: every run of a–z letters is a word, looked up once.
  let out = '';
  let copied = 0;
  for (let i = 0; i < folded.length;) {
    if (!isLetter(folded.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < folded.length && isLetter(folded.charCodeAt(i))) i++;
    const standard = i - start <= LONGEST_SPOKEN ? SPOKEN.get(folded.slice(start, i)) : undefined;
    if (standard !== undefined) { out += folded.slice(copied, start) + standard; copied = i; }
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}

const LONGEST_SPOKEN = Math.max(...[...SPOKEN.keys()].map((k) => k.length));
const isLetter = (c: number): boolean => c >= A && c <= Z;
const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;

/**
 * Reduce any input to lower-case a–z words, digits, inner apostrophes and sentence marks (" . "), so that lexicon
 * patterns see one spelling: no umlauts, no HTML, no emoji or control characters, no stretched letters ("kuollaaaa"),
 * no word longer than MAX_TOKEN letters. One pass over the characters after `undisguise`, because it runs on every turn.
 */
export function normaliseForCrisis(text: string): string {
  return undictate(standardise(deleet(normaliseRaw(text.slice(0, MAX_SCAN_CHARS)))));
}

/**
 * Punctuation said aloud to a phone's dictation ("…an hour ago period he said…", "piste", "kysymysmerkki", "punkt")
 * becomes the sentence mark it stands for, so that sentence-bound patterns and the reader's windows see sentences.
 * "period" and "punkt" stay words where they are nouns ("my period", "trial period of", "en punkt").
 */
const DICTATED = / (?:full stop|question mark|exclamation mark|comma|piste|pilkku|kysymysmerkki|huutomerkki|fragetecken|utropstecken|kommatecken|(?<!(?:my|her|the|a|this|that|trial|waiting|notice|grace|cooling|sick|one|each|every|same|long|short) )period(?! of\b)|(?<!(?:en|den|ingen|varje|vilken|samma|denna) )punkt)(?= [a-z])/g;
function undictate(text: string): string {
  return text.includes(' ') ? text.replace(DICTATED, ' .') : text;
}

/** Folding and disguises undone, leet digits still digits. */
function normaliseRaw(text: string): string {
  const input = undisguise(text.replace(/<[^>]{0,200}>|&[a-z]+;|&#\d+;/gi, ' '));
  // Folding can lengthen a character ("ß" → "ss", a sentence mark → " . "), hence the generous buffer.
  const out = new Uint16Array(input.length * 4 + 2);
  out[0] = 32;
  let length = 1;
  let last = 32;
  let beforeLast = 32;
  let run = 0;
  let word = 0;
  const push = (code: number): void => {
    if (code === 32 && last === 32) return;
    run = code === last ? run + 1 : 1;
    if (run >= 3 && code >= A && code <= Z) {
      // No fi/sv/en word triples a letter: a stretched vowel was one ("kuollaaaa"), a stretched consonant was two ("kuolllla").
      if (run === 3 && VOWELS.has(code)) { length--; word--; }
      return;
    }
    if (code === 32 || code === 46) word = 0;
    else if (++word > MAX_TOKEN) { out[length++] = 32; word = 1; }
    out[length++] = code;
    beforeLast = last;
    last = code;
  };
  for (let i = 0; i < input.length; i++) {
    let code = input.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = input.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    if (code >= UPPER_A && code <= UPPER_Z) code += 32;
    if ((code >= A && code <= Z) || (code >= ZERO && code <= NINE)) push(code);
    else if (code < 128 ? ASCII_APOSTROPHE[code] === 1 : APOSTROPHES.has(code)) {
      const next = input.charCodeAt(i + 1) | 32;
      push(last >= A && last <= Z && next >= A && next <= Z ? APOSTROPHE : 32);
    } else if (code < 128 && ASCII_SENTENCE_MARK[code] === 1) {
      if (last !== 46 && beforeLast !== 46) { push(32); push(46); }
      push(32);
    } else if (code === 44) {
      push(32); push(44); push(32); // a comma bounds a clause, not a sentence
    } else if (code < 128) push(32);
    else {
      const folded = foldChar(code);
      for (let j = 0; j < folded.length; j++) push(folded.charCodeAt(j)); // folded spellings are a–z only
    }
  }
  push(32);
  return UTF16.decode(out.subarray(0, length));
}

function deleet(folded: string): string {
  if (!DIGIT.test(folded)) return folded; // leet needs a digit
  // Each run of a–z and digits (the folded text's words) with both a letter and a digit, two characters or more.
  let out = '';
  let copied = 0;
  for (let i = 0; i < folded.length;) {
    const c = folded.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) { i++; continue; }
    const start = i;
    let letters = false;
    let digits = false;
    for (; i < folded.length; i++) {
      const d = folded.charCodeAt(i);
      if (isLetter(d)) letters = true;
      else if (isDigit(d)) digits = true;
      else break;
    }
    if (!letters || !digits || i - start < 2) continue;
    const token = folded.slice(start, i);
    if (NOT_LEET.test(token)) continue;
    let read = '';
    for (let j = 0; j < token.length; j++) read += isDigit(token.charCodeAt(j)) ? LEET[token[j]!] ?? token[j]! : token[j]!;
    out += folded.slice(copied, start) + read;
    copied = i;
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}
