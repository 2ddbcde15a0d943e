// Shared state in Redis for several instances: botbuilder Storage with eTag compare-and-set and atomic
// multi-key writes, the Direct Line conversation log, summaries, aggregate counters and a fenced turn lock.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import {
  ClientClosedError, ClientOfflineError, ConnectionTimeoutError, createClient, DisconnectsClientError,
  ReconnectStrategyError, SocketClosedUnexpectedlyError, SocketTimeoutError,
} from 'redis';
import { LockTimeoutError, StoreUnavailableError, type ConversationStore, type CounterStore, type HealthCheck, type HeldLock, type SummaryRecord, type SummaryStore, type TurnLock } from './contracts.js';
import { MAX_KEPT_ACTIVITIES, type ConversationChange, type ConversationStatus, type PageBounds, type RevokeOptions } from './contracts.js';
import { EtagConflictError, labelKey, withinBytes, type StateStores } from './memory-stores.js';
import { RedisHandoverStore } from './handover-stores.js';

export type RedisClient = ReturnType<typeof createClient>;

// KEYS = items, then the turn's lock key when fenced; ARGV = ttlMs, fence token ('' = not fenced), then per item:
// expected eTag ('' = none/'*'), new eTag, JSON. A fenced write is refused (-1) unless its turn still holds the lock;
// every eTag is checked before anything is written, so a multi-key write is all or nothing.
const WRITE_SCRIPT = `
local ttl = tonumber(ARGV[1])
local n = #KEYS
if ARGV[2] ~= '' then
  n = n - 1
  if redis.call('GET', KEYS[#KEYS]) ~= ARGV[2] then return -1 end
end
for i = 1, n do
  local expected = ARGV[3 + (i - 1) * 3]
  if expected ~= '' then
    local current = redis.call('HGET', KEYS[i], 'e')
    if current ~= expected then return i end
  end
end
for i = 1, n do
  local base = 3 + (i - 1) * 3
  redis.call('HSET', KEYS[i], 'e', ARGV[base + 1], 'v', ARGV[base + 2])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return 0`;

// KEYS = meta, log; ARGV = watermark, page size. Returns { first watermark, length, index of the first item handed
// out, at most a page of items after the watermark } in one round trip.
const LIST_SCRIPT = `
local base = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local len = redis.call('LLEN', KEYS[2])
local from = tonumber(ARGV[1]) - base
if from < 0 then from = 0 end
if from >= len then return { base, len, len, {} } end
return { base, len, from, redis.call('LRANGE', KEYS[2], from, from + tonumber(ARGV[2]) - 1) }`;

// The turn lock: KEYS = the lock, the holder's note. Taking it answers whether it was taken and the note a holder that
// died left behind; releasing it (only by its holder) clears both; a note is kept only while its writer holds the lock.
const ACQUIRE_SCRIPT = `if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {1, redis.call('GET', KEYS[2]) or ''} end
return {0, ''}`;
const NOTE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) and 1 else return 0 end`;
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[2]); return redis.call('DEL', KEYS[1]) else return 0 end`;
// A dead holder's note waits this long for the conversation's next message; after that nobody is waiting for the answer.
const NOTE_TTL_MS = 60 * 60_000;
const RENEW_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

