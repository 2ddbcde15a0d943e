// npm run kb:validate: exit 0 with a JSON summary when the knowledge base is valid (warnings on stderr), else exit 1
// listing every problem with its file, line and field.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { summarise } from '../kb-summary.js';
import { DEFAULT_KNOWLEDGE_DIR, formatProblem, loadKnowledge } from '../loader.js';
import { loadPtvMapping } from '../ptv-import.js';

const dir = process.argv[2];
const result = loadKnowledge(dir);
// The PTV mapping table is read only by the PTV import, but a broken one should be found before an import needs it.
const mappingFile = join(dir ?? DEFAULT_KNOWLEDGE_DIR, 'ptv-service-classes.yaml');
const mapping = existsSync(mappingFile) ? loadPtvMapping(mappingFile) : { ok: true as const };
if (!result.ok || !mapping.ok) {
  if (!result.ok) for (const p of result.problems) console.log(formatProblem(p));
  if (!mapping.ok) for (const p of mapping.problems) console.log(relative(process.cwd(), p) || p);
  console.log(JSON.stringify({ ok: false, problems: (result.ok ? 0 : result.problems.length) + (mapping.ok ? 0 : mapping.problems.length) }));
  process.exit(1);
}
const summary = summarise(result.data, new Date(), result.origins);
for (const w of summary.warnings) console.error(`warning: ${w.file ? `${w.file}:${w.line} ` : ''}${w.id}: ${w.message}`);
console.log(JSON.stringify(summary, null, 2));
