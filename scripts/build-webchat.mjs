// `npm run webchat:build`: builds the Web Chat bundle the widget loads (adapters/web/webchat/, kept in the repository) from
// Web Chat's own modules, with only what the widget uses: the full composer with Adaptive Cards and markdown, the store and
// Direct Line; not the speech services (Cognitive Services, Direct Line Speech), not the strings of the 45 locales
// besides fi-FI, sv-SE and en-US, not Direct Line's App Service Extension streaming. 2.0 MB instead of the stock
// dist/webchat.js's 3.9 MB; 0.47 MB brotli instead of 0.64 MB.
//
// The packages are installed exactly as scripts/webchat-build/package-lock.json pins them, into a temporary directory:
// the app's own install never pulls Web Chat's ~430 packages, and needs no network for it. Run it after changing a version
// there (`npm install` in a copy of that directory writes the new lock); `-- --check` builds and compares with the
// committed bundle instead of writing it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const spec = join(root, 'scripts', 'webchat-build');
const VERSION = JSON.parse(readFileSync(join(spec, 'package.json'), 'utf8')).dependencies['botframework-webchat'];
const outDir = join(root, 'adapters', 'web', 'webchat');
const target = join(outDir, `webchat-${VERSION}-luotsi.js`);
const check = process.argv.includes('--check');

// What widget.js (and a page with nothing but `WebChat.renderWebChat({ directLine: WebChat.createDirectLine(...) })`) uses;
// the composer from the package's sources, since its `exports` offers only the prebuilt entry points.
const ENTRY = `
import { createStore } from 'botframework-webchat-core';
import FullReactWebChat from './node_modules/botframework-webchat/src/FullReactWebChat';
import coreRenderWebChat from './node_modules/botframework-webchat/src/renderWebChat';
import defaultCreateDirectLine from './node_modules/botframework-webchat/src/createDirectLine';

const renderWebChat = coreRenderWebChat.bind(null, FullReactWebChat);
const createDirectLine = (options) => defaultCreateDirectLine({ ...options, botAgent: 'WebChat/${VERSION} (Luotsi)' });
window.WebChat = { ...window.WebChat, createDirectLine, createStore, renderWebChat };
`;

/** The strings Web Chat shows (placeholder, labels, what a screen reader hears) in the three languages Luotsi speaks. */
const STRINGS = `
import enUS from './en-US.json';
import fiFI from './fi-FI.json';
import svSE from './sv-SE.json';
import bundledOverrides from './overrides.json';
import mergeLocalizedStrings from './mergeLocalizedStrings';
let strings;
export default function getAllLocalizedStrings() {
  return strings || (strings = mergeLocalizedStrings({ 'en-US': enUS, 'fi-FI': fiFI, 'sv-SE': svSE }, bundledOverrides));
}
`;

/** Each package that has code in the bundle, with its licence and the text of its licence file: what its licence asks to pass on. */
function notices(metafile, work) {
  const packages = new Map();
  for (const input of Object.keys(metafile.outputs['webchat.js'].inputs)) {
    // "(disabled):…" is a module the package's `browser` field leaves out: no code of it is in the bundle.
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || input.startsWith('(')) continue;
    const dir = join(work, m[1]);
    if (packages.has(dir)) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    packages.set(dir, { id: `${pkg.name}@${pkg.version}`, license: typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? pkg.licenses ?? 'see its repository'), text: file ? readFileSync(join(dir, file), 'utf8').trim() : '' });
  }
  const sorted = [...packages.values()].sort((a, b) => a.id.localeCompare(b.id));
  return [
    `Third-party software in ${`webchat-${VERSION}-luotsi.js`}, built by scripts/build-webchat.mjs from the packages scripts/webchat-build/package-lock.json pins.`,
    'Licence comments found in the code are also kept at the end of the bundle.',
    '',
    ...sorted.map((p) => `${'='.repeat(78)}\n${p.id} (${p.license})\n${p.text ? `\n${p.text}\n` : ''}`),
  ].join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'luotsi-webchat-build-'));
try {
  copyFileSync(join(spec, 'package.json'), join(work, 'package.json'));
  copyFileSync(join(spec, 'package-lock.json'), join(work, 'package-lock.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  console.log(`webchat:build: installing botframework-webchat ${VERSION} as the lock pins it, in ${work}`);
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });

  const require = createRequire(join(work, 'package.json'));
  const esbuild = require('esbuild');
  const api = join(work, 'node_modules', 'botframework-webchat-api', 'src');
  const trim = {
    name: 'luotsi-trim',
    setup(build) {
      // The API from its sources (one copy for all three entry points), so that its strings can be three languages' only.
      build.onResolve({ filter: /^botframework-webchat-api(\/internal|\/decorator)?$/ }, (args) => {
        const sub = args.path.slice('botframework-webchat-api'.length);
        return { path: sub === '/internal' ? join(api, 'internal.ts') : sub === '/decorator' ? join(api, 'decorator', 'index.ts') : join(api, 'index.ts') };
      });
      build.onLoad({ filter: /[\\/]localization[\\/]getAllLocalizedStrings\.ts$/ }, () => ({ contents: STRINGS, loader: 'ts', resolveDir: join(api, 'localization') }));
      // Direct Line App Service Extension (a bot hosted in the App Service's own channel) is not Luotsi's Direct Line.
      build.onResolve({ filter: /^botframework-streaming$/ }, () => ({ path: 'botframework-streaming', namespace: 'luotsi-stub' }));
      build.onLoad({ filter: /.*/, namespace: 'luotsi-stub' }, () => ({
        contents: 'export class WebSocketClient { constructor() { throw new Error("Direct Line App Service Extension is not in this build of Web Chat"); } }',
        loader: 'js',
      }));
    },
  };
  const built = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: work, sourcefile: 'luotsi-webchat.js', loader: 'js' },
    // Paths in the output (and its licence list) relative to the install, the same wherever it was made.
    absWorkingDir: work,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2019'],
    write: false,
    outfile: 'webchat.js',
    metafile: true,
    legalComments: 'eof',
    loader: { '.js': 'jsx' },
    jsx: 'transform',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.node_env': '"production"',
      'process.env.npm_package_version': JSON.stringify(VERSION),
      'process.env.build_tool': '"esbuild"',
      'process.env.module_format': '"iife"',
    },
    plugins: [trim],
  });
  const code = Buffer.from(`/*! Bot Framework Web Chat ${VERSION} (MIT, Microsoft), built for Luotsi by scripts/build-webchat.mjs */\n${built.outputFiles[0].text}`);
  if (/\bprocess\.env\b/.test(code.toString('utf8').replace(/process\.env\.LANG/g, ''))) throw new Error('the bundle still reads process.env: add the name to define');
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
  const sha = createHash('sha256').update(code).digest('hex');
  console.log(`webchat:build: ${code.length} bytes, ${brotli.length} brotli, sha256 ${sha}`);
  if (check) {
    const committed = existsSync(target) ? readFileSync(target) : Buffer.alloc(0);
    if (!committed.equals(code)) {
      console.error(`webchat:build: ${target} differs from what the pinned packages build (committed sha256 ${createHash('sha256').update(committed).digest('hex')})`);
      process.exit(1);
    }
    console.log(`webchat:build: ${target} is what the pinned packages build`);
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(target, code);
    writeFileSync(join(outDir, 'THIRD-PARTY-NOTICES.txt'), `${notices(built.metafile, work)}\n`);
    console.log(`webchat:build: wrote ${target}; "node scripts/precompress-webchat.mjs" makes its brotli and gzip copies`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
