// POST /api/messages: the Bot Framework channel endpoint (Teams, Emulator) on botbuilder's CloudAdapter, with @mentions stripped and invokes answered.
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory,
  type ActivityHandler, type InvokeResponse, TurnContext,
} from 'botbuilder';
// botbuilder's own connector (not re-exported by botbuilder): its AuthenticationError is what the route answers with 401.
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Config } from '../config.js';
import { requireJsonBody, sendError } from '../http/errors.js';
import { refusalOf, sendRefusal, withdrawRefusal } from '../http/rate-limit.js';
import type { SafetyReplies } from '../../bot/safety-replies.js';

export interface TeamsRouteDeps {
  config: Config;
  bot: Pick<ActivityHandler, 'run'>;
  /** Replaces the outbound Azure AD client; tests use it to stay offline. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  onError: (err: unknown, what: string) => void;
  /** The crisis card for a crisis that a limit refused or a failed turn left unanswered; the kind apology with 112 otherwise. */
  replies: SafetyReplies;
  /** The adapter to use (shared with the handover's staff channel); made from the config when unset. */
  adapter?: TeamsAdapter;
}

/** The channels this endpoint serves: Teams, and the Bot Framework Emulator for local development. */
export const SERVED_CHANNELS = ['msteams', 'emulator'] as const;

// Enough of an Activity to be worth authenticating; the SDK checks the rest.
const ChannelActivity = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().max(64).optional(),
  // Replies are POSTed here: only http(s), never javascript:, file: or the like.
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.object({ id: z.string().min(1).max(512) }).loose(),
  text: z.string().max(10_000).optional(),
}).loose();

// Overriding any one endpoint makes botbuilder use only the endpoints given, so the rest of the public cloud's are spelled out.
const PUBLIC_CLOUD = {
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
};

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A caller on this machine talking to us directly: a loopback socket and no proxy header, whatever TRUST_PROXY says. */
function isDirectLoopback(req: Request): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/** The Bot Framework's signing keys could not be read (the OpenID metadata or its key set did not answer): not the caller's fault. */
export class SigningKeysUnavailable extends Error {
  override readonly name = 'SigningKeysUnavailable';
}

/** node-fetch's errors (a refused or reset connection, DNS, a body that is not JSON) while the keys are fetched. */
function isFetchFailure(err: unknown): boolean {
  return err instanceof Error && (err.name === 'FetchError' || err.name === 'AbortError' || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET/.test(err.message));
}

/**
 * A bad signature surfaces from botbuilder as a plain JWT error (a 500); it is the caller's fault, so 401. Keys that
 * cannot be fetched (botbuilder's own AuthenticationError with a 5xx, or a network error) are an outage: a 503.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      if (err instanceof Error && JWT_ERRORS.has(err.name)) throw new AuthenticationError(`Unauthorized: ${err.message}`, 401);
      if (err instanceof AuthenticationError && err.statusCode >= 500) throw new SigningKeysUnavailable(err.message);
      if (isFetchFailure(err)) throw new SigningKeysUnavailable(err instanceof Error ? err.message : String(err));
      throw err;
    }
  }
}

/** CloudAdapter's turn without `process`, which prints every failure's stack to the console and answers each with 500. */
export class TeamsAdapter extends CloudAdapter {
  turn(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** What botbuilder's own request parsing does to an activity: its time fields as dates, the wire strings kept beside them. */
function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/**
 * An @mention of the bot in a channel arrives as "<at>Luotsi</at> omaishoitaja Vantaa": the mention is taken out before
 * anything reads the text, so it is neither searched for nor echoed. Mentions of other people stay.
 */
export function stripBotMention(context: TurnContext): void {
  const activity = context.activity;
  if (activity.type !== 'message' || typeof activity.text !== 'string') return;
  try {
    TurnContext.removeRecipientMention(activity);
  } catch {
    // A mention entity without the <at> markup botbuilder expects; the markup itself is removed below.
  }
  const botName = activity.recipient?.name;
  if (botName && activity.text.includes('<at>')) {
    activity.text = activity.text.split(`<at>${botName}</at>`).join(' ');
  }
  activity.text = activity.text.replace(/\s+/g, ' ').trim();
}

export function createTeamsAdapter(deps: Pick<TeamsRouteDeps, 'config' | 'credentialsFactory' | 'onError' | 'replies'>): TeamsAdapter {
  const app = deps.config.microsoftApp;
  const settings = {
    MicrosoftAppId: app.id ?? '',
    MicrosoftAppPassword: app.password ?? '',
    MicrosoftAppType: app.type ?? (app.id ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: app.tenantId ?? '',
    ...(deps.config.botOpenIdMetadata ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: deps.config.botOpenIdMetadata } : {}),
  };
  const credentials = deps.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings);
  const adapter = new TeamsAdapter(new StrictAuthentication(settings, credentials));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    deps.onError(error, 'teams turn');
    // A crisis the turn broke before answering gets the crisis card; anything else the apology with 112 and the MIELI line.
    const crisis = context.responded ? undefined : deps.replies.crisis(context.activity);
    try {
      await context.sendActivity(crisis ?? deps.replies.unavailable(context.activity));
    } catch (sendError) {
      // The connector is unreachable too; nothing more to tell the resident.
      deps.onError(sendError, 'teams error reply');
    }
  };
  return adapter;
}

