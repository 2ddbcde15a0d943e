// Serves the Web Chat bundle (adapters/web/webchat/): precompressed (brotli, else gzip) at a content-hashed URL cached for a year.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzip, gzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { sendError } from '../http/errors.js';

/** The path the bundle is served at; its content hash goes in the query (`?v=`), so the path stays what limits and CORS know. */
export const BUNDLE_PATH = '/webchat.js';

export type Encoding = 'br' | 'gzip' | 'identity';

/** A way to send the bundle: a file on disk, or (a copy made at start) bytes in memory. */
interface Variant { encoding: Encoding; file: string; bytes: number; etag: string; data?: Buffer }

export interface WebchatBundle {
  /** Where widget.js loads the bundle from: `/webchat.js?v=HASH`, or `/webchat.js` when the bundle is missing. */
  url: string;
  /** The encodings on offer, best first (`identity` always last). */
  encodings: Encoding[];
  /** Settles once any compressed copy missing at start has been made (or could not be). */
  ready: Promise<void>;
  /** GET and HEAD /webchat.js. */
  handler: RequestHandler;
}

/** A year: the versioned URL changes whenever the bundle does, so a browser never has to ask again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The bare path (an old widget.js, a hand-written embed) may change under the same URL: the browser asks each time (ETag). */
const REVALIDATE = 'no-cache';

/** Brotli at its highest quality and widest window, text mode: what scripts/precompress-webchat.mjs writes at install. */
const BROTLI_MAX = (size: number) => ({ params: {
  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
  [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  [constants.BROTLI_PARAM_SIZE_HINT]: size,
} });

const COPIES: { encoding: Exclude<Encoding, 'identity'>; ext: string; unpack: (b: Buffer) => Buffer; pack: (b: Buffer) => Promise<Buffer> }[] = [
  { encoding: 'br', ext: '.br', unpack: brotliDecompressSync, pack: (b) => promisify(brotliCompress)(b, BROTLI_MAX(b.length)) },
  { encoding: 'gzip', ext: '.gz', unpack: gunzipSync, pack: (b) => promisify(gzip)(b, { level: 9 }) },
];

/**
 * The client's acceptable encodings among `offered` (best first, the server's order): the highest q wins, ties go to the
 * server's order, so a browser that sends "gzip, deflate, br" still gets the smaller brotli. `identity` is acceptable
 * unless refused by name or by `*;q=0`; even then it is sent, since a 406 would leave the resident without a chat.
 */
export function chooseEncoding(header: string | undefined, offered: readonly Encoding[]): Encoding {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
  }
  const star = q.get('*');
  const qualityOf = (e: Encoding): number => q.get(e) ?? (e === 'identity' ? (star === 0 ? 0 : 1) : star ?? 0);
  let best: Encoding = 'identity';
  let bestQ = 0;
  for (const e of offered) {
    const value = qualityOf(e);
    if (value > bestQ) { best = e; bestQ = value; }
  }
  return best;
}

/**
 * Reads the bundle once at start: its hash names the URL, and each compressed copy (written at install by
 * scripts/precompress-webchat.mjs) is offered only if it unpacks to exactly the bundle; a missing or bad copy is made
 * anew in the background (`ready`). `warn` hears what was missing.
 */
