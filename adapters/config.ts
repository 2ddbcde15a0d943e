// The service's configuration: the environment parsed once with zod; nothing else in Luotsi reads process.env.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import { ALWAYS_OPEN, parseHours, type OpeningHours } from '../bot/handover/hours.js';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const intInRange = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int(`expected a whole number`).min(min, `expected at least ${min}`).max(max, `expected at most ${max}`).default(fallback));

/** Express's named address ranges for `trust proxy`. */
const TRUST_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address or subnet Express's `trust proxy` (proxy-addr) accepts: 10.0.0.1, 10.0.0.0/8, 10.0.0.0/255.0.0.0, fd00::/8. */
function isTrustedAddress(entry: string): boolean {
  if (TRUST_PRESETS.has(entry)) return true;
  const [address = '', range, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (range === undefined) return true;
  if (/^\d+$/.test(range)) return Number(range) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(range) === 4;
}

/**
 * TRUST_PROXY: unset = trust no proxy (the socket address is the client); a whole number = that many hops; otherwise
 * comma-separated addresses, subnets or Express presets (loopback, linklocal, uniquelocal). `true` (every hop, so any
 * client could choose its own address and its own rate-limit bucket) is refused.
 */
const trustProxy = z.preprocess(emptyToUndefined, z.string().trim().optional()).transform((raw, ctx): false | number | string[] => {
  if (raw === undefined) return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 100) return hops;
    ctx.addIssue({ code: 'custom', message: 'expected at most 100 proxy hops' });
    return z.NEVER;
  }
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.filter((e) => !isTrustedAddress(e));
  if (entries.length > 0 && bad.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message: `expected a number of proxy hops (such as 1) or comma-separated addresses, subnets or presets (loopback, linklocal, uniquelocal), got "${bad[0] ?? raw}"`,
  });
  return z.NEVER;
});

/** HANDOFF_HOURS: weekly hours in Helsinki time (`mon-fri 09:00-15:00`); unset = always open. */
const handoffHours = optionalString.transform((raw, ctx): { hours: OpeningHours; spec?: string } => {
  if (raw === undefined) return { hours: ALWAYS_OPEN };
  const parsed = parseHours(raw);
  if (parsed.ok) return { hours: parsed.hours, spec: raw };
  ctx.addIssue({ code: 'custom', message: `${parsed.error}; expected e.g. "mon-fri 09:00-15:00" or "ma-to 9-16, pe 9-14" (Helsinki time)` });
  return z.NEVER;
});

/** A service-guidance contact shown to residents: free text, at most 500 characters. */
const contactText = z.preprocess(emptyToUndefined, z.string().trim().max(500, 'expected at most 500 characters').optional());

