// Several Luotsi instances sharing one Redis carry one Direct Line conversation: history, dialog state,
// language and choices survive moving between instances and losing one; turns never race; state expires.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Activity } from 'botbuilder';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { createI18n } from '../../dialogs/i18n.js';
import { SUMMARY_TTL_SECONDS } from '../../dialogs/summary-code.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { dl, type DlConversation } from './helpers/directline-client.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'shared-secret-of-every-instance-0123456789abcdef';
const i18n = createI18n();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Instance { luotsi: LuotsiApp; server: RunningServer; client: ReturnType<typeof dl>; stop(): Promise<void> }

async function startInstance(prefix: string, extra: Record<string, string> = {}): Promise<Instance> {
  const parsed = parseConfig({
    LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, REDIS_URL, REDIS_PREFIX: prefix, ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, realKnowledge());
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  // Ready means the instance's Redis connection answers; only then does the load balancer send it residents.
  for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await sleep(20);
  let stopped = false;
  return {
    luotsi: created.luotsi, server, client: dl(server.url),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await created.luotsi.stores.close();
    },
  };
}

const all = (replies: Partial<Activity>[]) => JSON.stringify(replies);
const pendingQuestion = (replies: Partial<Activity>[]) => /"action":"answer","q":"([\w-]+)"/.exec(all(replies))?.[1];
const summaryCode = (replies: Partial<Activity>[]) => /\/summary\/([A-Z2-9]{6})/.exec(all(replies))?.[1];
const saveIds = (replies: Partial<Activity>[]) => [...all(replies).matchAll(/"action":"save","id":"([^"]+)"/g)].map((m) => m[1]!);

async function deleteKeys(prefix: string): Promise<void> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.close();
}

/** A Swedish need, the confirmation and the clarifying answers, each turn on the other instance. */
async function toResults(c: DlConversation, first: Instance, second: Instance): Promise<{ results: Partial<Activity>[]; asked: string[] }> {
  const instances = [first, second];
  let turn = 0;
  const say = (activity: Record<string, unknown>) => instances[turn++ % 2]!.client.say(c, activity);
  const understood = await say({ text: 'Jag vårdar min mamma som har demens och är helt utmattad' });
  expect(all(understood.replies)).toContain(i18n.t('sv', 'understood.title'));
  let { replies } = await say({ value: { action: 'confirm' } });
  const asked: string[] = [];
  for (let q = pendingQuestion(replies); q; q = pendingQuestion(replies)) {
    asked.push(q);
    // No locale on card answers: the conversation's language must come from the shared state.
    expect(all(replies)).toContain(i18n.t('sv', `questions.${q}.ask`));
    expect(asked.length).toBeLessThanOrEqual(2);
    ({ replies } = await say({ value: { action: 'answer', q, ...(q === 'municipality' ? { municipalityName: 'Vanda' } : { value: 'any' }) } }));
  }
  return { results: replies, asked };
}

const available = await requireRedis('Redis multi-instance tests');

