// Shared state in Redis for several instances: botbuilder Storage with eTag compare-and-set and atomic
// multi-key writes, the Direct Line conversation log, summaries, aggregate counters and a fenced turn lock.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import {
  ClientClosedError, ClientOfflineError, ConnectionTimeoutError, createClient, DisconnectsClientError,
  ReconnectStrategyError, SocketClosedUnexpectedlyError, SocketTimeoutError,
} from 'redis';
import { LockTimeoutError, StoreUnavailableError, type ConversationStore, type CounterStore, type HealthCheck, type SummaryRecord, type SummaryStore, type TurnLock } from './contracts.js';
import { EtagConflictError, labelKey, type StateStores } from './memory-stores.js';

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

// KEYS = meta, log; ARGV = watermark. Returns { first watermark, length, items after the watermark } in one round trip.
const LIST_SCRIPT = `
local base = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local len = redis.call('LLEN', KEYS[2])
local from = tonumber(ARGV[1]) - base
if from < 0 then from = 0 end
if from >= len then return { base, len, {} } end
return { base, len, redis.call('LRANGE', KEYS[2], from, -1) }`;

const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
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
      if (h && typeof h.v === 'string') out[k] = { ...JSON.parse(h.v), eTag: h.e };
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

/** The log is a list; its meta key holds the first watermark (0 unless reopened after the log was lost). */
export class RedisConversationStore implements ConversationStore {
  constructor(private readonly client: RedisClient, private readonly prefix: string, private readonly ttlMs: number) {}
  private meta(id: string) { return `${this.prefix}dl:meta:${id}`; }
  private log(id: string) { return `${this.prefix}dl:log:${id}`; }

  async create(id: string, options: { firstWatermark?: number } = {}): Promise<boolean> {
    const base = Math.max(0, Math.floor(options.firstWatermark ?? 0));
    const ok = await this.client.set(this.meta(id), String(base), { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
    return ok === 'OK';
  }
  async exists(id: string): Promise<boolean> { return (await this.client.exists(this.meta(id))) === 1; }
  async append(id: string, activities: Partial<Activity>[]): Promise<number> {
    const multi = this.client.multi();
    multi.rPush(this.log(id), activities.map((a) => JSON.stringify(a)));
    multi.pExpire(this.log(id), this.ttlMs);
    multi.pExpire(this.meta(id), this.ttlMs);
    multi.get(this.meta(id));
    const replies = (await multi.exec()) as unknown[];
    return Number(replies[3] ?? 0) + Number(replies[0]);
  }
  async list(id: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const watermarkArg = String(Math.max(0, Math.floor(Math.min(watermark, Number.MAX_SAFE_INTEGER))));
    const [base, length, items] = (await this.client.eval(LIST_SCRIPT, { keys: [this.meta(id), this.log(id)], arguments: [watermarkArg] })) as [number, number, string[]];
    return { activities: items.map((s) => JSON.parse(s) as Partial<Activity>), watermark: Number(base) + Number(length) };
  }
  async delete(id: string): Promise<void> { await this.client.del([this.meta(id), this.log(id)]); }
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

  async withLock<T>(key: string, fn: () => Promise<T>, waitMs = this.waitMs): Promise<T> {
    const lockKey = `${this.prefix}lock:${key}`;
    const token = randomBytes(12).toString('base64url');
    const deadline = Date.now() + waitMs;
    let delay = 5;
    for (;;) {
      const ok = await this.client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.leaseMs } });
      if (ok === 'OK') break;
      if (Date.now() >= deadline) throw new LockTimeoutError(`turn lock not acquired in ${waitMs} ms`); // no conversation id: it reaches the logs
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
    const renew = setInterval(() => {
      this.client.eval(RENEW_SCRIPT, { keys: [lockKey], arguments: [token, String(this.leaseMs)] }).catch(() => undefined);
    }, Math.floor(this.leaseMs / 3));
    renew.unref();
    try {
      return await turnFence.run({ lockKey, token }, fn);
    } finally {
      clearInterval(renew);
      await this.client.eval(RELEASE_SCRIPT, { keys: [lockKey], arguments: [token] }).catch(() => undefined);
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
  return {
    client,
    storage: outagesAsValues(new RedisStorage(client, options.prefix, ttlMs)),
    conversations: outagesAsValues(new RedisConversationStore(client, options.prefix, ttlMs)),
    summaries: outagesAsValues(new RedisSummaryStore(client, options.prefix)),
    counters: outagesAsValues(new RedisCounterStore(client, options.prefix)),
    lock: outagesAsValues(new RedisTurnLock(client, options.prefix, options.lock)),
    health,
    async close() {
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}
