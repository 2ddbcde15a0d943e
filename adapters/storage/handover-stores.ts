// The handover's queue and requests (bot/handover/ports.ts): in memory for one instance, in Redis for several.
// Opening a request and changing its state are each one atomic step, so two instances (or two staff members pressing
// accept at once) never both win, and a conversation never has two open requests.
import type { createClient } from 'redis';
import { z } from 'zod';
import { OPEN_STATES, type HandoverPause, type HandoverQueue, type HandoverState, type HandoverStore, type HandoverTicket, type TicketFlag } from '../../bot/handover/ports.js';
import { LANGS } from '../../knowledge/vocabulary.js';

type RedisClient = ReturnType<typeof createClient>;
type TicketPatch = Partial<Omit<HandoverTicket, 'id' | 'state'>>;

const DEFAULT_DUE_LIMIT = 50;
const isOpenState = (state: HandoverState) => OPEN_STATES.includes(state);

/**
 * A patch without the fields a transition may not change: the id, the state (the transition's own `to`) and the
 * conversation (its index would point elsewhere). Undefined values change nothing, as they would through JSON.
 */
function cleanPatch(patch: TicketPatch | undefined): TicketPatch {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined || key === 'id' || key === 'state' || key === 'conversationId') continue;
    out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// What a ticket read back looks like

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function withoutNulls(v: unknown): unknown {
  if (!isRecord(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null));
}

/**
 * Lua's cjson writes an empty array as {} (and cannot tell an empty object from one) and absent values may come back
 * as null: put the shapes right before validating.
 */
function normaliseTicket(v: unknown): unknown {
  const t = withoutNulls(v);
  if (!isRecord(t)) return t;
  const out: Record<string, unknown> = { ...t };
  if (isRecord(out.situations) && Object.keys(out.situations).length === 0) out.situations = [];
  if (Array.isArray(out.filters) && out.filters.length === 0) out.filters = {};
  if (out.staff !== undefined) out.staff = withoutNulls(out.staff);
  if (out.card !== undefined) out.card = withoutNulls(out.card);
  return out;
}

const LangSchema = z.enum(LANGS);
const StateSchema = z.enum(['waiting', 'active', 'ended', 'expired', 'cancelled']);

export const TicketSchema = z.preprocess(normaliseTicket, z.object({
  id: z.string().min(1),
  state: StateSchema,
  conversationId: z.string().min(1),
  lang: LangSchema,
  situations: z.array(z.string()),
  municipality: z.string().optional(),
  filters: z.record(z.string(), z.string()),
  sharedText: z.string().optional(),
  createdAt: z.number(),
  deadline: z.number(),
  acceptedAt: z.number().optional(),
  endedAt: z.number().optional(),
  endedBy: z.enum(['resident', 'staff', 'expiry', 'forget']).optional(),
  staff: z.object({ id: z.string(), name: z.string() }).optional(),
  card: z.object({ activityId: z.string(), threadId: z.string(), serviceUrl: z.string(), channelId: z.string() }).optional(),
  colleagueNoted: z.boolean().optional(),
}));

export const QueueSchema = z.preprocess(withoutNulls, z.object({
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  tenantId: z.string().optional(),
  lang: LangSchema,
  registeredAt: z.number(),
}));

export const PauseSchema = z.preprocess(withoutNulls, z.object({ at: z.number(), by: z.string() }));

/** A pause from its stored JSON; undefined for anything malformed (read as not paused). */
function parsePause(raw: string | null | undefined): HandoverPause | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed = PauseSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A ticket from its stored JSON; undefined for anything malformed. */
function parseTicket(raw: string | null | undefined): HandoverTicket | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed = TicketSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Memory

interface MemoryEntry { ticket: HandoverTicket; expiresAt: number }

/** One instance (REDIS_URL unset): tickets expire lazily on access and on `sweep()`. */
export class MemoryHandoverStore implements HandoverStore {
  private queue: HandoverQueue | undefined;
  private paused: HandoverPause | undefined;
  private readonly tickets = new Map<string, MemoryEntry>();
  private readonly byConversation = new Map<string, string>();
  private readonly byThread = new Map<string, string>();

  constructor(private readonly now: () => number = Date.now) {}