describe.skipIf(!available)('two instances sharing one Redis', () => {
  const prefix = testPrefix('instances');
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    [a, b] = await Promise.all([startInstance(prefix), startInstance(prefix)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await deleteKeys(prefix);
  });

  it('carries one conversation alternately on both instances to results, in Swedish throughout', async () => {
    const c = await a.client.open('sv-SE');
    const { results, asked } = await toResults(c, a, b);
    expect(asked.length).toBeGreaterThan(0);
    expect(all(results)).toContain(i18n.t('sv', 'results.intro', { count: 3 }));
    expect(saveIds(results)).toHaveLength(3);
    expect(results.every((r) => r.locale === 'sv-SE')).toBe(true);
  });

  it('shows the same history from both instances, page by page with watermarks', async () => {
    const c = await b.client.open('sv-SE');
    await toResults(c, b, a);
    const fromA = await (await a.client.list(c.token, c.conversationId)).json() as { activities: Partial<Activity>[]; watermark: string };
    const fromB = await (await b.client.list(c.token, c.conversationId)).json() as { activities: Partial<Activity>[]; watermark: string };
    expect(fromB).toEqual(fromA);
    expect(Number(fromA.watermark)).toBe(fromA.activities.length);
    const ids = fromA.activities.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tail = await (await b.client.list(c.token, c.conversationId, 3)).json() as { activities: Partial<Activity>[]; watermark: string };
    expect(tail.activities).toEqual(fromA.activities.slice(3));
    expect(tail.watermark).toBe(fromA.watermark);
  });

  it('remembers what the resident saved on one instance when they save more on the other', async () => {
    const c = await a.client.open('sv-SE');
    const { results } = await toResults(c, a, b);
    const [first, second] = saveIds(results);
    const one = await a.client.say(c, { value: { action: 'save', id: first } });
    expect(all(one.replies)).toContain(i18n.t('sv', 'result.savedConfirm', { n: 1 }));
    const two = await b.client.say(c, { value: { action: 'save', id: second } });
    expect(all(two.replies)).toContain(i18n.t('sv', 'result.savedConfirm', { n: 2 }));
  });

  it('answers two messages sent at the same moment to different instances, in order, with neither update lost', async () => {
    const c = await a.client.open('sv-SE');
    const { results } = await toResults(c, b, a);
    const [first, second] = saveIds(results);
    const before = c.watermark;
    const posts = await Promise.all([
      a.client.post(c.token, c.conversationId, { type: 'message', value: { action: 'save', id: first } }),
      b.client.post(c.token, c.conversationId, { type: 'message', value: { action: 'save', id: second } }),
    ]);
    expect(posts.map((p) => p.status)).toEqual([200, 200]);
    const page = await (await b.client.list(c.token, c.conversationId, before)).json() as { activities: Partial<Activity>[] };
    // Each turn's echo is followed by its own reply before the other turn begins.
    const roles = page.activities.map((x) => x.from?.role);
    expect(roles).toEqual(['user', 'bot', 'user', 'bot']);
    expect(page.activities[1]?.replyToId).toBe(page.activities[0]?.id);
    expect(page.activities[3]?.replyToId).toBe(page.activities[2]?.id);
    expect(page.activities[1]?.text).toContain(i18n.t('sv', 'result.savedConfirm', { n: 1 }));
    expect(page.activities[3]?.text).toContain(i18n.t('sv', 'result.savedConfirm', { n: 2 }));

    c.watermark = Number((await (await a.client.list(c.token, c.conversationId)).json() as { watermark: string }).watermark);
    const summary = await a.client.say(c, { text: 'sammanfattning' });
    const code = summaryCode(summary.replies);
    expect(code).toBeDefined();
    expect((await b.luotsi.stores.summaries.get(code!))?.activityIds.sort()).toEqual([first, second].sort());
  });

  it('counts feedback in Redis, without any text, and npm run stats prints the counts', async () => {
    const c = await a.client.open('sv-SE');
    await toResults(c, a, b);
    await b.client.say(c, { value: { action: 'feedback', helpful: 'yes' } });
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'stats'], {
      env: { ...process.env, REDIS_URL, REDIS_PREFIX: prefix }, timeout: 30_000,
    });
    const stats = JSON.parse(stdout) as Record<string, Record<string, number>>;
    expect(stats.feedback).toEqual({ 'helpful=yes,lang=sv': 1 });
    expect(Object.keys(stats)).toEqual(['unmet_need', 'feedback']);
    expect(stdout).not.toMatch(/mamma|demens/);
  });

  it('loses nothing when the instance that served a turn is stopped: the other carries on', async () => {
    const c = await a.client.open('sv-SE');
    const understood = await a.client.say(c, { text: 'Jag vårdar min mamma som har demens och är helt utmattad' });
    expect(all(understood.replies)).toContain(i18n.t('sv', 'understood.title'));
    const historyOnA = await (await a.client.list(c.token, c.conversationId)).json();
    await a.stop();

    expect(await (await b.client.list(c.token, c.conversationId)).json()).toEqual(historyOnA);
    let { replies } = await b.client.say(c, { value: { action: 'confirm' } });
    for (let q = pendingQuestion(replies), n = 0; q && n < 3; q = pendingQuestion(replies), n++) {
      expect(all(replies)).toContain(i18n.t('sv', `questions.${q}.ask`));
      ({ replies } = await b.client.say(c, { value: { action: 'answer', q, value: 'any' } }));
    }
    expect(all(replies)).toContain(i18n.t('sv', 'results.intro', { count: 3 }));
    a = await startInstance(prefix);
  });
});

