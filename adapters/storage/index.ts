// Chooses the state stores: in memory for one instance (REDIS_URL unset), Redis when several instances share state.
import { createMemoryStores, type StateStores } from './memory-stores.js';
import { createRedisStores } from './redis-stores.js';

export type { StateStores } from './memory-stores.js';

export interface StoreConfig {
  redisUrl?: string | undefined;
  redisPrefix: string;
  stateTtlMinutes: number;
  onStatus?: (status: 'ready' | 'error' | 'reconnecting', detail?: string) => void;
}

export function createStores(config: StoreConfig): StateStores & { kind: 'memory' | 'redis' } {
  if (!config.redisUrl) return { ...createMemoryStores({ stateTtlMinutes: config.stateTtlMinutes }), kind: 'memory' };
  const stores = createRedisStores({ url: config.redisUrl, prefix: config.redisPrefix, stateTtlMinutes: config.stateTtlMinutes, ...(config.onStatus ? { onStatus: config.onStatus } : {}) });
  return { ...stores, kind: 'redis' };
}
