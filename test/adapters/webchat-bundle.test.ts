// The Web Chat bundle's compressed copies: made at start when the install step did not make them (or made a bad one),
// checked, served, and kept for the next start; and widget.js compressed once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWebchatBundle, precompressedText } from '../../adapters/web/bundle.js';

/** What a handler sent: status, headers and body, from a stand-in request and response. */
async function call(handler: RequestHandler, headers: Record<string, string>, query: Record<string, string> = {}) {
  const sent: { status: number; headers: Record<string, string>; body: Buffer } = { status: 200, headers: {}, body: Buffer.alloc(0) };
  await new Promise<void>((resolve) => {
    const res = {
      setHeader(name: string, value: string) { sent.headers[name.toLowerCase()] = value; return res; },
      vary(name: string) { sent.headers.vary = name; return res; },
      status(code: number) { sent.status = code; return res; },
      end(body?: Buffer) { if (body) sent.body = body; resolve(); return res; },
    };
    void handler({ headers, query, method: 'GET' } as unknown as Request, res as unknown as Response, () => {});
  });
  return sent;
}

describe('the Web Chat bundle without its compressed copies', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('makes them at start, serves brotli once it is ready, and writes both next to the bundle', async () => {
    dir = mkdtempSync(join(tmpdir(), 'luotsi-bundle-'));
    const file = join(dir, 'webchat-test.js');
    const source = Buffer.from(`window.WebChat = { renderWebChat: function () {} };\n${'/* padding */ var x = 1;\n'.repeat(2000)}`);
    writeFileSync(file, source);
    writeFileSync(`${file}.gz`, 'not gzip at all');
    const warnings: string[] = [];
    const bundle = loadWebchatBundle(file, (m) => warnings.push(m));
    expect(warnings.join('\n')).toMatch(/does not unpack/);
    expect(warnings.join('\n')).toMatch(/being made now/);
    await bundle.ready;
    expect(bundle.encodings).toEqual(['br', 'gzip', 'identity']);
    const v = bundle.url.split('=')[1]!;
    const br = await call(bundle.handler, { 'accept-encoding': 'gzip, br' }, { v });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(source)).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(source)).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(source)).toBe(true);
    expect(existsSync(`${file}.br.partial`)).toBe(false);
    // The next start finds them and has nothing to make.
    const again: string[] = [];
    const next = loadWebchatBundle(file, (m) => again.push(m));
    await next.ready;
    expect(again).toEqual([]);
    expect(next.encodings).toEqual(['br', 'gzip', 'identity']);
  });
});

describe('widget.js compressed once', () => {
  const text = `(function () { var texts = ${JSON.stringify({ fi: 'Kysy Luotsilta', sv: 'Fråga Luotsi' })}; })();\n`.repeat(50);
  const handler = precompressedText(text, 'application/javascript; charset=utf-8', 'public, max-age=300');

  it('goes as brotli to a browser, as gzip without brotli, and as it is to a client that takes neither', async () => {
    const br = await call(handler, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(text);
    const gz = await call(handler, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString('utf8')).toBe(text);
    const plain = await call(handler, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(text);
    expect(br.headers['cache-control']).toBe('public, max-age=300');
  });

  it('answers 304 to the ETag it gave', async () => {
    const first = await call(handler, { 'accept-encoding': 'br' });
    const again = await call(handler, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});
