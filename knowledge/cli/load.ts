// Shared by the command-line tools: loads the knowledge base or exits with its problems on stderr, reads case files.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { Catalogue } from '../contracts.js';
import type { CatalogueData } from '../catalogue.js';
import { formatProblem, loadKnowledge } from '../loader.js';

// A reader that stops early ("npm run eval -- file --cases | head") closes the pipe: the tool ends quietly, not with an
// unhandled EPIPE trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Flags of the form --name value; everything else is positional. */
export function parseArgs(argv: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), 'true');
    } else positional.push(a);
  }
  return { flags, positional };
}

export function loadCatalogueOrExit(dir = process.env.LUOTSI_KNOWLEDGE_DIR): { catalogue: Catalogue; data: CatalogueData } {
  const result = loadKnowledge(dir || undefined);
  if (!result.ok) {
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`knowledge base has ${result.problems.length} problem(s); run npm run kb:validate\n`);
    process.exit(1);
  }
  return { catalogue: result.catalogue, data: result.data };
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** A JSON Lines file read through a schema, each value with its line number; a bad line stops the tool naming it. */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): Array<{ line: number; value: T }> {
  const out: Array<{ line: number; value: T }> = [];
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let json: unknown;
    try { json = JSON.parse(text); } catch { fail(`${file}:${i + 1}: not JSON`); }
    const parsed = schema.safeParse(json);
    if (!parsed.success) fail(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push({ line: i + 1, value: parsed.data });
  });
  return out;
}
