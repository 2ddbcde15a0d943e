// CORS for the embed: the municipal sites in ALLOWED_ORIGINS may call Direct Line and load the widget.
import type { RequestHandler } from 'express';

/** `origins` empty and `anyOrigin` set (development): every site may embed. */
export function cors(origins: readonly string[], anyOrigin: boolean): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (anyOrigin || allowed.has(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') { res.status(204).end(); return; }
    next();
  };
}
