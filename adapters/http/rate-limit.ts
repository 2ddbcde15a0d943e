// Rate limits with express-rate-limit: requests per client address, and messages per Direct Line conversation; 0 turns either off.
// With Redis (rate-limit-redis) the counts are shared by every instance, so a bot farm cannot multiply its allowance by the
// number of instances behind the load balancer; in memory they are per instance.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit, type IncrementResponse, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { sendError } from './errors.js';

export interface LimitLogger { warn(msg: unknown, ...rest: unknown[]): void; error(msg: unknown, ...rest: unknown[]): void }

/** A store of its own for each limiter (express-rate-limit refuses to share one), named by what it counts. */
export type LimitStoreFactory = (name: 'address' | 'conversation') => Store;

/**
 * rate-limit-redis loads its Lua scripts once, at start; if Redis was not up yet (or went away) the failed load is kept
 * and every later count fails with it. This store loads them again after any failure, so limiting resumes with Redis.
 */
class ResilientRedisStore extends RedisStore {
  override async increment(key: string): Promise<IncrementResponse> {
    try {
      return await super.increment(key);
    } catch {
      // Load the scripts again and count once more: right after Redis comes up this counts the request; while it
      // is down it fails at once (no offline queue), and the limiter lets the request through.
      const quiet = <T>(p: Promise<T>): Promise<T> => { p.catch(() => undefined); return p; };
      this.incrementScriptSha = quiet(this.loadIncrementScript());
      this.getScriptSha = quiet(this.loadGetScript());
      return super.increment(key);
    }
  }
}

/** Counts shared through Redis by every instance, under `prefix`; `send` is node-redis's `sendCommand`. */
export function redisLimitStores(prefix: string, send: (args: string[]) => Promise<unknown>): LimitStoreFactory {
  return (name) => new ResilientRedisStore({
    prefix: `${prefix}ratelimit:${name}:`,
    sendCommand: (...args: string[]) => send(args) as Promise<never>,
  });
}

const off: RequestHandler = (_req, _res, next) => next();

/** A store outage is logged once a minute, not once a request. */
function throttled(log: (e: unknown) => void): (e: unknown) => void {
  let last = 0;
  return (e) => { const now = Date.now(); if (now - last >= 60_000) { last = now; log(e); } };
}

interface LimitOptions { logger?: LimitLogger | undefined; store?: (() => Store) | undefined }

function limiter(perMinute: number, key: (req: Parameters<RequestHandler>[0]) => string, message: string, options: LimitOptions): RequestHandler {
  if (perMinute <= 0) return off;
  const { logger } = options;
  const store = options.store?.();
  return expressRateLimit({
    ...(store ? { store } : {}),
    // With the shared store down, residents still get answers (and crisis numbers): the limit opens rather than closes.
    passOnStoreError: true,
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => key(req),
    // Health checks must answer however busy a client is, or the orchestrator restarts a healthy service.
    skip: (req) => req.path === '/healthz' || req.path === '/readyz',
    handler: (_req, res) => sendError(res, 429, 'rate-limited', message),
    // The library warns through the console by default; ours goes to the structured log.
    ...(logger ? { logger: { warn: (e: unknown) => logger.warn({ err: String(e) }, 'rate limit'), error: throttled((e: unknown) => logger.error({ err: String(e) }, 'rate limit store unavailable: not limiting')) } } : {}),
  });
}

/** Requests per client address per minute; IPv6 clients are grouped by /56 so one household cannot rotate addresses. */
export function rateLimit(perMinute: number, logger?: LimitLogger, stores?: LimitStoreFactory): RequestHandler {
  return limiter(perMinute, (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'), 'Too many requests; try again in a minute',
    { logger, store: stores && (() => stores('address')) });
}

/** Messages per conversation per minute, keyed by the conversation id in the path (a bot farm behind many addresses still hits it). */
export function conversationRateLimit(perMinute: number, logger?: LimitLogger, stores?: LimitStoreFactory): RequestHandler {
  return limiter(perMinute, (req) => `conversation:${String(req.params.id ?? '')}`, 'Too many messages in this conversation; wait a moment before sending more',
    { logger, store: stores && (() => stores('conversation')) });
}
