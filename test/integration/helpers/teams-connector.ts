// A stand-in Bot Framework connector (Teams' side) that records what the bot sends, and Teams-shaped activities to post.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface Received { path: string; authorization: string | undefined; body: Record<string, unknown>; method?: 'POST' | 'PUT' }

/** Plays the Bot Framework connector (Teams' side): records what the bot sends. */
export async function startConnector(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/v3/conversations/:conversation/activities{/:replyTo}', (req, res) => {
    received.push({ path: req.path, authorization: req.headers.authorization, body: req.body as Record<string, unknown>, method: 'POST' });
    res.status(200).json({ id: `reply-${received.length}` });
  });
  // An update of a posted activity (a handover's request card).
  app.put('/v3/conversations/:conversation/activities/:id', (req, res) => {
    received.push({ path: req.path, authorization: req.headers.authorization, body: req.body as Record<string, unknown>, method: 'PUT' });
    res.status(200).json({ id: req.params.id });
  });
  return listen(app, { received });
}

export async function listen<T>(app: express.Express, extra: T): Promise<{ url: string; close(): Promise<void> } & T> {
  const server: Server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign({ url, close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }) }, extra);
}

export function teamsMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message', id: `msg-${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
    from: { id: '29:1staff-member', name: 'Palveluohjaaja', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
    conversation: { id: 'a:1personal-chat', conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: '28:luotsi-bot', name: 'Luotsi' },
    channelData: { tenant: { id: 'tenant-1' } },
    text, locale: 'fi-FI', textFormat: 'plain',
    ...extra,
  };
}

export const postTeams = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export async function until<T>(read: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting for the connector to receive a reply');
    await new Promise((r) => setTimeout(r, 20));
  }
}
