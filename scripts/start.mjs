// `npm start`: runs the compiled service, exactly what the Dockerfile runs, in this process (signals reach it directly).
// Compiles first (npm run build) when dist/ is missing or any source, data or locale file is newer than the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.built');
const SOURCES = ['bot', 'dialogs', 'knowledge', 'adapters', 'locales', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (SOURCES.some((s) => newest(join(root, s)) > builtAt)) {
  console.error('luotsi: compiling the service (npm run build)…');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
await import(pathToFileURL(join(root, 'dist', 'adapters', 'main.js')).href);
