// Rate limits with express-rate-limit: requests per client address, and messages per Direct Line conversation; 0 turns either off.
// With Redis (rate-limit-redis) the counts are shared by every instance, so a bot farm cannot multiply its allowance by the
// number of instances behind the load balancer; in memory they are per instance. A limit may exempt requests (reading a
// conversation) and may leave its refusal of a posted message to the route, which still answers a crisis with 112.
//
// The numbers (wired in adapters/app.ts), chosen so that residents sharing one address (a school, a library, a mobile
// operator's NAT) do not lock each other out:
// - Per client address, RATE_LIMIT_PER_MINUTE (default 120) requests a minute, the address as TRUST_PROXY decides it.
//   Counted: opening a chat (POST /v3/directline/tokens/generate and POST /v3/directline/conversations: two requests, so
//   60 new chats a minute from one address), the pages (/, /privacy, /summary/:code), /api/messages, /metrics, /staff.
//   Never counted: anything a conversation's own token does (polling GET .../activities, GET .../conversations/:id for the
//   stream address, posting messages, POST /tokens/refresh), the WebSocket stream (not an Express request at all),
//   CORS preflights, the embed's static files (/widget.js, /webchat.js, /static/*) and health checks.
// - Per conversation, CONVERSATION_RATE_LIMIT_PER_MINUTE (default 30) posted activities a minute (messages, card
//   submits, events; typing indicators are free). Past it: 429 with Retry-After, except a message that signals danger
//   to life, which always gets 112 and the crisis lines.
// - Polling and the stream are free, so the stock clients' one poll a second, or one open socket, never uses up anything.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
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
  /**
   * At start Redis is usually still connecting, and loading the scripts then fails: that is no outage, so it is not
   * reported (the library would log it as "store unavailable" at every start). The scripts load again on first use.
   */
  override async init(options: Options): Promise<void> {
    this.windowMs = options.windowMs;
    const quiet = <T>(p: Promise<T>): Promise<T> => { p.catch(() => undefined); return p; };
    this.incrementScriptSha = quiet(this.loadIncrementScript());
    this.getScriptSha = quiet(this.loadGetScript());
  }

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

/** Which requests a limit leaves alone, and which refusals it leaves to the route. */
export interface LimitRoutes {
  /** Never counted nor refused (reading a conversation: polling must go on, or a resident never sees the answers). */
  exempt?: (req: Request) => boolean;
  /**
   * Counted, but when over the limit passed on marked as refused (see `refusalOf`) instead of answered 429, so the route
   * can read the message first: a message that signals danger to life is never refused.
   */
  deferRefusal?: (req: Request) => boolean;
}

const REFUSAL = 'luotsi.rateLimitRefusal';

/** The refusal a limit left to this route (its 429 message), or undefined when no limit refused the request. */
export function refusalOf(res: Response): string | undefined {
  const refusal: unknown = res.locals[REFUSAL];
  return typeof refusal === 'string' ? refusal : undefined;
}

/** Answers a refused request as a limit would have: 429, Retry-After (already set by the limit), the JSON error. */
export function sendRefusal(res: Response, message: string): void {
  sendError(res, 429, 'rate-limited', message);
}

/** A crisis reply goes out instead of the refusal: the answer must not tell the client to back off and retry. */
export function withdrawRefusal(res: Response): void {
  res.removeHeader('Retry-After');
}

const isHealthCheck = (req: Request) => req.path === '/healthz' || req.path === '/readyz';

interface LimitOptions extends LimitRoutes { logger?: LimitLogger | undefined; store?: (() => Store) | undefined }

function limiter(perMinute: number, key: (req: Request) => string, message: string, options: LimitOptions): RequestHandler {
  if (perMinute <= 0) return off;
  const { logger, exempt, deferRefusal } = options;
  const store = options.store?.();
  return expressRateLimit({
    ...(store ? { store } : {}),
    // With the shared store down, residents still get answers (and crisis numbers): the limit opens rather than closes.
    passOnStoreError: true,
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Without TRUST_PROXY an X-Forwarded-For header is the client's own claim, ignored on purpose: no need to log it.
    validate: { xForwardedForHeader: false },
    keyGenerator: (req) => key(req),
    // Health checks must answer however busy a client is, or the orchestrator restarts a healthy service.
    skip: (req) => isHealthCheck(req) || (exempt?.(req) ?? false),
    handler: (req, res, next) => {
      if (!deferRefusal?.(req)) return sendRefusal(res, message);
      res.locals[REFUSAL] ??= message;
      next();
    },
    // The library warns through the console by default; ours goes to the structured log.
    ...(logger ? { logger: { warn: (e: unknown) => logger.warn({ err: String(e) }, 'rate limit'), error: throttled((e: unknown) => logger.error({ err: String(e) }, 'rate limit store unavailable: not limiting')) } } : {}),
  });
}

/** Requests per client address per minute; IPv6 clients are grouped by /56 so one household cannot rotate addresses. */
export function rateLimit(perMinute: number, logger?: LimitLogger, stores?: LimitStoreFactory, routes: LimitRoutes = {}): RequestHandler {
  return limiter(perMinute, (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'), 'Too many requests; try again in a minute',
    { logger, store: stores && (() => stores('address')), ...routes });
}

/** Messages per conversation per minute, keyed by the conversation id in the path (a bot farm behind many addresses still hits it). */
export function conversationRateLimit(perMinute: number, logger?: LimitLogger, stores?: LimitStoreFactory, routes: LimitRoutes = {}): RequestHandler {
  return limiter(perMinute, (req) => `conversation:${String(req.params.id ?? '')}`, 'Too many messages in this conversation; wait a moment before sending more',
    { logger, store: stores && (() => stores('conversation')), ...routes });
}
