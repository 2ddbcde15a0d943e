// The Web Chat bundle over HTTP, byte for byte: the encoding each client can take, the year-long cache on the hashed URL
// only, revalidation, and a compressed copy that unpacks to exactly the bundle (no browser needed).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, WEBCHAT_BUNDLE, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { chooseEncoding } from '../../adapters/web/bundle.js';
import { parseConfig } from '../../adapters/config.js';

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Web Chat bundle over HTTP', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let versioned: string;
  const original = readFileSync(WEBCHAT_BUNDLE);

  beforeAll(async () => {
    const parsed = parseConfig({ PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const created = await createApp(parsed.config);
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
    const widget = (await get(`${server.url}/widget.js`)).body.toString('utf8');
    versioned = /"(\/webchat\.js\?v=[\w-]+)"/.exec(widget)?.[1] ?? '';
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it('is named in widget.js by a URL that carries its content hash', () => {
    const hash = createHash('sha256').update(original).digest('base64url').slice(0, 16);
    expect(versioned).toBe(`/webchat.js?v=${hash}`);
  });

  it('goes to a browser as brotli that unpacks to the bundle, cached for a year', async () => {
    const res = await get(server.url + versioned, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
  });

  it('goes as gzip to a client without brotli, and as it is to one that takes neither', async () => {
    const gz = await get(server.url + versioned, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get(server.url + versioned);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    const refused = await get(server.url + versioned, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers a repeated request with 304 by its ETag, and HEAD without a body', async () => {
    const first = await get(server.url + versioned, { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await get(server.url + versioned, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get(server.url + versioned, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('is not cached for long at the bare path or an old hash, whose content may change', async () => {
    for (const path of ['/webchat.js', '/webchat.js?v=old']) {
      const res = await get(server.url + path, { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toBeDefined();
    }
  });

  it('picks the encoding by the client\'s preference, ties by the smaller one', () => {
    expect(chooseEncoding('gzip, deflate, br', ['br', 'gzip', 'identity'])).toBe('br');
    expect(chooseEncoding('gzip;q=1, br;q=0.5', ['br', 'gzip', 'identity'])).toBe('gzip');
    expect(chooseEncoding('*', ['br', 'gzip', 'identity'])).toBe('br');
    expect(chooseEncoding('identity', ['br', 'gzip', 'identity'])).toBe('identity');
    expect(chooseEncoding(undefined, ['br', 'gzip', 'identity'])).toBe('identity');
    expect(chooseEncoding('br', ['gzip', 'identity'])).toBe('identity');
    expect(chooseEncoding('gzip;q=abc', ['br', 'gzip', 'identity'])).toBe('identity');
  });
});