describe.skipIf(!available)('expiry in Redis', () => {
  const prefix = testPrefix('ttl');
  let instance: Instance | undefined;
  const redis = createClient({ url: REDIS_URL });

  beforeAll(async () => { await redis.connect(); });
  afterEach(async () => { await instance?.stop(); instance = undefined; });
  afterAll(async () => {
    await deleteKeys(prefix);
    await redis.close();
  });

  const keysOf = async (pattern: string) => {
    const found: string[] = [];
    for await (const keys of redis.scanIterator({ MATCH: pattern, COUNT: 500 })) found.push(...keys);
    return found;
  };

  it('keeps dialog state and the conversation log for STATE_TTL_MINUTES, and summaries for 14 days', async () => {
    instance = await startInstance(`${prefix}app:`, { STATE_TTL_MINUTES: '7' });
    const c = await instance.client.open('sv-SE');
    await toResults(c, instance, instance);
    const stateKeys = await keysOf(`${prefix}app:state:*`);
    const logKeys = await keysOf(`${prefix}app:dl:*`);
    expect(stateKeys.length).toBeGreaterThan(0);
    // The log, its first watermark and its "started" mark (see RedisConversationStore), all expiring together.
    expect(logKeys.length).toBe(3);
    for (const key of [...stateKeys, ...logKeys]) {
      const ttl = await redis.pTTL(key);
      expect(ttl, key).toBeLessThanOrEqual(7 * 60_000);
      expect(ttl, key).toBeGreaterThan(7 * 60_000 - 10_000);
    }

    const summary = await instance.client.say(c, { text: 'sammanfattning' });
    const code = summaryCode(summary.replies);
    expect(code).toBeDefined();
    const summaryTtl = await redis.pTTL(`${prefix}app:summary:${code}`);
    expect(summaryTtl).toBeLessThanOrEqual(SUMMARY_TTL_SECONDS * 1000);
    expect(summaryTtl).toBeGreaterThan(SUMMARY_TTL_SECONDS * 1000 - 10_000);
    expect(SUMMARY_TTL_SECONDS).toBe(14 * 24 * 3600);
  });

  it('forgets dialog state and the conversation log once the TTL passes without a turn', async () => {
    const stores = createRedisStores({ url: REDIS_URL, prefix: `${prefix}direct:`, stateTtlMinutes: 0.01 }); // 600 ms
    try {
      for (let i = 0; i < 100 && !stores.client.isReady; i++) await sleep(20);
      await stores.storage.write({ 'directline/conv/conversations/c1': { dialogState: { step: 1 } } });
      await stores.conversations.create('c1');
      await stores.conversations.append('c1', [{ type: 'message', text: 'hei' }]);
      expect(Object.keys(await stores.storage.read(['directline/conv/conversations/c1']))).toHaveLength(1);
      await sleep(900);
      expect(await stores.storage.read(['directline/conv/conversations/c1'])).toEqual({});
      expect(await stores.conversations.exists('c1')).toBe(false);
      expect((await stores.conversations.list('c1', 0)).activities).toEqual([]);
      expect(await keysOf(`${prefix}direct:*`)).toEqual([]);
    } finally {
      await stores.close();
    }
  });
});
