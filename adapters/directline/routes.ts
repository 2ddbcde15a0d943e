// The Direct Line 3.0 protocol Web Chat speaks: tokens, conversations (with their WebSocket stream's address) and activities under /v3/directline.
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import {
  isStoreUnavailable, PAGE_MAX_ACTIVITIES, PAGE_MAX_BYTES, reopenedWatermark, type ConversationStatus, type ConversationStore,
} from '../storage/contracts.js';
import { requireJsonBody, sendError } from '../http/errors.js';
import { refusalOf, sendRefusal, withdrawRefusal } from '../http/rate-limit.js';
import { describeIssues, IncomingActivity } from './activity-schema.js';
import type { SafetyReplies } from '../../bot/safety-replies.js';
import type { BotLogic, DirectLineAdapter } from './directline-adapter.js';
import { newConversationId, type IssuedToken, type TokenClaims, type TokenService } from './tokens.js';

export interface DirectLineRouteDeps {
  adapter: DirectLineAdapter;
  tokens: TokenService;
  conversations: ConversationStore;
  logic: BotLogic;
  /** The crisis reply, for a message a rate limit refused. */
  replies: Pick<SafetyReplies, 'crisis'>;
  /** Counts a conversation's posted activities (typing excluded); over the limit it marks the request refused (see rate-limit.ts). */
  messageLimit?: RequestHandler;
  /** Where a stream URL points when a request names no usable host. */
  publicBaseUrl: string;
}

// Direct Line clients may send { user, locale } when starting; everything else is ignored.
const StartBody = z.object({ locale: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional() }).loose();

const WATERMARK = /^\d{1,12}$/;
/** A Host header (or a trusted X-Forwarded-Host) a URL may carry: a name or address and a port, nothing else. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The conversation's status; during a store outage unknown, and the request goes on as far as the token allows. */
type Status = ConversationStatus | { state: 'unknown' };

