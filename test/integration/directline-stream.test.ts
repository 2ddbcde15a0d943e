// The Direct Line WebSocket stream with the official botframework-directlinejs client in its default (WebSocket) mode and in
// polling mode, over real HTTP; resuming by watermark; the socket's credential and bounds; and two instances sharing a real
// Redis, the socket on one and the bot's reply written by the other, through a rolling restart and a "forget me".
import type { ActivityHandler, TurnContext } from 'botbuilder';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createTokenService } from '../../adapters/directline/tokens.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { FORGOTTEN_TURN_KEY } from '../../bot/luotsi-bot.js';
import { dl, json } from './helpers/directline-client.js';
import { ConnectionStatus, officialClient, type OfficialClient } from './helpers/official-client.js';
import { openStream, refusalOf, type StreamSocket } from './helpers/stream-socket.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'stream-test-secret-for-direct-line-tokens-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Echoes; "unohda minut" is a "forget me" as Luotsi's bot marks one, with a general confirmation the channel replaces.
const echo = new EchoBot();
const forgetful: Pick<ActivityHandler, 'run'> = {
  run: async (context: TurnContext) => {
    if (context.activity.type === 'message' && context.activity.text === 'unohda minut') {
      context.turnState.set(FORGOTTEN_TURN_KEY, true);
      await context.sendActivity({ type: 'message', text: 'general confirmation', locale: 'fi-FI' });
      return;
    }
    await echo.run(context);
  },
};

interface Instance { luotsi: LuotsiApp; server: RunningServer; url: string; stop(): Promise<void> }

async function startInstance(env: Record<string, string> = {}, port = 0): Promise<Instance> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, { bot: forgetful });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(port);
  for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await sleep(20);
  let stopped = false;
  return {
    luotsi: created.luotsi, server, url: server.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await created.luotsi.stores.close();
    },
  };
}

const texts = (activities: { text?: string }[]) => activities.map((a) => a.text);
const domainOf = (i: Instance) => `${i.url}/v3/directline`;

