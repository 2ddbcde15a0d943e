// npm run eval -- FILE.jsonl [--baseline fuse|bm25]: hit@1, hit@3, MRR, situation hit@1, crisis recall and latency; summary JSON last.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createBm25Baseline, createFuseBaseline, type Baseline } from '../baselines.js';
import { createMatcher } from '../matcher.js';
import { SituationId, TypeId } from '../schema.js';
import { LANGS } from '../vocabulary.js';
import { fail, loadCatalogueOrExit, parseArgs } from './load.js';

const Case = z.object({
  text: z.string(),
  lang: z.enum(LANGS).optional(),
  expectedTypes: z.array(TypeId),
  expectedSituations: z.array(SituationId).optional(),
  crisis: z.boolean().optional(),
});
type Case = z.infer<typeof Case>;

interface Outcome { c: Case; rank: number; topSituation?: string; crisis: boolean; ms: number }

const { flags, positional } = parseArgs(process.argv.slice(2));
const file = positional[0];
if (!file) fail('usage: npm run eval -- FILE.jsonl [--baseline fuse|bm25] [--misses]');
const baselineName = flags.get('baseline');
if (baselineName !== undefined && baselineName !== 'fuse' && baselineName !== 'bm25') fail('--baseline must be fuse or bm25');

const cases: Case[] = [];
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  let json: unknown;
  try { json = JSON.parse(line); } catch { fail(`${file}:${i + 1}: not JSON`); }
  const parsed = Case.safeParse(json);
  if (!parsed.success) fail(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  cases.push(parsed.data);
});

const { catalogue } = loadCatalogueOrExit();
const baseline: Baseline | undefined = baselineName === 'fuse' ? createFuseBaseline(catalogue)
  : baselineName === 'bm25' ? createBm25Baseline(catalogue) : undefined;
const matcher = baseline ? undefined : createMatcher(catalogue);

function firstHit(typeIdsList: ReadonlyArray<readonly string[]>, expected: readonly string[]): number {
  const i = typeIdsList.findIndex((t) => t.some((x) => expected.includes(x)));
  return i < 0 ? Infinity : i + 1;
}

// One unmeasured pass first: latency should describe a running service, not the JIT warming up.
for (const c of cases) { if (baseline) baseline.rank(c.text, 10); else matcher!.match({ text: c.text }); }

const outcomes: Outcome[] = cases.map((c) => {
  const started = performance.now();
  if (baseline) {
    const ranked = baseline.rank(c.text, 10);
    const ms = performance.now() - started;
    // A plain baseline knows no situations: its "top situation" is the first one its top activity lists, and it has no crisis guard.
    return { c, rank: firstHit(ranked.map((a) => a.typeIds), c.expectedTypes), topSituation: ranked[0]?.situationIds[0], crisis: false, ms };
  }
  const r = matcher!.match({ text: c.text });
  const ms = performance.now() - started;
  return { c, rank: firstHit(r.results.map((x) => x.typeIds), c.expectedTypes), topSituation: r.situations[0]?.id, crisis: r.crisis.crisis, ms };
});

function summary(list: Outcome[]): { n: number; hit1: number; hit3: number; mrr: number; situationHit1: number } {
  const ranked = list.filter((o) => o.c.expectedTypes.length > 0);
  const withSit = list.filter((o) => (o.c.expectedSituations?.length ?? 0) > 0);
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  const n = ranked.length || 1;
  return {
    n: ranked.length,
    hit1: r3(ranked.filter((o) => o.rank <= 1).length / n),
    hit3: r3(ranked.filter((o) => o.rank <= 3).length / n),
    mrr: r3(ranked.reduce((s, o) => s + (Number.isFinite(o.rank) ? 1 / o.rank : 0), 0) / n),
    situationHit1: r3(withSit.filter((o) => o.topSituation !== undefined && o.c.expectedSituations!.includes(o.topSituation as never)).length / (withSit.length || 1)),
  };
}

if (flags.has('misses')) {
  for (const o of outcomes) {
    const sitMiss = (o.c.expectedSituations?.length ?? 0) > 0 && !o.c.expectedSituations!.includes(o.topSituation as never);
    const crisisMiss = (o.c.crisis ?? false) !== o.crisis;
    if (o.rank > 3 || sitMiss || (!baseline && crisisMiss)) {
      console.log(JSON.stringify({ text: o.c.text, rank: o.rank, expected: o.c.expectedTypes, top: o.topSituation, expectedSituations: o.c.expectedSituations, crisis: o.crisis, expectedCrisis: o.c.crisis ?? false }));
    }
  }
}

const byLang: Record<string, ReturnType<typeof summary>> = {};
for (const l of LANGS) byLang[l] = summary(outcomes.filter((o) => (o.c.lang ?? 'fi') === l));
const positives = outcomes.filter((o) => o.c.crisis === true);
const negatives = outcomes.filter((o) => o.c.crisis !== true);
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const pct = (p: number): number => Math.round((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 1000) / 1000;
const total = summary(outcomes);
console.log(JSON.stringify({
  ...total,
  byLang,
  crisis: {
    positives: positives.length,
    recall: Math.round((positives.filter((o) => o.crisis).length / (positives.length || 1)) * 1000) / 1000,
    negatives: negatives.length,
    falsePositiveRate: Math.round((negatives.filter((o) => o.crisis).length / (negatives.length || 1)) * 1000) / 1000,
  },
  latencyMs: { p50: pct(0.5), p99: pct(0.99) },
  ranker: baseline ? baseline.name : 'luotsi',
  cases: outcomes.length,
}));
