// npm run kb:export -- --format hsds [--lang fi|sv|en] [--out FILE]: Open Referral HSDS 3.0 JSON of the catalogue in one
// language (run it once per language; `kb:import -- --format hsds` reads the files back).
import { writeFileSync } from 'node:fs';
import { findNull, HsdsExport, toHsds } from '../hsds.js';
import { formatProblem, loadKnowledge } from '../loader.js';
import { LANGS, type Lang } from '../vocabulary.js';
import { parseArgs } from './load.js';

const { flags } = parseArgs(process.argv.slice(2));
const format = flags.get('format') ?? 'hsds';
const lang = (flags.get('lang') ?? 'fi') as Lang;
if (format !== 'hsds') { console.error(`unknown format "${format}" (supported: hsds)`); process.exit(2); }
if (!LANGS.includes(lang)) { console.error(`--lang takes one of ${LANGS.join(', ')}`); process.exit(2); }
const result = loadKnowledge(flags.get('dir'));
if (!result.ok) { for (const p of result.problems) console.error(formatProblem(p)); process.exit(1); }
const doc = toHsds(result.data, lang);
// A bug here must not write an invalid file: the shapes, and no null anywhere (HSDS 3.0 gives each field one type).
const parsed = HsdsExport.safeParse(doc);
const nullAt = findNull(doc);
if (!parsed.success || nullAt) {
  console.error(`the export would not be valid HSDS 3.0: ${nullAt ? `null at ${nullAt}` : parsed.error!.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(1);
}
const json = JSON.stringify(doc, null, 2);
const out = flags.get('out');
if (out) {
  writeFileSync(out, `${json}\n`);
  console.error(`wrote ${doc.services.length} services of ${doc.organizations.length} organizations in ${lang} to ${out}`);
} else process.stdout.write(`${json}\n`);
