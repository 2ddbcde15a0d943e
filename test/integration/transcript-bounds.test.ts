// Transcripts stay bounded however a client posts: 200 maximal posts keep a conversation's log (in memory and in a real
// Redis list) to its last MAX_KEPT_ACTIVITIES small activities, a watermark=0 read hands out one bounded page, the
// client pages through the rest with the watermarks it gets, and reading never keeps a transcript alive.
import type { Activity } from 'botbuilder';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { MAX_KEPT_ACTIVITIES, PAGE_MAX_ACTIVITIES, PAGE_MAX_BYTES } from '../../adapters/storage/contracts.js';
import { dl, type DlConversation } from './helpers/directline-client.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'bounds-test-secret-for-direct-line-tokens-0123456789';
const hasRedis = await requireRedis('transcript bounds in Redis');

/** As large as the activity schema and the 64 kB body limit allow, in every field a client may send. */
function maximalPost(i: number): Record<string, unknown> {
  return {
    type: 'message',
    text: `${i} ${'ä'.repeat(9_990)}`,
    value: { action: 'answer', note: 'v'.repeat(15_000) },
    channelData: { clientActivityID: `client-${i}`, filler: 'c'.repeat(7_500) },
    entities: [{ type: 'Filler', data: 'e'.repeat(7_500) }],
    attachments: [{ contentType: 'text/plain', content: 'a'.repeat(9_000) }],
  };
}

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');
type Page = { activities: Partial<Activity>[]; watermark: string };

describe.each([
  ['memory', false],
  ['Redis', true],
])('a conversation flooded with 200 maximal posts (%s)', (_name, redis) => {
  const prefix = testPrefix('bounds');
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;
  let c: DlConversation;
  let firstPost: number;

  beforeAll(async () => {
    if (redis && !hasRedis) return;
    const parsed = parseConfig({
      LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET,
      ...(redis ? { REDIS_URL, REDIS_PREFIX: prefix } : {}),
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const created = await createApp(parsed.config, { bot: new EchoBot() });
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
    for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 20));
    client = dl(server.url);
    c = await client.open();
    firstPost = c.watermark;
    for (let i = 0; i < 200; i++) {
      const res = await client.post(c.token, c.conversationId, maximalPost(i));
      if (res.status !== 200) throw new Error(`post ${i} answered ${res.status}: ${await res.text()}`);
    }
  }, 120_000);
  afterAll(async () => {
    if (!luotsi) return;
    await server.close();
    await luotsi.stores.close();
    if (!redis) return;
    const r = createClient({ url: REDIS_URL });
    await r.connect();
    for await (const keys of r.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await r.del(keys);
    await r.close();
  });

  it.skipIf(redis && !hasRedis)('keeps only the last 100 activities, each without what neither the bot nor Web Chat needs', async () => {
    const { activities, watermark } = await luotsi.stores.conversations.list(c.conversationId, 0);
    expect(activities).toHaveLength(MAX_KEPT_ACTIVITIES);
    // 1 greeting + 200 × (echo + reply): the log moved on past everything dropped.
    expect(watermark).toBe(firstPost + 400);
    // The newest are kept: the last post and its reply close the log.
    expect(activities.at(-2)?.text).toMatch(/^199 /);
    expect(activities.at(-1)?.text).toMatch(/^echo: 199 /);
    for (const a of activities.filter((x) => x.from?.role === 'user')) {
      expect(a).not.toHaveProperty('entities');
      expect(a).not.toHaveProperty('attachments');
      expect(a).not.toHaveProperty('value');
      expect(a.channelData).toEqual({ clientActivityID: expect.stringMatching(/^client-\d+$/) });
      // The text (up to 10,000 characters) and a little bookkeeping; the post itself was some 60 kB.
      expect(bytes(a)).toBeLessThan(21_000);
    }
    expect(bytes(activities)).toBeLessThan(MAX_KEPT_ACTIVITIES * 21_000);
  });

  it.runIf(redis && hasRedis)('keeps the Redis list itself to 100 entries and about 2 MB, expiring with its conversation', async () => {
    const r = createClient({ url: REDIS_URL });
    await r.connect();
    try {
      const log = `${prefix}dl:log:${c.conversationId}`;
      const meta = `${prefix}dl:meta:${c.conversationId}`;
      expect(await r.lLen(log)).toBe(MAX_KEPT_ACTIVITIES);
      const stored = await r.lRange(log, 0, -1);
      const total = stored.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
      expect(total).toBeLessThan(2.1 * 1024 * 1024);
      // The 200 posts were some 12 MB as sent.
      expect(total).toBeLessThan(200 * bytes(maximalPost(0)) / 5);
      for (const key of [log, meta]) {
        const ttl = await r.pTTL(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(30 * 60_000);
      }
      // Reading (polling) never keeps a transcript alive: only the resident's own activity does.
      await r.pExpire(log, 20_000);
      await r.pExpire(meta, 20_000);
      for (let i = 0; i < 5; i++) expect((await client.list(c.token, c.conversationId, 0)).status).toBe(200);
      expect(await r.pTTL(log)).toBeLessThanOrEqual(20_000);
      expect(await r.pTTL(meta)).toBeLessThanOrEqual(20_000);
      await r.pExpire(log, 30 * 60_000);
      await r.pExpire(meta, 30 * 60_000);
    } finally {
      await r.close();
    }
  });

  it.skipIf(redis && !hasRedis)('answers a watermark=0 read with one bounded page, and the client pages through the rest with the watermarks it gets', async () => {
    const first = await client.list(c.token, c.conversationId, 0);
    expect(first.status).toBe(200);
    const body = await first.text();
    const page = JSON.parse(body) as Page;
    expect(page.activities.length).toBeGreaterThan(0);
    expect(page.activities.length).toBeLessThanOrEqual(PAGE_MAX_ACTIVITIES);
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThan(PAGE_MAX_BYTES + 4 * 1024);
    const end = firstPost + 400;
    expect(Number(page.watermark)).toBeLessThan(end);
    // As a polling client does: ask again from the watermark given, until nothing is left.
    const seen = [...page.activities];
    let watermark = page.watermark;
    for (let i = 0; i < 20; i++) {
      const next = (await (await client.list(c.token, c.conversationId, watermark)).json()) as Page;
      if (next.activities.length === 0) { expect(next.watermark).toBe(watermark); break; }
      seen.push(...next.activities);
      watermark = next.watermark;
    }
    expect(Number(watermark)).toBe(end);
    expect(seen).toHaveLength(MAX_KEPT_ACTIVITIES);
    expect(new Set(seen.map((a) => a.id)).size).toBe(MAX_KEPT_ACTIVITIES);
    const seq = seen.map((a) => Number(String(a.id).split('|')[1]));
    expect(seq).toEqual(seq.map((_, i) => end - MAX_KEPT_ACTIVITIES + i));
  });

  it.skipIf(redis && !hasRedis)('still answers the resident normally after the flood', async () => {
    c.watermark = firstPost + 400;
    const { replies } = await client.say(c, { text: 'vieläkö toimii?' });
    expect(replies[0]?.text).toBe('echo: vieläkö toimii?');
  });
});
