// The composition root: builds knowledge, matcher, state, bot and channels from a validated config, and mounts the HTTP routes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ActivityHandler } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import express, { type Express, type Request } from 'express';
import helmet from 'helmet';
import { createBot } from '../bot/create-bot.js';
import { createI18n, type I18n } from '../dialogs/i18n.js';
import { createSafetyReplies } from '../bot/safety-replies.js';
import { isSummaryCode } from '../dialogs/summary-code.js';
import { renderSummaryNotFound, renderSummaryPage, SUMMARY_PRINT_SCRIPT, SUMMARY_PRINT_SCRIPT_PATH } from '../bot/summary-page.js';
import type { Catalogue, Matcher } from '../knowledge/contracts.js';
import { LANGS } from '../knowledge/vocabulary.js';
import { formatProblem, loadKnowledge } from '../knowledge/loader.js';
import { createMatcher } from '../knowledge/matcher.js';
import type { Config } from './config.js';
import { DirectLineAdapter, rememberingSummaries } from './directline/directline-adapter.js';
import { directLineRouter } from './directline/routes.js';
import { DirectLineStreams } from './directline/stream.js';
import { createTokenService } from './directline/tokens.js';
import { EchoBot } from './echo-bot.js';
import { cors } from './http/cors.js';
import { errorHandler, notFound, sendError } from './http/errors.js';
import { conversationRateLimit, rateLimit, redisLimitStores } from './http/rate-limit.js';
import type { RedisClient } from './storage/redis-stores.js';
import { createLogger, hashId, type Logger } from './logger.js';
import { createMetrics, metricsHandler, operatorOnly, type Metrics } from './metrics.js';
import { staffRouter } from './staff-routes.js';
import { createStores, type StateStores } from './storage/index.js';
import { createTeamsAdapter, teamsRouter } from './teams/teams-route.js';
import { teamsStaffChannel } from './teams/staff-channel.js';
import { directLineResidentChannel } from './directline/resident-channel.js';
import { HandoverService } from '../bot/handover/handover.js';
import { pageLang, renderDemoPage, renderPrivacyPage, renderWidget } from './web/pages.js';
import { BUNDLE_PATH, loadWebchatBundle, precompressedText } from './web/bundle.js';

const WEB_DIR = join(import.meta.dirname, 'web');
/** Web Chat as the widget loads it: built from its own modules by scripts/build-webchat.mjs, kept in the repository. */
export const WEBCHAT_BUNDLE = join(WEB_DIR, 'webchat', 'webchat-4.18.1-luotsi.js');

type Bot = Pick<ActivityHandler, 'run'>;

const MESSAGE_PATH = /^\/v3\/directline\/conversations\/[^/]+\/activities\/?$/;

/**
 * What the per-address limit leaves alone (see adapters/http/rate-limit.ts for the numbers): an open conversation's own
 * traffic, which its token authorises (polling it and getting its stream address, posting to it, which counts per
 * conversation instead, refreshing its token), a browser's CORS preflight (a message whose preflight were refused would
 * never be posted at all), and the embed's static files. Residents on one school or library network share an address;
 * only opening conversations counts against it. (The WebSocket stream never passes through Express at all.)
 */
function isExemptFromAddressLimit(req: Request): boolean {
  if (req.method === 'OPTIONS') return true;
  if (req.path.startsWith('/v3/directline/conversations/')) return true;
  if (req.method === 'POST' && req.path === '/v3/directline/tokens/refresh') return true;
  return ['GET', 'HEAD'].includes(req.method)
    && (['/widget.js', '/webchat.js', '/favicon.ico'].includes(req.path) || req.path.startsWith('/static/'));
}

/** A typing indicator is not a message: it never uses up a conversation's allowance (the JSON body is parsed by then). */
const isTyping = (req: Request): boolean => (req.body as { type?: unknown } | undefined)?.type === 'typing';

/** A resident's message, by Direct Line or from a Bot Framework channel (Teams). */
function isPostingMessage(req: Request): boolean {
  return req.method === 'POST' && (MESSAGE_PATH.test(req.path) || req.path === '/api/messages');
}

