// `npm run build`: compiles TypeScript to dist/ and copies what the compiled service reads at run time (knowledge data,
// locales, the web page's static files and the Web Chat bundle with its compressed copies), so dist/ runs on its own:
// `node dist/adapters/main.js`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });

const copy = (from, to) => {
  if (!existsSync(join(root, from))) { console.error(`build: ${from} is missing (run npm install); the compiled service will lack it`); return; }
  rmSync(join(dist, to), { recursive: true, force: true });
  mkdirSync(join(dist, to), { recursive: true });
  cpSync(join(root, from), join(dist, to), { recursive: true });
};
copy('knowledge/data', 'knowledge/data');
copy('locales', 'locales');
copy('adapters/web/static', 'adapters/web/static');
copy('adapters/web/webchat', 'adapters/web/webchat');
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
