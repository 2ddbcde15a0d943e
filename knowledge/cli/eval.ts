// npm run eval -- FILE.jsonl [--baseline fuse|bm25] [--cases] [--misses]: hit@1, hit@3, topical hits, MRR, situation hit@1,
// answers missing, crisis recall and false alerts per language, and latency; the summary JSON is the last line.
import { z } from 'zod';
import { createBm25Baseline, createFuseBaseline, type Baseline } from '../baselines.js';
import { readCrisis } from '../crisis-guard.js';
import { createMatcher } from '../matcher.js';
import { SituationId, TypeId } from '../schema.js';
import { LANGS } from '../vocabulary.js';
import { fail, loadCatalogueOrExit, parseArgs, readJsonl } from './load.js';

const Case = z.object({
  text: z.string(),
  lang: z.enum(LANGS).optional(),
  expectedTypes: z.array(TypeId),
  expectedSituations: z.array(SituationId).optional(),
  crisis: z.boolean().optional(),
  concern: z.boolean().optional(),
  category: z.string().optional(),
});
type Case = z.infer<typeof Case>;

interface Shown { id: string; title: string; typeIds: readonly string[]; situationIds: readonly string[]; why: readonly string[] }
interface Outcome {
  c: Case; rank: number; topicalRank: number; topSituation?: string; situations: string[]; crisis: boolean; concern: boolean;
  detectedLang?: string; shown: Shown[]; ms: number;
}

const { flags, positional } = parseArgs(process.argv.slice(2));
const file = positional[0];
if (!file) fail('usage: npm run eval -- FILE.jsonl [--baseline fuse|bm25] [--cases] [--misses] [--lexicon-only]');
/** `--lexicon-only`: the crisis guard without its learned reader, to measure the lexicon on batches the reader was trained on. */
const lexiconOnly = flags.has('lexicon-only');
const baselineName = flags.get('baseline');
if (baselineName !== undefined && baselineName !== 'fuse' && baselineName !== 'bm25') fail('--baseline must be fuse or bm25');

const cases: Case[] = readJsonl(file, Case).map((c) => c.value);

const { catalogue } = loadCatalogueOrExit();
const baseline: Baseline | undefined = baselineName === 'fuse' ? createFuseBaseline(catalogue)
  : baselineName === 'bm25' ? createBm25Baseline(catalogue) : undefined;
const matcher = baseline ? undefined : createMatcher(catalogue);

function firstHit(typeIdsList: ReadonlyArray<readonly string[]>, expected: readonly string[]): number {
  const i = typeIdsList.findIndex((t) => t.some((x) => expected.includes(x)));
  return i < 0 ? Infinity : i + 1;
}

/** A topical hit is of the right type and serves one of the expected situations (a case without them counts by type alone). */
function firstTopicalHit(shown: readonly Shown[], c: Case): number {
  const situations = c.expectedSituations ?? [];
  const i = shown.findIndex((a) => a.typeIds.some((t) => c.expectedTypes.includes(t as never))
    && (situations.length === 0 || a.situationIds.some((s) => situations.includes(s as never))));
  return i < 0 ? Infinity : i + 1;
}

// One unmeasured pass first: latency should describe a running service, not the JIT warming up.
for (const c of cases) { if (baseline) baseline.rank(c.text, 10); else matcher!.match({ text: c.text }); }

function crisisOf(text: string, read: { crisis: boolean; concern?: boolean }): { crisis: boolean; concern: boolean } {
  const r = lexiconOnly ? readCrisis(text, undefined) : read;
  return { crisis: r.crisis, concern: r.concern === true };
}

const outcomes: Outcome[] = cases.map((c) => {
  const started = performance.now();
  if (baseline) {
    const ranked = baseline.rank(c.text, 10);
    const ms = performance.now() - started;
    const shown = ranked.map((a) => ({ id: a.id, title: a.title[c.lang ?? 'fi'], typeIds: a.typeIds, situationIds: a.situationIds, why: [] }));
    // A plain baseline knows no situations: its "top situation" is the first one its top activity lists, and it has no crisis guard.
    return {
      c, rank: firstHit(ranked.map((a) => a.typeIds), c.expectedTypes), topicalRank: firstTopicalHit(shown, c), topSituation: ranked[0]?.situationIds[0],
      situations: ranked[0]?.situationIds.slice(0, 3) ?? [], crisis: false, concern: false, shown, ms,
    };
  }
  const r = matcher!.match({ text: c.text });
  const ms = performance.now() - started;
  const shown = r.results.map((x) => ({ id: x.id, title: x.title, typeIds: x.typeIds, situationIds: x.activity.situationIds, why: x.why }));
  return {
    c, rank: firstHit(r.results.map((x) => x.typeIds), c.expectedTypes), topicalRank: firstTopicalHit(shown, c), topSituation: r.situations[0]?.id,
    situations: r.situations.map((x) => x.id), ...crisisOf(c.text, r.crisis), detectedLang: r.lang, shown, ms,
  };
});