  async setQueue(queue: HandoverQueue): Promise<void> { this.queue = structuredClone(queue); }
  async getQueue(): Promise<HandoverQueue | undefined> { return this.queue ? structuredClone(this.queue) : undefined; }

  async pause(pause: HandoverPause): Promise<{ paused: HandoverPause } | { already: HandoverPause }> {
    if (this.paused) return { already: { ...this.paused } };
    this.paused = { at: pause.at, by: pause.by };
    return { paused: { ...this.paused } };
  }

  async resume(): Promise<HandoverPause | undefined> {
    const was = this.paused;
    this.paused = undefined;
    return was;
  }

  async getPause(): Promise<HandoverPause | undefined> { return this.paused ? { ...this.paused } : undefined; }

  async open(ticket: HandoverTicket, ttlMs: number, maxWaiting = 0): Promise<{ position: number } | { existing: HandoverTicket } | { full: true }> {
    const existing = this.openFor(ticket.conversationId);
    if (existing) return { existing: structuredClone(existing.ticket) };
    if (this.live(ticket.id)) throw new Error('handover: a ticket with this id exists');
    if (maxWaiting > 0 && this.countWaiting(ticket.createdAt) >= maxWaiting) return { full: true };
    this.tickets.set(ticket.id, { ticket: { ...structuredClone(ticket), state: 'waiting' }, expiresAt: this.now() + ttlMs });
    this.byConversation.set(ticket.conversationId, ticket.id);
    return { position: this.place(ticket.id) ?? 1 };
  }

  async get(id: string): Promise<HandoverTicket | undefined> {
    const e = this.live(id);
    return e ? structuredClone(e.ticket) : undefined;
  }

  async forConversation(conversationId: string): Promise<HandoverTicket | undefined> {
    const e = this.openFor(conversationId);
    return e ? structuredClone(e.ticket) : undefined;
  }

  async forThread(threadId: string): Promise<HandoverTicket | undefined> {
    const id = this.byThread.get(threadId);
    const e = id === undefined ? undefined : this.live(id);
    return e?.ticket.card?.threadId === threadId ? structuredClone(e.ticket) : undefined;
  }

  async transition(id: string, from: readonly HandoverState[], to: HandoverState, patch?: TicketPatch): Promise<HandoverTicket | undefined> {
    const e = this.live(id);
    if (!e || !from.includes(e.ticket.state)) return undefined;
    const was = e.ticket.state;
    const { conversationId } = e.ticket;
    if (isOpenState(to) && !isOpenState(was)) {
      // Reopening: only while the conversation has no other open ticket.
      const other = this.openFor(conversationId);
      if (other && other.ticket.id !== id) return undefined;
      this.byConversation.set(conversationId, id);
    }
    const clean = cleanPatch(patch);
    const oldThread = e.ticket.card?.threadId;
    e.ticket = { ...e.ticket, ...structuredClone(clean), id, state: to, conversationId };
    if (isOpenState(was) && !isOpenState(to) && this.byConversation.get(conversationId) === id) this.byConversation.delete(conversationId);
    if (clean.card) {
      if (oldThread !== undefined && oldThread !== clean.card.threadId && this.byThread.get(oldThread) === id) this.byThread.delete(oldThread);
      this.byThread.set(clean.card.threadId, id);
    }
    return structuredClone(e.ticket);
  }

  async position(id: string): Promise<number | undefined> { return this.place(id); }

  async waitingCount(now: number): Promise<number> { return this.countWaiting(now); }

  async flagOnce(id: string, flag: TicketFlag): Promise<boolean> {
    const e = this.live(id);
    if (!e || e.ticket[flag] === true) return false;
    e.ticket = { ...e.ticket, [flag]: true };
    return true;
  }

  async due(now: number, limit = DEFAULT_DUE_LIMIT): Promise<string[]> {
    return this.waiting()
      .filter((t) => t.deadline <= now)
      .sort((a, b) => a.deadline - b.deadline || compareIds(a.id, b.id))
      .slice(0, Math.max(0, limit))
      .map((t) => t.id);
  }

  async erase(id: string): Promise<void> {
    const e = this.tickets.get(id);
    if (e) this.drop(id, e);
  }

