// In-memory state for a single instance and for development: the same semantics as the Redis stores,
// including eTag compare-and-set and sliding expiry, so nothing about a resident lingers.
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { plainCodec, type TranscriptCodec } from './transcript-codec.js';
import { MemoryHandoverStore } from './handover-stores.js';
import { EventEmitter } from 'node:events';
import {
  MAX_KEPT_ACTIVITIES, type ConversationChange, type ConversationStatus, type ConversationStore, type CounterStore, type HealthCheck, type HeldLock,
  type HandoverStore, type PageBounds, type RevokeOptions, type SummaryRecord, type SummaryStore, type TurnLock,
} from './contracts.js';

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
      out[key] = { ...(JSON.parse(e.json) as object), eTag: e.eTag };
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

/**
 * What a conversation's transcript holds: its first watermark, the activities after it as JSON text, and from which
 * watermark on they are still uncompressed (see MemoryConversationStore).
 */
interface Log { base: number; activities: string[]; plainFrom?: number; started?: boolean; summaries?: Set<string> }

/**
 * Activities are kept as (compressed) JSON text, as Redis keeps them: a card-heavy transcript in a tiny fraction of its
 * object graph. The newest are compressed once their client has read them (or when the next ones come, if it has not),
 * so the read that follows a turn gets them as they are instead of inflating what the turn has just deflated.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations: ExpiringMap<Log>;
  /** Revoked conversation ids and when the revocation stops mattering (every token issued before it has expired). */
  private readonly revoked: ExpiringMap<true>;
  private readonly changes = new EventEmitter();
  constructor(
    private readonly ttlMs: number, now: () => number = Date.now, private readonly codec: TranscriptCodec = plainCodec,
    private readonly maxKept: number = MAX_KEPT_ACTIVITIES,
  ) {
    this.conversations = new ExpiringMap(now);
    this.revoked = new ExpiringMap(now);
    // One listener per open stream hub; not a leak.
    this.changes.setMaxListeners(0);
  }
  async create(id: string, options: { firstWatermark?: number } = {}): Promise<boolean> {
    if (this.conversations.get(id)) return false;
    this.conversations.set(id, { base: Math.max(0, Math.floor(options.firstWatermark ?? 0)), activities: [] }, this.ttlMs);
    return true;
  }
  async exists(id: string): Promise<boolean> { return this.conversations.get(id) !== undefined; }
  async status(id: string): Promise<ConversationStatus> {
    const log = this.conversations.get(id);
    if (this.revoked.get(id)) return { state: 'revoked', readable: log !== undefined };
    return log ? { state: 'open' } : { state: 'missing' };
  }
  async start(id: string): Promise<boolean> {
    const log = this.conversations.get(id);
    if (!log || log.started) return false;
    log.started = true;
    return true;
  }
  async append(id: string, activities: Partial<Activity>[]): Promise<number> {
    // A revoked conversation takes activities only during its grace, and its expiry does not move (see the Redis store).
    const revoked = this.revoked.get(id) === true;
    const existing = this.conversations.get(id);
    if (revoked && !existing) return 0;
    const log: Log = existing ?? { base: 0, activities: [] };
    this.compress(log, log.base + log.activities.length);
    log.plainFrom = log.base + log.activities.length;
    log.activities.push(...activities.map((a) => JSON.stringify(a)));
    const over = log.activities.length - this.maxKept;
    if (over > 0) { log.activities.splice(0, over); log.base += over; }
    if (!revoked) this.conversations.set(id, log, this.ttlMs);
    this.changes.emit('change', { kind: 'appended', conversationId: id } satisfies ConversationChange);
    return log.base + log.activities.length;
  }
  async list(id: string, watermark: number, page: PageBounds = {}): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const { activities, watermark: next } = await this.listJson(id, watermark, page);
    return { activities: activities.map((a) => JSON.parse(a) as Partial<Activity>), watermark: next };
  }
  async listJson(id: string, watermark: number, page: PageBounds = {}): Promise<{ activities: string[]; watermark: number }> {
    const log = this.conversations.get(id) ?? { base: 0, activities: [] };
    const from = Math.max(0, Math.min(Math.floor(watermark) - log.base, log.activities.length));
    const slice = log.activities.slice(from, from + (page.limit ?? log.activities.length)).map((a) => this.codec.decode(a));
    const kept = withinBytes(slice, page.maxBytes);
    this.compress(log, log.base + from + kept.length);
    return { activities: kept, watermark: log.base + from + kept.length };
  }

  /** Compresses the log's uncompressed activities before watermark `until`. */
  private compress(log: Log, until: number): void {
    if (log.plainFrom === undefined || until <= log.plainFrom) return;
    for (let i = Math.max(0, log.plainFrom - log.base); i < Math.min(until - log.base, log.activities.length); i++) {
      log.activities[i] = this.codec.encode(log.activities[i]!);
    }
    log.plainFrom = until;
  }
  async delete(id: string): Promise<void> { this.conversations.delete(id); }
  async revoke(id: string, options: RevokeOptions): Promise<void> {
    this.revoked.set(id, true, options.rememberMs);
    this.conversations.set(id, {
      base: Math.max(0, Math.floor(options.firstWatermark)),
      activities: options.keep.slice(-this.maxKept).map((a) => this.codec.encode(JSON.stringify(a))),
      started: true,
    }, options.graceMs);
    this.changes.emit('change', { kind: 'appended', conversationId: id } satisfies ConversationChange);
    this.changes.emit('change', { kind: 'revoked', conversationId: id } satisfies ConversationChange);
  }
  async rememberSummary(id: string, code: string): Promise<void> {
    const log = this.conversations.get(id);
    if (log) (log.summaries ??= new Set()).add(code);
  }
  async summaryCodes(id: string): Promise<string[]> { return [...(this.conversations.get(id)?.summaries ?? [])]; }
  onChange(listener: (change: ConversationChange) => void): () => void {
    this.changes.on('change', listener);
    return () => { this.changes.off('change', listener); };
  }
  sweep(): void { this.conversations.sweep(); this.revoked.sweep(); }
  close(): void { this.changes.removeAllListeners(); }
}

