// npm run bench -- [--scale N] [--cases FILE]: builds the matcher over the knowledge base repeated N times and times it over the eval cases.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
// CPU time too: on a shared machine wall time includes waiting for a core, which says nothing about the matcher.
const cpu: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  for (const text of texts) {
    const c = process.cpuUsage();
    const t = performance.now();
    matcher.match({ text });
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
}
// Each case's fastest of the three passes: what the matcher costs when the machine is not busy with other work.
const best = texts.map((_, i) => Math.min(times[i]!, times[i + texts.length]!, times[i + 2 * texts.length]!)).sort((a, b) => a - b);
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const pctOf = (list: number[], p: number): number => list[Math.min(list.length - 1, Math.floor(p * list.length))] ?? 0;
const pct = (p: number): number => pctOf(times, p);
gc?.();
const r2 = (x: number): number => Math.round(x * 100) / 100;
console.log(JSON.stringify({
  activities: catalogue.activities.length,
  buildMs: Math.round(buildMs),
  p50Ms: r2(pct(0.5)),
  p99Ms: r2(pct(0.99)),
  rssMb: Math.round(process.memoryUsage().rss / 1048576),
  bestOf3P99Ms: r2(pctOf(best, 0.99)),
  cpuP50Ms: r2(pctOf(cpu, 0.5)),
  cpuP99Ms: r2(pctOf(cpu, 0.99)),
  loadAverage: r2(loadavg()[0] ?? 0),
  cases: texts.length,
  measured: times.length,
}));
