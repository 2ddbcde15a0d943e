// The in-memory Direct Line transcript store against the shared transcript contract.
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { transcriptContract } from '../fixtures/transcript-contract.js';

transcriptContract('memory', async (maxKept) => createMemoryStores({ stateTtlMinutes: 1, maxKeptActivities: maxKept, sweepEveryMs: 100 }));
