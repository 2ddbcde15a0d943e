// The Redis handover store against the shared contract, and what only Redis can show: several connections (instances)
// racing, a restart, and data it did not write itself.
import { afterAll, describe, expect, it } from 'vitest';
import { RedisHandoverStore } from '../../adapters/storage/handover-stores.js';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { handoverStoreContract, ticket } from '../fixtures/handover-store-contract.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

type Stores = ReturnType<typeof createRedisStores>;

async function connect(prefix: string): Promise<Stores> {
  const stores = createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 1 });
  for (let i = 0; i < 100 && !stores.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
  return stores;
}

/** Leaves the shared Redis as we found it: only this prefix's keys. */
async function clean(stores: Stores, prefix: string): Promise<void> {
  for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const available = await requireRedis('Redis handover store');
describe.skipIf(!available)('Redis', () => {
  handoverStoreContract('redis', async () => {
    const prefix = testPrefix('handover');
    const stores = await connect(prefix);
    return {
      store: stores.handovers,
      advance: sleep,
      async close() { await clean(stores, prefix); await stores.close(); },
    };
  });

  describe('Redis handover store', () => {
    const prefix = testPrefix('handover-x');
    const opened: Stores[] = [];
    const open = async () => { const s = await connect(prefix); opened.push(s); return s; };
    afterAll(async () => {
      if (opened[0]) await clean(opened[0], prefix);
      for (const s of opened) await s.close();
    });

    it('keeps the queue across a restart (a new connection over the same prefix)', async () => {
      const first = await open();
      const queue = { serviceUrl: 'https://smba.example/emea/', channelId: '19:queue@thread.tacv2', lang: 'fi' as const, registeredAt: 1 };
      await first.handovers.setQueue(queue);
      const t = ticket();
      await first.handovers.open(t, 60_000);
      await first.close();
      opened.shift();
      const second = await open();
      expect(await second.handovers.getQueue()).toEqual(queue);
      expect(await second.handovers.get(t.id)).toEqual(t);
      expect(await second.client.pTTL(`${prefix}ho:queue`)).toBe(-1);
      const ttl = await second.client.pTTL(`${prefix}ho:t:${t.id}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it('lets one of two instances accept, and opens one request of two racing instances', async () => {
      const [a, b] = [await open(), await open()];
      const t = ticket();
      await a.handovers.open(t, 60_000);
      const accepted = await Promise.all([
        a.handovers.transition(t.id, ['waiting'], 'active', { staff: { id: 'a', name: 'A' } }),
        b.handovers.transition(t.id, ['waiting'], 'active', { staff: { id: 'b', name: 'B' } }),
      ]);
      expect(accepted.filter(Boolean)).toHaveLength(1);
      const x = ticket();
      const y = ticket({ conversationId: x.conversationId });
      const results = await Promise.all([a.handovers.open(x, 60_000), b.handovers.open(y, 60_000)]);
      expect(results.filter((r) => 'position' in r)).toHaveLength(1);
    });

    it('drops what it cannot read, and a conversation is not stuck behind it', async () => {
      const s = await open();
      const store = new RedisHandoverStore(s.client, prefix);
      await s.client.set(`${prefix}ho:t:broken`, '{"id":"broken","state":"waiting"');
      await s.client.set(`${prefix}ho:t:odd`, JSON.stringify({ id: 'odd', state: 'waiting', conversationId: 'conv-odd', lang: 'de' }), { expiration: { type: 'PX', value: 60_000 } });
      await s.client.set(`${prefix}ho:conv:conv-odd`, 'odd', { expiration: { type: 'PX', value: 60_000 } });
      await s.client.zAdd(`${prefix}ho:due`, [{ score: 1, value: 'odd' }, { score: 2, value: 'gone' }]);
      await s.client.set(`${prefix}ho:queue`, '{"channelId":42}');
      expect(await store.get('broken')).toBeUndefined();
      expect(await store.get('odd')).toBeUndefined();
      expect(await store.getQueue()).toBeUndefined();
      expect(await store.forConversation('conv-odd')).toBeUndefined();
      expect(await store.transition('broken', ['waiting'], 'active')).toBeUndefined();
      expect(await store.due(10)).toEqual([]);
      expect(await s.client.zScore(`${prefix}ho:due`, 'odd')).toBeNull();
      expect(await s.client.zScore(`${prefix}ho:due`, 'gone')).toBeNull();
      const t = ticket({ conversationId: 'conv-odd' });
      expect(await store.open(t, 60_000)).toEqual({ position: expect.any(Number) });
      expect((await store.forConversation('conv-odd'))?.id).toBe(t.id);
    });

    it('keeps keys under its prefix: ticket, conversation, thread, line and deadlines', async () => {
      const s = await open();
      const t = ticket();
      await s.handovers.open(t, 60_000);
      await s.handovers.transition(t.id, ['waiting'], 'waiting', { card: { activityId: 'c1', threadId: '19:q;messageid=c1', serviceUrl: 'https://smba.example/', channelId: '19:q' } });
      expect(await s.client.get(`${prefix}ho:conv:${t.conversationId}`)).toBe(t.id);
      expect(await s.client.get(`${prefix}ho:thread:19:q;messageid=c1`)).toBe(t.id);
      expect(await s.client.zScore(`${prefix}ho:waiting`, t.id)).toBe(t.createdAt);
      expect(await s.client.zScore(`${prefix}ho:due`, t.id)).toBe(t.deadline);
      expect(await s.client.pTTL(`${prefix}ho:thread:19:q;messageid=c1`)).toBeGreaterThan(0);
    });
  });
});
