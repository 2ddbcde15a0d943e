// npm run kb:export -- --format hsds [--lang fi|sv|en] [--out FILE]: Open Referral HSDS 3.0 JSON of the catalogue.
import { writeFileSync } from 'node:fs';
import { HsdsExport, toHsds } from '../hsds.js';
import { formatProblem, loadKnowledge } from '../loader.js';
import { LANGS, type Lang } from '../vocabulary.js';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const format = opt('--format') ?? 'hsds';
const lang = (opt('--lang') ?? 'fi') as Lang;
if (format !== 'hsds') { console.error(`unknown format "${format}" (supported: hsds)`); process.exit(2); }
if (!LANGS.includes(lang)) { console.error(`--lang takes one of ${LANGS.join(', ')}`); process.exit(2); }
const result = loadKnowledge();
if (!result.ok) { for (const p of result.problems) console.error(formatProblem(p)); process.exit(1); }
const doc = HsdsExport.parse(toHsds(result.data, lang)); // a bug here must not write an invalid file
const json = JSON.stringify(doc, null, 2);
const out = opt('--out');
if (out) { writeFileSync(out, json); console.error(`wrote ${doc.services.length} services of ${doc.organizations.length} organizations to ${out}`); }
else process.stdout.write(`${json}\n`);
