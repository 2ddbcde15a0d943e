// The crisis guard: decides, before any dialog runs, whether a message signals acute danger to life or safety.
// Deliberately high-recall (a missed crisis costs far more than an extra crisis card), yet it reads figurative
// use ("kuolen tylsyyteen"), negation ("en ole itsetuhoinen") and talk about the topic ("itsemurhien ehkäisy
// -koulutus") so that residents asking about courses, grief or boredom are not interrupted.
import type { CrisisResult } from './contracts.js';
import {
  BULLYING, CONCEPTS, DISTANT_PAST, FIGURATIVE, FI_CONNEGATIVES, INSTRUCTION, LOSS_CONTEXT, NEGATION_BARRIERS, NEGATION_FILLERS, NEGATORS, OTHER_PERSON, TOPIC_CONTEXT, TOPIC_IN_COMPOUND,
  type CrisisConcept, type QuietContext,
} from './crisis-lexicon.js';
import { fold } from './text.js';
import type { CrisisKind } from './vocabulary.js';

/** Danger is stated early; scanning a pasted novel whole would only cost time on the turn path. */
export const MAX_SCAN_CHARS = 4000;

const KIND_PRIORITY: readonly CrisisKind[] = ['overdose', 'violence', 'suicide', 'general'];
const SELF_DIRECTED = new Set(['suicidal-intent', 'hopelessness', 'suicidal-feelings', 'self-harm', 'method+first-person']);
const LOOK_BACK_TOKENS = 6;
const QUIET: Readonly<Record<QuietContext, RegExp>> = { topic: TOPIC_CONTEXT, loss: LOSS_CONTEXT, 'distant-past': DISTANT_PAST, bullying: BULLYING, instruction: INSTRUCTION };
const CONTEXT_TOKENS = 5;

const A = 97, Z = 122, UPPER_A = 65, UPPER_Z = 90, ZERO = 48, NINE = 57, APOSTROPHE = 39;
const SENTENCE_MARKS = new Set('.!?;:,\n\r'.split('').map((c) => c.charCodeAt(0)));
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x60, 0xb4, 0x2bc]);
const UTF16 = new TextDecoder('utf-16le');
const VOWELS = new Set('aeiouy'.split('').map((c) => c.charCodeAt(0)));
/** Folded a–z spelling of each non-ASCII character met so far ("ä" → "a", "ﬁ" → "fi", an emoji → ""). */
const foldCache = new Map<number, string>([[0xdf, 'ss'], [0xf8, 'o'], [0xd8, 'o'], [0xe6, 'ae'], [0xc6, 'ae']]);

function foldChar(code: number): string {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const f = fold(String.fromCharCode(code));
    folded = /^[a-z]+$/.test(f) ? f : '';
    if (foldCache.size < 4096) foldCache.set(code, folded); // a message of every code point must not grow it without end
  }
  return folded;
}

/**
 * Reduce any input to lower-case a–z words, digits, inner apostrophes and sentence marks (" . "), so that
 * lexicon patterns see one spelling: no umlauts (folded as knowledge/text.ts `fold` does), no HTML, no emoji or
 * control characters, no stretched letters ("kuollaaaa"). One pass, because it runs on every turn.
 */