export class RedisStorage implements Storage {
  constructor(private readonly client: RedisClient, private readonly prefix: string, private readonly ttlMs: number) {}
  private key(k: string) { return `${this.prefix}state:${k}`; }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const multi = this.client.multi();
    for (const k of keys) multi.hGetAll(this.key(k));
    for (const k of keys) multi.pExpire(this.key(k), this.ttlMs); // sliding expiry: reading keeps it alive
    const replies = (await multi.exec()) as unknown[];
    const out: StoreItems = {};
    keys.forEach((k, i) => {
      const h = replies[i] as Record<string, string> | null;
      if (h && typeof h.v === 'string') out[k] = { ...(JSON.parse(h.v) as object), eTag: h.e };
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    // Inside a turn the write is fenced by the turn's lock: a turn whose lease lapsed (its instance stalled and
    // another took over) must not overwrite what the newer turn saved.
    const fence = turnFence.getStore();
    const args: string[] = [String(this.ttlMs), fence?.token ?? ''];
    for (const [, item] of entries) {
      const { eTag, ...rest } = item as Record<string, unknown> & { eTag?: string };
      args.push(eTag && eTag !== '*' ? eTag : '', randomBytes(9).toString('base64url'), JSON.stringify(rest));
    }
    const keys = entries.map(([k]) => this.key(k));
    if (fence) keys.push(fence.lockKey);
    const failed = Number(await this.client.eval(WRITE_SCRIPT, { keys, arguments: args }));
    if (failed === -1) throw new LeaseLostError('this turn no longer holds its conversation\'s lock; its state was not saved');
    if (failed > 0) throw new EtagConflictError(entries[failed - 1]![0]);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.del(keys.map((k) => this.key(k)));
  }
}

// KEYS = meta, log, started, summary codes, revoked; ARGV = ttlMs, max kept, channel, message, then the activities' JSON.
// Appends, drops the oldest past the bound (moving the first watermark up by as many), slides every key's expiry
// together and tells the streams of every instance. A revoked conversation takes an activity only during its short
// grace (a crisis reply to a message sent just after "forget me"), and its expiry does not move: it ends on time.
const APPEND_SCRIPT = `
local revoked = redis.call('EXISTS', KEYS[5]) == 1
if revoked and redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local ttl = tonumber(ARGV[1])
local maxKept = tonumber(ARGV[2])
local base = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local len = redis.call('RPUSH', KEYS[2], unpack(ARGV, 5))
if len > maxKept then
  redis.call('LTRIM', KEYS[2], len - maxKept, -1)
  base = base + (len - maxKept)
  len = maxKept
end
if revoked then
  redis.call('SET', KEYS[1], base, 'KEEPTTL')
  redis.call('PEXPIRE', KEYS[2], redis.call('PTTL', KEYS[1]))
else
  redis.call('SET', KEYS[1], base, 'PX', ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
  redis.call('PEXPIRE', KEYS[3], ttl)
  redis.call('PEXPIRE', KEYS[4], ttl)
end
redis.call('PUBLISH', ARGV[3], ARGV[4])
return base + len`;

// KEYS = meta, log, started, summary codes, revoked; ARGV = graceMs, rememberMs, first watermark, channel, appended
// message, revoked message, then the activities to keep. "Forget me" in one step: no reader sees a half-erased log.
const REVOKE_SCRIPT = `
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[1])
if #ARGV >= 7 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, 7))
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
end
redis.call('SET', KEYS[5], '1', 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[4], ARGV[5])
redis.call('PUBLISH', ARGV[4], ARGV[6])
return 1`;

/**
 * The log is a list; its meta key holds the first watermark (0 unless reopened after the log was lost, and moving up
 * as the oldest activities are dropped). Appends and revocations are published on one channel, which a second
 * connection (made when the first stream listens) hands to the listeners of this instance.
 */
export class RedisConversationStore implements ConversationStore {
  private readonly listeners = new Set<(change: ConversationChange) => void>();
  private subscriber: RedisClient | undefined;
  private subscribed = false;
  constructor(
    private readonly client: RedisClient, private readonly prefix: string, private readonly ttlMs: number,
    private readonly maxKept: number = MAX_KEPT_ACTIVITIES,
  ) {}
  private meta(id: string) { return `${this.prefix}dl:meta:${id}`; }
  private log(id: string) { return `${this.prefix}dl:log:${id}`; }
  private started(id: string) { return `${this.prefix}dl:started:${id}`; }
  private summaries(id: string) { return `${this.prefix}dl:summaries:${id}`; }
  private revoked(id: string) { return `${this.prefix}dl:revoked:${id}`; }
  private get channel() { return `${this.prefix}dl:changes`; }
  private keys(id: string) { return [this.meta(id), this.log(id), this.started(id), this.summaries(id), this.revoked(id)]; }