  /** Forgets expired tickets and their indexes (the memory stores' timer calls it). */
  sweep(): void {
    const t = this.now();
    for (const [id, e] of this.tickets) if (e.expiresAt <= t) this.drop(id, e);
    for (const [conv, id] of this.byConversation) if (!this.tickets.has(id)) this.byConversation.delete(conv);
    for (const [thread, id] of this.byThread) if (!this.tickets.has(id)) this.byThread.delete(thread);
  }

  get size(): number { return this.tickets.size; }

  private live(id: string): MemoryEntry | undefined {
    const e = this.tickets.get(id);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) { this.drop(id, e); return undefined; }
    return e;
  }

  private drop(id: string, e: MemoryEntry): void {
    this.tickets.delete(id);
    if (this.byConversation.get(e.ticket.conversationId) === id) this.byConversation.delete(e.ticket.conversationId);
    const thread = e.ticket.card?.threadId;
    if (thread !== undefined && this.byThread.get(thread) === id) this.byThread.delete(thread);
  }

  private openFor(conversationId: string): MemoryEntry | undefined {
    const id = this.byConversation.get(conversationId);
    const e = id === undefined ? undefined : this.live(id);
    if (e && isOpenState(e.ticket.state) && e.ticket.conversationId === conversationId) return e;
    if (id !== undefined) this.byConversation.delete(conversationId);
    return undefined;
  }

  private waiting(): HandoverTicket[] {
    const out: HandoverTicket[] = [];
    for (const id of [...this.tickets.keys()]) {
      const e = this.live(id);
      if (e?.ticket.state === 'waiting') out.push(e.ticket);
    }
    return out;
  }

  private countWaiting(now: number): number {
    return this.waiting().filter((t) => t.deadline > now).length;
  }

  /** Place in line as Redis orders its sorted set: by createdAt, then by id. */
  private place(id: string): number | undefined {
    const e = this.live(id);
    if (e?.ticket.state !== 'waiting') return undefined;
    const mine = e.ticket;
    return 1 + this.waiting().filter((t) => t.createdAt < mine.createdAt || (t.createdAt === mine.createdAt && compareIds(t.id, mine.id) < 0)).length;
  }
}

/** Byte order, as Redis orders members of equal score. */
function compareIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

// ---------------------------------------------------------------------------------------------------------------------
// Redis
//
// Keys (under the prefix): ho:queue and ho:pause (no expiry), ho:t:<id> (the ticket's JSON, its ttl), ho:conv:<conversationId> (the
// conversation's open ticket), ho:thread:<threadId> (the ticket whose card started the thread), ho:waiting (sorted set
// by createdAt: the line) and ho:due (sorted set by deadline). The scripts name the keys of a ticket's indexes from
// what the ticket holds, so they take the prefix rather than a list of keys: this store runs on one Redis node (as the
// rest of the service does), not on a cluster.

// Lua: how many requests wait in line with their deadline after now, counting at most max (0: all). Members whose
// ticket has expired are taken out of both sorted sets on the way.
const COUNT_WAITING = `
local function countWaiting(p, now, max)
  local wkey, dkey = p .. 'ho:waiting', p .. 'ho:due'
  local n = 0
  for _, other in ipairs(redis.call('ZRANGE', wkey, 0, -1)) do
    if redis.call('EXISTS', p .. 'ho:t:' .. other) == 1 then
      local due = tonumber(redis.call('ZSCORE', dkey, other))
      if due == nil or due > now then n = n + 1 end
      if max > 0 and n >= max then return n end
    else
      redis.call('ZREM', wkey, other)
      redis.call('ZREM', dkey, other)
    end
  end
  return n
end`;

