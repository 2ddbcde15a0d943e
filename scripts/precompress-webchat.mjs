// Writes brotli (.br) and gzip (.gz) copies of the Web Chat bundle (adapters/web/webchat/) next to it, once, at install
// time, so the server sends 0.47 MB instead of 2.0 MB without compressing anything per request (see adapters/web/bundle.ts).
// Run at postinstall with --if-present (a Docker stage installs before it copies the bundle in, and runs this again after);
// on its own: `node scripts/precompress-webchat.mjs [bundle.js]`.
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';

const ENCODINGS = [
  {
    ext: '.br',
    // Quality 11 with a 16 MB window: the smallest brotli there is, paid for once at install (a few seconds).
    compress: (data) => brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    decompress: brotliDecompressSync,
  },
  { ext: '.gz', compress: (data) => gzipSync(data, { level: 9 }), decompress: gunzipSync },
];

/** A compressed copy is current when it is newer than the bundle and not empty; a torn write never gets that far (rename). */
function isCurrent(source, target) {
  if (!existsSync(target)) return false;
  const s = statSync(source);
  const t = statSync(target);
  return t.size > 0 && t.mtimeMs >= s.mtimeMs;
}

/** Writes the missing or stale compressed copies of `bundle`; returns what it wrote, with sizes. */
export function precompress(bundle) {
  const written = [];
  let data;
  for (const { ext, compress, decompress } of ENCODINGS) {
    const target = bundle + ext;
    if (isCurrent(bundle, target)) continue;
    data ??= readFileSync(bundle);
    const packed = compress(data);
    // Checked before it is put in place: a copy that does not unpack to the bundle would break every browser.
    if (!decompress(packed).equals(data)) throw new Error(`${ext} copy of ${bundle} does not unpack to the bundle`);
    const partial = `${target}.partial`;
    writeFileSync(partial, packed);
    renameSync(partial, target);
    written.push({ file: target, bytes: packed.length, of: data.length });
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../adapters/web/webchat/', import.meta.url));
  const args = process.argv.slice(2).filter((a) => a !== '--if-present');
  const ifPresent = process.argv.includes('--if-present');
  const bundles = args.length > 0
    ? args
    : (existsSync(dir) ? readdirSync(dir) : []).filter((f) => /^webchat-[\d.]+(-[\w]+)?\.js$/.test(f)).map((f) => join(dir, f));
  const missing = bundles.length === 0 ? ['the Web Chat bundle'] : bundles.filter((b) => !existsSync(b));
  if (missing.length) {
    if (ifPresent) process.exit(0);
    console.error(`precompress: ${missing.join(', ')} missing; it is part of the repository ("npm run webchat:build" makes it anew)`);
    process.exit(1);
  }
  for (const bundle of bundles) for (const w of precompress(bundle)) console.log(`precompress: ${w.file} ${w.bytes} bytes (of ${w.of})`);
}