export interface AppOverrides {
  /** A bot to run instead of Luotsi's (channel tests use an echo bot). */
  bot?: Bot;
  catalogue?: Catalogue;
  knowledgeDir?: string;
  matcher?: Matcher;
  stores?: StateStores;
  logger?: Logger;
  /** Replaces the outbound Azure AD client of the Teams adapter; tests stay offline with it. */
  teamsCredentialsFactory?: ServiceClientCredentialsFactory;
}

export interface RunningServer { port: number; url: string; server: Server; close(): Promise<void> }

export interface LuotsiApp {
  app: Express;
  config: Config;
  catalogue: Catalogue;
  stores: StateStores;
  logger: Logger;
  metrics: Metrics;
  /** Listens on `port` (default config.port; 0 = any free port). */
  start(port?: number): Promise<RunningServer>;
  /** Turns still running, for a graceful shutdown. */
  inFlight(): number;
}

export type CreateAppResult = { ok: true; luotsi: LuotsiApp } | { ok: false; errors: string[] };

/** What the bot's cards repeat, rarest first: activity titles, locale strings, situation names (in every "understood" card). */
function repeatedTexts(catalogue: Catalogue, i18n: I18n): string[] {
  const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : []);
  return [
    ...catalogue.activities.flatMap((a) => LANGS.map((l) => a.title[l])),
    ...leaves(i18n.instance.store.data),
    ...[...catalogue.situations.values()].flatMap((s) => LANGS.map((l) => s.name[l])),
  ];
}

