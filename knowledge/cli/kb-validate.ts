// npm run kb:validate: exit 0 with a JSON summary when the knowledge base is valid, else exit 1 listing every problem.
import { formatProblem, loadKnowledge } from '../loader.js';
import { summarise } from '../kb-summary.js';

const dir = process.argv[2];
const result = loadKnowledge(dir);
if (!result.ok) {
  for (const p of result.problems) console.log(formatProblem(p));
  console.log(JSON.stringify({ ok: false, problems: result.problems.length }));
  process.exit(1);
}
console.log(JSON.stringify(summarise(result.data), null, 2));
