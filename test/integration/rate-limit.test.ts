// Rate limits over real HTTP: per client address and per conversation, a 429 with Retry-After and a JSON error, health checks always answered.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { dl, json } from './helpers/directline-client.js';

const SECRET = 'test-secret-for-direct-line-tokens-0123456789';
let running: { luotsi: LuotsiApp; server: RunningServer } | undefined;

async function startApp(env: Record<string, string>): Promise<RunningServer> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, { bot: new EchoBot() });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  running = { luotsi: created.luotsi, server: await created.luotsi.start(0) };
  return running.server;
}

afterEach(async () => {
  await running?.server.close();
  await running?.luotsi.stores.close();
  running = undefined;
});

async function expectLimited(res: Response): Promise<void> {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(await json(res)).toMatchObject({ error: { code: 'rate-limited', message: expect.any(String) } });
}

describe('per client address', () => {
  it('answers 429 with Retry-After once an address passes RATE_LIMIT_PER_MINUTE, on any route', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '5', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${server.url}/privacy`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await expectLimited(await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' }));
    await expectLimited(await fetch(`${server.url}/`));
  });

  it('never limits health checks', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '2', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/privacy`);
    for (let i = 0; i < 20; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('is off with RATE_LIMIT_PER_MINUTE=0', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    const statuses = await Promise.all(Array.from({ length: 150 }, () => fetch(`${server.url}/privacy`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('TRUST_PROXY: whose address a request counts against', () => {
  const from = (url: string, address: string) => fetch(`${url}/privacy`, { headers: { 'x-forwarded-for': address } });

  it('counts two forwarded addresses in separate buckets with TRUST_PROXY=1', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '2', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '1' });
    expect((await from(server.url, '203.0.113.1')).status).toBe(200);
    expect((await from(server.url, '203.0.113.1')).status).toBe(200);
    await expectLimited(await from(server.url, '203.0.113.1'));
    // Another client behind the same proxy has its own allowance.
    expect((await from(server.url, '203.0.113.2')).status).toBe(200);
    expect((await from(server.url, '203.0.113.2')).status).toBe(200);
    await expectLimited(await from(server.url, '203.0.113.2'));
  });

  it('trusts only the hops it is told: with TRUST_PROXY=1 a client cannot choose its bucket by prepending addresses', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '2', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '1' });
    // The proxy appends the address it saw; whatever the client wrote before it is not believed.
    expect((await from(server.url, '198.51.100.1, 203.0.113.9')).status).toBe(200);
    expect((await from(server.url, '198.51.100.2, 203.0.113.9')).status).toBe(200);
    await expectLimited(await from(server.url, '198.51.100.3, 203.0.113.9'));
  });

  it('counts every forwarded address in the socket\'s bucket when TRUST_PROXY is unset', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '2', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    expect((await from(server.url, '203.0.113.1')).status).toBe(200);
    expect((await from(server.url, '203.0.113.1')).status).toBe(200);
    await expectLimited(await from(server.url, '203.0.113.2'));
    await expectLimited(await fetch(`${server.url}/privacy`));
  });

  it('trusts the addresses listed: TRUST_PROXY=loopback believes the local proxy', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '1', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: 'loopback' });
    expect((await from(server.url, '203.0.113.1')).status).toBe(200);
    expect((await from(server.url, '203.0.113.2')).status).toBe(200);
    await expectLimited(await from(server.url, '203.0.113.1'));
  });
});

describe('what counts against an address: opening chats, never the chats themselves', () => {
  it('lets residents behind one address chat, poll and refresh freely, and limits only opening conversations', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '4', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    const client = dl(server.url);
    // Opening a chat is two counted requests: a token and the start.
    const c = await client.open();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await client.post(c.token, c.conversationId, { type: 'message', text: `viesti ${i}` })).status);
      statuses.push((await client.list(c.token, c.conversationId, c.watermark)).status);
    }
    statuses.push((await client.refresh(c.token)).status);
    statuses.push((await fetch(`${server.url}/v3/directline/conversations/${c.conversationId}`, { headers: { authorization: `Bearer ${c.token}` } })).status);
    for (let i = 0; i < 10; i++) statuses.push((await fetch(`${server.url}/widget.js`)).status);
    statuses.push((await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'OPTIONS', headers: { origin: 'https://www.kunta.example', 'access-control-request-method': 'POST' } })).status);
    expect(new Set(statuses)).toEqual(new Set([200, 204]));
    // A second chat from the same network still opens; the fifth counted request does not.
    const { token } = await client.generate();
    expect((await client.start(token)).status).toBe(201);
    await expectLimited(await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' }));
  });
});

describe('per conversation', () => {
  it('refuses messages past the conversation\'s limit (not a crisis) with 429 while its polls never are', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '3', CONVERSATION_RATE_LIMIT_PER_MINUTE: '3' });
    const client = dl(server.url);
    const c = await client.open();
    for (let i = 0; i < 3; i++) expect((await client.post(c.token, c.conversationId, { type: 'message', text: `viesti ${i}` })).status).toBe(200);
    await expectLimited(await client.post(c.token, c.conversationId, { type: 'message', text: 'liikaa' }));
    await expectLimited(await client.post(c.token, c.conversationId, { type: 'message', value: { action: 'more' } }));
    const polls = await Promise.all(Array.from({ length: 100 }, () => client.list(c.token, c.conversationId, c.watermark).then((r) => r.status)));
    expect(new Set(polls)).toEqual(new Set([200]));
  });

  it('never counts typing indicators against a conversation', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '2' });
    const client = dl(server.url);
    const c = await client.open();
    for (let i = 0; i < 10; i++) expect((await client.post(c.token, c.conversationId, { type: 'typing' })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await client.post(c.token, c.conversationId, { type: 'message', text: `viesti ${i}` })).status).toBe(200);
    await expectLimited(await client.post(c.token, c.conversationId, { type: 'message', text: 'kolmas' }));
  });

  it('stops a conversation that posts more messages a minute than allowed, and only that conversation', async () => {
    const server = await startApp({ RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '4' });
    const client = dl(server.url);
    const noisy = await client.open();
    const calm = await client.open();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.post(noisy.token, noisy.conversationId, { type: 'message', text: `viesti ${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    await expectLimited(await client.post(noisy.token, noisy.conversationId, { type: 'message', text: 'vielä yksi' }));

    // Reading the conversation is not posting: the resident still sees every answer.
    const page = await json(await client.list(noisy.token, noisy.conversationId));
    expect((page.activities as { text?: string }[]).map((a) => a.text)).toContain('echo: viesti 3');
    expect((page.activities as { text?: string }[]).map((a) => a.text)).not.toContain('echo: vielä yksi');
    const { replies } = await client.say(calm, { text: 'hei' });
    expect(replies[0]?.text).toBe('echo: hei');
  });

  it('holds for 30 messages a minute by default', () => {
    const parsed = parseConfig({});
    expect(parsed.ok && parsed.config.conversationRateLimitPerMinute).toBe(30);
  });
});
