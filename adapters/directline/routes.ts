// The Direct Line 3.0 subset Web Chat speaks (polling): tokens, conversations and activities under /v3/directline.
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { isStoreUnavailable, reopenedWatermark, type ConversationStore } from '../storage/contracts.js';
import { requireJsonBody, sendError } from '../http/errors.js';
import { refusalOf, sendRefusal, withdrawRefusal } from '../http/rate-limit.js';
import { describeIssues, IncomingActivity } from './activity-schema.js';
import type { SafetyReplies } from '../../bot/safety-replies.js';
import type { BotLogic, DirectLineAdapter } from './directline-adapter.js';
import { newConversationId, type TokenClaims, type TokenService } from './tokens.js';

export interface DirectLineRouteDeps {
  adapter: DirectLineAdapter;
  tokens: TokenService;
  conversations: ConversationStore;
  logic: BotLogic;
  /** The crisis reply, for a message a rate limit refused. */
  replies: Pick<SafetyReplies, 'crisis'>;
}

// Direct Line clients may send { user, locale } when starting; everything else is ignored.
const StartBody = z.object({ locale: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional() }).loose();

const WATERMARK = /^\d{1,12}$/;

export function directLineRouter(deps: DirectLineRouteDeps): Router {
  const router = Router();
  router.use(requireJsonBody, express.json({ limit: '64kb', strict: true }));

  /** The Bearer token's claims, or an error response already sent. */
  async function authorise(req: Request, res: Response): Promise<TokenClaims | undefined> {
    const check = await deps.tokens.verify(req.headers.authorization);
    if (check.ok) return check.claims;
    if (check.reason === 'missing') sendError(res, 401, 'token-missing', 'Send a Direct Line token as "Authorization: Bearer <token>"');
    else if (check.reason === 'expired') sendError(res, 403, 'token-expired', 'The token has expired; get a new one from /v3/directline/tokens/generate');
    else sendError(res, 401, 'token-invalid', 'The token is not valid');
    return undefined;
  }

  /** The conversation id when the token opens it, or an error response already sent; the store is not asked. */
  async function authoriseToken(req: Request, res: Response): Promise<string | undefined> {
    const claims = await authorise(req, res);
    if (!claims) return undefined;
    const id = req.params.id;
    if (id !== claims.conversationId) {
      sendError(res, 403, 'forbidden-conversation', 'This token does not open that conversation');
      return undefined;
    }
    return id;
  }

  async function authoriseConversation(req: Request, res: Response): Promise<string | undefined> {
    const id = await authoriseToken(req, res);
    if (!id) return undefined;
    await ensureOpen(id);
    return id;
  }

  async function ensureOpen(id: string): Promise<void> {
    try {
      // The signed token proves the conversation was opened here; if the store lost it (a Redis restart
      // without persistence, a memory store after a restart), reopen it empty rather than strand the resident.
      if (!(await deps.conversations.exists(id))) await deps.conversations.create(id, { firstWatermark: reopenedWatermark() });
    } catch (err) {
      // During an outage the token is all we can check; the adapter answers kindly instead of storing.
      if (!isStoreUnavailable(err)) throw err;
    }
  }

  const localeOf = (req: Request): string | undefined => {
    const parsed = StartBody.safeParse(req.body ?? {});
    return parsed.success ? parsed.data.locale : undefined;
  };

  // The public embed: anyone may open a new conversation, and gets a token for it alone.
  router.post('/tokens/generate', async (req, res) => {
    const conversationId = newConversationId();
    await deps.conversations.create(conversationId);
    const locale = localeOf(req);
    const issued = await deps.tokens.issue({ conversationId, ...(locale ? { locale } : {}) });
    res.status(200).json(issued);
  });

  router.post('/tokens/refresh', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    if (!(await deps.conversations.exists(claims.conversationId))) {
      return sendError(res, 404, 'conversation-not-found', 'The conversation has ended or never existed');
    }
    res.status(200).json(await deps.tokens.issue(claims));
  });

  // Starting (or resuming) the token's own conversation; the first start lets the bot greet.
  router.post('/conversations', async (req, res) => {
    const claims = await authorise(req, res);
    if (!claims) return;
    const { conversationId } = claims;
    if (!(await deps.conversations.exists(conversationId))) {
      // Tokens outlive in-memory conversations on restart; reopen the same id rather than strand the client.
      await deps.conversations.create(conversationId, { firstWatermark: reopenedWatermark() });
    }
    const locale = localeOf(req) ?? claims.locale;
    await deps.adapter.start(conversationId, locale, deps.logic);
    res.status(201).json(await deps.tokens.issue({ conversationId, ...(locale ? { locale } : {}) }));
  });

  router.get('/conversations/:id', async (req, res) => {
    const id = await authoriseConversation(req, res);
    if (!id) return;
    res.json(await deps.tokens.issue({ conversationId: id }));
  });

  router.post('/conversations/:id/activities', async (req, res) => {
    // A refused message is read before it is refused, but costs the store nothing unless it is a crisis.
    const refusal = refusalOf(res);
    const id = await (refusal ? authoriseToken(req, res) : authoriseConversation(req, res));
    if (!id) return;
    if (!req.is('application/json')) return sendError(res, 415, 'unsupported-media-type', 'Send the activity as application/json');
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid-activity', describeIssues(parsed.error));
    if (refusal) return answerRefused(id, parsed.data, refusal, res);
    const result = await deps.adapter.receive(id, parsed.data, deps.logic);
    res.status(200).json(result);
  });

  /** Over a rate limit: a message that signals danger to life still gets 112 and the crisis lines; anything else a 429. */
  async function answerRefused(id: string, activity: IncomingActivity, refusal: string, res: Response): Promise<void> {
    const crisis = deps.replies.crisis(activity);
    if (!crisis) return sendRefusal(res, refusal);
    // Only a crisis touches the store, so a flood of refused messages stays as cheap as the refusal itself.
    await ensureOpen(id);
    const result = await deps.adapter.answerWithoutTurn(id, activity, crisis);
    withdrawRefusal(res);
    res.status(200).json(result);
  }

  router.get('/conversations/:id/activities', async (req, res) => {
    const id = await authoriseConversation(req, res);
    if (!id) return;
    const raw = typeof req.query.watermark === 'string' ? req.query.watermark : '';
    if (raw !== '' && !WATERMARK.test(raw)) return sendError(res, 400, 'invalid-body', 'watermark must be a number');
    const requested = raw === '' ? 0 : Number(raw);
    let page: Awaited<ReturnType<ConversationStore['list']>>;
    try {
      page = await deps.conversations.list(id, requested);
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      // The store is down: hand over what this instance said meanwhile, and keep the client's watermark
      // so nothing stored is skipped once the store is back.
      return res.json({ activities: deps.adapter.takeOutageNotices(id), watermark: String(requested) });
    }
    const pending = deps.adapter.takeOutageNotices(id);
    res.json({ activities: [...page.activities, ...pending], watermark: String(page.watermark) });
  });

  // File uploads are not offered (the widget hides the button); say so rather than 404.
  router.post('/conversations/:id/upload', (_req, res) => sendError(res, 415, 'unsupported-media-type', 'File uploads are not supported'));

  return router;
}
