// A regression guard on what residents get: the matcher over the real knowledge base against test/eval/cases.jsonl.
// `npm run eval` prints the exact figures; this fails when an edit to the data or the matcher makes them clearly worse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { detectCrisis } from '../../knowledge/crisis-guard.js';

interface EvalCase { text: string; lang: string; expectedTypes: string[]; expectedSituations?: string[]; crisis: boolean }
const cases: EvalCase[] = readFileSync(join(import.meta.dirname, '..', 'eval', 'cases.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);

describe('matching quality on the evaluation cases', { timeout: 120_000 }, () => {
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

// The open blind batches (test/eval/blind, written by writers who never saw the data; tuned on, so these are floors
// against regressions, not measures of generalisation — the sealed batches are those, see test/eval/README.md).
interface BlindCase { text: string; lang: string; crisis?: boolean; expectedTypes: string[]; expectedSituations?: string[] }
const blind = (name: string): BlindCase[] => readFileSync(join(import.meta.dirname, '..', 'eval', 'blind', name), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as BlindCase);

describe('matching quality on the open blind batches', { timeout: 120_000 }, () => {
  const { matcher } = realKnowledge();

  it('answers every need with an activity of the right kind for the right situation among the first three (fi 90 %, sv 88 %, en 80 %)', () => {
    const cases = blind('topical-1.jsonl');
    const floor: Record<string, number> = { fi: 0.9, sv: 0.88, en: 0.8 };
    for (const lang of ['fi', 'sv', 'en']) {
      const mine = cases.filter((c) => c.lang === lang);
      const hits = mine.filter((c) => matcher.match({ text: c.text }).results.slice(0, 3)
        .some((a) => a.typeIds.some((t) => c.expectedTypes.includes(t)) && a.activity.situationIds.some((s) => c.expectedSituations!.includes(s))));
      expect(hits.length / mine.length, `${lang} topical hit@3`).toBeGreaterThanOrEqual(floor[lang]!);
    }
    expect(cases.filter((c) => matcher.match({ text: c.text }).results.length === 0)).toEqual([]);
  });

  // The guard alone (the matcher adds nothing to its decision), so the whole open corpus reads in seconds.
  it('keeps crisis recall at 0.97 or more and false alerts under 3 % on the open crisis batches', () => {
    const files = ['crisis-fi-1.jsonl', 'crisis-sven-1.jsonl', 'crisis-fi-2.jsonl', 'crisis-sven-2.jsonl', 'crisis-4.jsonl', 'crisis-5.jsonl', 'crisis-6.jsonl'];
    const read = files.flatMap(blind).map((c) => ({ c, alert: detectCrisis(c.text).crisis }));
    const positives = read.filter((r) => r.c.crisis === true);
    const negatives = read.filter((r) => r.c.crisis !== true);
    expect(positives.filter((r) => !r.alert).length / positives.length).toBeLessThanOrEqual(0.03);
    expect(negatives.filter((r) => r.alert).length / negatives.length).toBeLessThan(0.03);
  });
});