const url = (what: string) => z.preprocess(emptyToUndefined, z.url(`expected ${what}`).optional());

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  PORT: intInRange(0, 65535, 3978),
  REDIS_URL: z.preprocess(emptyToUndefined, z.string().regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL').optional()),
  REDIS_PREFIX: z.preprocess(emptyToUndefined, z.string().default('luotsi:')),
  STATE_TTL_MINUTES: intInRange(1, 7 * 24 * 60, 30),
  DIRECTLINE_TOKEN_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'expected at least 32 characters').optional()),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional()),
  MicrosoftAppTenantId: optionalString,
  RATE_LIMIT_PER_MINUTE: intInRange(0, 1_000_000, 120),
  CONVERSATION_RATE_LIMIT_PER_MINUTE: intInRange(0, 1_000_000, 30),
  METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'expected at least 16 characters').optional()),
  STATS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'expected at least 16 characters').optional()),
  ALLOWED_ORIGINS: z.preprocess(emptyToUndefined, z.string().optional()),
  PUBLIC_BASE_URL: url('an absolute http(s) URL such as https://luotsi.example.fi'),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  BOT_OPENID_METADATA: url('an absolute URL of an OpenID configuration document'),
  TRUST_PROXY: trustProxy,
  TEAMS_DEV_MODE: z.preprocess(emptyToUndefined, z.enum(['0', '1'], 'expected 1 (on) or 0 (off)').optional()),
  HANDOFF_HOURS: handoffHours,
  HANDOFF_WAIT_MINUTES: intInRange(1, 240, 10),
  HANDOFF_CONTACT_FI: contactText,
  HANDOFF_CONTACT_SV: contactText,
  HANDOFF_CONTACT_EN: contactText,
  HANDOFF_SWEEP_SECONDS: intInRange(1, 300, 5),
  HANDOFF_MAX_WAITING: intInRange(0, 1000, 5),
  LUOTSI_BOT: z.preprocess(emptyToUndefined, z.enum(['luotsi', 'echo']).default('luotsi')),
  // Test only (honoured with NODE_ENV=test, refused otherwise): every message turn sleeps this long while it holds the
  // conversation's lock, so a test can kill -9 an instance in the middle of a turn (test/integration/crash.test.ts).
  LUOTSI_TEST_TURN_DELAY_MS: intInRange(0, 600_000, 0),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  redisUrl?: string;
  redisPrefix: string;
  stateTtlMinutes: number;
  directLineSecret: string;
  /** True when the secret was generated for this process; tokens die with it. */
  directLineSecretGenerated: boolean;
  microsoftApp: { id?: string; password?: string; type?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI'; tenantId?: string };
  /**
   * Express's `trust proxy`: false = no proxy is trusted (the socket address is the client), a number = that many hops,
   * a list = those addresses, subnets or presets.
   */
  trustProxy: false | number | string[];
  /**
   * TEAMS_DEV_MODE=1: without MicrosoftAppId, /api/messages takes unsigned activities from a direct loopback caller
   * (never a forwarded request). Off, /api/messages refuses everything while MicrosoftAppId is unset.
   */
  teamsDevMode: boolean;
  rateLimitPerMinute: number;
  /** Messages one conversation may post per minute; 0 turns it off. */
  conversationRateLimitPerMinute: number;
  /** Bearer token for /metrics; without it only loopback callers get the metrics. */
  metricsToken?: string;
  /** Bearer token for /staff/stats; without it only loopback callers get the counts. */
  statsToken?: string;
  allowedOrigins: string[];
  publicBaseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where Bot Framework token keys are published; overridable so the signed path can be tested offline. */
  botOpenIdMetadata?: string;
  /** Handing a resident over to service-guidance staff in Teams. */
  handover: {
    /** HANDOFF_HOURS (Europe/Helsinki, closed on public holidays); ALWAYS_OPEN when unset. */
    hours: OpeningHours;
    /** HANDOFF_HOURS as given, when set. */
    hoursSpec?: string;
    /** HANDOFF_WAIT_MINUTES: how long a request waits for staff before the resident is told nobody could come. */
    waitMinutes: number;
    /** HANDOFF_CONTACT_FI|SV|EN: the municipality's service-guidance contact; a missing sv or en falls back to fi. */
    contact: { fi?: string; sv?: string; en?: string };
    /** HANDOFF_SWEEP_SECONDS: how often each instance looks for requests nobody accepted in time. */
    sweepSeconds: number;
    /**
     * HANDOFF_MAX_WAITING: with this many requests waiting unaccepted, the next resident is told at once that all staff
     * are busy instead of being queued (default 5; 0 = no cap).
     */
    maxWaiting: number;
  };
  /** `echo` swaps in a trivial bot so load tests can measure the channel alone. */
  bot: 'luotsi' | 'echo';
  /** NODE_ENV=test only: how long every message turn sleeps, holding its lock (LUOTSI_TEST_TURN_DELAY_MS); 0 otherwise. */
  testTurnDelayMs: number;
  /** Things an operator should know at start-up (e.g. a generated secret). */
  warnings: string[];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

function parseOrigins(raw: string | undefined): { origins: string[]; errors: string[] } {
  const origins: string[] = [];
  const errors: string[] = [];
  for (const part of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      const u = new URL(part);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
      origins.push(u.origin);
    } catch {
      errors.push(`ALLOWED_ORIGINS: expected comma-separated origins such as https://www.example.fi, got "${part}"`);
    }
  }
  return { origins, errors };
}

