// npm run bench -- [--scale N] [--cases FILE]: builds the matcher over the knowledge base repeated N times and times it over the eval cases.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createCatalogue } from '../catalogue.js';
import { detectCrisis } from '../crisis-guard.js';
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
const guard = benchGuard();
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
  crisisGuard: guard,
}));

/**
 * The crisis guard alone, which runs on every message: p50/p99 over the open crisis corpus (ordinary and long
 * messages), and the worst of the crafted inputs that try to make it expensive.
 */
function benchGuard(): {
  p50Ms: number; p99Ms: number; bestOf3P50Ms: number; bestOf3P99Ms: number; longMessageMs: number; worstCraftedMs: number; worstCraftedCpuBestOf5Ms: number;
  crafted: Record<string, number>; craftedCpuBestOf5: Record<string, number>;
} {
  const corpus = ['test/eval/blind/crisis-fi-1.jsonl', 'test/eval/blind/crisis-sven-1.jsonl', 'test/eval/blind/topical-1.jsonl'].filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  const sample = corpus.length > 0 ? corpus : texts;
  for (const t of sample) detectCrisis(t);
  const guardTimes: number[] = [];
  for (let pass = 0; pass < 3; pass++) for (const t of sample) { const s0 = performance.now(); detectCrisis(t); guardTimes.push(performance.now() - s0); }
  // Each message's fastest of the three passes, as for the matcher: on a shared machine a single pass measures the queue for a core.
  const guardBest = sample.map((_, i) => Math.min(guardTimes[i]!, guardTimes[i + sample.length]!, guardTimes[i + 2 * sample.length]!));
  const longBest = guardBest.filter((_, i) => sample[i]!.length >= 2000).sort((a, b) => a - b);
  guardBest.sort((a, b) => a - b);
  guardTimes.sort((a, b) => a - b);
  const crafted: Record<string, string> = {
    'one 20 KB word': 'a'.repeat(20_000),
    'expanding Unicode (ﷺ ×5000)': '\ufdfa'.repeat(5000),
    'spaced letters, 16 KB': 'k i l l '.repeat(2000),
    'leet, 16 KB': 'k1ll m3 n0w '.repeat(1400),
    'zero-width separated, 16 KB': 'tapan\u200bitseni\u200b'.repeat(1300),
    'emoji and despair, 16 KB': '🔪💊 en jaksa '.repeat(1200),
    'every code point 0x80–0x4000': Array.from({ length: 0x3f80 }, (_, i) => String.fromCharCode(0x80 + i)).join(''),
  };
  const craftedMs: Record<string, number> = {};
  const craftedBest: Record<string, number> = {};
  for (const [name, text] of Object.entries(crafted)) {
    detectCrisis(text);
    const s0 = performance.now();
    detectCrisis(text);
    craftedMs[name] = Math.round((performance.now() - s0) * 100) / 100;
    // CPU time, fastest of five: what the input costs, not how long it waited for a core on a busy machine.
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const c0 = process.cpuUsage();
      detectCrisis(text);
      const used = process.cpuUsage(c0);
      runs.push((used.user + used.system) / 1000);
    }
    craftedBest[name] = Math.round(Math.min(...runs) * 100) / 100;
  }
  return {
    p50Ms: Math.round(pctOf(guardTimes, 0.5) * 1000) / 1000,
    p99Ms: Math.round(pctOf(guardTimes, 0.99) * 1000) / 1000,
    bestOf3P50Ms: Math.round(pctOf(guardBest, 0.5) * 1000) / 1000,
    bestOf3P99Ms: Math.round(pctOf(guardBest, 0.99) * 1000) / 1000,
    // The median message of 2,000 characters or more (the long letters of the open corpus), fastest of three passes.
    longMessageMs: Math.round(pctOf(longBest, 0.5) * 1000) / 1000,
    worstCraftedMs: Math.max(...Object.values(craftedMs)),
    worstCraftedCpuBestOf5Ms: Math.max(...Object.values(craftedBest)),
    crafted: craftedMs,
    craftedCpuBestOf5: craftedBest,
  };
}
