// A regression guard on what residents get: the matcher over the real knowledge base against test/eval/cases.jsonl.
// `npm run eval` prints the exact figures; this fails when an edit to the data or the matcher makes them clearly worse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../fixtures/real-knowledge.js';

interface EvalCase { text: string; lang: string; expectedTypes: string[]; expectedSituations?: string[]; crisis: boolean }
const cases: EvalCase[] = readFileSync(join(import.meta.dirname, '..', 'eval', 'cases.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);

describe('matching quality on the evaluation cases', () => {
  const { matcher } = realKnowledge();
  const outcomes = cases.map((c) => {
    const r = matcher.match({ text: c.text });
    const rank = r.results.findIndex((a) => a.typeIds.some((t) => c.expectedTypes.includes(t)));
    return { c, rank: rank < 0 ? Infinity : rank + 1, top: r.situations[0]?.id, crisis: r.crisis.crisis };
  });

  it('finds a fitting activity among the first three for at least 95 % of the needs, in each language', () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const mine = outcomes.filter((o) => o.c.lang === lang && o.c.expectedTypes.length > 0);
      expect(mine.length, `${lang} cases`).toBeGreaterThan(50);
      const misses = mine.filter((o) => o.rank > 3).map((o) => o.c.text);
      expect(1 - misses.length / mine.length, `${lang} misses: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('names the right life situation first for at least 85 % of the needs', () => {
    const withSit = outcomes.filter((o) => (o.c.expectedSituations?.length ?? 0) > 0);
    const hits = withSit.filter((o) => o.top !== undefined && o.c.expectedSituations!.includes(o.top));
    expect(hits.length / withSit.length).toBeGreaterThanOrEqual(0.85);
  });

  it('misses no message that signals danger to life, and raises few false alarms', () => {
    const missed = outcomes.filter((o) => o.c.crisis && !o.crisis).map((o) => o.c.text);
    expect(missed).toEqual([]);
    const negatives = outcomes.filter((o) => !o.c.crisis);
    expect(negatives.filter((o) => o.crisis).length / negatives.length).toBeLessThanOrEqual(0.02);
  });
});