// ARGV = prefix, id, conversationId, ticket JSON, ttlMs, createdAt, deadline, maxWaiting (0 = no cap).
// {0, JSON of the conversation's open ticket} | {-1} when the id is taken | {2} when the line is full | {1} when stored
// and in line.
const OPEN_SCRIPT = `${COUNT_WAITING}
local p, id, conv = ARGV[1], ARGV[2], ARGV[3]
local ckey = p .. 'ho:conv:' .. conv
local held = redis.call('GET', ckey)
if held then
  local raw = redis.call('GET', p .. 'ho:t:' .. held)
  if raw then
    local ok, t = pcall(cjson.decode, raw)
    if ok and type(t) == 'table' and (t.state == 'waiting' or t.state == 'active') and t.conversationId == conv then
      return {0, raw}
    end
  end
end
local tkey = p .. 'ho:t:' .. id
if redis.call('EXISTS', tkey) == 1 then return {-1, ''} end
local max = tonumber(ARGV[8]) or 0
if max > 0 and countWaiting(p, tonumber(ARGV[6]), max) >= max then return {2, ''} end
redis.call('SET', tkey, ARGV[4], 'PX', ARGV[5])
redis.call('SET', ckey, id, 'PX', ARGV[5])
redis.call('ZADD', p .. 'ho:waiting', ARGV[6], id)
redis.call('ZADD', p .. 'ho:due', ARGV[7], id)
return {1, ''}`;

// ARGV = prefix, id, new state, patch JSON, then the states it may leave. Compare-and-set: the new ticket's JSON, or
// nil when the ticket is gone, unreadable or in another state (or would reopen while its conversation has another).
const TRANSITION_SCRIPT = `
local p, id, to = ARGV[1], ARGV[2], ARGV[3]
local tkey = p .. 'ho:t:' .. id
local raw = redis.call('GET', tkey)
if not raw then return false end
local ok, t = pcall(cjson.decode, raw)
if not ok or type(t) ~= 'table' or type(t.conversationId) ~= 'string' then return false end
local was = t.state
local allowed = false
for i = 5, #ARGV do if ARGV[i] == was then allowed = true end end
if not allowed then return false end
local wasOpen = was == 'waiting' or was == 'active'
local isOpen = to == 'waiting' or to == 'active'
local ckey = p .. 'ho:conv:' .. t.conversationId
local ttl = redis.call('PTTL', tkey)
if isOpen and not wasOpen then
  local held = redis.call('GET', ckey)
  if held and held ~= id and redis.call('EXISTS', p .. 'ho:t:' .. held) == 1 then return false end
end
local patch = cjson.decode(ARGV[4])
local oldThread = nil
if type(t.card) == 'table' and type(t.card.threadId) == 'string' then oldThread = t.card.threadId end
for k, v in pairs(patch) do t[k] = v end
t.state = to
if isOpen and not wasOpen then
  if ttl > 0 then redis.call('SET', ckey, id, 'PX', ttl) else redis.call('SET', ckey, id) end
elseif wasOpen and not isOpen then
  if redis.call('GET', ckey) == id then redis.call('DEL', ckey) end
end
if to == 'waiting' then
  redis.call('ZADD', p .. 'ho:waiting', t.createdAt, id)
  redis.call('ZADD', p .. 'ho:due', t.deadline, id)
elseif was == 'waiting' then
  redis.call('ZREM', p .. 'ho:waiting', id)
  redis.call('ZREM', p .. 'ho:due', id)
end
if type(patch.card) == 'table' and type(patch.card.threadId) == 'string' then
  if oldThread and oldThread ~= patch.card.threadId and redis.call('GET', p .. 'ho:thread:' .. oldThread) == id then
    redis.call('DEL', p .. 'ho:thread:' .. oldThread)
  end
  local thkey = p .. 'ho:thread:' .. patch.card.threadId
  if ttl > 0 then redis.call('SET', thkey, id, 'PX', ttl) else redis.call('SET', thkey, id) end
end
local encoded = cjson.encode(t)
redis.call('SET', tkey, encoded, 'KEEPTTL')
return encoded`;

// ARGV = prefix, id. Place in line (1 = next) counting only tickets still kept; members whose ticket has expired are
// taken out of both sorted sets on the way. nil when the ticket is not waiting.
const POSITION_SCRIPT = `
local p, id = ARGV[1], ARGV[2]
local wkey, dkey = p .. 'ho:waiting', p .. 'ho:due'
local rank = redis.call('ZRANK', wkey, id)
if not rank then return false end
if redis.call('EXISTS', p .. 'ho:t:' .. id) == 0 then
  redis.call('ZREM', wkey, id)
  redis.call('ZREM', dkey, id)
  return false
end
local position = 1
if rank > 0 then
  for _, other in ipairs(redis.call('ZRANGE', wkey, 0, rank - 1)) do
    if redis.call('EXISTS', p .. 'ho:t:' .. other) == 1 then
      position = position + 1
    else
      redis.call('ZREM', wkey, other)
      redis.call('ZREM', dkey, other)
    end
  end
end
return position`;

