import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { storageContract } from '../fixtures/storage-contract.js';

storageContract('memory', async (ttlMs) => createMemoryStores({ stateTtlMinutes: ttlMs / 60_000, sweepEveryMs: 100 }));