  async create(id: string, options: { firstWatermark?: number } = {}): Promise<boolean> {
    const base = Math.max(0, Math.floor(options.firstWatermark ?? 0));
    const ok = await this.client.set(this.meta(id), String(base), { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
    return ok === 'OK';
  }
  async exists(id: string): Promise<boolean> { return (await this.client.exists(this.meta(id))) === 1; }
  async status(id: string): Promise<ConversationStatus> {
    const [revoked, meta] = await this.client.mGet([this.revoked(id), this.meta(id)]);
    if (revoked !== null && revoked !== undefined) return { state: 'revoked', readable: meta !== null && meta !== undefined };
    return meta !== null && meta !== undefined ? { state: 'open' } : { state: 'missing' };
  }
  async start(id: string): Promise<boolean> {
    const ok = await this.client.set(this.started(id), '1', { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
    return ok === 'OK';
  }
  async append(id: string, activities: Partial<Activity>[]): Promise<number> {
    if (activities.length === 0) return (await this.list(id, Number.MAX_SAFE_INTEGER)).watermark;
    const result = Number(await this.client.eval(APPEND_SCRIPT, {
      keys: this.keys(id),
      arguments: [String(this.ttlMs), String(this.maxKept), this.channel, `a:${id}`, ...activities.map((a) => JSON.stringify(a))],
    }));
    return result >= 0 ? result : (await this.list(id, Number.MAX_SAFE_INTEGER)).watermark;
  }
  async list(id: string, watermark: number, page: PageBounds = {}): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const { activities, watermark: next } = await this.listJson(id, watermark, page);
    return { activities: activities.map((s) => JSON.parse(s) as Partial<Activity>), watermark: next };
  }
  async listJson(id: string, watermark: number, page: PageBounds = {}): Promise<{ activities: string[]; watermark: number }> {
    const watermarkArg = String(Math.max(0, Math.floor(Math.min(watermark, Number.MAX_SAFE_INTEGER))));
    const limit = String(Math.max(1, Math.floor(page.limit ?? this.maxKept)));
    const [base, length, from, items] = (await this.client.eval(LIST_SCRIPT, { keys: [this.meta(id), this.log(id)], arguments: [watermarkArg, limit] })) as [number, number, number, string[]];
    if (items.length === 0) return { activities: [], watermark: Number(base) + Number(length) };
    const kept = withinBytes(items, page.maxBytes);
    return { activities: kept, watermark: Number(base) + Number(from) + kept.length };
  }
  async delete(id: string): Promise<void> { await this.client.del([this.meta(id), this.log(id), this.started(id), this.summaries(id)]); }
  async revoke(id: string, options: RevokeOptions): Promise<void> {
    await this.client.eval(REVOKE_SCRIPT, {
      keys: this.keys(id),
      arguments: [
        String(Math.max(1, Math.floor(options.graceMs))), String(Math.max(1, Math.floor(options.rememberMs))),
        String(Math.max(0, Math.floor(options.firstWatermark))), this.channel, `a:${id}`, `r:${id}`,
        ...options.keep.slice(-this.maxKept).map((a) => JSON.stringify(a)),
      ],
    });
  }
  async rememberSummary(id: string, code: string): Promise<void> {
    await this.client.multi().sAdd(this.summaries(id), code).pExpire(this.summaries(id), this.ttlMs).exec();
  }
  async summaryCodes(id: string): Promise<string[]> { return this.client.sMembers(this.summaries(id)); }

  onChange(listener: (change: ConversationChange) => void): () => void {
    this.listeners.add(listener);
    this.listen();
    return () => { this.listeners.delete(listener); };
  }

  private emit(change: ConversationChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** One subscriber connection per instance; after it (re)connects, listeners look again at what they may have missed. */
  private listen(): void {
    if (this.subscriber) return;
    // Named, so an operator (or a test) can tell it in CLIENT LIST.
    const subscriber = this.client.duplicate({ name: `${this.prefix}dl-changes`.replace(/[^\w:.-]/g, '_') });
    this.subscriber = subscriber;
    // The main connection reports outages; this one only reconnects.
    subscriber.on('error', () => undefined);
    subscriber.on('ready', () => { if (this.subscribed) this.emit({ kind: 'resync' }); });
    subscriber.connect()
      .then(() => subscriber.subscribe(this.channel, (message) => {
        const id = message.slice(2);
        if (message.startsWith('a:')) this.emit({ kind: 'appended', conversationId: id });
        else if (message.startsWith('r:')) this.emit({ kind: 'revoked', conversationId: id });
      }))
      .then(() => { this.subscribed = true; this.emit({ kind: 'resync' }); })
      .catch(() => undefined);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (!subscriber) return;
    if (subscriber.isOpen) await subscriber.close().catch(() => subscriber.destroy());
    else subscriber.destroy();
  }
}

export class RedisSummaryStore implements SummaryStore {
  constructor(private readonly client: RedisClient, private readonly prefix: string) {}
  async put(record: SummaryRecord, ttlSeconds: number): Promise<void> {
    await this.client.set(`${this.prefix}summary:${record.code}`, JSON.stringify(record), { expiration: { type: 'EX', value: ttlSeconds } });
  }
  async get(code: string): Promise<SummaryRecord | undefined> {
    const v = await this.client.get(`${this.prefix}summary:${code}`);
    return v ? (JSON.parse(v) as SummaryRecord) : undefined;
  }
  async delete(codes: string[]): Promise<void> {
    if (codes.length > 0) await this.client.del(codes.map((code) => `${this.prefix}summary:${code}`));
  }
}

export class RedisCounterStore implements CounterStore {
  constructor(private readonly client: RedisClient, private readonly prefix: string) {}
  async increment(name: string, labels: Record<string, string>): Promise<void> {
    await this.client.hIncrBy(`${this.prefix}counter:${name}`, labelKey(labels), 1);
  }
  async read(name: string): Promise<Record<string, number>> {
    const h = await this.client.hGetAll(`${this.prefix}counter:${name}`);
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)]));
  }
}

/** A turn tried to save after its lock had passed to another turn: the fence refused the write. */
export class LeaseLostError extends Error {
  readonly code = 'lease-lost';
}

/** The lock (key and token) of the turn running in this async context, so the state it saves can be fenced. */
const turnFence = new AsyncLocalStorage<{ lockKey: string; token: string }>();

/** How long a turn's lock lasts without renewal, and how long the next turn waits for it; the wait must outlast the lease. */
export interface LockTiming { leaseMs?: number; waitMs?: number }
// Renewed every third of the lease while the turn runs; a dead instance's lock lapses within one lease.
const LOCK_LEASE_MS = 6_000;
const LOCK_WAIT_BEYOND_LEASE_MS = 2_000;

/**
 * A lock per conversation across instances: SET NX PX with a random token, released only by its holder.
 * The lease is renewed while the turn runs, so it lapses only when its instance dies or stalls mid-turn; then the
 * next instance takes over after at most one lease, and the token fences the old turn's state writes (see write()).
 */
export class RedisTurnLock implements TurnLock {
  private readonly leaseMs: number;
  private readonly waitMs: number;
  constructor(private readonly client: RedisClient, private readonly prefix: string, timing: LockTiming = {}) {
    this.leaseMs = timing.leaseMs ?? LOCK_LEASE_MS;
    this.waitMs = timing.waitMs ?? this.leaseMs + LOCK_WAIT_BEYOND_LEASE_MS;
    // A turn that gave up before a dead holder's lease ran out would fail every message until it did.
    if (!(this.waitMs > this.leaseMs)) throw new Error(`RedisTurnLock: waitMs (${this.waitMs}) must be longer than leaseMs (${this.leaseMs})`);
  }