// ARGV = prefix, now.
const WAITING_COUNT_SCRIPT = `${COUNT_WAITING}
return countWaiting(ARGV[1], tonumber(ARGV[2]), 0)`;

// ARGV = prefix, id, flag. Sets the flag on a kept, readable ticket: 1 when this call set it, 0 when it was set or gone.
const FLAG_SCRIPT = `
local tkey = ARGV[1] .. 'ho:t:' .. ARGV[2]
local raw = redis.call('GET', tkey)
if not raw then return 0 end
local ok, t = pcall(cjson.decode, raw)
if not ok or type(t) ~= 'table' or t.id ~= ARGV[2] or t[ARGV[3]] == true then return 0 end
t[ARGV[3]] = true
redis.call('SET', tkey, cjson.encode(t), 'KEEPTTL')
return 1`;

// ARGV = prefix, id. The ticket, its conversation and thread indexes (where they still point to it) and its place in line.
const ERASE_SCRIPT = `
local p, id = ARGV[1], ARGV[2]
local tkey = p .. 'ho:t:' .. id
local raw = redis.call('GET', tkey)
if raw then
  local ok, t = pcall(cjson.decode, raw)
  if ok and type(t) == 'table' then
    if type(t.conversationId) == 'string' then
      local ckey = p .. 'ho:conv:' .. t.conversationId
      if redis.call('GET', ckey) == id then redis.call('DEL', ckey) end
    end
    if type(t.card) == 'table' and type(t.card.threadId) == 'string' then
      local thkey = p .. 'ho:thread:' .. t.card.threadId
      if redis.call('GET', thkey) == id then redis.call('DEL', thkey) end
    end
  end
end
redis.call('DEL', tkey)
redis.call('ZREM', p .. 'ho:waiting', id)
redis.call('ZREM', p .. 'ho:due', id)
return 1`;

/** Several instances: every step that decides something is one Lua script; every ticket read back is validated. */
export class RedisHandoverStore implements HandoverStore {
  constructor(private readonly client: RedisClient, private readonly prefix: string) {}

  private get queueKey() { return `${this.prefix}ho:queue`; }
  private get pauseKey() { return `${this.prefix}ho:pause`; }
  private ticketKey(id: string) { return `${this.prefix}ho:t:${id}`; }
  private convKey(conversationId: string) { return `${this.prefix}ho:conv:${conversationId}`; }
  private threadKey(threadId: string) { return `${this.prefix}ho:thread:${threadId}`; }
  private get waitingKey() { return `${this.prefix}ho:waiting`; }
  private get dueKey() { return `${this.prefix}ho:due`; }

  async setQueue(queue: HandoverQueue): Promise<void> {
    await this.client.set(this.queueKey, JSON.stringify(QueueSchema.parse(queue)));
  }

