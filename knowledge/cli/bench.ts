// npm run bench -- [--scale N] [--cases FILE]: builds the matcher over the knowledge base repeated N times and times it over the eval cases.
import { existsSync, readFileSync } from 'node:fs';
import { createCatalogue } from '../catalogue.js';
import { createMatcher } from '../matcher.js';
import { fail, loadCatalogueOrExit, parseArgs } from './load.js';

const { flags } = parseArgs(process.argv.slice(2));
const scale = Number(flags.get('scale') ?? '1');
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) fail('--scale must be an integer from 1 to 1000');
const casesFile = flags.get('cases') ?? ['test/eval/cases.jsonl', '../shared/spec/eval-sample.jsonl'].find((f) => existsSync(f));
if (!casesFile) fail('no eval cases found: pass --cases FILE.jsonl');
const texts = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

const { data } = loadCatalogueOrExit();
// Clones get new ids and otherwise identical content: the index cannot tell them apart, so nothing is shared by accident.
const activities = [];
for (let k = 0; k < scale; k++) {
  for (const a of data.activities) activities.push(k === 0 ? a : { ...a, id: `${a.id}-copy-${k}` });
}
const catalogue = createCatalogue({ ...data, activities });
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const built = performance.now();
const matcher = createMatcher(catalogue);
const buildMs = performance.now() - built;

// One warm-up pass so the figures describe a running service, not the JIT's first minutes.
for (const text of texts) matcher.match({ text });
const times: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  for (const text of texts) {
    const t = performance.now();
    matcher.match({ text });
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
gc?.();
const r2 = (x: number): number => Math.round(x * 100) / 100;
console.log(JSON.stringify({
  activities: catalogue.activities.length,
  buildMs: Math.round(buildMs),
  p50Ms: r2(pct(0.5)),
  p99Ms: r2(pct(0.99)),
  rssMb: Math.round(process.memoryUsage().rss / 1048576),
  cases: texts.length,
  measured: times.length,
}));