  async withLock<T>(key: string, fn: (held: HeldLock) => Promise<T>, waitMs = this.waitMs): Promise<T> {
    const lockKey = `${this.prefix}lock:${key}`;
    // What the holder is doing, kept beyond its lease: found here after the lock lapsed, its holder died mid-turn.
    const noteKey = `${this.prefix}turn:${key}`;
    const token = randomBytes(12).toString('base64url');
    const deadline = Date.now() + waitMs;
    let delay = 5;
    let interrupted: string | undefined;
    for (;;) {
      const [ok, note] = await this.client.eval(ACQUIRE_SCRIPT, { keys: [lockKey, noteKey], arguments: [token, String(this.leaseMs)] }) as [number, string];
      if (ok === 1) { interrupted = note || undefined; break; }
      // No conversation id in the message: it reaches the logs.
      if (Date.now() >= deadline) throw new LockTimeoutError(`turn lock not acquired in ${waitMs} ms`, Math.ceil(this.leaseMs / 1000));
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
    const held: HeldLock = {
      ...(interrupted !== undefined ? { interrupted } : {}),
      note: async (value) => {
        await this.client.eval(NOTE_SCRIPT, { keys: [lockKey, noteKey], arguments: [token, value, String(NOTE_TTL_MS)] });
      },
    };
    const renew = setInterval(() => {
      this.client.eval(RENEW_SCRIPT, { keys: [lockKey], arguments: [token, String(this.leaseMs)] }).catch(() => undefined);
    }, Math.floor(this.leaseMs / 3));
    renew.unref();
    try {
      return await turnFence.run({ lockKey, token }, () => fn(held));
    } finally {
      clearInterval(renew);
      await this.client.eval(RELEASE_SCRIPT, { keys: [lockKey, noteKey], arguments: [token] }).catch(() => undefined);
    }
  }
}

const CONNECTION_ERRORS = [
  ClientClosedError, ClientOfflineError, ConnectionTimeoutError, DisconnectsClientError,
  ReconnectStrategyError, SocketClosedUnexpectedlyError, SocketTimeoutError,
];

function isConnectionError(err: unknown): boolean {
  if (CONNECTION_ERRORS.some((type) => err instanceof type)) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'].includes(code);
}

/**
 * Every async method of `target`, with Redis connection failures turned into StoreUnavailableError, so callers
 * above the storage layer tell an outage from a bug without knowing node-redis. Other errors (an eTag conflict,
 * a failing turn inside withLock) pass through unchanged.
 */
function outagesAsValues<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(t, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          throw isConnectionError(err) ? new StoreUnavailableError('The state store (Redis) does not answer', { cause: err }) : err;
        });
      };
    },
  });
}

