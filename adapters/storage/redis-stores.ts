// Shared state in Redis for several instances: botbuilder Storage with eTag compare-and-set and atomic
// multi-key writes, the Direct Line conversation log, summaries, aggregate counters and a fenced turn lock.
import { randomBytes } from 'node:crypto';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { createClient } from 'redis';
import type { ConversationStore, CounterStore, HealthCheck, SummaryRecord, SummaryStore, TurnLock } from './contracts.js';
import { EtagConflictError, labelKey, type StateStores } from './memory-stores.js';

export type RedisClient = ReturnType<typeof createClient>;

// KEYS = items; ARGV = ttlMs, then per key: expected eTag ('' = none/'*'), new eTag, JSON.
// Checks every eTag before writing anything, so a multi-key write is all or nothing.
const WRITE_SCRIPT = `
local ttl = tonumber(ARGV[1])
for i = 1, #KEYS do
  local expected = ARGV[2 + (i - 1) * 3]
  if expected ~= '' then
    local current = redis.call('HGET', KEYS[i], 'e')
    if current ~= expected then return i end
  end
end
for i = 1, #KEYS do
  local base = 2 + (i - 1) * 3
  redis.call('HSET', KEYS[i], 'e', ARGV[base + 1], 'v', ARGV[base + 2])
  redis.call('PEXPIRE', KEYS[i], ttl)
end
return 0`;

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
    const args: string[] = [String(this.ttlMs)];
    for (const [, item] of entries) {
      const { eTag, ...rest } = item as Record<string, unknown> & { eTag?: string };
      args.push(eTag && eTag !== '*' ? eTag : '', randomBytes(9).toString('base64url'), JSON.stringify(rest));
    }
    const failed = Number(await this.client.eval(WRITE_SCRIPT, { keys: entries.map(([k]) => this.key(k)), arguments: args }));
    if (failed > 0) throw new EtagConflictError(entries[failed - 1]![0]);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.del(keys.map((k) => this.key(k)));
  }
}

export class RedisConversationStore implements ConversationStore {
  constructor(private readonly client: RedisClient, private readonly prefix: string, private readonly ttlMs: number) {}
  private meta(id: string) { return `${this.prefix}dl:meta:${id}`; }
  private log(id: string) { return `${this.prefix}dl:log:${id}`; }

  async create(id: string): Promise<boolean> {
    const ok = await this.client.set(this.meta(id), String(Date.now()), { condition: 'NX', expiration: { type: 'PX', value: this.ttlMs } });
    return ok === 'OK';
  }
  async exists(id: string): Promise<boolean> { return (await this.client.exists(this.meta(id))) === 1; }
  async append(id: string, activities: Partial<Activity>[]): Promise<number> {
    const multi = this.client.multi();
    multi.rPush(this.log(id), activities.map((a) => JSON.stringify(a)));
    multi.pExpire(this.log(id), this.ttlMs);
    multi.pExpire(this.meta(id), this.ttlMs);
    const replies = (await multi.exec()) as unknown[];
    return Number(replies[0]);
  }
  async list(id: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const from = Math.max(0, Math.floor(watermark));
    const multi = this.client.multi();
    multi.lRange(this.log(id), from, -1);
    multi.lLen(this.log(id));
    const [items, length] = (await multi.exec()) as unknown as [string[], number];
    return { activities: items.map((s) => JSON.parse(s) as Partial<Activity>), watermark: Math.max(Number(length), 0) };
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

export class LockTimeoutError extends Error {
  readonly code = 'lock-timeout';
}

/**
 * A lock per conversation across instances: SET NX PX with a random token, released only by its holder.
 * The lease is renewed while the turn runs, so it lapses only when its instance dies mid-turn; then the
 * next instance takes over after at most one lease and the dead one writes nothing more.
 */
export class RedisTurnLock implements TurnLock {
  constructor(private readonly client: RedisClient, private readonly prefix: string, private readonly leaseMs = 10_000) {}
  async withLock<T>(key: string, fn: () => Promise<T>, waitMs = 8_000): Promise<T> {
    const lockKey = `${this.prefix}lock:${key}`;
    const token = randomBytes(12).toString('base64url');
    const deadline = Date.now() + waitMs;
    let delay = 5;
    for (;;) {
      const ok = await this.client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.leaseMs } });
      if (ok === 'OK') break;
      if (Date.now() >= deadline) throw new LockTimeoutError(`turn lock for ${key} not acquired in ${waitMs} ms`);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
    const renew = setInterval(() => {
      this.client.eval(RENEW_SCRIPT, { keys: [lockKey], arguments: [token, String(this.leaseMs)] }).catch(() => undefined);
    }, Math.floor(this.leaseMs / 3));
    renew.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.client.eval(RELEASE_SCRIPT, { keys: [lockKey], arguments: [token] }).catch(() => undefined);
    }
  }
}

export interface RedisStoreOptions {
  url: string;
  prefix: string;
  stateTtlMinutes: number;
  /** Called with a short reason when the connection drops or recovers (for the log). */
  onStatus?: (status: 'ready' | 'error' | 'reconnecting', detail?: string) => void;
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
  client.on('error', (err: Error) => options.onStatus?.('error', err.message));
  client.on('ready', () => options.onStatus?.('ready'));
  client.on('reconnecting', () => options.onStatus?.('reconnecting'));
  client.connect().catch((err: Error) => options.onStatus?.('error', err.message));
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
    storage: new RedisStorage(client, options.prefix, ttlMs),
    conversations: new RedisConversationStore(client, options.prefix, ttlMs),
    summaries: new RedisSummaryStore(client, options.prefix),
    counters: new RedisCounterStore(client, options.prefix),
    lock: new RedisTurnLock(client, options.prefix),
    health,
    async close() {
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}
