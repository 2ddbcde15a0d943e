// The activity index runs a conditional activity's expression only where one of its words may begin: it must never
// skip an expression that would match, over the open corpus and texts built from the catalogue's own words.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ActivityIndex } from '../../knowledge/matching/activity-index.js';
import { StemCache } from '../../knowledge/matching/label-index.js';
import { createVocabulary } from '../../knowledge/normalise.js';
import { fold } from '../../knowledge/text.js';
import { LANGS } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const files = [...readdirSync('test/eval/blind').map((f) => `test/eval/blind/${f}`), 'test/eval/cases.jsonl'];
const corpus = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text));

interface Inside { conditional: Array<{ ai: number; names: RegExp }>; mayName(folded: string): Uint8Array }

describe('the conditional activities\' word gate', () => {
  const { catalogue } = realKnowledge();

  it('never skips an expression that matches', () => {
    const built = new ActivityIndex(catalogue.activities, [...catalogue.situations.values()], [...catalogue.types.values()], createVocabulary(new Set()), new StemCache()) as unknown as Inside;
    const words = catalogue.activities.flatMap((a) => (a.onlyWhen ? LANGS.flatMap((l) => a.onlyWhen![l]) : []));
    expect(words.length).toBeGreaterThan(50);
    // Each word alone, inside other words, after punctuation, digits, emoji and a letter outside ASCII, and ruled out.
    const made = words.flatMap((w) => [w, `x${w}`, `${w}ssa`, `(${w})`, `1${w}`, `😔${w}`, `é${w}`, `ei ${w}`, `Minulla on ${w}, mitä teen?`]);
    const missed: string[] = [];
    let skipped = 0;
    for (const text of [...corpus, ...made].map(fold)) {
      const may = built.mayName(text);
      built.conditional.forEach((c, i) => {
        c.names.lastIndex = 0;
        const matches = c.names.test(text);
        c.names.lastIndex = 0;
        if (matches && may[i] !== 1) missed.push(`${c.ai}: ${text.slice(0, 60)}`);
        if (may[i] !== 1) skipped++;
      });
    }
    expect(missed).toEqual([]);
    // …and it does skip: most expressions never run on an ordinary message.
    expect(skipped / ((corpus.length + made.length) * built.conditional.length)).toBeGreaterThan(0.5);
    // Every text against every expression: some ten seconds alone, more on a busy shared machine. The limit only stops a
    // hang; it says nothing about speed (bench measures that).
  }, 120_000);
});
