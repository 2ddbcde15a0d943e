// npm run kb:stale [-- --days N] [--all]: entries due for re-checking, source by source: hand-kept ones not verified
// within a year (or N days), imported ones whose import is older than their source's refresh interval.
import { staleBySource, STALE_AFTER_DAYS } from '../kb-summary.js';
import { formatProblem, loadKnowledge } from '../loader.js';
import { parseArgs } from './load.js';

const { flags, positional } = parseArgs(process.argv.slice(2));
const days = flags.has('days') ? Number(flags.get('days')) : STALE_AFTER_DAYS;
if (!Number.isFinite(days) || days < 0) {
  console.error('--days takes a number of days');
  process.exit(2);
}
const result = loadKnowledge(flags.get('dir') ?? positional[0]);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const today = new Date();
const sources = staleBySource(result.data.activities, today, days, result.origins);
const count = sources.reduce((n, s) => n + s.stale.length, 0);
// Sources with nothing due are left out unless --all asks for every source and its refresh interval.
const shown = flags.has('all') ? sources : sources.filter((s) => s.stale.length > 0);
console.log(JSON.stringify({ today: today.toISOString().slice(0, 10), olderThanDays: days, count, sourcesChecked: sources.length, sources: shown }, null, 2));
