// npm run bench:crafted [-- --runs 5]: what crafted messages cost compared with ordinary ones. First each text path on its
// own (language, crisis guard, facets, municipality lookup, matcher, staff filters), then whole Direct Line turns of a
// Luotsi in this process at three points of a conversation. Prints one line per input and, last, one JSON summary.
import { createApp } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { languageNameIndex, readStaffFilters } from '../../dialogs/staff-search-dialog.js';
import { detectCrisis } from '../../knowledge/crisis-guard.js';
import { createFacetExtractor } from '../../knowledge/facets.js';
import { loadKnowledge } from '../../knowledge/loader.js';
import { createMatcher } from '../../knowledge/matcher.js';
import { craftedMessages, ORDINARY_NEEDS, utf8Kb } from './crafted-inputs.js';
import { measureCrafted, median } from './crafted-turns.js';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at >= 0 ? Number(args[at + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 100) {
  console.error('--runs must be a whole number from 1 to 100');
  process.exit(1);
}

const loaded = loadKnowledge();
if (!loaded.ok) {
  console.error('the knowledge base does not load: run npm run kb:validate');
  process.exit(1);
}
const { catalogue } = loaded;
const matcher = createMatcher(catalogue);
const facets = createFacetExtractor(catalogue.municipalities.values());
const languages = languageNameIndex(catalogue);

const PATHS: Record<string, (text: string) => unknown> = {
  language: (t) => matcher.detectLanguage(t.slice(0, 500)),
  crisisGuard: (t) => detectCrisis(t),
  facets: (t) => facets.extract(t),
  facetPlace: (t) => facets.municipality(t),
  findMunicipality: (t) => catalogue.findMunicipality(t),
  matcher: (t) => matcher.match({ text: t }),
  staffFilters: (t) => readStaffFilters(t, catalogue, matcher, languages, 'fi'),
};

/** CPU milliseconds of one call, the median of `RUNS` after one warm-up call. */
function cost(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    times.push((u.user + u.system) / 1000);
  }
  return median(times);
}
const r2 = (x: number) => Math.round(x * 100) / 100;

console.log(`text paths, CPU ms (median of ${RUNS}):`);
const ordinaryPath: Record<string, number> = {};
for (const [path, fn] of Object.entries(PATHS)) ordinaryPath[path] = r2(median(Object.values(ORDINARY_NEEDS).map((t) => cost(() => fn(t)))));
console.log(`  ${'ordinary need'.padEnd(34)} ${JSON.stringify(ordinaryPath)}`);
const worstPath: Record<string, { ms: number; input: string }> = {};
for (const c of craftedMessages()) {
  const row: Record<string, number> = {};
  for (const [path, fn] of Object.entries(PATHS)) {
    row[path] = r2(cost(() => fn(c.text)));
    if (!worstPath[path] || row[path] > worstPath[path].ms) worstPath[path] = { ms: row[path], input: c.name };
  }
  console.log(`  ${`${c.name} (${utf8Kb(c.text)} KB)`.padEnd(34)} ${JSON.stringify(row)}`);
}

const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: 'bench-crafted-secret-0123456789-0123456789' });
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const created = await createApp(parsed.config, { catalogue, matcher });
if (!created.ok) throw new Error(created.errors.join('\n'));
const server = await created.luotsi.start(0);
try {
  const report = await measureCrafted(server.url, RUNS);
  console.log(`whole turns, CPU ms of the process / server ms (median of ${RUNS}); ordinary ${r2(report.ordinary.cpuMs)} / ${r2(report.ordinary.serverMs)}:`);
  for (const r of report.crafted) {
    console.log(`  ${`${r.name} @${r.point}`.padEnd(48)} ${String(r2(r.cpuMs)).padStart(7)} / ${String(r2(r.serverMs)).padStart(7)}  HTTP ${r.statuses.join(',')}`);
  }
  console.log(JSON.stringify({
    runs: RUNS,
    ordinaryTurnCpuMs: r2(report.ordinary.cpuMs),
    ordinaryTurnServerMs: r2(report.ordinary.serverMs),
    worstCraftedTurn: { ...report.worst, cpuMs: r2(report.worst.cpuMs), serverMs: r2(report.worst.serverMs) },
    worstOverOrdinary: r2(report.worst.cpuMs / report.ordinary.cpuMs),
    worstPathMs: worstPath,
    ordinaryPathMs: ordinaryPath,
  }));
} finally {
  await server.close();
  await created.luotsi.stores.close();
}
