// POST /api/messages: the Bot Framework channel endpoint (Teams, Emulator) on botbuilder's CloudAdapter.
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory,
  type ActivityHandler, type TurnContext,
} from 'botbuilder';
// botbuilder's own connector (not re-exported by botbuilder): CloudAdapter answers 401 only for its AuthenticationError.
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Activity } from 'botbuilder';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Config } from '../config.js';
import { requireJsonBody, sendError, type ErrorCode } from '../http/errors.js';
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
}

// Enough of an Activity to be worth authenticating; the SDK checks the rest.
const ChannelActivity = z.object({
  type: z.string().min(1).max(64),
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

/** A bad signature surfaces from botbuilder as a plain JWT error (a 500); it is the caller's fault, so 401. */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      if (err instanceof Error && JWT_ERRORS.has(err.name)) throw new AuthenticationError(`Unauthorized: ${err.message}`, 401);
      throw err;
    }
  }
}

export function createTeamsAdapter(deps: Pick<TeamsRouteDeps, 'config' | 'credentialsFactory' | 'onError' | 'replies'>): CloudAdapter {
  const app = deps.config.microsoftApp;
  const settings = {
    MicrosoftAppId: app.id ?? '',
    MicrosoftAppPassword: app.password ?? '',
    MicrosoftAppType: app.type ?? (app.id ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: app.tenantId ?? '',
    ...(deps.config.botOpenIdMetadata ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: deps.config.botOpenIdMetadata } : {}),
  };
  const credentials = deps.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings);
  const adapter = new CloudAdapter(new StrictAuthentication(settings, credentials));
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

/** CloudAdapter writes bare status codes; this collects its answer so errors leave in the house JSON shape. */
class CapturedResponse {
  statusCode = 200;
  body: unknown;
  readonly headers: Record<string, unknown> = {};
  socket: unknown = null;
  status(code: number) { this.statusCode = code; return this; }
  header(name: string, value: unknown) { this.headers[name] = value; return this; }
  send(body: unknown) { this.body = body; return this; }
  end() { return this; }
}

function deliver(captured: CapturedResponse, res: Response): void {
  const status = captured.statusCode;
  if (status >= 400) {
    const code: ErrorCode = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status >= 500 ? 'internal' : 'invalid-body';
    const message = status === 401 ? 'A valid Bot Framework token is required' : status >= 500 ? 'Something went wrong on our side' : 'The activity was not accepted';
    return sendError(res, status, code, message);
  }
  for (const [k, v] of Object.entries(captured.headers)) res.setHeader(k, String(v));
  if (captured.body === undefined || captured.body === null) res.status(status).end();
  else res.status(status).json(captured.body);
}

export function teamsRouter(deps: TeamsRouteDeps): Router {
  const adapter = createTeamsAdapter(deps);

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
  router.post('/api/messages', requireJsonBody, express.json({ limit: '256kb' }), async (req: Request, res: Response) => {
    const parsed = ChannelActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid-activity', 'The body is not a Bot Framework activity');
    const logic = logicFor(parsed.data, res);
    if (!logic) return;
    const captured = new CapturedResponse();
    try {
      await adapter.process(req as never, captured as never, logic);
    } catch (err) {
      deps.onError(err, 'teams process');
      captured.status(500);
    }
    deliver(captured, res);
  });
  router.all('/api/messages', (_req, res) => sendError(res, 405, 'method-not-allowed', 'Use POST'));
  return router;
}
