// Hostile and broken conditions, second part (issue 13's smaller items), over real HTTP: a conversation busy past the
// turn lock's wait answers 503 with Retry-After (a crisis still gets 112) and logs no conversation id; a 5,000-level
// nested body is a 4xx; unreachable Bot Framework signing keys are a 503 in JSON with one-line logs; Direct Line tokens
// without an expiry or from the future are refused; turn metrics carry the language answered in; and a start with Redis
// logs no false "rate limit store unavailable".
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createLogger, hashId } from '../../adapters/logger.js';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import type { StateStores } from '../../adapters/storage/memory-stores.js';
import { createI18n } from '../../dialogs/i18n.js';
import { view } from '../fixtures/bot-harness.js';
import { dl } from './helpers/directline-client.js';
import { startConnector } from './helpers/teams-connector.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'hostile-2-secret-for-direct-line-tokens-0123456789';
const i18n = createI18n();

interface Running { luotsi: LuotsiApp; server: RunningServer; log: string[]; stop(): Promise<void> }

/** Luotsi with the real knowledge base, its log kept (at `level`) for the test to read. */
async function start(env: Record<string, string> = {}, stores?: StateStores, level = 'info'): Promise<Running> {
  const log: string[] = [];
  const parsed = parseConfig({ LOG_LEVEL: level, DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger(level, { write: (line: string) => { log.push(line); } });
  const created = await createApp(parsed.config, { logger, ...(stores ? { stores } : {}) });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
  return { luotsi: created.luotsi, server, log, async stop() { await server.close(); await created.luotsi.stores.close(); } };
}

type Page = { activities: Partial<Activity>[]; watermark: string };
const entries = (log: string[]) => log.flatMap((l) => l.split('\n')).filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

const sharedRedis = await requireRedis('hostile conditions with Redis (busy turn lock, start-up log)');

describe.skipIf(!sharedRedis)('a conversation busy past the turn lock\'s wait', () => {
  const prefix = testPrefix('hostile2-busy');
  // A short lease and wait keep the test quick; the behaviour is the defaults' (the wait outlasts the lease).
  const stores = sharedRedis ? createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 5, lock: { leaseMs: 1_500, waitMs: 2_000 } }) : undefined;
  let app: Running;
  beforeAll(async () => { app = await start({ REDIS_URL, REDIS_PREFIX: prefix }, stores); });
  afterAll(async () => {
    if (stores?.client.isReady) {
      for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
    }
    await app?.stop();
  });

  it('answers an ordinary message 503 with Retry-After and a kind reply in the transcript, a crisis with 112, and logs no conversation id', async () => {
    const client = dl(app.server.url);
    const c = await client.open('fi-FI');
    // Another instance is in a long turn of this conversation and keeps renewing its lease.
    await stores!.client.set(`${prefix}lock:${c.conversationId}`, 'another-instance', { expiration: { type: 'PX', value: 60_000 } });
    app.log.length = 0;

    const busy = await client.post(c.token, c.conversationId, { type: 'message', text: 'Hoidan muistisairasta äitiäni', locale: 'fi-FI', channelData: { clientActivityID: 'busy' } });
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('2'); // the lease (1.5 s), rounded up: by then the holder is done or gone
    expect(busy.headers.get('content-type')).toMatch(/application\/json/);
    expect(await busy.json()).toMatchObject({ error: { code: 'conversation-busy', message: expect.any(String) } });

    const crisis = await client.post(c.token, c.conversationId, { type: 'message', text: 'aion tappaa itseni tänään', locale: 'fi-FI', channelData: { clientActivityID: 'crisis' } });
    expect(crisis.status).toBe(200);

    // Web Chat sees each message's echo and, after it, the answer.
    const page = (await (await client.list(c.token, c.conversationId, c.watermark)).json()) as Page;
    const after = (clientId: string) => {
      const at = page.activities.findIndex((a) => (a.channelData as { clientActivityID?: string } | undefined)?.clientActivityID === clientId);
      expect(at, `the echo of "${clientId}"`).toBeGreaterThanOrEqual(0);
      const id = page.activities[at]!.id;
      return view(page.activities.filter((a) => a.from?.role === 'bot' && a.replyToId === id));
    };
    const kind = after('busy');
    expect(kind.text).toContain(i18n.t('fi', 'errors.unavailable'));
    expect(kind.text).toContain('112');
    const card = after('crisis');
    expect(card.text).toContain(i18n.t('fi', 'crisis.title'));
    expect(card.buttons[0]?.url).toBe('tel:112');

    const lines = app.log.join('\n');
    expect(lines).toContain('turn lock not acquired');
    expect(lines).toContain(hashId(c.conversationId));
    expect(lines).not.toContain(c.conversationId);
  });
});