/** Retry-After, in seconds, when the signing keys cannot be read: the metadata is cached once it answers again. */
const KEYS_RETRY_AFTER_S = 30;
const OUTAGE_LOG_EVERY_MS = 60_000;

/** One line in the log for an outage of the signing keys, at most once a minute: every request during it would repeat it. */
function outageLogger(onError: TeamsRouteDeps['onError']): (reason: string) => void {
  let last = 0;
  let quiet = 0;
  return (reason) => {
    const now = Date.now();
    if (now - last < OUTAGE_LOG_EVERY_MS) { quiet++; return; }
    onError(`Bot Framework signing keys unavailable, answering 503: ${reason.split('\n')[0]?.slice(0, 200)}${quiet ? ` (${quiet} more since the last report)` : ''}`, 'teams auth');
    last = now;
    quiet = 0;
  };
}

/** An invoke's answer as the channel expects it; an invoke no handler answered (botbuilder's 501) is declined with 400. */
function sendInvokeResponse(res: Response, response: InvokeResponse): void {
  const status = response.status ?? 200;
  if (status === 501) {
    res.status(400).json({ code: 'NotSupported', message: 'Luotsi does not handle this invoke' });
    return;
  }
  if (status >= 500) return sendError(res, 500, 'internal', 'Something went wrong on our side');
  if (response.body === undefined || response.body === null) res.status(status).end();
  else res.status(status).json(response.body);
}

export function teamsRouter(deps: TeamsRouteDeps): Router {
  const adapter = deps.adapter ?? createTeamsAdapter(deps);

  /**
   * The bot's turn; over a rate limit only the crisis reply (sent once the request is authenticated like any other), or
   * undefined when the refusal has been sent: a limit never refuses a message that signals danger to life.
   */
  function logicFor(activity: z.infer<typeof ChannelActivity>, res: Response): ((context: TurnContext) => Promise<void>) | undefined {
    const refusal = refusalOf(res);
    if (!refusal) return (context) => deps.bot.run(context);
    const value: unknown = activity.value;
    if (!deps.replies.flags({ type: activity.type, ...(activity.text ? { text: activity.text } : {}), value })) {
      sendRefusal(res, refusal);
      return undefined;
    }
    withdrawRefusal(res);
    return async (context) => {
      const crisis = deps.replies.crisis(context.activity);
      if (crisis) await context.sendActivity(crisis);
    };
  }

  const authenticated = Boolean(deps.config.microsoftApp.id);
  const devMode = !authenticated && deps.config.teamsDevMode;
  const router = Router();
  // Without an app id nothing can be authenticated: only TEAMS_DEV_MODE=1 opens the endpoint, and only to a direct
  // caller on this machine (a forwarded request came through a proxy, so from elsewhere). Refused before the body is read.
  router.post('/api/messages', (req: Request, res: Response, next: NextFunction) => {
    if (authenticated) return next();
    if (!devMode) {
      return sendError(res, 401, 'unauthorized', 'The Teams endpoint is off: set MicrosoftAppId (or TEAMS_DEV_MODE=1 for local development)');
    }
    if (!isDirectLoopback(req)) {
      return sendError(res, 401, 'unauthorized', 'Local development mode accepts unsigned activities from this machine only, never through a proxy; set MicrosoftAppId for Teams');
    }
    next();
  });
  const logOutage = outageLogger(deps.onError);
  router.post('/api/messages', requireJsonBody, express.json({ limit: '256kb' }), async (req: Request, res: Response) => {
    const parsed = ChannelActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid-activity', 'The body is not a Bot Framework activity');
    const channelId = parsed.data.channelId;
    if (!channelId || !(SERVED_CHANNELS as readonly string[]).includes(channelId)) {
      return sendError(res, 400, 'invalid-activity', `This endpoint serves the ${SERVED_CHANNELS.join(' and ')} channels only; web chat uses Direct Line`);
    }
    const logic = logicFor(parsed.data, res);
    if (!logic) return;
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    let invoke: InvokeResponse | undefined;
    try {
      invoke = await adapter.turn(authHeader, toActivity(req.body as Record<string, unknown>), async (context) => {
        stripBotMention(context);
        await logic(context);
      });
    } catch (err) {
      if (err instanceof SigningKeysUnavailable) {
        logOutage(err.message);
        res.setHeader('Retry-After', String(KEYS_RETRY_AFTER_S));
        return sendError(res, 503, 'not-ready', 'The Bot Framework signing keys cannot be read right now; try again shortly');
      }
      if (err instanceof AuthenticationError) {
        if (err.statusCode === 403) return sendError(res, 403, 'forbidden', 'This token does not allow this activity');
        return sendError(res, 401, 'unauthorized', 'A valid Bot Framework token is required');
      }
      deps.onError(err, 'teams process');
      return sendError(res, 500, 'internal', 'Something went wrong on our side');
    }
    if (parsed.data.type === 'invoke') return sendInvokeResponse(res, invoke ?? { status: 501 });
    res.status(200).end();
  });
  router.all('/api/messages', (_req, res) => sendError(res, 405, 'method-not-allowed', 'Use POST'));
  return router;
}
