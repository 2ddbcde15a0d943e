// npm run kb:stale [-- --days N]: activities whose lastVerified is older than a year (or N days), oldest first.
import { loadKnowledge, formatProblem } from '../loader.js';
import { STALE_AFTER_DAYS, staleActivities } from '../kb-summary.js';

const args = process.argv.slice(2);
const daysIdx = args.indexOf('--days');
const days = daysIdx >= 0 ? Number(args[daysIdx + 1]) : STALE_AFTER_DAYS;
if (!Number.isFinite(days) || days < 0) {
  console.error('--days takes a number of days');
  process.exit(2);
}
const result = loadKnowledge();
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const stale = staleActivities(result.data.activities, new Date(), days)
  .sort((a, b) => a.lastVerified.localeCompare(b.lastVerified))
  .map((a) => ({ id: a.id, organisation: a.organisation.name, lastVerified: a.lastVerified, url: a.contact.url }));
console.log(JSON.stringify({ olderThanDays: days, count: stale.length, stale }, null, 2));
