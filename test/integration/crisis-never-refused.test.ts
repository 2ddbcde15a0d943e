// A message that signals danger to life always gets 112 and the crisis line, over real HTTP: from an address and a conversation
// over their rate limits (the default limits), with Redis stopped, with the turn lock held elsewhere, and in Teams.
// Reading a conversation never counts against a limit, so the resident sees the answer.
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOverrides, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { createI18n } from '../../dialogs/i18n.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { view } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { dl, type DlConversation } from './helpers/directline-client.js';
import { postTeams, startConnector, teamsMessage, until } from './helpers/teams-connector.js';
import { ownRedis, redisServerAvailable, type OwnRedis } from './own-redis.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'crisis-test-secret-for-direct-line-tokens-0123456789';
const i18n = createI18n();
// The MIELI Kriisipuhelin line that answers in each language (design.md), as the crisis card links it.
const MIELI: Record<Lang, { number: string; tel: string }> = {
  fi: { number: '09 2525 0111', tel: 'tel:+358925250111' },
  sv: { number: '09 2525 0112', tel: 'tel:+358925250112' },
  en: { number: '09 2525 0113', tel: 'tel:+358925250113' },
};
const CRISIS: Record<Lang, string> = { fi: 'aion tappaa itseni tänään', sv: 'jag vill ta mitt liv', en: "I'm going to kill myself tonight" };
const LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

interface Running { luotsi: LuotsiApp; server: RunningServer; stop(): Promise<void> }

/** Luotsi with its own bot and the real knowledge base; the rate limits are the defaults unless `env` says otherwise. */
async function startLuotsi(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Running> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, { ...realKnowledge(), ...overrides });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  return { luotsi: created.luotsi, server, async stop() { await server.close(); await created.luotsi.stores.close(); } };
}

type Page = { activities: Partial<Activity>[]; watermark: string };

/** Posts a message and reads what the resident's next poll shows after it: the echo, then the bot's replies as they read. */
async function send(base: string, c: DlConversation, text: string, locale?: string): Promise<{ status: number; echo?: Partial<Activity>; seen: ReturnType<typeof view> }> {
  const client = dl(base);
  const res = await client.post(c.token, c.conversationId, { type: 'message', text, ...(locale ? { locale } : {}), channelData: { clientActivityID: `c-${Math.random()}` } });
  if (res.status !== 200) return { status: res.status, seen: view([]) };
  const { id } = (await res.json()) as { id: string };
  const poll = await client.list(c.token, c.conversationId, c.watermark);
  expect(poll.status).toBe(200);
  const page = (await poll.json()) as Page;
  c.watermark = Number(page.watermark);
  const at = page.activities.findIndex((a) => a.id === id);
  expect(at, 'the echo of the message').toBeGreaterThanOrEqual(0);
  return { status: 200, echo: page.activities[at], seen: view(page.activities.slice(at + 1).filter((a) => a.from?.role === 'bot')) };
}

/** What a resident in crisis must notice: the crisis card in their language, 112 first, and the MIELI line of that language. */
function expectCrisisReply(seen: ReturnType<typeof view>, lang: Lang): void {
  expect(seen.text).toContain(i18n.t(lang, 'crisis.title'));
  expect(seen.text).toContain(i18n.t(lang, 'crisis.emergency', { number: '112' }));
  expect(seen.text).toContain(MIELI[lang].number);
  expect(seen.buttons[0]?.url).toBe('tel:112');
  expect(seen.buttons.map((b) => b.url)).toContain(MIELI[lang].tel);
  expect(seen.locales.every((l) => l === LOCALE[lang])).toBe(true);
}

/** The kind "temporary problem" a resident gets when no turn can run: 112 and the MIELI line of their language. */
function expectKindFallback(seen: ReturnType<typeof view>, lang: Lang): void {
  expect(seen.text).toContain(i18n.t(lang, 'errors.unavailable'));
  expect(seen.text).toContain('112');
  expect(seen.text).toContain('MIELI');
  expect(seen.text).toContain(MIELI[lang].number);
}

