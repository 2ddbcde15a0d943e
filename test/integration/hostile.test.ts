// Hostile input at every endpoint of the real app and the real bot: always a 4xx with a JSON error (or a graceful 200), never a 5xx or a crash, and still chatting afterwards.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createTokenService } from '../../adapters/directline/tokens.js';
import { createLogger } from '../../adapters/logger.js';
import { dl, type DlConversation } from './helpers/directline-client.js';

const SECRET = 'test-secret-for-direct-line-tokens-0123456789';

interface Answer { status: number; contentType: string; body: string }

/** A raw HTTP request, so GETs can carry bodies and headers can lie; a connection the server cut off answers status 0. */
function send(base: string, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const url = new URL(path, base);
    let settled = false;
    const done = (a: Answer) => { if (!settled) { settled = true; resolve(a); } };
    const req = httpRequest(url, { method, headers: { ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: '' }));
    });
    // The server may answer 413 and close before a 10 MB body is written; that answer, if it came, is what counts.
    req.on('error', () => setTimeout(() => done({ status: 0, contentType: '', body: '' }), 50));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const MB = 1024 * 1024;

describe('hostile input', () => {
  const log: string[] = [];
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;
  let c: DlConversation;
  let other: DlConversation;
  let expired: string;
  let forged: string;
  const answers: { what: string; answer: Answer }[] = [];

  beforeAll(async () => {
    const parsed = parseConfig({ LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, TEAMS_DEV_MODE: '1' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const created = await createApp(parsed.config, { logger: createLogger('info', { write: (line: string) => { log.push(line); } }) });
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
    client = dl(server.url);
    c = await client.open('fi-FI');
    other = await client.open('fi-FI');
    expired = (await createTokenService(SECRET, () => Date.now() - 3_600_000).issue({ conversationId: c.conversationId })).token;
    forged = (await createTokenService('another-secret-that-is-not-ours-0123456789').issue({ conversationId: c.conversationId })).token;
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  const endpoints = (): { name: string; method: string; path: string; auth?: string }[] => [
    { name: 'tokens/generate', method: 'POST', path: '/v3/directline/tokens/generate' },
    { name: 'conversations', method: 'POST', path: '/v3/directline/conversations', auth: c.token },
    { name: 'conversation', method: 'GET', path: `/v3/directline/conversations/${c.conversationId}`, auth: c.token },
    { name: 'activities POST', method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/activities`, auth: c.token },
    { name: 'activities GET', method: 'GET', path: `/v3/directline/conversations/${c.conversationId}/activities`, auth: c.token },
    { name: 'upload', method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/upload`, auth: c.token },
    { name: 'tokens/refresh', method: 'POST', path: '/v3/directline/tokens/refresh', auth: c.token },
    { name: '/api/messages', method: 'POST', path: '/api/messages' },
    { name: '/summary/:code', method: 'GET', path: '/summary/ABCD-1234' },
    { name: '/', method: 'GET', path: '/' },
    { name: '/widget.js', method: 'GET', path: '/widget.js' },
    { name: '/privacy', method: 'GET', path: '/privacy' },
    { name: '/metrics', method: 'GET', path: '/metrics' },
    { name: '/staff/stats', method: 'GET', path: '/staff/stats' },
    { name: 'an unknown route', method: 'POST', path: '/wp-admin/../../etc/passwd' },
    { name: 'an unknown Direct Line route', method: 'PUT', path: '/v3/directline/conversations' },
  ];

  const bodies: { name: string; body: () => string | Buffer; type?: string }[] = [
    { name: 'malformed JSON', body: () => '{"type": "message", "text": ' },
    { name: 'a 1 MB body', body: () => JSON.stringify({ type: 'message', text: 'x'.repeat(MB) }) },
    { name: 'a 10 MB body', body: () => Buffer.alloc(10 * MB, 'a') },
    { name: 'a wrong content type', body: () => 'type=message&text=hei', type: 'application/x-www-form-urlencoded' },
    { name: 'XML', body: () => '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', type: 'application/xml' },
    { name: 'JSON with a lying charset', body: () => '{"type":"message"}', type: 'application/json; charset=utf-64' },
    { name: 'gzip that is not gzip', body: () => 'definitely not gzip', type: 'application/json' },
    { name: 'arrays 10,000 levels deep', body: () => deepArray(10_000) },
    { name: 'objects 10,000 levels deep', body: () => deepObject(10_000) },
    { name: 'prototype-pollution keys', body: () => '{"type":"message","text":"hei","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"channelData":{"__proto__":{"isAdmin":true}},"value":{"__proto__":{"polluted":"yes"}}}' },
    { name: 'NUL and control characters', body: () => JSON.stringify({ type: 'message', text: 'hei\u0000\u0001\u0007\u001b[31m\u202e\ud800 x' }) },
    { name: 'raw NUL bytes in the body', body: () => Buffer.from('{"type":"message",\u0000"text":"a"}') },
    { name: 'an empty object', body: () => '{}' },
    { name: 'JSON null', body: () => 'null' },
  ];

  // Names only: the paths need the conversation opened in beforeAll.
  const ENDPOINT_NAMES = ['tokens/generate', 'conversations', 'conversation', 'activities POST', 'activities GET', 'upload', 'tokens/refresh',
    '/api/messages', '/summary/:code', '/', '/widget.js', '/privacy', '/metrics', '/staff/stats', 'an unknown route', 'an unknown Direct Line route'];

  describe.each(ENDPOINT_NAMES)('%s', (endpointName) => {
    it.each(bodies)('answers $name with a 4xx JSON error or a graceful 2xx/3xx, never a 5xx', async ({ name, body, type }) => {
      const endpoint = endpoints().find((e) => e.name === endpointName)!;
      const headers: Record<string, string> = { 'content-type': type ?? 'application/json' };
      if (name === 'gzip that is not gzip') headers['content-encoding'] = 'gzip';
      if (endpoint.auth) headers.authorization = `Bearer ${endpoint.auth}`;
      const answer = await send(server.url, endpoint.method, endpoint.path, body(), headers);
      answers.push({ what: `${endpoint.name}: ${name}`, answer });
      expectGraceful(answer, endpoint.name);
    });
  });

  function expectGraceful(answer: Answer, endpointName: string): void {
    expect(answer.status, `${endpointName}: ${answer.body.slice(0, 200)}`).toBeGreaterThan(0);
    expect(answer.status).toBeLessThan(500);
    if (answer.status >= 400) {
      // Residents following a broken summary link get a page in their language, not JSON.
      if (endpointName === '/summary/:code' && answer.status === 404) return expect(answer.contentType).toMatch(/text\/html/);
      expect(answer.contentType).toMatch(/application\/json/);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
  }

  describe('tokens', () => {
    const tokenRoutes = () => [
      { method: 'POST', path: '/v3/directline/conversations' },
      { method: 'GET', path: `/v3/directline/conversations/${c.conversationId}` },
      { method: 'GET', path: `/v3/directline/conversations/${c.conversationId}/activities` },
      { method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/activities`, body: JSON.stringify({ type: 'message', text: 'hei' }) },
      { method: 'POST', path: '/v3/directline/tokens/refresh' },
    ];
    it.each([
      ['forged', () => forged, [401]],
      ['expired', () => expired, [403]],
      ['garbage', () => 'x'.repeat(5000), [401]],
      ['an unsigned JWT', () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ conversationId: 'x' })).toString('base64url')}.`, [401]],
    ])('refuses a %s token everywhere with a JSON error', async (_name, token, statuses) => {
      for (const route of tokenRoutes()) {
        const answer = await send(server.url, route.method, route.path, route.body, { authorization: `Bearer ${token()}`, 'content-type': 'application/json' });
        expect(statuses, `${route.method} ${route.path}`).toContain(answer.status);
        expectGraceful(answer, route.path);
      }
    });

    it('refuses another conversation\'s token for this conversation', async () => {
      for (const route of tokenRoutes().filter((r) => r.path.includes(c.conversationId))) {
        const answer = await send(server.url, route.method, route.path, route.body, { authorization: `Bearer ${other.token}`, 'content-type': 'application/json' });
        expect(answer.status).toBe(403);
        expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'forbidden-conversation' } });
      }
    });
  });

  describe('activities', () => {
    const post = (activity: unknown) => send(server.url, 'POST', `/v3/directline/conversations/${c.conversationId}/activities`, JSON.stringify(activity), { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' });

    it.each([
      ['an unknown activity type', { type: 'deleteEverything' }, 400],
      ['a type that is not a string', { type: { $ne: null } }, 400],
      ['100,000 characters of text', { type: 'message', text: 'a'.repeat(100_000) }, 413],
      ['10,001 characters of text', { type: 'message', text: 'a'.repeat(10_001) }, 400],
      ['a value nested 10,000 levels deep', { type: 'message', value: JSON.parse(deepObject(3000)) }, 400],
      ['a forged sender and conversation', { type: 'message', text: 'hei', from: { id: 'admin', role: 'bot' }, conversation: { id: 'someone-else' } }, 200],
    ])('answers %s', async (_name, activity, status) => {
      const answer = await post(activity);
      expect(answer.status).toBe(status);
      expectGraceful(answer, 'activities');
    });

    it('answers a message full of control characters and NUL bytes kindly', async () => {
      const { replies } = await client.say(c, { text: '\u0000\u0000hei\u0007\u001b[2J\u0000 apua \u202e\u0000', locale: 'fi-FI' });
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((r) => r.type === 'message')).toBe(true);
    });

    it('answers a message of exactly the longest allowed length', async () => {
      const { replies } = await client.say(c, { text: 'äiti '.repeat(2000), locale: 'fi-FI' });
      expect(replies.length).toBeGreaterThan(0);
    });

    it.each(['-1', 'abc', '1e309', '1.5', '0x10', '99999999999999999999', '%00', '[]'])('refuses the watermark %s with a JSON error', async (watermark) => {
      const answer = await send(server.url, 'GET', `/v3/directline/conversations/${c.conversationId}/activities?watermark=${watermark}`, undefined, { authorization: `Bearer ${c.token}` });
      expect(answer.status).toBe(400);
      expectGraceful(answer, 'activities GET');
    });

    it('reads a watermark given twice as none, handing out the conversation from its start', async () => {
      const answer = await send(server.url, 'GET', `/v3/directline/conversations/${c.conversationId}/activities?watermark=1&watermark=2`, undefined, { authorization: `Bearer ${c.token}` });
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
    });
  });

  describe('the Teams endpoint in local development mode', () => {
    it.each([
      ['no serviceUrl', { type: 'message', text: 'hei', conversation: { id: 'a' } }],
      ['a javascript: serviceUrl', { type: 'message', text: 'hei', serviceUrl: 'javascript:alert(1)', conversation: { id: 'a' } }],
      ['a file: serviceUrl', { type: 'message', text: 'hei', serviceUrl: 'file:///etc/passwd', conversation: { id: 'a' } }],
      ['an overlong type', { type: 'x'.repeat(100), serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'a' } }],
      ['a conversation without an id', { type: 'message', serviceUrl: 'http://127.0.0.1:1', conversation: {} }],
    ])('answers %s with a 4xx JSON error', async (_name, activity) => {
      const answer = await send(server.url, 'POST', '/api/messages', JSON.stringify(activity), { 'content-type': 'application/json' });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expectGraceful(answer, '/api/messages');
    });
  });

  describe('after the whole barrage', () => {
    it('answered every hostile request without a 5xx', () => {
      expect(answers.length).toBe(ENDPOINT_NAMES.length * bodies.length);
      const bad = answers.filter((a) => a.answer.status === 0 || a.answer.status >= 500).map((a) => `${a.what} → ${a.answer.status}`);
      expect(bad).toEqual([]);
    });

    it('logged no bug: nothing reached the last-resort error handler', () => {
      const bugs = log.map((l) => JSON.parse(l) as { msg: string; what?: string }).filter((l) => l.msg === 'error' && l.what === 'http');
      expect(bugs).toEqual([]);
    });

    it('let no prototype pollution through', () => {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });

    it('still answers health checks', async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    });

    it('still chats: a Finnish need gets result cards', async () => {
      const fresh = await client.open('fi-FI');
      let replies = (await client.say(fresh, { text: 'Velat kasvaa enkä saa laskuja maksettua', locale: 'fi-FI' })).replies;
      for (let i = 0; i < 4 && !JSON.stringify(replies).includes('"feedback"'); i++) {
        const data = /"type":"Action\.Submit","title":"[^"]*","data":(\{[^{}]*\})/.exec(JSON.stringify(replies))?.[1];
        replies = (await client.say(fresh, data ? { value: JSON.parse(data) as unknown, locale: 'fi-FI' } : { text: 'kyllä', locale: 'fi-FI' })).replies;
      }
      const cards = replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
      expect(cards.length).toBeGreaterThanOrEqual(2);
      expect(replies.every((r) => r.locale === 'fi-FI')).toBe(true);
    });
  });
});

