// In-memory state for a single instance and for development: the same semantics as the Redis stores,
// including eTag compare-and-set and sliding expiry, so nothing about a resident lingers.
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { plainCodec, type TranscriptCodec } from './transcript-codec.js';
import type { ConversationStore, CounterStore, HealthCheck, SummaryRecord, SummaryStore, TurnLock } from './contracts.js';

interface Entry { json: string; eTag: string; expiresAt: number }

export class EtagConflictError extends Error {
  readonly code = 'etag-conflict';
  constructor(key: string) {
    super(`Storage: eTag conflict writing "${key}"`);
  }
}

/** A TTL map swept lazily on access and periodically, so memory stays bounded after conversations end. */
class ExpiringMap<V> {
  private readonly map = new Map<string, { value: V; expiresAt: number }>();
  constructor(private readonly now: () => number) {}
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) { this.map.delete(key); return undefined; }
    return e.value;
  }
  set(key: string, value: V, ttlMs: number): void { this.map.set(key, { value, expiresAt: this.now() + ttlMs }); }
  touch(key: string, ttlMs: number): void { const e = this.map.get(key); if (e) e.expiresAt = this.now() + ttlMs; }
  delete(key: string): void { this.map.delete(key); }
  sweep(): void { const t = this.now(); for (const [k, e] of this.map) if (e.expiresAt <= t) this.map.delete(k); }
  get size(): number { return this.map.size; }
}

let etagCounter = 0;
const newEtag = () => `${Date.now().toString(36)}-${(++etagCounter).toString(36)}`;

/** botbuilder Storage with eTags (a stale eTag fails; "*" or none writes) and a sliding TTL. */
export class MemoryStorage implements Storage {
  private readonly items: ExpiringMap<Entry>;
  constructor(private readonly ttlMs: number, now: () => number = Date.now) {
    this.items = new ExpiringMap(now);
  }
  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const e = this.items.get(key);
      if (!e) continue;
      this.items.touch(key, this.ttlMs);
      out[key] = { ...JSON.parse(e.json), eTag: e.eTag };
    }
    return out;
  }
  async write(changes: StoreItems): Promise<void> {
    // Check every eTag first so a multi-key write is all or nothing.
    for (const [key, item] of Object.entries(changes)) {
      const tag = (item as { eTag?: string }).eTag;
      const current = this.items.get(key);
      if (tag && tag !== '*' && (!current || current.eTag !== tag)) throw new EtagConflictError(key);
    }
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: _ignored, ...rest } = item as Record<string, unknown>;
      this.items.set(key, { json: JSON.stringify(rest), eTag: newEtag(), expiresAt: 0 }, this.ttlMs);
    }
  }
  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
  sweep(): void { this.items.sweep(); }
  get size(): number { return this.items.size; }
}

/** Activities are kept as (compressed) JSON text, as Redis keeps them: a card-heavy transcript in a tiny fraction of its object graph. */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations: ExpiringMap<{ base: number; activities: string[] }>;
  constructor(private readonly ttlMs: number, now: () => number = Date.now, private readonly codec: TranscriptCodec = plainCodec) {
    this.conversations = new ExpiringMap(now);
  }
  async create(id: string, options: { firstWatermark?: number } = {}): Promise<boolean> {
    if (this.conversations.get(id)) return false;
    this.conversations.set(id, { base: Math.max(0, Math.floor(options.firstWatermark ?? 0)), activities: [] }, this.ttlMs);
    return true;
  }
  async exists(id: string): Promise<boolean> { return this.conversations.get(id) !== undefined; }
  async append(id: string, activities: Partial<Activity>[]): Promise<number> {
    const log = this.conversations.get(id) ?? { base: 0, activities: [] };
    log.activities.push(...activities.map((a) => this.codec.encode(JSON.stringify(a))));
    this.conversations.set(id, log, this.ttlMs);
    return log.base + log.activities.length;
  }
  async list(id: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const log = this.conversations.get(id) ?? { base: 0, activities: [] };
    const from = Math.max(0, Math.min(Math.floor(watermark) - log.base, log.activities.length));
    return { activities: log.activities.slice(from).map((a) => JSON.parse(this.codec.decode(a)) as Partial<Activity>), watermark: log.base + log.activities.length };
  }
  async delete(id: string): Promise<void> { this.conversations.delete(id); }
  sweep(): void { this.conversations.sweep(); }
}

export class MemorySummaryStore implements SummaryStore {
  private readonly records: ExpiringMap<SummaryRecord>;
  constructor(now: () => number = Date.now) { this.records = new ExpiringMap(now); }
  async put(record: SummaryRecord, ttlSeconds: number): Promise<void> { this.records.set(record.code, { ...record }, ttlSeconds * 1000); }
  async get(code: string): Promise<SummaryRecord | undefined> { return this.records.get(code); }
  sweep(): void { this.records.sweep(); }
}

/** Stable label key: "municipality=092,situation=caregiver" regardless of insertion order. */
export function labelKey(labels: Record<string, string>): string {
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join(',');
}

export class MemoryCounterStore implements CounterStore {
  private readonly counts = new Map<string, Map<string, number>>();
  async increment(name: string, labels: Record<string, string>): Promise<void> {
    const byLabel = this.counts.get(name) ?? new Map<string, number>();
    const key = labelKey(labels);
    byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
    this.counts.set(name, byLabel);
  }
  async read(name: string): Promise<Record<string, number>> {
    return Object.fromEntries(this.counts.get(name) ?? []);
  }
}

/** One promise chain per key: turns of a conversation run one after another within this process. */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();
  async withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(fn);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

export interface StateStores {
  storage: Storage;
  conversations: ConversationStore;
  summaries: SummaryStore;
  counters: CounterStore;
  lock: TurnLock;
  health: HealthCheck;
  /** Stops background work (sweeps, connections). */
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  stateTtlMinutes?: number; now?: () => number; sweepEveryMs?: number;
  /** Compresses transcripts in memory (see transcript-codec.ts); plain JSON when unset. */
  transcriptCodec?: TranscriptCodec;
}

export function createMemoryStores(options: MemoryStoreOptions = {}): StateStores {
  const ttlMs = (options.stateTtlMinutes ?? 30) * 60_000;
  const now = options.now ?? Date.now;
  const storage = new MemoryStorage(ttlMs, now);
  const conversations = new MemoryConversationStore(ttlMs, now, options.transcriptCodec);
  const summaries = new MemorySummaryStore(now);
  const timer = setInterval(() => { storage.sweep(); conversations.sweep(); summaries.sweep(); }, options.sweepEveryMs ?? 60_000);
  timer.unref();
  return {
    storage, conversations, summaries,
    counters: new MemoryCounterStore(),
    lock: new MemoryTurnLock(),
    health: { ping: async () => true },
    close: async () => clearInterval(timer),
  };
}