export function directLineRouter(deps: DirectLineRouteDeps): Router {
  const router = Router();
  router.use(requireJsonBody, express.json({ limit: '64kb', strict: true }));

  /** The Bearer token's claims and expiry, or an error response already sent. */
  async function authorise(req: Request, res: Response): Promise<{ claims: TokenClaims; expiresAt: number } | undefined> {
    const check = await deps.tokens.verify(req.headers.authorization);
    if (check.ok) return { claims: check.claims, expiresAt: check.expiresAt };
    if (check.reason === 'missing') sendError(res, 401, 'token-missing', 'Send a Direct Line token as "Authorization: Bearer <token>"');
    else if (check.reason === 'expired') sendError(res, 403, 'token-expired', 'The token has expired; get a new one from /v3/directline/tokens/generate');
    else sendError(res, 401, 'token-invalid', 'The token is not valid');
    return undefined;
  }

  /** The conversation id when the token opens it, or an error response already sent; the store is not asked. */
  async function authoriseToken(req: Request, res: Response): Promise<{ id: string; claims: TokenClaims } | undefined> {
    const checked = await authorise(req, res);
    if (!checked) return undefined;
    const id = req.params.id;
    if (id !== checked.claims.conversationId) {
      sendError(res, 403, 'forbidden-conversation', 'This token does not open that conversation');
      return undefined;
    }
    return { id, claims: checked.claims };
  }

  async function statusOf(id: string): Promise<Status> {
    try {
      return await deps.conversations.status(id);
    } catch (err) {
      // During an outage the token is all we can check; the adapter answers kindly instead of storing.
      if (isStoreUnavailable(err)) return { state: 'unknown' };
      throw err;
    }
  }

  /**
   * The signed token proves the conversation was opened here; if the store lost it (a Redis restart without persistence,
   * a memory store after a restart), it is reopened empty rather than strand the resident.
   */
  async function reopenIfMissing(id: string, status: Status): Promise<void> {
    if (status.state !== 'missing') return;
    try {
      await deps.conversations.create(id, { firstWatermark: reopenedWatermark() });
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
    }
  }

  /** A conversation the resident had deleted ("forget me"): its token opens nothing; Direct Line clients read 404 as "ended". */
  const ended = (res: Response) =>
    sendError(res, 404, 'conversation-not-found', 'This conversation has ended: it was deleted at the resident\'s request. Open a new conversation.');

  const localeOf = (req: Request): string | undefined => {
    const parsed = StartBody.safeParse(req.body ?? {});
    return parsed.success ? parsed.data.locale : undefined;
  };

  /** A watermark from the query: absent = 0, malformed = undefined (the caller answers 400). */
  const watermarkOf = (req: Request): number | undefined => {
    const raw = typeof req.query.watermark === 'string' ? req.query.watermark : '';
    if (raw === '') return 0;
    return WATERMARK.test(raw) ? Number(raw) : undefined;
  };

  /**
   * The conversation's WebSocket address, as the client reached us: ws:// or wss:// by the request's scheme (which a trusted
   * proxy may tell, see TRUST_PROXY), with a short-lived credential for this conversation alone. The socket it opens
   * stays open no longer than the token it came with.
   */
  async function streamUrl(req: Request, conversationId: string, watermark: number, issued: IssuedToken): Promise<string> {
    const credential = await deps.tokens.issueStream({ conversationId, until: Date.now() + issued.expires_in * 1000 });
    const fallback = new URL(deps.publicBaseUrl);
    const host = HOST.test(req.host ?? '') ? req.host : fallback.host;
    const secure = HOST.test(req.host ?? '') ? req.protocol === 'https' : fallback.protocol === 'https:';
    return `${secure ? 'wss' : 'ws'}://${host}${req.baseUrl}/conversations/${encodeURIComponent(conversationId)}/stream?watermark=${watermark}&t=${credential}`;
  }

  // The public embed: anyone may open a new conversation, and gets a token for it alone.
  router.post('/tokens/generate', async (req, res) => {
    const conversationId = newConversationId();
    await deps.conversations.create(conversationId);
    const locale = localeOf(req);
    const issued = await deps.tokens.issue({ conversationId, ...(locale ? { locale } : {}) });
    res.status(200).json(issued);
  });

  router.post('/tokens/refresh', async (req, res) => {
    const checked = await authorise(req, res);
    if (!checked) return;
    const status = await deps.conversations.status(checked.claims.conversationId);
    if (status.state === 'revoked') return ended(res);
    if (status.state === 'missing') return sendError(res, 404, 'conversation-not-found', 'The conversation has ended or never existed');
    res.status(200).json(await deps.tokens.issue(checked.claims));
  });

  // Starting the token's own conversation: 201 and the bot's greeting the first time, 200 when it was started already.
  router.post('/conversations', async (req, res) => {
    const checked = await authorise(req, res);
    if (!checked) return;
    const { conversationId } = checked.claims;
    const status = await deps.conversations.status(conversationId);
    if (status.state === 'revoked') return ended(res);
    // Tokens outlive in-memory conversations on restart; reopen the same id rather than strand the client.
    await reopenIfMissing(conversationId, status);
    const first = await deps.conversations.start(conversationId);
    const locale = localeOf(req) ?? checked.claims.locale;
    if (first) await deps.adapter.start(conversationId, locale, deps.logic);
    const issued = await deps.tokens.issue({ conversationId, ...(locale ? { locale } : {}) });
    res.status(first ? 201 : 200).json({ ...issued, streamUrl: await streamUrl(req, conversationId, 0, issued) });
  });

  // Reconnecting: a fresh token and a stream address that resumes after `watermark`.
  router.get('/conversations/:id', async (req, res) => {
    const auth = await authoriseToken(req, res);
    if (!auth) return;
    const watermark = watermarkOf(req);
    if (watermark === undefined) return sendError(res, 400, 'invalid-body', 'watermark must be a number');
    const status = await statusOf(auth.id);
    if (status.state === 'revoked' && !(status.readable && (await hasAfter(auth.id, watermark)))) return ended(res);
    await reopenIfMissing(auth.id, status);
    const issued = await deps.tokens.issue(auth.claims);
    res.json({ ...issued, streamUrl: await streamUrl(req, auth.id, watermark, issued) });
  });

  async function hasAfter(id: string, watermark: number): Promise<boolean> {
    return (await deps.conversations.list(id, watermark, { limit: 1 })).activities.length > 0;
  }

  router.post('/conversations/:id/activities', deps.messageLimit ?? ((_req, _res, next) => next()), async (req, res) => {
    // A refused message is read before it is refused, but costs the store nothing unless it is a crisis.
    const refusal = refusalOf(res);
    const auth = await authoriseToken(req, res);
    if (!auth) return;
    if (!req.is('application/json')) return sendError(res, 415, 'unsupported-media-type', 'Send the activity as application/json');
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'invalid-activity', describeIssues(parsed.error));
    if (refusal) return answerRefused(auth.id, parsed.data, refusal, res);
    const status = await statusOf(auth.id);
    if (status.state === 'revoked') return answerEnded(auth.id, parsed.data, status, res);
    await reopenIfMissing(auth.id, status);
    const result = await deps.adapter.receive(auth.id, parsed.data, deps.logic);
    res.status(200).json(result);
  });

  /** Over a rate limit: a message that signals danger to life still gets 112 and the crisis lines; anything else a 429. */
  async function answerRefused(id: string, activity: IncomingActivity, refusal: string, res: Response): Promise<void> {
    const crisis = deps.replies.crisis(activity);
    if (!crisis) return sendRefusal(res, refusal);
    // Only a crisis touches the store, so a flood of refused messages stays as cheap as the refusal itself.
    const status = await statusOf(id);
    if (status.state === 'revoked' && !status.readable) return ended(res);
    await reopenIfMissing(id, status);
    const result = await deps.adapter.answerWithoutTurn(id, activity, crisis);
    withdrawRefusal(res);
    res.status(200).json(result);
  }

  /**
   * A message to a conversation just ended by "forget me": refused, except a crisis while the confirmation can still be
   * read (the client may not have seen that the conversation ended): it gets 112 and the crisis lines in the same place.
   */
  async function answerEnded(id: string, activity: IncomingActivity, status: { readable: boolean }, res: Response): Promise<void> {
    const crisis = status.readable ? deps.replies.crisis(activity) : undefined;
    if (!crisis) return ended(res);
    res.status(200).json(await deps.adapter.answerWithoutTurn(id, activity, crisis));
  }

  router.get('/conversations/:id/activities', async (req, res) => {
    const auth = await authoriseToken(req, res);
    if (!auth) return;
    const requested = watermarkOf(req);
    if (requested === undefined) return sendError(res, 400, 'invalid-body', 'watermark must be a number');
    const status = await statusOf(auth.id);
    if (status.state === 'revoked' && !status.readable) return ended(res);
    await reopenIfMissing(auth.id, status);
    let page: Awaited<ReturnType<ConversationStore['listJson']>>;
    try {
      // A page at a time: a client far behind gets the rest on its next polls, with the watermark this one returns.
      page = await deps.conversations.listJson(auth.id, requested, { limit: PAGE_MAX_ACTIVITIES, maxBytes: PAGE_MAX_BYTES });
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      // The store is down: hand over what this instance said meanwhile, and keep the client's watermark
      // so nothing stored is skipped once the store is back.
      return res.json({ activities: deps.adapter.takeOutageNotices(auth.id), watermark: String(requested) });
    }
    // After "forget me", once the client has read the confirmation, the conversation is over for it.
    if (status.state === 'revoked' && page.activities.length === 0) return ended(res);
    const pending = deps.adapter.takeOutageNotices(auth.id);
    // The stored JSON as it is, in what res.json would write for { activities, watermark }.
    const activities = [...page.activities, ...pending.map((a) => JSON.stringify(a))];
    res.type('json').send(`{"activities":[${activities.join(',')}],"watermark":${JSON.stringify(String(page.watermark))}}`);
  });

  // File uploads are not offered (the widget hides the button); say so rather than 404.
  router.post('/conversations/:id/upload', (_req, res) => sendError(res, 415, 'unsupported-media-type', 'File uploads are not supported'));

  return router;
}