interface Summary { n: number; hit1: number; hit3: number; topicalHit1: number; topicalHit3: number; mrr: number; situationHit1: number; noAnswer: number }

function summary(list: Outcome[]): Summary {
  const ranked = list.filter((o) => o.c.expectedTypes.length > 0);
  const withSit = list.filter((o) => (o.c.expectedSituations?.length ?? 0) > 0);
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  const n = ranked.length || 1;
  return {
    n: ranked.length,
    hit1: r3(ranked.filter((o) => o.rank <= 1).length / n),
    hit3: r3(ranked.filter((o) => o.rank <= 3).length / n),
    topicalHit1: r3(ranked.filter((o) => o.topicalRank <= 1).length / n),
    topicalHit3: r3(ranked.filter((o) => o.topicalRank <= 3).length / n),
    mrr: r3(ranked.reduce((s, o) => s + (Number.isFinite(o.rank) ? 1 / o.rank : 0), 0) / n),
    situationHit1: r3(withSit.filter((o) => o.topSituation !== undefined && o.c.expectedSituations!.includes(o.topSituation as never)).length / (withSit.length || 1)),
    noAnswer: list.filter((o) => !o.crisis && o.shown.length === 0).length,
  };
}

const ratio = (k: number, n: number): number => Math.round((k / (n || 1)) * 1000) / 1000;

/** Recall over the acute cases, false alerts over every other case; `concern` is reported, never counted as an alert. */
function crisisSummary(list: Outcome[]): { positives: number; recall: number; negatives: number; falsePositiveRate: number; concernCases: number; concernFlagged: number } {
  const positives = list.filter((o) => o.c.crisis === true);
  const negatives = list.filter((o) => o.c.crisis !== true);
  const concernCases = negatives.filter((o) => o.c.concern === true);
  return {
    positives: positives.length,
    recall: ratio(positives.filter((o) => o.crisis).length, positives.length),
    negatives: negatives.length,
    falsePositiveRate: ratio(negatives.filter((o) => o.crisis).length, negatives.length),
    concernCases: concernCases.length,
    concernFlagged: ratio(concernCases.filter((o) => o.concern || o.crisis).length, concernCases.length),
  };
}

if (flags.has('cases')) {
  for (const o of outcomes) {
    console.log(JSON.stringify({
      text: o.c.text, lang: o.c.lang, detectedLang: o.detectedLang, crisis: o.crisis, concern: o.concern, situations: o.situations,
      results: o.shown.slice(0, 3).map((a) => ({ id: a.id, title: a.title, typeIds: a.typeIds, situationIds: a.situationIds, why: a.why })),
    }));
  }
}

if (flags.has('misses')) {
  for (const o of outcomes) {
    const sitMiss = (o.c.expectedSituations?.length ?? 0) > 0 && !o.c.expectedSituations!.includes(o.topSituation as never);
    const crisisMiss = (o.c.crisis ?? false) !== o.crisis;
    const ranked = o.c.expectedTypes.length > 0;
    if ((ranked && (o.topicalRank > 3 || sitMiss)) || (!baseline && crisisMiss)) {
      console.log(JSON.stringify({
        text: o.c.text, category: o.c.category, rank: o.rank, topicalRank: o.topicalRank, expected: o.c.expectedTypes, top: o.topSituation, expectedSituations: o.c.expectedSituations,
        crisis: o.crisis, expectedCrisis: o.c.crisis ?? false, shown: o.shown.slice(0, 3).map((a) => a.id),
      }));
    }
  }
}

const byLang: Record<string, Summary & { crisis: ReturnType<typeof crisisSummary> }> = {};
for (const l of LANGS) {
  const inLang = outcomes.filter((o) => (o.c.lang ?? 'fi') === l);
  byLang[l] = { ...summary(inLang), crisis: crisisSummary(inLang) };
}
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const pct = (p: number): number => Math.round((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0) * 1000) / 1000;
const total = summary(outcomes);
console.log(JSON.stringify({
  ...total,
  byLang,
  crisis: crisisSummary(outcomes),
  latencyMs: { p50: pct(0.5), p99: pct(0.99) },
  ranker: baseline ? baseline.name : 'luotsi',
  cases: outcomes.length,
}));
