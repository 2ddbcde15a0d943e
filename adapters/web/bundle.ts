// Serves the vendored Web Chat bundle: precompressed (brotli, else gzip) at a content-hashed URL cached for a year.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { sendError } from '../http/errors.js';

/** The path the bundle is served at; its content hash goes in the query (`?v=`), so the path stays what limits and CORS know. */
export const BUNDLE_PATH = '/webchat.js';

export type Encoding = 'br' | 'gzip' | 'identity';

interface Variant { encoding: Encoding; file: string; bytes: number; etag: string }

export interface WebchatBundle {
  /** Where widget.js loads the bundle from: `/webchat.js?v=HASH`, or `/webchat.js` when the bundle is missing. */
  url: string;
  /** The encodings on offer, best first (`identity` always last). */
  encodings: Encoding[];
  /** GET and HEAD /webchat.js. */
  handler: RequestHandler;
}

/** A year: the versioned URL changes whenever the bundle does, so a browser never has to ask again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The bare path (an old widget.js, a hand-written embed) may change under the same URL: the browser asks each time (ETag). */
const REVALIDATE = 'no-cache';

const COPIES: { encoding: Exclude<Encoding, 'identity'>; ext: string; unpack: (b: Buffer) => Buffer }[] = [
  { encoding: 'br', ext: '.br', unpack: brotliDecompressSync },
  { encoding: 'gzip', ext: '.gz', unpack: gunzipSync },
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
 * scripts/precompress-webchat.mjs) is offered only if it unpacks to exactly the bundle. `warn` hears what is missing.
 */
export function loadWebchatBundle(file: string, warn: (message: string) => void = () => {}): WebchatBundle {
  if (!existsSync(file)) {
    warn(`The Web Chat bundle ${file} is missing; run "node scripts/fetch-webchat.mjs". The web chat cannot open until then.`);
    return {
      url: BUNDLE_PATH,
      encodings: [],
      handler: (_req, res) => sendError(res, 404, 'not-found', 'The Web Chat bundle is missing; run "node scripts/fetch-webchat.mjs"'),
    };
  }
  const data = readFileSync(file);
  const hash = createHash('sha256').update(data).digest('base64url').slice(0, 16);
  const variants: Variant[] = [];
  for (const copy of COPIES) {
    const path = file + copy.ext;
    if (!existsSync(path)) continue;
    let matches: boolean;
    try {
      matches = copy.unpack(readFileSync(path)).equals(data);
    } catch {
      matches = false;
    }
    if (!matches) {
      warn(`${path} does not unpack to the Web Chat bundle; it is not served. Delete it and run "node scripts/precompress-webchat.mjs".`);
      continue;
    }
    variants.push({ encoding: copy.encoding, file: path, bytes: statSync(path).size, etag: `"${hash}-${copy.encoding}"` });
  }
  if (variants.length === 0) {
    warn('The Web Chat bundle has no compressed copies: browsers get 3.9 MB instead of 0.6 MB. Run "node scripts/precompress-webchat.mjs".');
  }
  variants.push({ encoding: 'identity', file, bytes: data.length, etag: `"${hash}"` });
  const encodings = variants.map((v) => v.encoding);

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
    // A failed read after the headers went out can only cut the response short; the browser retries on the next open.
    pipeline(createReadStream(variant.file), res, () => {});
  };
  return { url: `${BUNDLE_PATH}?v=${hash}`, encodings, handler };
}
