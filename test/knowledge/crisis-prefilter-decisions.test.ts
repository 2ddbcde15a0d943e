import { afterEach, describe, expect, it } from 'vitest';
import { detectCrisis, normaliseForCrisis } from '../../knowledge/crisis-guard.js';
import { CONCEPTS, FIGURATIVE } from '../../knowledge/crisis-lexicon.js';
import { execAnchored, resumesAtSentenceEnd, staysInSentence, testWithin, usePrefilter } from '../../knowledge/regex-prefilter.js';
import { craftedMessages } from '../load/crafted-inputs.js';

// The prefilter (trigram gates, stretches of a long text, dampers read once per sentence, a decided sentence skipped)
// may only save work: the guard's decision, signal for signal, is the same with it and without it. Behaviour only;
// what it costs is measured by `npm run bench`.

afterEach(() => usePrefilter(true));

const DANGER = [
  'haluun kuolla', 'aion tappaa itseni tänä yönä', 'oon ottanu kaikki pillerit', 'mieheni uhkaa tappaa minut', 'otan kaikki unilääkkeet illalla',
  'seison sillan kaiteella', 'kirjoitin jäähyväiskirjeet lapsille, en jaksa enää', 'äiti ei herää ja vieressä on tyhjiä purkkeja',
  'jag vill inte leva längre', 'jag ska ta mitt liv i natt', 'han slår mig just nu', 'jag har samlat tabletter och bestämt dagen',
  'I am going to kill myself tonight', 'my flatmate is standing on the balcony rail', 'I have saved up pills and picked a date',
  'he is getting the rifle and says he will shoot us all', 'k1ll mys3lf', 't a p a n  i t s e n i', 'tapan\u200bitseni', '🔪💊 en jaksa enää',
];
const ORDINARY = [
  'Hoidan muistisairasta äitiäni ja olen ihan uupunut, tarvitsisin vertaistukea', 'kuolen tylsyyteen tässä jonossa',
  'olen vaarassa menettää asuntoni', 'otin kaksi buranaa päänsärkyyn', 'hyvästi kaikki, muutan Ouluun', 'pomo tappaa mut jos myöhästyn',
  'Jag känner mig ensam på kvällarna och skulle vilja träffa andra', 'jobbet tar livet av mig', 'vi ska hoppa bungee från bron i sommar',
  'I have debts I cannot pay and I do not know where to start', 'I work with suicidal young people and need training',
  'my essay is about Hamlet and suicide', 'I bought a climbing rope for our trip', 'en ole itsetuhoinen, tarvitsen vain velkaneuvontaa',
];

/** Everyday needs with no word the guard reads as a context (no essay, no move, no hobby): filler that dampens nothing. */
const NEUTRAL = [
  'Hoidan muistisairasta äitiäni ja olen ihan uupunut, tarvitsisin vertaistukea', 'Asun Tampereella ja etsin kerhoa lapselleni',
  'Jag känner mig ensam på kvällarna och skulle vilja träffa andra', 'Finns det svenskspråkig verksamhet för seniorer i Vasa',
  'I have debts I cannot pay and I do not know where to start', 'Where can I find a food bank near Kallio on Saturdays',
];

/** Sentences strung into a long letter with a danger sentence anywhere from the start to the end (and the letter without it). */
function longLetters(filler: readonly string[] = ORDINARY): string[] {
  const letters: string[] = [];
  let seed = 11;
  const next = (n: number): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed % n; };
  for (let k = 0; k < 14; k++) {
    const parts: string[] = [];
    while (parts.join(' ').length < 1500 + k * 1000) parts.push(`${filler[next(filler.length)]!}.`);
    const danger = `${DANGER[next(DANGER.length)]!}.`;
    const at = k === 13 ? parts.length : Math.floor((parts.length * ((k * 7) % 16)) / 16); // from the first sentence to the last
    letters.push([...parts.slice(0, at), danger, ...parts.slice(at)].join(' '));
    letters.push(parts.join(k % 2 === 0 ? ' ' : '\n'));
  }
  return letters;
}

const crafted = craftedMessages().flatMap((c) => [c.text, `${c.text.slice(0, 6000)} . ${DANGER[c.name.length % DANGER.length]!}`]);
const inputs = [...DANGER, ...ORDINARY, ...longLetters(), ...longLetters(NEUTRAL), ...crafted];