describe('the official client against one instance (memory state)', () => {
  let app: Instance;
  const clients: OfficialClient[] = [];
  beforeAll(async () => { app = await startInstance(); });
  afterEach(() => { for (const c of clients.splice(0)) c.end(); });
  afterAll(async () => { await app?.stop(); });

  it('works in its default WebSocket mode: greeting, echo and reply arrive over the socket, with no polling at all', async () => {
    const { token } = await dl(app.url).generate('fi-FI');
    const client = officialClient(domainOf(app), { token });
    clients.push(client);
    await client.until((r) => r.some((a) => a.text === 'echo: hello'));
    expect(client.statuses).toContain(ConnectionStatus.Online);
    const id = await client.post({ text: 'Hei', locale: 'fi-FI' });
    const received = await client.until((r) => r.some((a) => a.text === 'echo: Hei'));
    expect(texts(received)).toEqual(['echo: hello', 'Hei', 'echo: Hei']);
    const mine = received[1]!;
    expect(mine.id).toBe(id);
    // Web Chat places the bubble on the resident's side by the sender it named.
    expect(mine.from).toEqual({ id: 'resident-1', name: 'Resident', role: 'user' });
    expect(received[2]?.replyToId).toBe(id);
    expect(client.calls.filter((c) => c.includes('/activities?'))).toEqual([]);
    expect(client.calls).toEqual(['POST /v3/directline/conversations', 'POST /v3/directline/conversations/' + mine.conversation?.id + '/activities']);
  });

  it('works in polling mode (webSocket: false) as well', async () => {
    const { token } = await dl(app.url).generate('sv-SE');
    const client = officialClient(domainOf(app), { token, webSocket: false, pollingInterval: 200, conversationStartProperties: { locale: 'sv-SE' } });
    clients.push(client);
    await client.until((r) => r.some((a) => a.text === 'echo: hello'));
    await client.post({ text: 'Hej', locale: 'sv-SE' });
    const received = await client.until((r) => r.some((a) => a.text === 'echo: Hej'));
    expect(texts(received)).toEqual(['echo: hello', 'Hej', 'echo: Hej']);
    expect(received[2]?.locale).toBe('sv-SE');
    expect(client.calls.some((c) => c.includes('/activities?watermark='))).toBe(true);
  });

  it('hands out a ws:// stream address with a credential for that conversation only', async () => {
    const client = dl(app.url);
    const { token, conversationId } = await client.generate();
    const body = await json(await client.start(token));
    const streamUrl = new URL(body.streamUrl as string);
    expect(streamUrl.protocol).toBe('ws:');
    expect(streamUrl.host).toBe(new URL(app.url).host);
    expect(streamUrl.pathname).toBe(`/v3/directline/conversations/${conversationId}/stream`);
    expect(streamUrl.searchParams.get('t')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The credential opens nothing but the stream: as a Bearer token it is refused.
    const asBearer = await client.list(streamUrl.searchParams.get('t')!, conversationId);
    expect(asBearer.status).toBe(401);
    // And the Bearer token does not open the stream.
    const withBearer = new URL(streamUrl);
    withBearer.searchParams.set('t', token);
    expect(await refusalOf(withBearer.href)).toEqual({ status: 401, code: 'token-invalid' });
  });

  it('refuses a stream credential of another conversation, a forged, an expired or a missing one', async () => {
    const client = dl(app.url);
    const a = await client.generate();
    const b = await client.generate();
    const aUrl = new URL((await json(await client.start(a.token))).streamUrl as string);
    const bUrl = new URL((await json(await client.start(b.token))).streamUrl as string);
    const crossed = new URL(aUrl);
    crossed.searchParams.set('t', bUrl.searchParams.get('t')!);
    expect(await refusalOf(crossed.href)).toEqual({ status: 403, code: 'forbidden-conversation' });
    const forged = new URL(aUrl);
    forged.searchParams.set('t', await createTokenService('another-secret-that-is-not-ours-0123456789').issueStream({ conversationId: a.conversationId, until: Date.now() + 60_000 }));
    expect(await refusalOf(forged.href)).toEqual({ status: 401, code: 'token-invalid' });
    const expired = new URL(aUrl);
    expired.searchParams.set('t', await createTokenService(SECRET, () => Date.now() - 120_000).issueStream({ conversationId: a.conversationId, until: Date.now() + 60_000 }));
    expect(await refusalOf(expired.href)).toEqual({ status: 403, code: 'token-expired' });
    const missing = new URL(aUrl);
    missing.searchParams.delete('t');
    expect(await refusalOf(missing.href)).toEqual({ status: 401, code: 'token-missing' });
  });

  it('resumes from a watermark after a reconnect: what came meanwhile arrives once, nothing twice', async () => {
    const client = dl(app.url);
    const c = await client.open();
    const first = await openStream((await json(await fetch(`${app.url}/v3/directline/conversations/${c.conversationId}?watermark=${c.watermark}`, { headers: { authorization: `Bearer ${c.token}` } }))).streamUrl as string);
    await client.post(c.token, c.conversationId, { type: 'message', text: 'yksi' });
    const seen = await first.untilActivities(2);
    expect(texts(seen)).toEqual(['yksi', 'echo: yksi']);
    const watermark = first.frames.at(-1)!.watermark;
    first.ws.close();
    await first.closed;
    // While no socket is open.
    for (const text of ['kaksi', 'kolme']) await client.post(c.token, c.conversationId, { type: 'message', text });
    const again = await json(await fetch(`${app.url}/v3/directline/conversations/${c.conversationId}?watermark=${watermark}`, { headers: { authorization: `Bearer ${c.token}` } }));
    expect(again).toMatchObject({ conversationId: c.conversationId, token: expect.any(String), expires_in: 1800 });
    const second = await openStream(again.streamUrl as string);
    await client.post(c.token, c.conversationId, { type: 'message', text: 'neljä' });
    const resumed = await second.untilActivities(6);
    await sleep(200);
    expect(texts(second.activities())).toEqual(['kaksi', 'echo: kaksi', 'kolme', 'echo: kolme', 'neljä', 'echo: neljä']);
    expect(Number(second.frames.at(-1)!.watermark)).toBe(Number(watermark) + resumed.length);
    second.ws.close();
  });

  it('keeps at most three sockets open for one conversation: the oldest gives way to a new one', async () => {
    const client = dl(app.url);
    const c = await client.open();
    const url = async () => (await json(await fetch(`${app.url}/v3/directline/conversations/${c.conversationId}?watermark=${c.watermark}`, { headers: { authorization: `Bearer ${c.token}` } }))).streamUrl as string;
    const sockets: StreamSocket[] = [];
    for (let i = 0; i < 4; i++) sockets.push(await openStream(await url()));
    expect(await sockets[0]!.closed).toEqual({ code: 1008, reason: 'too many streams for this conversation' });
    await client.post(c.token, c.conversationId, { type: 'message', text: 'kaikille' });
    for (const s of sockets.slice(1)) expect(texts(await s.untilActivities(2))).toEqual(['kaikille', 'echo: kaikille']);
    expect(sockets[0]!.activities()).toEqual([]);
    for (const s of sockets) s.ws.close();
  });

  it('never lets polls or sockets run into a rate limit', async () => {
    const limited = await startInstance({ RATE_LIMIT_PER_MINUTE: '2', CONVERSATION_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const client = dl(limited.url);
      const c = await client.open();
      const polls = await Promise.all(Array.from({ length: 60 }, () => client.list(c.token, c.conversationId, c.watermark).then((r) => r.status)));
      expect(new Set(polls)).toEqual(new Set([200]));
      for (let i = 0; i < 10; i++) {
        const reconnect = await fetch(`${limited.url}/v3/directline/conversations/${c.conversationId}?watermark=${c.watermark}`, { headers: { authorization: `Bearer ${c.token}` } });
        expect(reconnect.status).toBe(200);
        const socket = await openStream((await json(reconnect)).streamUrl as string);
        socket.ws.close();
      }
      // Opening conversations is what an address is limited on.
      expect((await fetch(`${limited.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(429);
    } finally {
      await limited.stop();
    }
  });

  it('answers wss:// behind a trusted proxy that says https, and ws:// when the proxy is not trusted', async () => {
    const proxied = await startInstance({ TRUST_PROXY: 'loopback' });
    try {
      const client = dl(proxied.url);
      const { token } = await client.generate();
      const viaProxy = await fetch(`${proxied.url}/v3/directline/conversations`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'chat.kunta.example' },
      });
      expect((await json(viaProxy)).streamUrl).toMatch(/^wss:\/\/chat\.kunta\.example\/v3\/directline\/conversations\/[\w-]+\/stream\?watermark=0&t=/);
    } finally {
      await proxied.stop();
    }
    const { token } = await dl(app.url).generate();
    const spoofed = await fetch(`${app.url}/v3/directline/conversations`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
    });
    expect((await json(spoofed)).streamUrl).toMatch(new RegExp(`^ws://${new URL(app.url).host}/`));
  });

  it('after "forget me" pushes the confirmation, closes the socket, and the client learns the conversation has ended', async () => {
    const { token } = await dl(app.url).generate('fi-FI');
    const client = officialClient(domainOf(app), { token });
    clients.push(client);
    await client.until((r) => r.some((a) => a.text === 'echo: hello'));
    await client.post({ text: 'Asun Hämeenlinnassa' });
    await client.until((r) => r.some((a) => a.text === 'echo: Asun Hämeenlinnassa'));
    await client.post({ text: 'unohda minut' });
    const received = await client.until((r) => r.some((a) => a.type === 'endOfConversation'));
    const confirmation = received.at(-2)!;
    expect(confirmation.text).toMatch(/^Poistin tämän keskustelun/);
    expect(received.map((a) => a.text)).not.toContain('general confirmation');
    // The standard "the bot ended the conversation" signal closes the transcript, for the widget to start afresh on.
    expect(received.at(-1)).toMatchObject({ type: 'endOfConversation', code: 'userRequested', from: { role: 'bot' } });
    // The token opens nothing any more.
    await expect(client.post({ text: 'vielä' })).rejects.toThrow(/404/);
  });
});

const hasRedis = await requireRedis('Direct Line stream across instances');

describe.skipIf(!hasRedis)('two instances sharing Redis: the socket on one, the bot reply written by the other', () => {
  const prefix = testPrefix('stream');
  let a: Instance;
  let b: Instance;
  const clients: OfficialClient[] = [];
  beforeAll(async () => {
    [a, b] = await Promise.all([startInstance({ REDIS_URL, REDIS_PREFIX: prefix }), startInstance({ REDIS_URL, REDIS_PREFIX: prefix })]);
  });
  afterEach(() => { for (const c of clients.splice(0)) c.end(); });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it('delivers, over a socket on instance A, what instance B wrote: each activity once, in order', async () => {
    const { token } = await dl(a.url).generate('fi-FI');
    const client = officialClient(domainOf(a), { token });
    clients.push(client);
    await client.until((r) => r.some((x) => x.text === 'echo: hello'));
    const conversationId = client.received[0]!.conversation!.id;
    const viaB = dl(b.url);
    for (const text of ['yksi', 'kaksi', 'kolme']) {
      const res = await viaB.post(token, conversationId, { type: 'message', text });
      expect(res.status).toBe(200);
    }
    const received = await client.until((r) => r.some((x) => x.text === 'echo: kolme'));
    await sleep(300);
    expect(texts(client.received)).toEqual(['echo: hello', 'yksi', 'echo: yksi', 'kaksi', 'echo: kaksi', 'kolme', 'echo: kolme']);
    expect(new Set(received.map((x) => x.id)).size).toBe(received.length);
    expect(client.calls.filter((c) => c.includes('/activities?'))).toEqual([]);
  });

  it('resumes after its instance restarts: what was written meanwhile on the other arrives once, nothing twice', async () => {
    const port = a.server.port;
    const { token } = await dl(a.url).generate('fi-FI');
    // random() = 0: directlinejs waits its shortest delay (3 s) before reconnecting.
    const client = officialClient(domainOf(a), { token, random: () => 0 });
    clients.push(client);
    await client.until((r) => r.some((x) => x.text === 'echo: hello'));
    const conversationId = client.received[0]!.conversation!.id;
    await a.stop();
    for (const text of ['tauon aikana', 'ja toinen']) expect((await dl(b.url).post(token, conversationId, { type: 'message', text })).status).toBe(200);
    a = await startInstance({ REDIS_URL, REDIS_PREFIX: prefix }, port);
    await client.until((r) => r.some((x) => x.text === 'echo: ja toinen'), 30_000);
    expect(texts(client.received)).toEqual(['echo: hello', 'tauon aikana', 'echo: tauon aikana', 'ja toinen', 'echo: ja toinen']);
    expect(client.calls).toContain(`GET /v3/directline/conversations/${conversationId}?watermark=1`);
  });

  it('"forget me" on instance B ends the conversation on A too: the socket gets the confirmation and closes, the token opens nothing', async () => {
    const viaA = dl(a.url);
    const viaB = dl(b.url);
    const c = await viaA.open('fi-FI');
    await viaB.say(c, { text: 'Asun Hämeenlinnassa' });
    const reconnect = await json(await fetch(`${a.url}/v3/directline/conversations/${c.conversationId}?watermark=${c.watermark}`, { headers: { authorization: `Bearer ${c.token}` } }));
    const socket = await openStream(reconnect.streamUrl as string);
    expect((await viaB.post(c.token, c.conversationId, { type: 'message', text: 'unohda minut' })).status).toBe(200);
    expect(await socket.closed).toEqual({ code: 1000, reason: 'conversation ended' });
    const pushed = socket.activities();
    expect(texts(pushed)).toEqual(['unohda minut', expect.stringMatching(/^Poistin tämän keskustelun/), undefined]);
    expect(pushed[2]?.type).toBe('endOfConversation');
    // Revoked on every instance, through the shared store.
    for (const via of [viaA, viaB]) {
      const post = await via.post(c.token, c.conversationId, { type: 'message', text: 'hei' });
      expect(post.status).toBe(404);
      expect(await json(post)).toMatchObject({ error: { code: 'conversation-not-found' } });
      expect((await via.refresh(c.token)).status).toBe(404);
      expect((await via.start(c.token)).status).toBe(404);
    }
    // The confirmation can still be read once; after it the conversation is over for the client.
    const page = await json(await viaA.list(c.token, c.conversationId, c.watermark));
    expect(texts(page.activities as { text?: string }[])).toEqual(['unohda minut', expect.stringMatching(/^Poistin tämän keskustelun/), undefined]);
    expect((await viaA.list(c.token, c.conversationId, page.watermark as string)).status).toBe(404);
    expect((await fetch(`${b.url}/v3/directline/conversations/${c.conversationId}?watermark=${page.watermark as string}`, { headers: { authorization: `Bearer ${c.token}` } })).status).toBe(404);
    // A stream opened past the confirmation closes at once, with nothing in it.
    const late = new URL(reconnect.streamUrl as string);
    late.searchParams.set('watermark', page.watermark as string);
    const lateSocket = await openStream(late.href);
    expect(await lateSocket.closed).toEqual({ code: 1000, reason: 'conversation ended' });
    expect(lateSocket.activities()).toEqual([]);
  });
});
