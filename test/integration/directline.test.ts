// The Direct Line 3.0 subset over real HTTP: the calls Web Chat makes, the token rules, and bad input that must stay a 4xx.
import type { ActivityHandler, TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig, type Config } from '../../adapters/config.js';
import { createTokenService } from '../../adapters/directline/tokens.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { dl, json } from './helpers/directline-client.js';

const SECRET = 'test-secret-for-direct-line-tokens-0123456789';

function testConfig(extra: Record<string, string> = {}): Config {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, ...extra });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

async function startApp(overrides: Parameters<typeof createApp>[1], extra?: Record<string, string>): Promise<{ luotsi: LuotsiApp; server: RunningServer }> {
  const created = await createApp(testConfig(extra), overrides);
  if (!created.ok) throw new Error(created.errors.join('\n'));
  return { luotsi: created.luotsi, server: await created.luotsi.start(0) };
}

// Echoes, except that "boom" makes the turn fail the way a bug in a dialog would.
const echo = new EchoBot();
const failingOnBoom: Pick<ActivityHandler, 'run'> = {
  run: async (context: TurnContext) => {
    if (context.activity.text === 'boom') throw new Error('a bug in a dialog');
    await echo.run(context);
  },
};

describe('Direct Line channel (echo bot)', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;

  beforeAll(async () => {
    ({ luotsi, server } = await startApp({ bot: failingOnBoom }));
    client = dl(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it('opens a conversation from a generated token and lets the bot greet first', async () => {
    const generated = await client.generate('fi-FI');
    expect(generated.expires_in).toBe(1800);
    expect(generated.conversationId).toMatch(/^[\w-]{20,}$/);
    const started = await client.start(generated.token, { locale: 'fi-FI' });
    expect(started.status).toBe(201);
    const body = await json(started);
    expect(body.conversationId).toBe(generated.conversationId);
    expect(typeof body.token).toBe('string');
    const page = await json(await client.list(generated.token, generated.conversationId));
    expect(page.activities).toEqual([expect.objectContaining({ type: 'message', text: 'echo: hello', from: expect.objectContaining({ id: 'luotsi', name: 'Luotsi' }) })]);
    expect(page.watermark).toBe('1');
  });

  it('greets only once however often the client starts the conversation, answering 200 once it was started', async () => {
    const c = await client.open();
    const again = await client.start(c.token);
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ conversationId: c.conversationId, token: expect.any(String), streamUrl: expect.stringMatching(/^ws:\/\//) });
    const page = await json(await client.list(c.token, c.conversationId));
    expect((page.activities as unknown[]).length).toBe(1);
  });

  it('echoes the resident\'s activity with its clientActivityID and the sender the client named, while the bot hears the conversation\'s own id', async () => {
    const c = await client.open();
    const { id, echo: mine, replies } = await client.say(c, {
      text: 'Hei', locale: 'fi-FI', from: { id: 'someone-else', name: 'Mallory', role: 'bot' }, channelData: { clientActivityID: 'client-42', clientTimestamp: '2026-01-01T00:00:00Z' },
    });
    expect(id).toMatch(new RegExp(`^${c.conversationId}\\|\\d{7}$`));
    expect(mine.channelData).toEqual({ clientActivityID: 'client-42' });
    // As Direct Line 3.0 does: the client's own id and name come back, so Web Chat places the bubble on its side.
    expect(mine.from).toEqual({ id: 'someone-else', name: 'Mallory', role: 'user' });
    // The bot answered the server's id for this conversation, not the name the client chose.
    expect(replies[0]?.recipient?.id).toMatch(/^dl_/);
    expect(mine.channelId).toBe('directline');
    expect(mine.conversation?.id).toBe(c.conversationId);
    expect(Number.isNaN(Date.parse(String(mine.timestamp)))).toBe(false);
    expect(replies).toEqual([expect.objectContaining({ text: 'echo: Hei', replyToId: id, locale: 'fi-FI' })]);
  });

  it('returns only what came after the watermark', async () => {
    const c = await client.open();
    await client.say(c, { text: 'yksi' });
    const before = c.watermark;
    await client.say(c, { text: 'kaksi' });
    const page = await json(await client.list(c.token, c.conversationId, before));
    expect((page.activities as { text: string }[]).map((a) => a.text)).toEqual(['kaksi', 'echo: kaksi']);
    const empty = await json(await client.list(c.token, c.conversationId, page.watermark as string));
    expect(empty).toEqual({ activities: [], watermark: page.watermark });
  });

  it('hands the locale Web Chat sends to the bot', async () => {
    const c = await client.open('sv-SE');
    const { replies } = await client.say(c, { text: 'Hej', locale: 'sv-SE' });
    expect(replies[0]?.locale).toBe('sv-SE');
  });

  it('runs turns of one conversation one after another, each reply right after its message', async () => {
    const c = await client.open();
    await Promise.all(['a', 'b', 'c'].map((text) => client.post(c.token, c.conversationId, { type: 'message', text })));
    const page = await json(await client.list(c.token, c.conversationId, 1));
    const texts = (page.activities as { text: string }[]).map((a) => a.text);
    expect(texts).toHaveLength(6);
    for (let i = 0; i < 6; i += 2) expect(texts[i + 1]).toBe(`echo: ${texts[i]}`);
  });

  it('answers a failing turn with a kind message instead of an error', async () => {
    const c = await client.open('sv-SE');
    const { replies } = await client.say(c, { text: 'boom', locale: 'sv-SE' });
    expect(replies).toEqual([expect.objectContaining({ type: 'message', locale: 'sv-SE', text: expect.stringMatching(/något gick fel/i) })]);
    const after = await client.say(c, { text: 'igen', locale: 'sv-SE' });
    expect(after.replies[0]?.text).toBe('echo: igen');
  });

  describe('tokens', () => {
    it('a token opens only its own conversation', async () => {
      const a = await client.open();
      const b = await client.open();
      for (const res of [await client.list(a.token, b.conversationId), await client.post(a.token, b.conversationId, { type: 'message', text: 'hei' })]) {
        expect(res.status).toBe(403);
        expect(await json(res)).toMatchObject({ error: { code: 'forbidden-conversation' } });
      }
    });

    it('refuses a missing, a malformed and a forged token with 401', async () => {
      const c = await client.open();
      const forged = await createTokenService('another-secret-that-is-not-ours-0123456789').issue({ conversationId: c.conversationId });
      const missing = await fetch(`${server.url}/v3/directline/conversations/${c.conversationId}/activities`);
      expect(missing.status).toBe(401);
      expect(await json(missing)).toMatchObject({ error: { code: 'token-missing' } });
      for (const token of ['not-a-jwt', forged.token, `${c.token.slice(0, -4)}AAAA`]) {
        const res = await client.list(token, c.conversationId);
        expect(res.status).toBe(401);
        expect(await json(res)).toMatchObject({ error: { code: 'token-invalid', message: expect.any(String) } });
      }
    });

    it('refuses an expired token with 403', async () => {
      const c = await client.open();
      const anHourAgo = createTokenService(SECRET, () => Date.now() - 3_600_000);
      const expired = await anHourAgo.issue({ conversationId: c.conversationId });
      for (const res of [await client.list(expired.token, c.conversationId), await client.refresh(expired.token)]) {
        expect(res.status).toBe(403);
        expect(await json(res)).toMatchObject({ error: { code: 'token-expired' } });
      }
    });

    it('refreshes a token for the same conversation', async () => {
      const c = await client.open();
      const res = await client.refresh(c.token);
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body).toMatchObject({ conversationId: c.conversationId, expires_in: 1800 });
      const { replies } = await client.say({ ...c, token: body.token as string }, { text: 'uusi avain' });
      expect(replies[0]?.text).toBe('echo: uusi avain');
    });
  });

  describe('bad input gets a 4xx with a JSON error, and the service keeps chatting', () => {
    let c: Awaited<ReturnType<typeof client.open>>;
    beforeAll(async () => { c = await client.open(); });
    const activities = () => `${server.url}/v3/directline/conversations/${c.conversationId}/activities`;
    const send = (body: string, contentType = 'application/json') =>
      fetch(activities(), { method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': contentType }, body });

    it.each([
      ['malformed JSON', () => send('{"type": "message", "text": '), 400, 'bad-json'],
      ['a wrong content type', () => send('type=message&text=hei', 'application/x-www-form-urlencoded'), 415, 'unsupported-media-type'],
      ['a 1 MB body', () => send(JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) })), 413, 'payload-too-large'],
      ['an unknown activity type', () => send(JSON.stringify({ type: 'deleteEverything' })), 400, 'invalid-activity'],
      ['text over 10,000 characters', () => send(JSON.stringify({ type: 'message', text: 'a'.repeat(10_001) })), 400, 'invalid-activity'],
      ['a JSON array instead of an activity', () => send('[1,2,3]'), 400, 'invalid-activity'],
      ['a bad watermark', () => fetch(`${activities()}?watermark=abc`, { headers: { authorization: `Bearer ${c.token}` } }), 400, 'invalid-body'],
      ['an unknown route', () => fetch(`${server.url}/v3/directline/nothing-here`), 404, 'not-found'],
      ['an unknown conversation', () => fetch(`${server.url}/v3/directline/conversations/${c.conversationId}x/activities`, { headers: { authorization: `Bearer ${c.token}` } }), 403, 'forbidden-conversation'],
    ])('%s', async (_name, request, status, code) => {
      const res = await request();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(await json(res)).toMatchObject({ error: { code, message: expect.any(String) } });
    });

    it('still chats after all of that', async () => {
      const { replies } = await client.say(c, { text: 'vieläkö toimii?' });
      expect(replies[0]?.text).toBe('echo: vieläkö toimii?');
    });

    it('names the unknown activity type in the error', async () => {
      const body = await json(await send(JSON.stringify({ type: 'deleteEverything' })));
      expect((body.error as { message: string }).message).toContain('deleteEverything');
    });
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({ status: 'ready' });
  });
});

describe('readiness', () => {
  it('is not ready while the state store does not answer', async () => {
    const stores = { ...createMemoryStores(), health: { ping: async () => false } };
    const { luotsi, server } = await startApp({ bot: echo, stores });
    try {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await json(res)).toMatchObject({ error: { code: 'not-ready' } });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await luotsi.stores.close();
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the per-minute limit', async () => {
    const { luotsi, server } = await startApp({ bot: echo }, { RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await luotsi.stores.close();
    }
  });
});

describe('Direct Line with Luotsi\'s own bot', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;
  beforeAll(async () => {
    ({ luotsi, server } = await startApp({}));
    client = dl(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it.each([
    ['fi-FI', 'Hoidan muistisairasta äitiäni ja olen ihan uupunut', 'fi-FI'],
    ['sv-SE', 'Jag känner mig ensam på kvällarna', 'sv-SE'],
    ['en-US', 'I have debts I cannot pay', 'en-US'],
  ])('every activity it sends carries the locale it answered in (%s)', async (locale, text, expected) => {
    const c = await client.open(locale);
    const { replies } = await client.say(c, { text, locale });
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.locale).toBe(expected);
    const all = (await json(await client.list(c.token, c.conversationId))).activities as { from: { role: string }; locale?: string }[];
    for (const a of all.filter((x) => x.from.role === 'bot')) expect(['fi-FI', 'sv-SE', 'en-US']).toContain(a.locale);
  });
});