  async getQueue(): Promise<HandoverQueue | undefined> {
    const raw = await this.client.get(this.queueKey);
    if (raw === null) return undefined;
    try {
      const parsed = QueueSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async pause(pause: HandoverPause): Promise<{ paused: HandoverPause } | { already: HandoverPause }> {
    const value = PauseSchema.parse(pause);
    if (await this.client.set(this.pauseKey, JSON.stringify(value), { condition: 'NX' }) !== null) return { paused: value };
    const already = parsePause(await this.client.get(this.pauseKey));
    if (already) return { already };
    // Unreadable, or resumed a moment ago: this pause is the one in force.
    await this.client.set(this.pauseKey, JSON.stringify(value));
    return { paused: value };
  }

  async resume(): Promise<HandoverPause | undefined> {
    return parsePause(await this.client.getDel(this.pauseKey));
  }

  async getPause(): Promise<HandoverPause | undefined> {
    return parsePause(await this.client.get(this.pauseKey));
  }

  async open(ticket: HandoverTicket, ttlMs: number, maxWaiting = 0): Promise<{ position: number } | { existing: HandoverTicket } | { full: true }> {
    const stored = TicketSchema.parse({ ...ticket, state: 'waiting' });
    const ttl = String(Math.max(1, Math.floor(ttlMs)));
    const max = String(Math.max(0, Math.floor(maxWaiting)));
    for (let attempt = 0; ; attempt++) {
      const [status, raw] = await this.client.eval(OPEN_SCRIPT, {
        arguments: [this.prefix, stored.id, stored.conversationId, JSON.stringify(stored), ttl, String(stored.createdAt), String(stored.deadline), max],
      }) as [number, string];
      if (Number(status) === -1) throw new Error('handover: a ticket with this id exists');
      if (Number(status) === 2) return { full: true };
      if (Number(status) === 0) {
        const existing = parseTicket(raw);
        if (existing) return { existing };
        // The conversation's open ticket cannot be read: drop it (once) rather than block the conversation until it expires.
        const heldId = await this.client.get(this.convKey(stored.conversationId));
        if (attempt > 0 || heldId === null) throw new Error('handover: the conversation\'s open ticket is unreadable');
        await this.erase(heldId);
        continue;
      }
      return { position: (await this.position(stored.id)) ?? 1 };
    }
  }

  async get(id: string): Promise<HandoverTicket | undefined> {
    const ticket = parseTicket(await this.client.get(this.ticketKey(id)));
    return ticket?.id === id ? ticket : undefined;
  }

  async forConversation(conversationId: string): Promise<HandoverTicket | undefined> {
    const id = await this.client.get(this.convKey(conversationId));
    if (id === null) return undefined;
    const ticket = await this.get(id);
    return ticket && ticket.conversationId === conversationId && isOpenState(ticket.state) ? ticket : undefined;
  }

  async forThread(threadId: string): Promise<HandoverTicket | undefined> {
    const id = await this.client.get(this.threadKey(threadId));
    if (id === null) return undefined;
    const ticket = await this.get(id);
    return ticket?.card?.threadId === threadId ? ticket : undefined;
  }

  async transition(id: string, from: readonly HandoverState[], to: HandoverState, patch?: TicketPatch): Promise<HandoverTicket | undefined> {
    if (from.length === 0) return undefined;
    const raw = await this.client.eval(TRANSITION_SCRIPT, {
      arguments: [this.prefix, id, StateSchema.parse(to), JSON.stringify(cleanPatch(patch)), ...from],
    }) as string | null;
    return parseTicket(raw);
  }

  async position(id: string): Promise<number | undefined> {
    const position = await this.client.eval(POSITION_SCRIPT, { arguments: [this.prefix, id] }) as number | null;
    return position === null ? undefined : Number(position);
  }

  async waitingCount(now: number): Promise<number> {
    return Number(await this.client.eval(WAITING_COUNT_SCRIPT, { arguments: [this.prefix, String(now)] }));
  }

  async flagOnce(id: string, flag: TicketFlag): Promise<boolean> {
    return Number(await this.client.eval(FLAG_SCRIPT, { arguments: [this.prefix, id, flag] })) === 1;
  }

  async due(now: number, limit = DEFAULT_DUE_LIMIT): Promise<string[]> {
    const out: string[] = [];
    let offset = 0;
    while (out.length < limit) {
      const count = limit - out.length;
      const ids = await this.client.zRange(this.dueKey, '-inf', now, { BY: 'SCORE', LIMIT: { offset, count } });
      if (ids.length === 0) break;
      const raws = await this.client.mGet(ids.map((id) => this.ticketKey(id)));
      const gone: string[] = [];
      ids.forEach((id, i) => {
        const ticket = parseTicket(raws[i]);
        if (!ticket) gone.push(id);
        else if (ticket.state === 'waiting') out.push(id);
      });
      // Members whose ticket expired (or cannot be read) leave the line; ids are never reused, so this cannot race.
      if (gone.length > 0) await this.client.multi().zRem(this.dueKey, gone).zRem(this.waitingKey, gone).exec();
      offset += ids.length - gone.length;
      if (ids.length < count) break;
    }
    return out;
  }

  async erase(id: string): Promise<void> {
    await this.client.eval(ERASE_SCRIPT, { arguments: [this.prefix, id] });
  }
}
