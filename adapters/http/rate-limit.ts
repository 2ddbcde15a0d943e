// Requests per client address per minute, in a fixed window per process; 0 turns it off.
import type { RequestHandler } from 'express';
import { sendError } from './errors.js';

export function rateLimit(perMinute: number, now: () => number = Date.now): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  let windowStart = now();
  let counts = new Map<string, number>();
  return (req, res, next) => {
    const t = now();
    // A fresh map each minute keeps memory bounded by one minute's distinct clients.
    if (t - windowStart >= 60_000) { windowStart = t; counts = new Map(); }
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > perMinute) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil((windowStart + 60_000 - t) / 1000))));
      return sendError(res, 429, 'rate-limited', 'Too many requests; try again in a minute');
    }
    next();
  };
}