export function loadWebchatBundle(file: string, warn: (message: string) => void = () => {}): WebchatBundle {
  if (!existsSync(file)) {
    warn(`The Web Chat bundle ${file} is missing (it is part of the repository; "npm run webchat:build" makes it anew). The web chat cannot open until then.`);
    return {
      url: BUNDLE_PATH,
      encodings: [],
      ready: Promise.resolve(),
      handler: (_req, res) => sendError(res, 404, 'not-found', 'The Web Chat bundle is missing; restore adapters/web/webchat/ or run "npm run webchat:build"'),
    };
  }
  const data = readFileSync(file);
  const hash = createHash('sha256').update(data).digest('base64url').slice(0, 16);
  const variants: Variant[] = [];
  const missing: typeof COPIES = [];
  for (const copy of COPIES) {
    const path = file + copy.ext;
    if (!existsSync(path)) {
      missing.push(copy);
      continue;
    }
    let matches: boolean;
    try {
      matches = copy.unpack(readFileSync(path)).equals(data);
    } catch {
      matches = false;
    }
    if (!matches) {
      warn(`${path} does not unpack to the Web Chat bundle; it is not served, and a new copy is made now.`);
      missing.push(copy);
      continue;
    }
    variants.push({ encoding: copy.encoding, file: path, bytes: statSync(path).size, etag: `"${hash}-${copy.encoding}"` });
  }
  variants.push({ encoding: 'identity', file, bytes: data.length, etag: `"${hash}"` });
  const encodings = variants.map((v) => v.encoding);
  const order = (e: Encoding) => ['br', 'gzip', 'identity'].indexOf(e);

  /**
   * A copy missing at start (no install step ran, or a bad copy was found) is made now, once, off the main thread (brotli
   * at quality 11 takes a few seconds), checked, served from memory, and written next to the bundle for the next start.
   * Until it is ready the bundle goes in the best encoding there is.
   */
  const ready = Promise.all(missing.map(async (copy) => {
    try {
      const packed = await copy.pack(data);
      if (!copy.unpack(packed).equals(data)) throw new Error('the copy does not unpack to the bundle');
      variants.push({ encoding: copy.encoding, file: file + copy.ext, bytes: packed.length, etag: `"${hash}-${copy.encoding}"`, data: packed });
      variants.sort((a, b) => order(a.encoding) - order(b.encoding));
      encodings.splice(0, encodings.length, ...variants.map((v) => v.encoding));
      try {
        writeFileSync(`${file}${copy.ext}.partial`, packed);
        renameSync(`${file}${copy.ext}.partial`, file + copy.ext);
      } catch {
        // A read-only image: served from memory all the same.
      }
    } catch (err) {
      warn(`Could not compress the Web Chat bundle as ${copy.encoding} (${err instanceof Error ? err.message : String(err)}); it goes as ${encodings[0]}.`);
    }
  })).then(() => undefined);
  if (missing.length) warn(`The Web Chat bundle's ${missing.map((c) => c.encoding).join(' and ')} copy is missing; it is being made now (a few seconds), and the bundle goes as ${encodings[0]} until then. "node scripts/precompress-webchat.mjs" makes it at install.`);

  const handler: RequestHandler = (req: Request, res: Response) => {
    const encoding = chooseEncoding(req.headers['accept-encoding'], encodings);
    const variant = variants.find((v) => v.encoding === encoding) ?? variants[variants.length - 1]!;
    res.setHeader('Content-Type', 'application/javascript; charset=utf-8');
    res.vary('Accept-Encoding');
    res.setHeader('Cache-Control', req.query.v === hash ? IMMUTABLE : REVALIDATE);
    res.setHeader('ETag', variant.etag);
    // A public file with no credentials in it: the widget may fetch it ahead (CORS) and load it as a crossorigin script.
    res.setHeader('Access-Control-Allow-Origin', '*');
    const known = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (known.includes(variant.etag) || known.includes('*')) {
      res.status(304).end();
      return;
    }
    if (variant.encoding !== 'identity') res.setHeader('Content-Encoding', variant.encoding);
    res.setHeader('Content-Length', String(variant.bytes));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (variant.data) {
      res.end(variant.data);
      return;
    }
    // A failed read after the headers went out can only cut the response short; the browser retries on the next open.
    pipeline(createReadStream(variant.file), res, () => {});
  };
  return { url: `${BUNDLE_PATH}?v=${hash}`, encodings, ready, handler };
}

/**
 * A small text file made once at start (widget.js, with its texts and the bundle's address written in), compressed once
 * there too, at brotli's highest quality (and gzip 9), and sent in the best encoding the client takes, with an ETag. For
 * widget.js: 35 KB becomes about 9 KB, which a slow phone connection receives before the chat button can show.
 */
export function precompressedText(text: string, contentType: string, cacheControl: string): RequestHandler {
  const data = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(data).digest('base64url').slice(0, 16);
  const copies: Record<Encoding, Buffer> = {
    br: brotliCompressSync(data, { params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    } }),
    gzip: gzipSync(data, { level: 9 }),
    identity: data,
  };
  const offered: Encoding[] = ['br', 'gzip', 'identity'];
  return (req: Request, res: Response) => {
    const encoding = chooseEncoding(req.headers['accept-encoding'], offered);
    const etag = encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
    res.setHeader('Content-Type', contentType);
    res.vary('Accept-Encoding');
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('ETag', etag);
    const known = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (known.includes(etag) || known.includes('*')) {
      res.status(304).end();
      return;
    }
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    const body = copies[encoding];
    res.setHeader('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