describe.skipIf(!sharedRedis)('a start with Redis', () => {
  it('logs no error, and no "rate limit store unavailable", while Redis connects', async () => {
    const prefix = testPrefix('hostile2-start');
    const app = await start({ REDIS_URL, REDIS_PREFIX: prefix });
    try {
      // Requests that the limits count, so the limit's store is used.
      expect((await fetch(`${app.server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(200);
      expect((await fetch(`${app.server.url}/privacy`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      const logged = entries(app.log);
      expect(logged.filter((e) => Number(e.level) >= 50)).toEqual([]);
      expect(app.log.join('\n')).not.toContain('rate limit store unavailable');
      // And the limit does count through Redis: the address's key is there.
      const client = (app.luotsi.stores as StateStores & { client: ReturnType<typeof createRedisStores>['client'] }).client;
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `${prefix}ratelimit:*`, COUNT: 200 })) keys.push(...batch);
      expect(keys.length).toBeGreaterThan(0);
      if (keys.length) await client.del(keys);
    } finally {
      await app.stop();
    }
  });
});

describe('bodies nested 5,000 levels deep', () => {
  let app: Running;
  let connector: Awaited<ReturnType<typeof startConnector>>;
  beforeAll(async () => {
    app = await start({ TEAMS_DEV_MODE: '1' });
    connector = await startConnector();
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });
  const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it.each([4_000, 5_000, 6_000])('get a 4xx JSON error or a graceful answer at the Direct Line endpoint, never a 5xx (%i levels)', async (levels) => {
    const client = dl(app.server.url);
    const c = await client.open('fi-FI');
    const bodies = [
      deepObject(levels), deepArray(levels),
      `{"type":"message","value":${deepObject(levels)}}`, `{"type":"message","value":${deepArray(levels)}}`,
      `{"type":"message","channelData":${deepObject(levels)}}`, `{"type":"message","entities":[${deepObject(levels)}]}`,
      `{"type":"message","attachments":[{"contentType":"x","content":${deepArray(levels)}}]}`,
    ];
    const statuses: number[] = [];
    for (const body of bodies) {
      const res = await fetch(`${app.server.url}/v3/directline/conversations/${c.conversationId}/activities`, {
        method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' }, body,
      });
      statuses.push(res.status);
      if (res.status >= 400) expect(await res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      else await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // Nested that deep, neither is an activity; a value that deep is larger than a card's data may be.
    expect(statuses[0]).toBe(400);
    expect(statuses[1]).toBe(400);
    expect(statuses[2]).toBe(400);
    expect(entries(app.log).filter((e) => e.msg === 'error' && e.what === 'http')).toEqual([]);
    // And the conversation goes on.
    const { replies } = await client.say(c, { text: 'Hoidan muistisairasta äitiäni', locale: 'fi-FI' });
    expect(replies.length).toBeGreaterThan(0);
  });

  it('get no 5xx at the Teams endpoint either, and the turn is answered', async () => {
    const body = `{"type":"message","channelId":"emulator","serviceUrl":"${connector.url}","conversation":{"id":"a"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hei","value":${deepObject(5_000)}}`;
    const res = await fetch(`${app.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBeLessThan(500);
    const deeper = await fetch(`${app.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deepArray(5_000) });
    expect(deeper.status).toBeGreaterThanOrEqual(400);
    expect(deeper.status).toBeLessThan(500);
  });
});

describe('Bot Framework signing keys that cannot be fetched', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  let app: Running;
  let closedPort: number;
  let failing: { url: string; close(): void };
  beforeAll(async () => {
    // One address where nothing listens, and one whose metadata service answers 503.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const down = createServer((_req, res) => { res.statusCode = 503; res.end('maintenance'); });
    await new Promise<void>((r) => down.listen(0, '127.0.0.1', () => r()));
    failing = { url: `http://127.0.0.1:${(down.address() as AddressInfo).port}`, close: () => { down.close(); down.closeAllConnections(); } };
  });
  afterEach(async () => { await app?.stop(); vi.restoreAllMocks(); });
  afterAll(() => failing?.close());

  // A well-formed Bot Framework token (RS256, key k1, our app id as audience): checking it needs the signing keys.
  const segment = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = () => `${segment({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${segment({ iss: 'https://api.botframework.com', aud: APP_ID, exp: Math.floor(Date.now() / 1000) + 300, serviceurl: 'https://smba.trafficmanager.net/emea/' })}.${Buffer.from('signature').toString('base64url')}`;

  it.each([
    ['nothing listens at the metadata address', () => `http://127.0.0.1:${closedPort}/openid`],
    ['the metadata service answers 503', () => `${failing.url}/openid`],
  ])('answer a bearer token with a 503 (or 401) JSON error and one-line logs when %s', async (_name, metadata) => {
    const printed: unknown[] = [];
    for (const method of ['error', 'warn', 'log'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { printed.push(args); });
    app = await start({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', BOT_OPENID_METADATA: metadata() });
    const activity = { type: 'message', id: 'm1', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:1' }, from: { id: '29:1' }, recipient: { id: `28:${APP_ID}` }, text: 'hei' };
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` }, body: JSON.stringify(activity) });
      expect([503, 401]).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    // Nothing printed around the structured log (no stack traces on the console), and every log entry is one line.
    expect(printed).toEqual([]);
    for (const line of app.log.filter((l) => l.trim())) expect(line.trimEnd().split('\n')).toHaveLength(1);
    expect(entries(app.log).filter((e) => e.msg === 'error' && e.what === 'http')).toEqual([]);
  });
});

describe('Direct Line tokens', () => {
  let app: Running;
  beforeAll(async () => { app = await start({ RATE_LIMIT_PER_MINUTE: '0' }); });
  afterAll(async () => { await app?.stop(); });
  const key = new TextEncoder().encode(SECRET);
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (build: (jwt: SignJWT) => SignJWT, conversationId: string) =>
    build(new SignJWT({ conv: conversationId }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('luotsi').setAudience('luotsi-directline')).sign(key);

  it.each([
    ['without an expiry', (j: SignJWT) => j.setIssuedAt(now())],
    ['issued an hour in the future', (j: SignJWT) => j.setIssuedAt(now() + 3600).setExpirationTime(now() + 3600 + 1800)],
    ['not valid before an hour from now', (j: SignJWT) => j.setIssuedAt(now()).setNotBefore(now() + 3600).setExpirationTime(now() + 1800)],
    ['valid for a year', (j: SignJWT) => j.setIssuedAt(now()).setExpirationTime(now() + 365 * 24 * 3600)],
  ])('are refused %s, though signed with the right secret', async (_name, build) => {
    const c = await dl(app.server.url).open('fi-FI');
    const forged = await sign(build, c.conversationId);
    const read = await dl(app.server.url).list(forged, c.conversationId);
    expect([401, 403]).toContain(read.status);
    const post = await dl(app.server.url).post(forged, c.conversationId, { type: 'message', text: 'hei' });
    expect([401, 403]).toContain(post.status);
    // The same conversation's own token still works: the refusal is about the forged ones.
    expect((await dl(app.server.url).list(c.token, c.conversationId)).status).toBe(200);
  });
});

describe('turn metrics', () => {
  let app: Running;
  beforeAll(async () => { app = await start({ RATE_LIMIT_PER_MINUTE: '0' }, undefined, 'silent'); });
  afterAll(async () => { await app?.stop(); });

  it('label each turn with the language answered in, also when the client sends no locale', async () => {
    const client = dl(app.server.url);
    const texts = { fi: 'Hoidan muistisairasta äitiäni ja olen ihan uupunut', sv: 'Jag känner mig ensam på kvällarna och vill träffa någon', en: 'I have debts I cannot pay and I need advice' };
    for (const text of Object.values(texts)) {
      // As a client that never says its locale: no locale when the token is made, at the start or on the message.
      const { token, conversationId } = await client.generate();
      expect((await client.start(token)).status).toBe(201);
      expect((await client.post(token, conversationId, { type: 'message', text })).status).toBe(200);
    }
    const metrics = await (await fetch(`${app.server.url}/metrics`)).text();
    const turns = (lang: string) => metrics.split('\n').filter((l) => l.startsWith('luotsi_turns_total{') && l.includes(`lang="${lang}"`)).reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    expect(turns('unknown')).toBe(0);
    expect(turns('sv')).toBeGreaterThanOrEqual(1);
    expect(turns('en')).toBeGreaterThanOrEqual(1);
    expect(turns('fi')).toBeGreaterThanOrEqual(3); // the three greetings (no locale: Finnish) and the Finnish need
  });
});

describe('the test-only slow turn (LUOTSI_TEST_TURN_DELAY_MS, for test/integration/crash.test.ts)', () => {
  it('is refused outside NODE_ENV=test, naming the variable, so no deployment can be slowed by it', () => {
    for (const NODE_ENV of ['production', 'development']) {
      const refused = parseConfig({ NODE_ENV, LUOTSI_TEST_TURN_DELAY_MS: '1000', DIRECTLINE_TOKEN_SECRET: SECRET });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.errors.join('\n')).toMatch(/^LUOTSI_TEST_TURN_DELAY_MS: /m);
      const unset = parseConfig({ NODE_ENV, DIRECTLINE_TOKEN_SECRET: SECRET });
      expect(unset.ok && unset.config.testTurnDelayMs).toBe(0);
    }
    const test = parseConfig({ NODE_ENV: 'test', LUOTSI_TEST_TURN_DELAY_MS: '1000' });
    expect(test.ok && test.config.testTurnDelayMs).toBe(1000);
  });
});
