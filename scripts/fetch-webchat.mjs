// Puts Bot Framework Web Chat's single browser bundle under adapters/web/vendor/ at install time,
// from the npm registry, without adding the package's ~400-package dependency tree to the app,
// with its brotli and gzip copies (scripts/precompress-webchat.mjs) for the server to send.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '4.18.1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'adapters', 'web', 'vendor', `webchat-${VERSION}.js`);

/** The compressed copies; without them the server makes them when it starts (a few seconds), sending the bundle uncompressed (3.9 MB) until then. */
async function compressCopies() {
  try {
    const { precompress } = await import('./precompress-webchat.mjs');
    for (const w of precompress(target)) console.log(`luotsi: ${w.file.slice(root.length + 1)} written (${w.bytes} of ${w.of} bytes)`);
  } catch (err) {
    console.warn(`luotsi: could not compress the Web Chat bundle (${err instanceof Error ? err.message : err}); run "node scripts/precompress-webchat.mjs".`);
  }
}

if (existsSync(target)) {
  await compressCopies();
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'luotsi-webchat-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', `botframework-webchat@${VERSION}`, '--silent', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  const { x } = await import('tar');
  await x({ file: join(work, tgz), cwd: work, filter: (p) => p === 'package/dist/webchat.js' || p === 'package/LICENSE' });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'package', 'dist', 'webchat.js'), target);
  if (existsSync(join(work, 'package', 'LICENSE'))) copyFileSync(join(work, 'package', 'LICENSE'), join(dirname(target), 'webchat-LICENSE.txt'));
  console.log(`luotsi: Web Chat ${VERSION} bundle stored in adapters/web/vendor/`);
  await compressCopies();
} catch (err) {
  // The service still runs; only the web chat page needs the bundle. Say so plainly.
  console.warn(`luotsi: could not fetch the Web Chat bundle (${err instanceof Error ? err.message : err}); run "node scripts/fetch-webchat.mjs" again when the npm registry is reachable.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
