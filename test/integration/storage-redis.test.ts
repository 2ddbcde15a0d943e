import { describe } from 'vitest';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { storageContract } from '../fixtures/storage-contract.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const available = await requireRedis('Redis storage contract');
describe.skipIf(!available)('Redis', () => {
  storageContract('redis', async (ttlMs) => {
    const prefix = testPrefix('contract');
    const stores = createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: ttlMs / 60_000 });
    for (let i = 0; i < 50 && !stores.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
    return {
      ...stores,
      async close() {
        // Leave the shared Redis as we found it.
        for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
        await stores.close();
      },
    };
  });
});