describe('rate limits (defaults: 120 requests an address, 30 messages a conversation, a minute)', () => {
  let app: Running | undefined;
  afterEach(async () => { await app?.stop(); app = undefined; });

  it('never count reading a conversation: polling goes on far beyond the address limit', async () => {
    app = await startLuotsi();
    const client = dl(app.server.url);
    const c = await client.open('fi-FI');
    const polls = await Promise.all(Array.from({ length: 150 }, () => client.list(c.token, c.conversationId, c.watermark).then((r) => r.status)));
    expect(new Set(polls)).toEqual(new Set([200]));
    const reconnect = await fetch(`${app.server.url}/v3/directline/conversations/${c.conversationId}`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(reconnect.status).toBe(200);
    const { status, seen } = await send(app.server.url, c, 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut');
    expect(status).toBe(200);
    expect(seen.text).toContain(i18n.t('fi', 'understood.title'));
  });

  it('answer a crisis with 112 and the crisis line from a conversation over its limit, and refuse anything else', async () => {
    app = await startLuotsi();
    const c = await dl(app.server.url).open('fi-FI');
    for (let i = 0; i < 30; i++) expect((await send(app.server.url, c, `viesti ${i}`)).status).toBe(200);
    const refused = await dl(app.server.url).post(c.token, c.conversationId, { type: 'message', text: 'vielä yksi' });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate-limited' } });

    const crisis = await send(app.server.url, c, CRISIS.fi);
    expect(crisis.status).toBe(200);
    expect(crisis.echo?.text).toBe(CRISIS.fi);
    expectCrisisReply(crisis.seen, 'fi');
    expect((await send(app.server.url, c, 'kiitos')).status).toBe(429);
  });

  it('answer a crisis with 112 and the crisis line from an address over its limit, in the language it is written in', async () => {
    app = await startLuotsi();
    const client = dl(app.server.url);
    const c = await client.open('sv-SE');
    let status = 200;
    for (let i = 0; i < 200 && status !== 429; i++) status = (await fetch(`${app.server.url}/privacy`)).status;
    expect(status).toBe(429);
    expect((await fetch(`${app.server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(429);
    // Messages count against their conversation, not the address: residents sharing a network keep talking.
    expect((await client.post(c.token, c.conversationId, { type: 'message', text: 'Jag vårdar min mamma' })).status).toBe(200);
    c.watermark = Number(((await (await client.list(c.token, c.conversationId, c.watermark)).json()) as Page).watermark);
    // A browser on the municipal site asks first (CORS preflight); refusing that would stop the message itself.
    const preflight = await fetch(`${app.server.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'OPTIONS', headers: { origin: 'https://www.vantaa.fi', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);

    const crisis = await send(app.server.url, c, CRISIS.sv);
    expect(crisis.status).toBe(200);
    expectCrisisReply(crisis.seen, 'sv');
    expect(crisis.seen.text).not.toContain('116 111');
  });

  it('show a young person the children\'s and youth line too, 112 still first', async () => {
    app = await startLuotsi({ CONVERSATION_RATE_LIMIT_PER_MINUTE: '1' });
    const c = await dl(app.server.url).open('fi-FI');
    expect((await send(app.server.url, c, 'hei')).status).toBe(200);
    const crisis = await send(app.server.url, c, 'olen 15 ja aion tappaa itseni tänään');
    expectCrisisReply(crisis.seen, 'fi');
    expect(crisis.seen.text).toContain('116 111');
    expect(crisis.seen.text.indexOf('112')).toBeLessThan(crisis.seen.text.indexOf('116 111'));
  });
});

const ownRedisAvailable = await redisServerAvailable();
if (!ownRedisAvailable) console.warn('SKIPPED crisis replies during a Redis outage: redis-server is not installed');

describe.skipIf(!ownRedisAvailable)('with the state store (Redis) down', () => {
  let redis: OwnRedis;
  let app: Running;
  beforeAll(async () => {
    redis = await ownRedis();
    await redis.start();
    app = await startLuotsi({ REDIS_URL: redis.url, REDIS_PREFIX: 'luotsi-crisis-outage:' });
    for (let i = 0; i < 100 && (await fetch(`${app.server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    await app?.stop();
    await redis?.stop();
  });

  it('answers a crisis with the crisis card in the resident\'s language, and anything else kindly with 112', async () => {
    const client = dl(app.server.url);
    const c = await client.open('sv-SE');
    await redis.stop();
    for (let i = 0; i < 100 && (await fetch(`${app.server.url}/readyz`)).status !== 503; i++) await new Promise((r) => setTimeout(r, 50));

    const crisis = await send(app.server.url, c, CRISIS.sv);
    expect(crisis.status).toBe(200);
    expect(crisis.echo?.channelData).toMatchObject({ clientActivityID: expect.any(String) });
    expectCrisisReply(crisis.seen, 'sv');

    const ordinary = await send(app.server.url, c, 'Jag vårdar min mamma som har demens');
    expect(ordinary.status).toBe(200);
    expectKindFallback(ordinary.seen, 'sv');
  });
});

const sharedRedis = await requireRedis('crisis replies with the turn lock held');

describe.skipIf(!sharedRedis)('with the conversation\'s turn lock held by another instance', () => {
  const prefix = testPrefix('crisis-lock');
  // A short lease and wait keep the test quick; the behaviour is the defaults' (wait longer than the lease).
  const stores = sharedRedis ? createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 5, lock: { leaseMs: 800, waitMs: 1_200 } }) : undefined;
  let app: Running;
  beforeAll(async () => {
    app = await startLuotsi({ REDIS_URL, REDIS_PREFIX: prefix }, { stores: stores! });
    for (let i = 0; i < 100 && (await fetch(`${app.server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    if (stores?.client.isReady) {
      for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
    }
    await app?.stop();
  });

  it('answers a crisis with 112 and the crisis line instead of an error, anything else kindly, and carries on once the lock is free', async () => {
    const c = await dl(app.server.url).open('en-US');
    const lockKey = `${prefix}lock:${c.conversationId}`;
    // Another instance is in a turn of this conversation and keeps renewing its lease.
    await stores!.client.set(lockKey, 'another-instance', { expiration: { type: 'PX', value: 60_000 } });

    const crisis = await send(app.server.url, c, CRISIS.en);
    expect(crisis.status).toBe(200);
    expectCrisisReply(crisis.seen, 'en');

    // Anything else: 503 with Retry-After for the client, and the kind reply with 112 after its echo for Web Chat.
    const busy = await dl(app.server.url).post(c.token, c.conversationId, { type: 'message', text: 'I look after my mother who has dementia and I am exhausted', channelData: { clientActivityID: 'busy-1' } });
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    const after = (await (await dl(app.server.url).list(c.token, c.conversationId, c.watermark)).json()) as Page;
    c.watermark = Number(after.watermark);
    const echoAt = after.activities.findIndex((a) => (a.channelData as { clientActivityID?: string } | undefined)?.clientActivityID === 'busy-1');
    expect(echoAt).toBeGreaterThanOrEqual(0);
    expectKindFallback(view(after.activities.slice(echoAt + 1).filter((a) => a.from?.role === 'bot')), 'en');

    await stores!.client.del(lockKey);
    const again = await send(app.server.url, c, 'I look after my mother who has dementia and I am exhausted');
    expect(again.seen.text).toContain(i18n.t('en', 'understood.title'));
  });

  it('takes over a lock that an instance left behind when it died, and answers as usual', async () => {
    const c = await dl(app.server.url).open('en-US');
    // The dead instance's last lease (800 ms here) runs out before the waiting turn gives up (1,200 ms).
    await stores!.client.set(`${prefix}lock:${c.conversationId}`, 'a-dead-instance', { expiration: { type: 'PX', value: 800 } });
    const answer = await send(app.server.url, c, 'I look after my mother who has dementia and I am exhausted');
    expect(answer.status).toBe(200);
    expect(answer.seen.text).toContain(i18n.t('en', 'understood.title'));
  });

  it('opens a conversation whose lock is held without failing', async () => {
    const client = dl(app.server.url);
    const { token, conversationId } = await client.generate('en-US');
    await stores!.client.set(`${prefix}lock:${conversationId}`, 'another-instance', { expiration: { type: 'PX', value: 60_000 } });
    expect((await client.start(token, { locale: 'en-US' })).status).toBe(201);
  });
});

describe('Teams', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let app: Running | undefined;
  beforeAll(async () => { connector = await startConnector(); });
  afterEach(async () => { await app?.stop(); app = undefined; connector.received.length = 0; });
  afterAll(async () => { await connector?.close(); });

  const replies = async (count: number) => until(() => (connector.received.length >= count ? connector.received.map((r) => r.body as Partial<Activity>) : undefined));

  it('tells a staff member kindly, with 112 and the MIELI line, when a turn fails', async () => {
    app = await startLuotsi({ TEAMS_DEV_MODE: '1' }, { bot: { run: async () => { throw new Error('bot broke'); } } });
    expect((await postTeams(app.server.url, teamsMessage(connector.url, 'omaishoitajan vertaistuki'))).status).toBe(200);
    const seen = view(await replies(1));
    expect(seen.text).toContain('112');
    expect(seen.text).toContain('MIELI');
    expect(seen.text).toContain(MIELI.fi.number);
  });

  it('answers a crisis with the crisis card when the turn fails', async () => {
    app = await startLuotsi({ TEAMS_DEV_MODE: '1' }, { bot: { run: async () => { throw new Error('bot broke'); } } });
    expect((await postTeams(app.server.url, teamsMessage(connector.url, CRISIS.en, { locale: 'en-US' }))).status).toBe(200);
    expectCrisisReply(view(await replies(1)), 'en');
  });

  it('answers a crisis with the crisis card from an address over its limit, and refuses anything else', async () => {
    app = await startLuotsi({ TEAMS_DEV_MODE: '1' });
    let status = 200;
    for (let i = 0; i < 200 && status !== 429; i++) status = (await fetch(`${app.server.url}/privacy`)).status;
    expect(status).toBe(429);
    expect((await postTeams(app.server.url, teamsMessage(connector.url, 'omaishoitajan vertaistuki'))).status).toBe(429);
    expect((await postTeams(app.server.url, teamsMessage(connector.url, CRISIS.fi))).status).toBe(200);
    expectCrisisReply(view(await replies(1)), 'fi');
  });
});