/** The contact per language; Swedish and English fall back to the Finnish text when they are not given. */
function handoffContact(fi?: string, sv?: string, en?: string): { fi?: string; sv?: string; en?: string } {
  const svText = sv ?? fi;
  const enText = en ?? fi;
  return { ...(fi !== undefined ? { fi } : {}), ...(svText !== undefined ? { sv: svText } : {}), ...(enText !== undefined ? { en: enText } : {}) };
}

/** Reads the environment; every bad variable gives one line naming it ("PORT: expected a whole number"). */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  const { origins, errors } = parseOrigins(env.ALLOWED_ORIGINS);
  if (!parsed.success) {
    return { ok: false, errors: [...parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`), ...errors] };
  }
  const e = parsed.data;
  const warnings: string[] = [];
  if (!e.DIRECTLINE_TOKEN_SECRET && e.NODE_ENV === 'production') {
    errors.push('DIRECTLINE_TOKEN_SECRET: required when NODE_ENV=production (at least 32 characters), so tokens survive restarts and work on every instance');
  }
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    errors.push('MicrosoftAppPassword: required when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    errors.push('MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant');
  }
  if (e.LUOTSI_TEST_TURN_DELAY_MS > 0 && e.NODE_ENV !== 'test') {
    errors.push('LUOTSI_TEST_TURN_DELAY_MS: only for tests (NODE_ENV=test); it would make every turn slow');
  }
  if (errors.length > 0) return { ok: false, errors };
  if (!e.DIRECTLINE_TOKEN_SECRET) {
    warnings.push('DIRECTLINE_TOKEN_SECRET is not set: using a random secret for this process; web chat tokens will not survive a restart or work on other instances');
  }
  const teamsDevMode = e.TEAMS_DEV_MODE === '1';
  if (teamsDevMode && e.MicrosoftAppId) {
    warnings.push('TEAMS_DEV_MODE=1 has no effect while MicrosoftAppId is set: /api/messages requires a Bot Framework token');
  }
  return {
    ok: true,
    config: {
      nodeEnv: e.NODE_ENV,
      port: e.PORT,
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
      redisPrefix: e.REDIS_PREFIX,
      stateTtlMinutes: e.STATE_TTL_MINUTES,
      directLineSecret: e.DIRECTLINE_TOKEN_SECRET ?? randomBytes(32).toString('base64url'),
      directLineSecretGenerated: !e.DIRECTLINE_TOKEN_SECRET,
      microsoftApp: {
        ...(e.MicrosoftAppId ? { id: e.MicrosoftAppId } : {}),
        ...(e.MicrosoftAppPassword ? { password: e.MicrosoftAppPassword } : {}),
        ...(e.MicrosoftAppType ? { type: e.MicrosoftAppType } : {}),
        ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      },
      trustProxy: e.TRUST_PROXY,
      teamsDevMode,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      conversationRateLimitPerMinute: e.CONVERSATION_RATE_LIMIT_PER_MINUTE,
      ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
      ...(e.STATS_TOKEN ? { statsToken: e.STATS_TOKEN } : {}),
      allowedOrigins: origins,
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      logLevel: e.LOG_LEVEL,
      ...(e.BOT_OPENID_METADATA ? { botOpenIdMetadata: e.BOT_OPENID_METADATA } : {}),
      handover: {
        hours: e.HANDOFF_HOURS.hours,
        ...(e.HANDOFF_HOURS.spec !== undefined ? { hoursSpec: e.HANDOFF_HOURS.spec } : {}),
        waitMinutes: e.HANDOFF_WAIT_MINUTES,
        contact: handoffContact(e.HANDOFF_CONTACT_FI, e.HANDOFF_CONTACT_SV, e.HANDOFF_CONTACT_EN),
        sweepSeconds: e.HANDOFF_SWEEP_SECONDS,
        maxWaiting: e.HANDOFF_MAX_WAITING,
      },
      bot: e.LUOTSI_BOT,
      testTurnDelayMs: e.NODE_ENV === 'test' ? e.LUOTSI_TEST_TURN_DELAY_MS : 0,
      warnings,
    },
  };
}
