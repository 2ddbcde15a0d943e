// The in-memory handover store against the shared contract, on an injected clock.
import { describe, expect, it } from 'vitest';
import { MemoryHandoverStore } from '../../adapters/storage/handover-stores.js';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { handoverStoreContract, ticket } from '../fixtures/handover-store-contract.js';

handoverStoreContract('memory', async () => {
  let now = Date.now();
  const store = new MemoryHandoverStore(() => now);
  return { store, advance: async (ms) => { now += ms; }, close: async () => undefined };
});

describe('memory handover store', () => {
  it('sweeps expired requests and their indexes', async () => {
    let now = 1_000;
    const store = new MemoryHandoverStore(() => now);
    await store.open(ticket(), 100);
    await store.open(ticket(), 10_000);
    expect(store.size).toBe(2);
    now += 500;
    store.sweep();
    expect(store.size).toBe(1);
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const store = new MemoryHandoverStore();
    const t = ticket();
    await store.open(t, 60_000);
    const read = await store.get(t.id);
    read!.situations.push('debt');
    t.filters.extra = 'x';
    expect((await store.get(t.id))?.situations).toEqual(['caregiver']);
    expect((await store.get(t.id))?.filters).toEqual({ format: 'phone' });
  });

  it('is part of the memory stores', async () => {
    const stores = createMemoryStores({ sweepEveryMs: 50 });
    const t = ticket();
    expect(await stores.handovers.open(t, 60_000)).toEqual({ position: 1 });
    expect((await stores.handovers.forConversation(t.conversationId))?.id).toBe(t.id);
    await stores.close();
  });
});
