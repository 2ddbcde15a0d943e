// The Redis Direct Line transcript store against the shared transcript contract, and its notifications between two
// instances: an append or a revocation on one reaches the listeners of the other, and a reconnect asks them to look again.
import { describe, expect, it } from 'vitest';
import type { ConversationChange } from '../../adapters/storage/contracts.js';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { transcriptContract } from '../fixtures/transcript-contract.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const available = await requireRedis('Redis transcript contract');

async function open(prefix: string, maxKept = 100) {
  const stores = createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 1, maxKeptActivities: maxKept });
  for (let i = 0; i < 100 && !stores.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
  return stores;
}

async function cleanUp(stores: Awaited<ReturnType<typeof open>>, prefix: string): Promise<void> {
  for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
}

const until = async (check: () => boolean, ms = 3_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('not within the time allowed');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.skipIf(!available)('Redis', () => {
  transcriptContract('redis', async (maxKept) => {
    const prefix = testPrefix('transcript');
    const stores = await open(prefix, maxKept);
    return { ...stores, async close() { await cleanUp(stores, prefix); await stores.close(); } };
  });

  it('tells a listener on another instance of appends and revocations, and asks it to look again after a reconnect', async () => {
    const prefix = testPrefix('transcript-two');
    const [a, b] = [await open(prefix), await open(prefix)];
    try {
      const heard: ConversationChange[] = [];
      b.conversations.onChange((change) => heard.push(change));
      await until(() => heard.some((c) => c.kind === 'resync'));
      await a.conversations.create('x');
      await a.conversations.append('x', [{ type: 'message', text: 'from a' }]);
      await until(() => heard.some((c) => c.kind === 'appended' && c.conversationId === 'x'));
      await a.conversations.revoke('x', { firstWatermark: 1, keep: [], graceMs: 1_000, rememberMs: 1_000 });
      await until(() => heard.some((c) => c.kind === 'revoked' && c.conversationId === 'x'));
      // Its notification connection drops: once back, the listener is told to look at everything again.
      const resyncs = heard.filter((c) => c.kind === 'resync').length;
      // Only this test's own subscriber (named by its prefix): the shared Redis serves others too.
      const subscriber = (await a.client.sendCommand<string>(['CLIENT', 'LIST', 'TYPE', 'pubsub'])).split('\n')
        .find((line) => line.includes(` name=${prefix}dl-changes `));
      const id = /\bid=(\d+)/.exec(subscriber ?? '')?.[1];
      expect(id).toBeDefined();
      await a.client.sendCommand(['CLIENT', 'KILL', 'ID', id!]);
      await until(() => heard.filter((c) => c.kind === 'resync').length > resyncs, 10_000);
      heard.length = 0;
      await a.conversations.append('x', [{ type: 'message', text: 'after the reconnect' }]);
      await until(() => heard.some((c) => c.kind === 'appended'));
    } finally {
      await cleanUp(a, prefix);
      await a.close();
      await b.close();
    }
  });
});
