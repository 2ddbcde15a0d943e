// The pages and files a municipal site and a resident's browser load: demo page, widget, bundle, summary and privacy pages, headers.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';

let luotsi: LuotsiApp;
let server: RunningServer;

beforeAll(async () => {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: 'https://www.esimerkkikunta.fi' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, { bot: new EchoBot() });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  luotsi = created.luotsi;
  server = await luotsi.start(0);
});
afterAll(async () => {
  await server?.close();
  await luotsi?.stores.close();
});

describe('the demo page', () => {
  it('is a made-up municipality\'s page in the language asked for, embedding the widget without inline scripts', async () => {
    for (const [lang, name] of [['fi', 'Esimerkkikunta'], ['sv', 'Exempelkommun']] as const) {
      const res = await fetch(`${server.url}/?lang=${lang}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(name);
      expect(html).toContain(`<script src="/widget.js" data-lang="${lang}" defer></script>`);
      expect(html).not.toMatch(/<script>(?!<\/script>)/);
    }
  });

  it('follows the browser\'s language when none is asked for', async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { 'accept-language': 'sv-FI,sv;q=0.9' } })).text();
    expect(html).toContain('<html lang="sv">');
  });

  it('is served with a Content Security Policy that allows scripts from our origin only', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
  });
});

describe('the widget and the Web Chat bundle', () => {
  it('serves the embed script to the municipal sites in ALLOWED_ORIGINS', async () => {
    const res = await fetch(`${server.url}/widget.js`, { headers: { origin: 'https://www.esimerkkikunta.fi' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.esimerkkikunta.fi');
    expect(await res.text()).toContain('/v3/directline/tokens/generate');
  });

  it('carries its button and panel texts in all three languages, from the locale files', async () => {
    const js = await (await fetch(`${server.url}/widget.js`)).text();
    expect(js).not.toContain('/*texts*/null');
    for (const lang of ['fi', 'sv', 'en']) {
      const web = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', lang, 'web.json'), 'utf8')) as { widget: Record<string, string> };
      for (const text of Object.values(web.widget)) expect(js).toContain(JSON.stringify(text).slice(1, -1));
    }
  });

  it('sends widget.js compressed once at start (brotli to a browser), unpacking to the same script, and revalidates it', async () => {
    const raw = (headers: Record<string, string>) => new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${server.url}/widget.js`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    const plain = await raw({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(plain.body.toString('utf8')).not.toContain('/*texts*/null');
    const again = await raw({ 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('lets an allowed site call Direct Line, preflight included, and no other site', async () => {
    const preflight = await fetch(`${server.url}/v3/directline/conversations`, {
      method: 'OPTIONS', headers: { origin: 'https://www.esimerkkikunta.fi', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-ms-bot-agent' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-ms-bot-agent/i);
    const other = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the Web Chat bundle from our own origin, compressed, at a content-hashed address cached for a year', async () => {
    const widget = await (await fetch(`${server.url}/widget.js`)).text();
    const path = /\/webchat\.js\?v=[\w-]+/.exec(widget)?.[0];
    expect(path).toBeDefined();
    const res = await fetch(`${server.url}${path!}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(['br', 'gzip']).toContain(res.headers.get('content-encoding'));
    expect(Number(res.headers.get('content-length'))).toBeLessThan(1_500_000);
    await res.body?.cancel();
  });

  it('revalidates the bare bundle address, so a new release is never stuck in a cache', async () => {
    const res = await fetch(`${server.url}/webchat.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).not.toContain('immutable');
    await res.body?.cancel();
  });
});

describe('summary and privacy pages', () => {
  it('shows a stored summary in its language', async () => {
    const activity = luotsi.catalogue.activities[0]!;
    await luotsi.stores.summaries.put({ code: 'ABCDEF', lang: 'sv', activityIds: [activity.id], situationIds: [], createdAt: Date.now() }, 3600);
    const res = await fetch(`${server.url}/summary/ABCDEF`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain(activity.organisation.name.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    expect((await fetch(`${server.url}/summary-print.js`)).status).toBe(200);
  });

  it('answers an unknown or malformed code with a 404 page, not an error', async () => {
    for (const code of ['ZZZZZZ', 'not-a-code', '%3Cscript%3E']) {
      const res = await fetch(`${server.url}/summary/${code}?lang=en`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).not.toContain('<script>');
    }
  });

  it('explains what is kept and for how long', async () => {
    const html = await (await fetch(`${server.url}/privacy?lang=fi`)).text();
    expect(html).toContain('30 minuuttia');
    expect(html).toContain('poista tietoni');
    const sv = await (await fetch(`${server.url}/privacy?lang=sv`)).text();
    expect(sv).toContain('30 minuter');
    expect(sv).toContain('glöm mig');
  });
});

describe('unknown routes', () => {
  it('answers 404 with a JSON error body', async () => {
    const res = await fetch(`${server.url}/no/such/page`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not-found', message: expect.stringContaining('/no/such/page') } });
  });
});