describe('the prefilter never changes a decision', () => {
  it('gives the same crisis, concern and signals with and without it, on short, long and crafted messages', () => {
    const differ: string[] = [];
    for (const text of inputs) {
      usePrefilter(false);
      const plain = JSON.stringify(detectCrisis(text));
      usePrefilter(true);
      if (JSON.stringify(detectCrisis(text)) !== plain) differ.push(text.slice(0, 80));
    }
    expect(differ).toEqual([]);
  });

  it('finds a danger sentence wherever it stands in a long letter', () => {
    const letters = longLetters(NEUTRAL).filter((_, i) => i % 2 === 0);
    expect(letters.every((text) => detectCrisis(text).crisis)).toBe(true);
    expect(Math.max(...letters.map((t) => t.length))).toBeGreaterThan(12_000);
  });

  it('reads the ordinary sentences alone as no crisis, however long the letter', () => {
    expect(longLetters().filter((_, i) => i % 2 === 1).filter((text) => detectCrisis(text).crisis)).toEqual([]);
  });
});

describe('patterns run only over the stretches of a long text where their words can stand', () => {
  const texts = [...longLetters(), ...longLetters(NEUTRAL), ...crafted].map(normaliseForCrisis);
  const patterns = [...CONCEPTS.flatMap((c) => c.patterns), ...FIGURATIVE];

  it('finds every match plain exec finds, at the same places, for every lexicon pattern', () => {
    const differ: string[] = [];
    for (const pattern of patterns) {
      for (const text of texts) {
        const plain: string[] = [];
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) { plain.push(`${m.index}:${m[0]}`); if (m[0].length === 0) pattern.lastIndex++; }
        const anchored: string[] = [];
        pattern.lastIndex = 0;
        for (let m = execAnchored(pattern, text); m !== null; m = execAnchored(pattern, text)) { anchored.push(`${m.index}:${m[0]}`); if (m[0].length === 0) pattern.lastIndex++; }
        if (anchored.join('|') !== plain.join('|')) differ.push(`${pattern.source.slice(0, 60)} on ${text.slice(0, 40)}`);
      }
      pattern.lastIndex = 0;
    }
    expect(differ).toEqual([]);
  });

  it('tests a part of a text as the plain test does', () => {
    const dampers = [/\b(?:kiipei[a-z]*|climb[a-z]*|bungee)\b/, /\b(?:muutan|moving|flyttar)\b/, /\b(?:essay|hamlet|uppsats[a-z]*)\b/];
    for (const text of texts.slice(0, 12)) {
      for (const damper of dampers) {
        for (let from = 0; from < text.length; from += 997) {
          const to = Math.min(text.length, from + 1500);
          expect(testWithin(damper, text, from, to)).toBe(damper.test(text.slice(from, to)));
        }
      }
    }
  });

  it('knows which patterns cannot read past a sentence mark', () => {
    expect(staysInSentence(/\b(?:kuolla|kuolen)\s+[a-z]+\b/g)).toBe(true);
    expect(staysInSentence(/(?<!\b(?:he|she)\s+)\bwant to die\b(?!\s+(?:laughing))/g)).toBe(true);
    expect(staysInSentence(/\bdie\b.*\bnow\b/g)).toBe(false); // '.' reads anything
    expect(staysInSentence(/\bdie\b[^,]+now/g)).toBe(false); // a negated class reads the sentence mark
    expect(staysInSentence(/\bdie\s\S+/g)).toBe(false);
    expect(staysInSentence(/\bdie$/g)).toBe(false); // the end of the text is not the end of a sentence
    expect(staysInSentence(/\bdie \. now/g)).toBe(false);
    expect(staysInSentence(/\bdie(?=[a-z .]*now)/g)).toBe(false);
    // Skipping the rest of a decided sentence also needs every match to hold more than spaces.
    expect(resumesAtSentenceEnd(/\b(?:kuolla|kuolen)\b/g)).toBe(true);
    expect(resumesAtSentenceEnd(/ (?:x)?/g)).toBe(false);
    expect(resumesAtSentenceEnd(/\bdie\b.*/g)).toBe(false);
  });
});