/** host:port of a Redis URL, never its password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return 'the configured address';
  }
}

export interface RedisStoreOptions {
  url: string;
  prefix: string;
  stateTtlMinutes: number;
  /**
   * Called once when Redis stops answering (or does not answer at start) and once when it answers again,
   * never per reconnection attempt, so an outage is one clear log line and its end another.
   */
  onStatus?: (status: 'ready' | 'error' | 'reconnecting', detail?: string) => void;
  /** The turn lock's lease and wait (tests shorten them); the defaults suit residents. */
  lock?: LockTiming;
  /** Activities kept per conversation (default MAX_KEPT_ACTIVITIES). */
  maxKeptActivities?: number;
}

/**
 * Connects in the background and keeps retrying: a Redis that is down at start makes /readyz 503, not a crash.
 * The offline queue is off, so a turn during an outage fails fast and the resident gets a kind message.
 */
export function createRedisStores(options: RedisStoreOptions): StateStores & { client: RedisClient } {
  const client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 6), 3_000) },
  });
  let state: 'connecting' | 'ready' | 'down' = 'connecting';
  const down = (err: Error) => {
    if (state === 'down') return;
    state = 'down';
    const reason = (err as { code?: string }).code ?? err.message ?? err.name;
    options.onStatus?.('error', `Redis at ${where(options.url)} does not answer (${reason}); /readyz answers 503 and the service keeps retrying`);
  };
  // node-redis emits 'error' for every failed attempt; without a listener it would crash the process.
  client.on('error', down);
  client.on('ready', () => {
    if (state === 'ready') return;
    state = 'ready';
    options.onStatus?.('ready', `Redis at ${where(options.url)} answers`);
  });
  client.connect().catch(down);
  const ttlMs = options.stateTtlMinutes * 60_000;
  const health: HealthCheck = {
    async ping() {
      if (!client.isReady) return false;
      try {
        return (await Promise.race([client.ping(), new Promise<string>((r) => setTimeout(() => r('timeout'), 1_000).unref())])) === 'PONG';
      } catch {
        return false;
      }
    },
  };
  const conversations = new RedisConversationStore(client, options.prefix, ttlMs, options.maxKeptActivities);
  return {
    client,
    storage: outagesAsValues(new RedisStorage(client, options.prefix, ttlMs)),
    conversations: outagesAsValues(conversations),
    summaries: outagesAsValues(new RedisSummaryStore(client, options.prefix)),
    counters: outagesAsValues(new RedisCounterStore(client, options.prefix)),
    lock: outagesAsValues(new RedisTurnLock(client, options.prefix, options.lock)),
    handovers: outagesAsValues(new RedisHandoverStore(client, options.prefix)),
    health,
    async close() {
      await conversations.close();
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}
