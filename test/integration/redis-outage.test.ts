// Redis lost and regained under a running Luotsi (its own redis-server on a spare port): readiness follows
// Redis, a resident mid-conversation gets a kind message with the crisis numbers, and the service resumes by itself.
import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createI18n } from '../../dialogs/i18n.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { dl } from './helpers/directline-client.js';
import { ownRedis, redisServerAvailable, sparePort, type OwnRedis } from './own-redis.js';

const SECRET = 'outage-test-secret-of-every-instance-0123456789';
const i18n = createI18n();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Running { luotsi: LuotsiApp; server: RunningServer; logLines: Record<string, unknown>[]; stop(): Promise<void> }

async function startOn(redisUrl: string): Promise<Running> {
  const parsed = parseConfig({ LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, REDIS_URL: redisUrl, REDIS_PREFIX: 'luotsi-outage:' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>); done(); } });
  const created = await createApp(parsed.config, { ...realKnowledge(), logger: pino({ level: 'info' }, sink) });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  return {
    luotsi: created.luotsi, server, logLines,
    async stop() { await server.close(); await created.luotsi.stores.close(); },
  };
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await sleep(50);
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

const status = async (url: string) => (await fetch(url)).status;
const storeLines = (lines: Record<string, unknown>[], level: number) => lines.filter((l) => l.msg === 'state store' && l.level === level);

const available = await redisServerAvailable();
if (!available) console.warn('SKIPPED Redis outage tests: redis-server is not installed');

describe.skipIf(!available)('Redis lost and regained during a conversation', () => {
  let redis: OwnRedis;
  let app: Running;

  beforeAll(async () => {
    redis = await ownRedis();
    await redis.start();
    app = await startOn(redis.url);
    await until('ready', async () => (await status(`${app.server.url}/readyz`)) === 200, 5_000);
  });
  afterAll(async () => {
    await app?.stop();
    await redis?.stop();
  });

  it('tells the resident kindly, with 112 and the crisis line, and picks up again when Redis is back', async () => {
    const client = dl(app.server.url);
    const c = await client.open('fi-FI');
    const understood = await client.say(c, { text: 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut' });
    expect(JSON.stringify(understood.replies)).toContain(i18n.t('fi', 'understood.title'));

    await redis.stop();
    const notReadyAfter = await until('readyz 503', async () => (await status(`${app.server.url}/readyz`)) === 503, 2_000);
    expect(notReadyAfter).toBeLessThan(1_500);
    expect(await status(`${app.server.url}/healthz`)).toBe(200);

    const started = Date.now();
    const post = await client.post(c.token, c.conversationId, { type: 'message', text: 'Vantaalla', channelData: { clientActivityID: 'during-outage-1' } });
    expect(post.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_500);
    const page = await (await client.list(c.token, c.conversationId, c.watermark)).json() as { activities: Partial<Activity>[]; watermark: string };
    // Web Chat needs its own message echoed, or it shows "send failed".
    expect(page.activities[0]?.channelData).toMatchObject({ clientActivityID: 'during-outage-1' });
    const reply = page.activities[1];
    expect(reply?.from?.role).toBe('bot');
    expect(reply?.text).toContain('112');
    expect(reply?.text).toContain('09 2525 0111');
    expect(reply?.text).toMatch(/häiriö/);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toContain(i18n.t('fi', 'actions.startOver'));
    // Delivered once: the next poll has nothing new, and nothing failed with a 5xx.
    const again = await client.list(c.token, c.conversationId, page.watermark);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { activities: unknown[] }).activities).toEqual([]);
    const newcomer = await fetch(`${app.server.url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(newcomer.status).toBe(503);
    expect(await newcomer.json()).toMatchObject({ error: { code: 'state-unavailable' } });

    await redis.start();
    await until('readyz 200 again', async () => (await status(`${app.server.url}/readyz`)) === 200, 6_000);
    // This Redis kept nothing (no persistence): the resident starts over in the same conversation.
    const fresh = await client.say(c, { text: i18n.t('fi', 'actions.startOver') });
    expect(JSON.stringify(fresh.replies)).toContain(i18n.t('fi', 'startOver.done'));
    const need = await client.say(c, { text: 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut' });
    expect(JSON.stringify(need.replies)).toContain(i18n.t('fi', 'understood.title'));
    expect(storeLines(app.logLines, 40)).toHaveLength(1);
  });
});

describe.skipIf(!available)('Redis down when the service starts', () => {
  let redis: OwnRedis | undefined;
  let app: Running | undefined;
  afterEach(async () => {
    await app?.stop();
    await redis?.stop();
  });

  it('starts anyway, is not ready, says so once in the log, and becomes ready when Redis comes up', async () => {
    const port = await sparePort();
    app = await startOn(`redis://127.0.0.1:${port}`);
    expect(await status(`${app.server.url}/healthz`)).toBe(200);
    expect(await status(`${app.server.url}/readyz`)).toBe(503);
    await sleep(1_500); // several reconnection attempts
    const warnings = storeLines(app.logLines, 40);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.detail)).toContain(`127.0.0.1:${port}`);
    expect(String(warnings[0]?.detail)).toMatch(/retry/i);

    redis = await ownRedis(port);
    await redis.start();
    await until('readyz 200', async () => (await status(`${app!.server.url}/readyz`)) === 200, 6_000);
    expect(storeLines(app.logLines, 30)).toHaveLength(1);
    const c = await dl(app.server.url).open('en-US');
    const { replies } = await dl(app.server.url).say(c, { text: 'I look after my mother who has dementia and I am exhausted' });
    expect(JSON.stringify(replies)).toContain(i18n.t('en', 'understood.title'));
  });
});
