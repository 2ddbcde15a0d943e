// Rate limits with express-rate-limit: requests per client address, and messages per Direct Line conversation; 0 turns either off.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit as expressRateLimit } from 'express-rate-limit';
import { sendError } from './errors.js';

export interface LimitLogger { warn(msg: unknown, ...rest: unknown[]): void; error(msg: unknown, ...rest: unknown[]): void }

const off: RequestHandler = (_req, _res, next) => next();

function limiter(perMinute: number, key: (req: Parameters<RequestHandler>[0]) => string, message: string, logger?: LimitLogger): RequestHandler {
  if (perMinute <= 0) return off;
  return expressRateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => key(req),
    // Health checks must answer however busy a client is, or the orchestrator restarts a healthy service.
    skip: (req) => req.path === '/healthz' || req.path === '/readyz',
    handler: (_req, res) => sendError(res, 429, 'rate-limited', message),
    // The library warns through the console by default; ours goes to the structured log.
    ...(logger ? { logger: { warn: (e: unknown) => logger.warn({ err: String(e) }, 'rate limit'), error: (e: unknown) => logger.error({ err: String(e) }, 'rate limit') } } : {}),
  });
}

/** Requests per client address per minute; IPv6 clients are grouped by /56 so one household cannot rotate addresses. */
export function rateLimit(perMinute: number, logger?: LimitLogger): RequestHandler {
  return limiter(perMinute, (req) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown'), 'Too many requests; try again in a minute', logger);
}

/** Messages per conversation per minute, keyed by the conversation id in the path (a bot farm behind many addresses still hits it). */
export function conversationRateLimit(perMinute: number, logger?: LimitLogger): RequestHandler {
  return limiter(perMinute, (req) => `conversation:${String(req.params.id ?? '')}`, 'Too many messages in this conversation; wait a moment before sending more', logger);
}