describe('hostile input at the Teams endpoint with MicrosoftAppId set', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  const ISSUER = 'https://api.botframework.com';
  let keys: { close(): void; url: string };
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let turns = 0;
  let sign: (claims: Record<string, unknown>, options?: { key?: CryptoKey; expires?: number; alg?: string }) => Promise<string>;
  const activity = { type: 'message', id: 'm1', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'a:1' }, from: { id: '29:1' }, recipient: { id: '28:bot' }, text: 'hei' };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
    const keyServer = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/openid' ? { issuer: ISSUER, jwks_uri: `${keys.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] } : { keys: [jwk] }));
    });
    await new Promise<void>((r) => keyServer.listen(0, '127.0.0.1', () => r()));
    keys = { url: `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`, close: () => { keyServer.close(); keyServer.closeAllConnections(); } };
    sign = async (claims, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'RS256', kid: 'k1', typ: 'JWT' }).setIssuer(ISSUER).setAudience(APP_ID)
        .setIssuedAt(now - 7200).setExpirationTime(options.expires ?? now + 300).sign(options.key ?? pair.privateKey);
    };
    const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', BOT_OPENID_METADATA: `${keys.url}/openid` });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const offline = {
      isValidAppId: async (appId: string) => appId === APP_ID,
      isAuthenticationDisabled: async () => false,
      createCredentials: async () => ({ signRequest: async (resource: unknown) => resource }),
    } as unknown as ServiceClientCredentialsFactory;
    const created = await createApp(parsed.config, { bot: { run: async () => { turns++; } }, teamsCredentialsFactory: offline });
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
    keys?.close();
  });

  it.each([
    ['no token', async () => undefined],
    ['a token signed by a stranger\'s key', async () => sign({ serviceurl: activity.serviceUrl }, { key: (await generateKeyPair('RS256')).privateKey })],
    ['an expired token', async () => sign({ serviceurl: activity.serviceUrl }, { expires: Math.floor(Date.now() / 1000) - 3600 })],
    ['an unsigned token', async () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: APP_ID, serviceurl: activity.serviceUrl })).toString('base64url')}.`],
    ['a Direct Line token', async () => (await createTokenService(SECRET).issue({ conversationId: 'x' })).token],
    ['garbage', async () => `Bearer a.b.c ${'x'.repeat(8000)}`],
  ])('refuses %s with 401 and a JSON error, without running a turn', async (_name, token) => {
    const t = await token();
    const answer = await send(server.url, 'POST', '/api/messages', JSON.stringify(activity), { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(turns).toBe(0);
  });

  it('accepts a properly signed request, so the refusals above are about the tokens', async () => {
    const answer = await send(server.url, 'POST', '/api/messages', JSON.stringify(activity), { 'content-type': 'application/json', authorization: `Bearer ${await sign({ serviceurl: activity.serviceUrl })}` });
    expect(answer.status).toBeLessThan(300);
    expect(turns).toBe(1);
  });
});
