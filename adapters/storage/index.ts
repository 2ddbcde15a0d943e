// Chooses the state stores: in memory for one instance (REDIS_URL unset), Redis when several instances share state.
import { createMemoryStores, type StateStores } from './memory-stores.js';
import { createRedisStores } from './redis-stores.js';
import { ACTIVITY_SKELETON, createTranscriptCodec } from './transcript-codec.js';

export type { StateStores } from './memory-stores.js';

export interface StoreConfig {
  redisUrl?: string | undefined;
  redisPrefix: string;
  stateTtlMinutes: number;
  onStatus?: (status: 'ready' | 'error' | 'reconnecting', detail?: string) => void;
  /** Texts the bot's activities repeat (catalogue names, locale strings), for compressing in-memory transcripts. */
  transcriptTexts?: readonly string[];
}

export function createStores(config: StoreConfig): StateStores & { kind: 'memory' | 'redis' } {
  if (!config.redisUrl) {
    const transcriptCodec = createTranscriptCodec([...(config.transcriptTexts ?? []), ACTIVITY_SKELETON]);
    return { ...createMemoryStores({ stateTtlMinutes: config.stateTtlMinutes, transcriptCodec }), kind: 'memory' };
  }
  const stores = createRedisStores({ url: config.redisUrl, prefix: config.redisPrefix, stateTtlMinutes: config.stateTtlMinutes, ...(config.onStatus ? { onStatus: config.onStatus } : {}) });
  return { ...stores, kind: 'redis' };
}
