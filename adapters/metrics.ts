// Prometheus metrics for operators: turns, turn latency, unmet needs, crisis escalations and feedback, by language; never text or ids.
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { CRISIS_KINDS } from '../knowledge/vocabulary.js';
import { sendError } from './http/errors.js';
import type { CounterStore } from './storage/contracts.js';

// Every label value is mapped onto a closed set, so no caller can smuggle text or an id into a series name.
const LANGS = new Set(['fi', 'sv', 'en']);
const CHANNELS = new Set(['directline', 'msteams', 'emulator', 'webchat', 'test']);
const KINDS: ReadonlySet<string> = new Set(CRISIS_KINDS);

export const langLabel = (locale: unknown): string => {
  const prefix = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  return LANGS.has(prefix) ? prefix : 'unknown';
};
const channelLabel = (channel: unknown): string => (typeof channel === 'string' && CHANNELS.has(channel) ? channel : 'other');
const kindLabel = (kind: unknown): string => (typeof kind === 'string' && KINDS.has(kind) ? kind : 'other');

export interface TurnInfo { channelId?: string; locale?: string }

export interface Metrics {
  registry: Registry;
  /** The bot's counter store, also feeding the Prometheus counters. */
  countersWith(store: CounterStore): CounterStore;
  /** Runs one turn, timing it and labelling it with the language the bot answered in. */
  measureTurn<T>(turn: TurnInfo, run: (onReplyLocale: (locale: unknown) => void) => Promise<T>): Promise<T>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'luotsi_' });
  const turns = new Counter({ name: 'luotsi_turns_total', help: 'Bot turns handled', labelNames: ['lang', 'channel'] as const, registers: [registry] });
  const latency = new Histogram({
    name: 'luotsi_turn_duration_seconds', help: 'Server-side duration of a bot turn',
    labelNames: ['lang', 'channel'] as const, registers: [registry],
    // A turn normally takes 1–50 ms; the upper buckets catch a slow store or a stuck dependency.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5],
  });
  const unmet = new Counter({ name: 'luotsi_unmet_needs_total', help: 'Searches that found no fitting activity', labelNames: ['lang'] as const, registers: [registry] });
  const crisis = new Counter({ name: 'luotsi_crisis_escalations_total', help: 'Messages answered with crisis help', labelNames: ['lang', 'kind'] as const, registers: [registry] });
  const feedback = new Counter({ name: 'luotsi_feedback_total', help: 'Residents telling whether the results helped', labelNames: ['helpful'] as const, registers: [registry] });

  function observe(name: string, labels: Record<string, string>): void {
    if (name === 'unmet_need') {
      unmet.inc({ lang: langLabel(labels.lang) });
    } else if (name === 'crisis_escalation') {
      crisis.inc({ lang: langLabel(labels.lang), kind: kindLabel(labels.kind) });
    } else if (name === 'feedback') {
      feedback.inc({ helpful: labels.helpful === 'yes' ? 'yes' : 'no' });
    }
  }

  return {
    registry,
    countersWith(store) {
      return {
        async increment(name, labels) {
          await store.increment(name, labels);
          observe(name, labels);
        },
        read: (name) => store.read(name),
      };
    },
    async measureTurn(turn, run) {
      let replyLang: string | undefined;
      const started = process.hrtime.bigint();
      try {
        return await run((locale) => { if (typeof locale === 'string') replyLang = locale; });
      } finally {
        const labels = { lang: langLabel(replyLang ?? turn.locale), channel: channelLabel(turn.channelId) };
        turns.inc(labels);
        latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Operator-only routes: with a token configured, a matching bearer token is required from everyone; without one,
 * only direct loopback callers pass (a forwarded request came through a proxy, so from elsewhere).
 */
export function operatorOnly(token: string | undefined): RequestHandler {
  const expected = token ? Buffer.from(token) : undefined;
  return (req, res, next) => {
    if (expected) {
      const given = Buffer.from(bearer(req) ?? '');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'Send the operator token as "Authorization: Bearer <token>"');
    }
    const direct = LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
    if (direct) return next();
    sendError(res, 403, 'forbidden', 'Only available from this machine unless a token is configured');
  };
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** GET /metrics in Prometheus text format. */
export function metricsHandler(metrics: Metrics): RequestHandler {
  return async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
