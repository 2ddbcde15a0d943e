// npm run crisis:cv [-- --folds 5 --positive-weight 0.25]: an honest estimate of the learned reader on writers it has
// not seen. Grouped k-fold over the open crisis corpus (a contrast pair stays in one fold), the open topical batch as
// ordinary messages; the lexicon stays as it is, the reader is retrained for each fold. Never reads test/eval/sealed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normaliseForCrisis, readCrisis } from '../crisis-guard.js';
import { SHIPPED_POSITIVE_WEIGHT, toModel, train } from '../crisis-model.js';
import { parseArgs, readJsonl } from './load.js';

const Line = z.object({ text: z.string(), crisis: z.boolean().optional(), pair: z.number().optional() });
type Case = z.infer<typeof Line> & { group: string };
const EVAL = join(import.meta.dirname, '..', '..', 'test', 'eval');

function load(file: string): Case[] {
  return readJsonl(join(EVAL, file), Line).map(({ value }, i) => ({ ...value, group: value.pair !== undefined ? `${file}#${value.pair}` : `${file}:${i}` }));
}

const { flags } = parseArgs(process.argv.slice(2));
const folds = Number(flags.get('folds') ?? 5);
const positiveWeight = Number(flags.get('positive-weight') ?? SHIPPED_POSITIVE_WEIGHT);
const thresholds = [0.9, 0.95, 0.98, 0.99];
const crisisCorpus = readdirSync(join(EVAL, 'blind')).filter((f) => f.startsWith('crisis-') && f.endsWith('.jsonl')).sort().flatMap((f) => load(join('blind', f)));
const extra = [...load('crisis-cases.jsonl'), ...load('cases.jsonl')];
const ordinary = readdirSync(join(EVAL, 'blind')).filter((f) => f.startsWith('topical-')).flatMap((f) => load(join('blind', f)));
const foldOf = (group: string): number => { let h = 7; for (const ch of group) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0; return h % folds; };

interface Tally { tp: number; p: number; fp: number; n: number; ordinaryFp: number; ordinaryN: number }
const empty = (): Tally => ({ tp: 0, p: 0, fp: 0, n: 0, ordinaryFp: 0, ordinaryN: 0 });
const lexicon = empty();
const withReader = thresholds.map(empty);
function count(t: Tally, c: Case, alert: boolean, isOrdinary: boolean): void {
  if (isOrdinary) { t.ordinaryN++; if (alert) t.ordinaryFp++; } else if (c.crisis) { t.p++; if (alert) t.tp++; } else { t.n++; if (alert) t.fp++; }
}

for (let k = 0; k < folds; k++) {
  const test = crisisCorpus.filter((c) => foldOf(c.group) === k);
  const ordinaryTest = ordinary.filter((c) => foldOf(c.group) === k);
  const trainSet = [...crisisCorpus.filter((c) => foldOf(c.group) !== k), ...extra, ...ordinary.filter((c) => foldOf(c.group) !== k)];
  const trained = train(trainSet.map((c) => ({ folded: normaliseForCrisis(c.text), positive: c.crisis === true })), { positiveWeight });
  for (const [cases, isOrdinary] of [[test, false], [ordinaryTest, true]] as const) {
    for (const c of cases) {
      count(lexicon, c, readCrisis(c.text, undefined).crisis, isOrdinary);
      thresholds.forEach((threshold, i) => count(withReader[i]!, c, readCrisis(c.text, toModel(trained, threshold, { positives: 0, negatives: 0, files: [] })).crisis, isOrdinary));
    }
  }
}
const r3 = (k: number, n: number): number => Math.round((k / (n || 1)) * 1000) / 1000;
const row = (t: Tally) => ({ recall: r3(t.tp, t.p), hardFalseAlerts: r3(t.fp, t.n), ordinaryFalseAlerts: r3(t.ordinaryFp, t.ordinaryN) });
console.log(JSON.stringify({
  folds, positiveWeight, positives: lexicon.p, hardNegatives: lexicon.n, ordinary: lexicon.ordinaryN,
  lexiconOnly: row(lexicon),
  withReader: Object.fromEntries(thresholds.map((t, i) => [t, row(withReader[i]!)])),
}));
