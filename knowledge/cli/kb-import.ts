// npm run kb:import -- file.csv [--out name]: adds a spreadsheet's activities to the knowledge base, all rows or none.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { importCsv } from '../csv-import.js';
import { DEFAULT_KNOWLEDGE_DIR, formatProblem, loadKnowledge } from '../loader.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const outIdx = args.indexOf('--out');
const dirIdx = args.indexOf('--dir');
const dir = dirIdx >= 0 && args[dirIdx + 1] ? args[dirIdx + 1]! : DEFAULT_KNOWLEDGE_DIR;
if (!file) {
  console.error('usage: npm run kb:import -- FILE.csv [--out NAME] [--dir KNOWLEDGE_DIR]');
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`cannot read ${file}`);
  process.exit(2);
}
const current = loadKnowledge(dir);
if (!current.ok) {
  console.error('the knowledge base is not valid now; fix it first:');
  for (const p of current.problems) console.error(formatProblem(p));
  process.exit(1);
}
const result = importCsv(bytes, {
  knownActivityIds: new Set(current.catalogue.activityById.keys()),
  municipalityCodes: new Set(current.catalogue.municipalities.keys()),
});
if (!result.ok) {
  for (const p of result.problems) console.log(`${file}:${p.line} row ${p.row}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
  console.log(JSON.stringify({ ok: false, imported: 0, problems: result.problems.length }));
  process.exit(1);
}
const name = (outIdx >= 0 && args[outIdx + 1]) || `imported-${basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
const target = join(dir, 'activities', `${name}.yaml`);
if (existsSync(target)) {
  console.error(`${target} exists already; choose another --out name`);
  process.exit(1);
}
// Write beside the target, then rename: a reader never sees half a file; re-validate the whole base, else roll back.
const tmp = `${target}.tmp`;
writeFileSync(tmp, stringify({ activities: result.activities }, { lineWidth: 0 }));
renameSync(tmp, target);
const after = loadKnowledge(dir);
if (!after.ok) {
  rmSync(target);
  for (const p of after.problems) console.log(formatProblem(p));
  console.log(JSON.stringify({ ok: false, imported: 0, problems: after.problems.length }));
  process.exit(1);
}
console.log(JSON.stringify({ ok: true, imported: result.activities.length, file: target }));
