// Rate limits with several instances behind a load balancer: with Redis the counts are shared, so a client cannot
// multiply its allowance by the number of instances; with Redis gone the service keeps answering.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'shared-secret-of-every-instance-0123456789abcdef';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(env: Record<string, string>): Promise<{ luotsi: LuotsiApp; server: RunningServer }> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, { bot: new EchoBot() });
  if (!created.ok) throw new Error(created.errors.join('\n'));
  return { luotsi: created.luotsi, server: await created.luotsi.start(0) };
}

const hasRedis = await requireRedis('shared rate limits');
const prefix = testPrefix('ratelimit');
const running: Array<{ luotsi: LuotsiApp; server: RunningServer }> = [];

afterAll(async () => {
  for (const r of running) { await r.server.close(); await r.luotsi.stores.close(); }
  if (!hasRedis) return;
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.close();
});

describe.runIf(hasRedis)('rate limits shared through Redis', () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) running.push(await start({ REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '6', CONVERSATION_RATE_LIMIT_PER_MINUTE: '3' }));
    [a, b] = running.map((r) => r.server) as [RunningServer, RunningServer];
    for (const s of [a, b]) for (let i = 0; i < 100 && (await fetch(`${s.url}/readyz`)).status !== 200; i++) await sleep(20);
  });

  it('counts an address\'s requests on every instance together and answers 429 with Retry-After past the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${(i % 2 ? b : a).url}/privacy`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    for (const s of [a, b]) {
      const limited = await fetch(`${s.url}/privacy`);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
    }
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  });
});

describe('rate limits when Redis is unreachable', () => {
  it('keep answering instead of failing closed', async () => {
    const instance = await start({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: testPrefix('nolimit'), RATE_LIMIT_PER_MINUTE: '2' });
    running.push(instance);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${instance.server.url}/privacy`)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
});
