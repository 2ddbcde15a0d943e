// The one JSON error shape every route answers with, and the catch-all handlers that keep bad input a 4xx.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

export type ErrorCode =
  | 'bad-json' | 'unsupported-media-type' | 'payload-too-large' | 'not-found' | 'method-not-allowed'
  | 'invalid-activity' | 'invalid-body' | 'token-missing' | 'token-invalid' | 'token-expired'
  | 'forbidden-conversation' | 'conversation-not-found' | 'rate-limited' | 'unauthorized' | 'forbidden'
  | 'not-ready' | 'state-unavailable' | 'conversation-busy' | 'internal';

export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  if (res.headersSent) return;
  res.status(status).type('application/json').json({ error: { code, message } });
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'not-found', `No route for ${req.method} ${req.path}`);
};

/** Body-parser and other request errors become 4xx JSON; anything else is our bug and a plain 500 without details. */
export function errorHandler(onBug: (err: unknown) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const e = err as { type?: string; status?: number; statusCode?: number; expose?: boolean; message?: string };
    const status = e?.status ?? e?.statusCode;
    if (e?.type === 'entity.parse.failed') return sendError(res, 400, 'bad-json', 'The request body is not valid JSON');
    if (e?.type === 'entity.too.large' || status === 413) return sendError(res, 413, 'payload-too-large', 'The request body is too large');
    if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return sendError(res, 415, 'unsupported-media-type', 'Unsupported body encoding');
    if (typeof status === 'number' && status >= 400 && status < 500) return sendError(res, status, 'invalid-body', e.expose && e.message ? e.message : 'Bad request');
    // An outage of the shared state store, or a conversation busy past the turn lock's wait, is expected to pass:
    // a retryable 503 that says when to try again, never a 500. (A busy conversation's message has been answered kindly
    // in the transcript already, and a crisis never gets here: the Direct Line adapter answers it with 112.)
    const code = e ? (e as { code?: unknown }).code : undefined;
    if (code === 'lock-timeout') {
      const after = (e as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (!res.headersSent) res.setHeader('Retry-After', String(typeof after === 'number' && after > 0 ? Math.ceil(after) : 5));
      return sendError(res, 503, 'conversation-busy', 'The conversation is still answering an earlier message; please send this again in a moment');
    }
    if (code === 'state-unavailable') {
      if (!res.headersSent) res.setHeader('Retry-After', '5');
      return sendError(res, 503, 'state-unavailable', 'The service has a temporary problem; please try again in a moment');
    }
    onBug(err);
    sendError(res, 500, 'internal', 'Something went wrong on our side');
  };
}

/** Requests with a body must say it is JSON; bodiless POSTs (as Direct Line clients send) pass. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    return sendError(res, 415, 'unsupported-media-type', 'Send the body as application/json');
  }
  next();
};
