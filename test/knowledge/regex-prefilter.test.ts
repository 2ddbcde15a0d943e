import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { detectCrisis, normaliseForCrisis } from '../../knowledge/crisis-guard.js';
import { CONCEPTS, FIGURATIVE } from '../../knowledge/crisis-lexicon.js';
import { literalFactors, mayMatch, usePrefilter } from '../../knowledge/regex-prefilter.js';

// The open corpus only (the sealed files are never read by tests): every message residents' writers gave us.
const files = [...readdirSync('test/eval/blind').map((f) => `test/eval/blind/${f}`), 'test/eval/cases.jsonl', 'test/eval/crisis-cases.jsonl'];
const texts = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text));
const long = ['🔪💊 en jaksa '.repeat(1200), 'k1ll m3 n0w '.repeat(1400), 'tapan\u200bitseni\u200b'.repeat(1300), 'a'.repeat(20_000)];

afterEach(() => usePrefilter(true));

describe('literal factors: strings one of which every match must contain', () => {
  it('reads the words of an alternation, with optional parts multiplied out', () => {
    expect(new Set(literalFactors(/\b(?:kuolla|kuolen)\b/g))).toEqual(new Set(['kuolla', 'kuolen']));
    expect(new Set(literalFactors(/\bend(?:ing)? it\b/g))).toEqual(new Set(['end it', 'ending it']));
  });

  it('keeps the fixed core of a word with open ends ("[a-z]*pilleri[a-z]*")', () => {
    expect(literalFactors(/\b[a-z]*pilleri[a-z]*\b/g)).toEqual(['pilleri']);
  });

  it('takes the better side of a gap between two parts', () => {
    expect(new Set(literalFactors(/\b(?:haluan|haluun)\s+(?:\w+\s+)?kuolla\b/g))).toEqual(new Set(['kuolla']));
  });

  it('gives up, rather than guess, when a match may consist of anything', () => {
    expect(literalFactors(/(?:abc)?/g)).toBeUndefined();
    expect(literalFactors(/abc|x*/g)).toBeUndefined();
    expect(literalFactors(/[^a]+/g)).toBeUndefined();
    expect(literalFactors(/abc/gi)).toBeUndefined(); // case-insensitive: the table would have to know both cases
  });
});

describe('the prefilter never hides a match', () => {
  const normalised = [...texts, ...long].map(normaliseForCrisis);
  const patterns = [...CONCEPTS.flatMap((c) => c.patterns.map((p) => [c.name, p] as const)), ...FIGURATIVE.map((p) => ['figure', p] as const)];

  it('derives a factor for nearly every lexicon pattern, so the guard can skip most of them', () => {
    const gated = patterns.filter(([, p]) => literalFactors(p) !== undefined).length;
    expect(gated / patterns.length).toBeGreaterThan(0.95);
  });

  it('lets through every text a lexicon pattern matches, over the whole open corpus', () => {
    const hidden: string[] = [];
    for (const [name, pattern] of patterns) {
      for (const text of normalised) {
        pattern.lastIndex = 0;
        if (pattern.test(text) && !mayMatch(pattern, text)) hidden.push(`${name}: ${text.slice(0, 60)}`);
      }
    }
    for (const [, p] of patterns) p.lastIndex = 0;
    expect(hidden).toEqual([]);
  });

  it('skips a pattern whose words are absent', () => {
    expect(mayMatch(/\b(?:kuolla|kuolen)\b/g, normaliseForCrisis('Haluaisin liittyä kuoroon'))).toBe(false);
    expect(mayMatch(/\b(?:kuolla|kuolen)\b/g, normaliseForCrisis('haluun kuolla'))).toBe(true);
  });

  it('gives the guard the same answer, signal for signal, with and without it', () => {
    const differ: string[] = [];
    for (const text of [...texts, ...long]) {
      usePrefilter(false);
      const plain = detectCrisis(text);
      usePrefilter(true);
      if (JSON.stringify(detectCrisis(text)) !== JSON.stringify(plain)) differ.push(text.slice(0, 80));
    }
    expect(differ).toEqual([]);
  });
});
