// The turn lock's token fences state writes: a turn whose lease passed to another instance saves nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStores, LeaseLostError } from '../../adapters/storage/redis-stores.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const available = await requireRedis('Redis turn-lock fencing');
const prefix = testPrefix('fence');
const stores = available ? createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 1 }) : undefined;

afterAll(async () => {
  if (!stores) return;
  for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
  await stores.close();
});

describe.skipIf(!available)('fenced state writes', () => {
  it('saves while the turn holds its lock, refuses once another turn has taken it, and leaves the newer state alone', async () => {
    const s = stores!;
    for (let i = 0; i < 50 && !s.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
    const key = 'directline/conversations/c1/';
    await s.lock.withLock('c1', async () => {
      await s.storage.write({ [key]: { step: 1, eTag: '*' } });
      // The lease lapsed while this turn stalled, and a turn on another instance took the lock and saved.
      await s.client.set(`${prefix}lock:c1`, 'the-other-instances-token');
      const late = s.storage.write({ [key]: { step: 99, eTag: '*' } });
      await expect(late).rejects.toBeInstanceOf(LeaseLostError);
    });
    expect((await s.storage.read([key]))[key]).toMatchObject({ step: 1 });
    // Outside any turn a write is not fenced, as botbuilder's Storage contract expects.
    await s.storage.write({ [key]: { step: 3, eTag: '*' } });
    expect((await s.storage.read([key]))[key]).toMatchObject({ step: 3 });
  });
});