/** The first items whose JSON fits `maxBytes` together, and always at least one, so a page is never empty while anything is left. */
export function withinBytes(items: string[], maxBytes: number | undefined): string[] {
  if (maxBytes === undefined) return items;
  let bytes = 0;
  let n = 0;
  for (const item of items) {
    bytes += Buffer.byteLength(item, 'utf8');
    if (n > 0 && bytes > maxBytes) break;
    n++;
  }
  return items.slice(0, n);
}

export class MemorySummaryStore implements SummaryStore {
  private readonly records: ExpiringMap<SummaryRecord>;
  constructor(now: () => number = Date.now) { this.records = new ExpiringMap(now); }
  async put(record: SummaryRecord, ttlSeconds: number): Promise<void> { this.records.set(record.code, { ...record }, ttlSeconds * 1000); }
  async get(code: string): Promise<SummaryRecord | undefined> { return this.records.get(code); }
  async delete(codes: string[]): Promise<void> { for (const code of codes) this.records.delete(code); }
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

/**
 * One promise chain per key: turns of a conversation run one after another within this process. A holder cannot die
 * without this process (and the lock, and the state) dying with it, so no turn is ever told of an interrupted one.
 */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<unknown>>();
  async withLock<T>(key: string, fn: (held: HeldLock) => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => fn(HELD_IN_MEMORY));
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

const HELD_IN_MEMORY: HeldLock = Object.freeze({ note: async () => undefined });

export interface StateStores {
  storage: Storage;
  conversations: ConversationStore;
  summaries: SummaryStore;
  counters: CounterStore;
  lock: TurnLock;
  /** The handover's staff queue and residents' requests for a person. */
  handovers: HandoverStore;
  health: HealthCheck;
  /** Stops background work (sweeps, connections). */
  close(): Promise<void>;
}

export interface MemoryStoreOptions {
  stateTtlMinutes?: number; now?: () => number; sweepEveryMs?: number;
  /** Compresses transcripts in memory (see transcript-codec.ts); plain JSON when unset. */
  transcriptCodec?: TranscriptCodec;
  /** Activities kept per conversation (default MAX_KEPT_ACTIVITIES). */
  maxKeptActivities?: number;
}

export function createMemoryStores(options: MemoryStoreOptions = {}): StateStores {
  const ttlMs = (options.stateTtlMinutes ?? 30) * 60_000;
  const now = options.now ?? Date.now;
  const storage = new MemoryStorage(ttlMs, now);
  const conversations = new MemoryConversationStore(ttlMs, now, options.transcriptCodec, options.maxKeptActivities);
  const summaries = new MemorySummaryStore(now);
  const handovers = new MemoryHandoverStore(now);
  const timer = setInterval(() => { storage.sweep(); conversations.sweep(); summaries.sweep(); handovers.sweep(); }, options.sweepEveryMs ?? 60_000);
  timer.unref();
  return {
    storage, conversations, summaries, handovers,
    counters: new MemoryCounterStore(),
    lock: new MemoryTurnLock(),
    health: { ping: async () => true },
    close: async () => { clearInterval(timer); conversations.close(); },
  };
}