export function normaliseForCrisis(text: string): string {
  const input = text.slice(0, MAX_SCAN_CHARS).replace(/<[^>]{0,200}>|&[a-z]+;|&#\d+;/gi, ' ');
  // Folding can lengthen a character ("ß" → "ss", a sentence mark → " . "), hence the generous buffer.
  const out = new Uint16Array(input.length * 3 + 2);
  out[0] = 32;
  let length = 1;
  let last = 32;
  let beforeLast = 32;
  let run = 0;
  const push = (code: number): void => {
    if (code === 32 && last === 32) return;
    run = code === last ? run + 1 : 1;
    if (run >= 3 && code >= A && code <= Z) {
      // No fi/sv/en word triples a letter: a stretched vowel was one ("kuollaaaa"), a stretched consonant was two ("kuolllla").
      if (run === 3 && VOWELS.has(code)) length--;
      return;
    }
    out[length++] = code;
    beforeLast = last;
    last = code;
  };
  for (let i = 0; i < input.length; i++) {
    let code = input.charCodeAt(i);
    if (code >= UPPER_A && code <= UPPER_Z) code += 32;
    if ((code >= A && code <= Z) || (code >= ZERO && code <= NINE)) push(code);
    else if (APOSTROPHES.has(code)) {
      const next = input.charCodeAt(i + 1) | 32;
      push(last >= A && last <= Z && next >= A && next <= Z ? APOSTROPHE : 32);
    } else if (SENTENCE_MARKS.has(code)) {
      if (last !== 46 && beforeLast !== 46) { push(32); push(46); }
      push(32);
    } else if (code < 128) push(32);
    else for (const c of foldChar(code)) push(c.charCodeAt(0));
  }
  push(32);
  return UTF16.decode(out.subarray(0, length));
}

function tokensBefore(text: string, index: number, n: number): string[] {
  return text.slice(Math.max(0, index - 24 * n), index).trim().split(' ').filter(Boolean).slice(-n);
}

function tokensAfter(text: string, index: number, n: number): string[] {
  return text.slice(index, index + 24 * n).trim().split(' ').filter(Boolean).slice(0, n);
}

/** Walks back over filler words ("ole", "koskaan", "going to") to the nearest word that matters; negated when it is a negation. */
function isNegated(text: string, start: number, end: number): boolean {
  const before = tokensBefore(text, start, LOOK_BACK_TOKENS);
  const firstOfMatch = tokensAfter(text, start, 1)[0] ?? '';
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i]!;
    if (NEGATION_BARRIERS.has(token)) break;
    if (NEGATORS.has(token)) return true;
    if (token === 'en') {
      const next = before[i + 1] ?? firstOfMatch;
      if (FI_CONNEGATIVES.has(next)) return true;
      continue; // the Swedish article "en"
    }
    if (!NEGATION_FILLERS.has(token)) break;
  }
  // Swedish puts the negation after the object: "han slår mig inte".
  const after = tokensAfter(text, end, 1)[0];
  return after === 'inte' || after === 'aldrig';
}

/** Whether a quieting context (training, grief, "lapsena") stands in the same sentence within a few words of the match. */
function isQuieted(contexts: readonly QuietContext[], text: string, start: number, end: number): boolean {
  const before = tokensBefore(text, start, CONTEXT_TOKENS);
  const cut = before.lastIndexOf('.');
  const after = tokensAfter(text, end, CONTEXT_TOKENS);
  const stop = after.indexOf('.');
  const window = [...before.slice(cut + 1), text.slice(start, end).trim(), ...(stop < 0 ? after : after.slice(0, stop))].join(' ');
  if (contexts.includes('topic') && TOPIC_IN_COMPOUND.test(text.slice(start, end))) return true;
  return contexts.some((context) => QUIET[context].test(window));
}

function conceptFires(concept: CrisisConcept, text: string): boolean {
  for (const pattern of concept.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) pattern.lastIndex++;
      if (concept.negatable && isNegated(text, start, end)) continue;
      if (concept.quietWhen !== undefined && isQuieted(concept.quietWhen, text, start, end)) continue;
      return true;
    }
  }
  return false;
}

/** Pure and synchronous; never throws, whatever the input. */
export function detectCrisis(text: string): CrisisResult {
  if (typeof text !== 'string' || text.trim() === '') return { crisis: false, signals: [] };
  let scanned = normaliseForCrisis(text);
  if (scanned.trim() === '' || scanned.trim() === '.') return { crisis: false, signals: [] };
  for (const figure of FIGURATIVE) scanned = scanned.replace(figure, ' . ');

  const signals: string[] = [];
  const kinds = new Set<CrisisKind>();
  for (const concept of CONCEPTS) {
    if (conceptFires(concept, scanned)) {
      signals.push(concept.name);
      kinds.add(concept.kind);
    }
  }
  if (signals.length === 0) return { crisis: false, signals };
  if (kinds.has('suicide') && !signals.some((s) => SELF_DIRECTED.has(s)) && !signals.includes('someone-else-at-risk') && OTHER_PERSON.test(scanned)) {
    signals.push('someone-else-at-risk');
  }
  const kind = KIND_PRIORITY.find((k) => kinds.has(k));
  return kind === undefined ? { crisis: true, signals } : { crisis: true, kind, signals };
}
