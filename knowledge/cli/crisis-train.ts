// npm run crisis:train [-- --threshold 0.9]: trains the crisis guard's learned reader on the open corpus and writes
// knowledge/data/crisis-model.json. Never reads test/eval/sealed: those batches measure, they do not teach.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normaliseForCrisis } from '../crisis-guard.js';
import { SHIPPED_MODEL, SHIPPED_POSITIVE_WEIGHT, toModel, train, type Example } from '../crisis-model.js';
import { fail, parseArgs, readJsonl } from './load.js';

const Line = z.object({ text: z.string(), crisis: z.boolean().optional() });
const EVAL = join(import.meta.dirname, '..', '..', 'test', 'eval');

/** The open corpus: blind batches (crisis and topical), the crisis probes and the matcher's cases. */
function trainingFiles(): string[] {
  const blind = readdirSync(join(EVAL, 'blind')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join('blind', f));
  return [...blind, 'crisis-cases.jsonl', 'cases.jsonl'];
}

const { flags } = parseArgs(process.argv.slice(2));
const threshold = Number(flags.get('threshold') ?? 0.99);
if (!(threshold > 0 && threshold < 1)) fail('--threshold must be between 0 and 1');

const files = trainingFiles();
const examples: Example[] = files.flatMap((file) => readJsonl(join(EVAL, file), Line)
  .map(({ value }) => ({ folded: normaliseForCrisis(value.text), positive: value.crisis === true })));
const positives = examples.filter((e) => e.positive).length;
const model = toModel(train(examples, { positiveWeight: SHIPPED_POSITIVE_WEIGHT }), threshold, { positives, negatives: examples.length - positives, files });
writeFileSync(SHIPPED_MODEL, `${JSON.stringify(model)}\n`);
console.log(JSON.stringify({ written: SHIPPED_MODEL, positives, negatives: examples.length - positives, weights: Object.keys(model.weights).length, threshold }));