/** Builds everything; a broken knowledge base comes back as errors, and nothing listens. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<CreateAppResult> {
  const logger = overrides.logger ?? createLogger(config.logLevel);

  let catalogue = overrides.catalogue;
  if (!catalogue) {
    const loaded = loadKnowledge(overrides.knowledgeDir);
    if (!loaded.ok) return { ok: false, errors: loaded.problems.map(formatProblem) };
    catalogue = loaded.catalogue;
  }

  const i18n: I18n = createI18n();
  const stores = overrides.stores ?? createStores({
    redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, stateTtlMinutes: config.stateTtlMinutes,
    onStatus: (status, detail) => logger[status === 'ready' ? 'info' : 'warn']({ status, detail }, 'state store'),
    // Only in-memory transcripts are compressed; Redis keeps its own.
    ...(config.redisUrl ? {} : { transcriptTexts: repeatedTexts(catalogue, i18n) }),
  });
  const metrics = createMetrics();
  const counters = metrics.countersWith(stores.counters);
  const onError = (err: unknown, what: string) =>
    logger.error({ what, err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'error');
  // Answers for when no turn can run (a limit, an outage, a busy lock, a failed turn); counted like the bot's crisis replies.
  const replies = createSafetyReplies({
    catalogue, i18n,
    onCrisis: (lang, kind) => { counters.increment('crisis_escalation', { lang, kind }).catch((err: unknown) => onError(err, 'crisis counter')); },
  });

  // The Teams adapter serves /api/messages and carries the staff side of a handover (proactive posts in the queue channel).
  const teamsAdapter = createTeamsAdapter({
    config, onError, replies, ...(overrides.teamsCredentialsFactory ? { credentialsFactory: overrides.teamsCredentialsFactory } : {}),
  });
  const adapter = new DirectLineAdapter({
    conversations: stores.conversations, lock: stores.lock, serviceUrl: config.publicBaseUrl, replies, summaries: stores.summaries,
    forgetConfirmation: (lang, { summaryCodes }) => (summaryCodes.length > 0
      ? i18n.t(lang, 'privacy.forgottenWebPages', { codes: summaryCodes.join(', ') })
      : i18n.t(lang, 'privacy.forgottenWeb')),
    onResidentTyping: (conversationId) => { void handover?.residentTyping(conversationId).catch((err: unknown) => onError(err, 'handover typing')); },
    onTurnError: (err, conversationId) => logger.error({ conversation: hashId(conversationId), err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'turn failed'),
  });
  let bot: Bot;
  let handover: HandoverService | undefined;
  if (overrides.bot) bot = overrides.bot;
  else if (config.bot === 'echo') bot = new EchoBot();
  else {
    const matcher = overrides.matcher ?? createMatcher(catalogue);
    // A resident asks for a person in the web chat; staff answer in a Teams channel (bot/handover).
    handover = new HandoverService({
      store: stores.handovers, staff: teamsStaffChannel({ adapter: teamsAdapter, appId: config.microsoftApp.id ?? '' }),
      resident: directLineResidentChannel(adapter), i18n, catalogue, matcher, counters,
      settings: { ...config.handover, ttlMs: config.stateTtlMinutes * 60_000 },
      onError,
    });
    bot = createBot({
      handover,
      // Summary pages made in a web chat are remembered with its conversation, so its "forget me" takes them down too.
      catalogue, matcher, storage: stores.storage, summaries: rememberingSummaries(stores.summaries, stores.conversations), counters,
      publicBaseUrl: config.publicBaseUrl, i18n, onError: (err) => onError(err, 'bot turn'),
    });
  }

  let turns = 0;
  const logic = async (context: Parameters<Bot['run']>[0]) => {
    turns++;
    const started = Date.now();
    let lang: string | undefined;
    try {
      // NODE_ENV=test only (config.ts): a slow turn holding its lock, for the crash test to kill -9 in the middle of.
      if (config.testTurnDelayMs > 0 && context.activity.type === 'message') await new Promise((r) => setTimeout(r, config.testTurnDelayMs));
      await metrics.measureTurn(context.activity, async (onReplyLocale) => {
        // The language a turn counts under is the one the bot answered in, which the resident's locale need not be.
        // Read after the later handlers (the bot's own sets each reply's locale) have run.
        context.onSendActivities(async (_ctx, activities, next) => {
          const sent = await next();
          for (const a of activities) if (a.locale) { onReplyLocale(a.locale); lang = a.locale; }
          return sent;
        });
        await bot.run(context);
      });
    } finally {
      turns--;
      // Enough to follow one conversation through the log (by its hash) without a word of what was said; made only when
      // the log takes debug records.
      const { activity } = context;
      if (logger.isLevelEnabled('debug')) logger.debug({ conversation: hashId(activity.conversation?.id ?? ''), channel: activity.channelId, type: activity.type, lang, ms: Date.now() - started }, 'turn');
    }
  };

  const tokens = createTokenService(config.directLineSecret);

  const app = express();
  app.disable('x-powered-by');
  // TRUST_PROXY: which reverse proxies may name the client (X-Forwarded-For) for req.ip and the per-address limit;
  // unset, none may, and the socket address is the client.
  app.set('trust proxy', config.trustProxy);
  app.use(helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Web Chat and Adaptive Cards set styles at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'", ...config.allowedOrigins],
      },
    },
    // The widget and the bundle are loaded by municipal sites on other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  }));

  // Health checks come first: never rate limited, never dependent on anything but the process.
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    const storeOk = await Promise.race([
      stores.health.ping().catch(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 1000).unref()),
    ]);
    if (!storeOk) return sendError(res, 503, 'not-ready', 'The state store does not answer');
    res.json({ status: 'ready', activities: catalogue.activities.length });
  });

  const anyOrigin = config.allowedOrigins.length === 0 && config.nodeEnv !== 'production';
  const redisClient = (stores as { client?: RedisClient }).client;
  const limitStores = redisClient ? redisLimitStores(config.redisPrefix, (args) => redisClient.sendCommand(args)) : undefined;
  // Reading a conversation never counts, and a posted message over a limit is read by its route before it is refused,
  // so a message that signals danger to life still gets 112 and the crisis lines.
  app.use(rateLimit(config.rateLimitPerMinute, logger, limitStores, { exempt: isExemptFromAddressLimit, deferRefusal: isPostingMessage }));
  const messageLimit = conversationRateLimit(config.conversationRateLimitPerMinute, logger, limitStores, { deferRefusal: () => true, exempt: isTyping });
  app.use(['/v3/directline', '/widget.js', '/static/widget.css'], cors(config.allowedOrigins, anyOrigin));
  app.use((_req, res, next) => {
    // Server-Timing lets load tests separate our time from the network's.
    const started = process.hrtime.bigint();
    const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
    res.end = ((...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('Server-Timing', `turn;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
      return end(...args);
    }) as typeof res.end;
    next();
  });

  app.get('/metrics', operatorOnly(config.metricsToken), metricsHandler(metrics));
  app.use(staffRouter({ counters: stores.counters, ...(config.statsToken ? { statsToken: config.statsToken } : {}) }));

  app.use('/v3/directline', directLineRouter({
    adapter, tokens, conversations: stores.conversations, logic, replies, messageLimit, publicBaseUrl: config.publicBaseUrl,
  }));
  // The WebSocket streams: upgrades on the HTTP server (see start()), never counted by any limit.
  const streams = new DirectLineStreams({
    conversations: stores.conversations, tokens, allowedOrigins: config.allowedOrigins, anyOrigin,
    outageNotices: { take: (id) => adapter.takeOutageNotices(id), onWaiting: (listener) => adapter.onOutageNotices(listener) },
    onError: (err) => onError(err, 'stream'),
  });
  app.use(teamsRouter({ config, bot: { run: logic }, onError, replies, adapter: teamsAdapter }));

  app.get('/', (req, res) => { res.type('html').send(renderDemoPage(pageLang(req.query.lang, req.headers['accept-language']), i18n)); });
  // Browsers ask for it on every page; an empty answer keeps the console and the logs clean.
  app.get('/favicon.ico', (_req, res) => { res.status(204).setHeader('Cache-Control', 'public, max-age=86400').end(); });
  app.get('/privacy', (req, res) => {
    res.type('html').send(renderPrivacyPage(pageLang(req.query.lang, req.headers['accept-language']), config.stateTtlMinutes, i18n));
  });
  // Precompressed (brotli or gzip) at a content-hashed URL cached for a year; widget.js names that URL (adapters/web/bundle.ts).
  const webchat = loadWebchatBundle(WEBCHAT_BUNDLE, (message) => logger.warn(message));
  // widget.js with its texts and the bundle's address, compressed once here (brotli 11, gzip 9), never per request.
  const widget = renderWidget(readFileSync(join(WEB_DIR, 'static', 'widget.js'), 'utf8'), i18n, webchat.url);
  app.get('/widget.js', precompressedText(widget, 'application/javascript; charset=utf-8', 'public, max-age=300'));
  app.get(BUNDLE_PATH, webchat.handler);
  app.use('/static', express.static(join(WEB_DIR, 'static'), { maxAge: '5m', index: false, fallthrough: true }));
  app.get(SUMMARY_PRINT_SCRIPT_PATH, (_req, res) => { res.type('application/javascript').send(SUMMARY_PRINT_SCRIPT); });
  app.get('/summary/:code', async (req, res) => {
    const code = req.params.code.toUpperCase();
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    const record = isSummaryCode(code) ? await stores.summaries.get(code) : undefined;
    if (!record) {
      return res.status(404).type('html').send(renderSummaryNotFound(pageLang(req.query.lang, req.headers['accept-language']), i18n));
    }
    res.type('html').send(renderSummaryPage(record, catalogue, i18n));
  });

  app.use(notFound);
  app.use(errorHandler((err) => onError(err, 'http')));

  const luotsi: LuotsiApp = {
    app, config, catalogue, stores, logger, metrics,
    inFlight: () => turns,
    start(port = config.port) {
      return new Promise((resolve, reject) => {
        const server = createServer(app);
        server.keepAliveTimeout = 65_000;
        server.on('upgrade', (req, socket, head) => { if (!streams.handleUpgrade(req, socket, head)) socket.destroy(); });
        server.once('error', reject);
        // Requests for a person that nobody accepted in time: whichever instance looks first tells the resident.
        const sweep = handover ? setInterval(() => {
          handover?.expireDue().catch((err: unknown) => onError(err, 'handover expiry'));
        }, config.handover.sweepSeconds * 1000) : undefined;
        sweep?.unref();
        server.listen(port, () => {
          const actual = (server.address() as AddressInfo).port;
          resolve({
            port: actual,
            url: `http://127.0.0.1:${actual}`,
            server,
            close: () => new Promise<void>((done) => {
              // Polling clients hold keep-alive sockets open; idle ones are closed now, and a busy one (a turn in
              // flight) as soon as its answer is out, or the server would wait for the keep-alive timeout.
              // Streams are told to reconnect (to another instance, if this one is going away).
              streams.closeAll();
              clearInterval(sweep);
              const idle = setInterval(() => server.closeIdleConnections(), 50);
              idle.unref();
              server.close(() => { clearInterval(idle); done(); });
              server.closeIdleConnections();
            }),
          });
        });
      });
    },
  };
  return { ok: true, luotsi };
}
