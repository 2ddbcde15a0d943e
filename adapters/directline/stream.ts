// The Direct Line WebSocket stream: pushes a conversation's { activities, watermark } frames as they are appended on any instance, read from the same log polling reads.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  isStoreUnavailable, PAGE_MAX_ACTIVITIES, PAGE_MAX_BYTES, type ConversationChange, type ConversationStore,
} from '../storage/contracts.js';
import type { Activity } from 'botbuilder';
import type { TokenService } from './tokens.js';

/** Where the streams live; the address POST /conversations and GET /conversations/:id hand out. */
export const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/**
 * Bounds, per instance. A conversation is one resident's panel: a few sockets cover a reload or a reconnect racing the
 * old socket's end; past that the oldest goes. An instance takes at most MAX_STREAMS sockets in all.
 */
export const MAX_STREAMS_PER_CONVERSATION = 3;
export const MAX_STREAMS = 10_000;
/** Every socket is pinged this often; one that has not answered the previous ping is dead and is dropped. */
export const HEARTBEAT_MS = 30_000;
/** A socket that has had nothing to carry for this long is closed; the client reconnects (with its watermark) when it needs to. */
export const IDLE_MS = 15 * 60_000;
/** A client that reads this far behind is dropped rather than buffered for; it resumes from its watermark on reconnect. */
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;
/** Clients send only keep-alive messages (directlinejs sends empty ones); nothing they send is read. */
const MAX_INCOMING_BYTES = 4 * 1024;

const CLOSE_NORMAL = 1000;
const CLOSE_GOING_AWAY = 1001;
const CLOSE_POLICY = 1008;

export interface StreamDeps {
  conversations: ConversationStore;
  tokens: Pick<TokenService, 'verifyStream'>;
  /** Notices held in this process while the store is down (see DirectLineAdapter.takeOutageNotices). */
  outageNotices?: { take(conversationId: string): Partial<Activity>[]; onWaiting(listener: (conversationId: string) => void): void };
  /** Origins whose pages may open a stream (a client without an Origin header, not being a browser page, may too). */
  allowedOrigins: readonly string[];
  anyOrigin: boolean;
  onError?: (err: unknown) => void;
  now?: () => number;
  /** Tests shorten these. */
  timing?: { heartbeatMs?: number; idleMs?: number };
  maxPerConversation?: number;
}

interface Stream {
  ws: WebSocket;
  conversationId: string;
  /** The watermark after the last activity sent; the next frame starts there. */
  sent: number;
  /** The socket closes then: its credential's token has expired. */
  until: number;
  openedAt: number;
  lastFrameAt: number;
  alive: boolean;
  pumping: boolean;
  again: boolean;
  /** Closes once everything readable has been sent (the conversation was ended by "forget me"). */
  endAfterPump: boolean;
  closed: boolean;
}

export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_INCOMING_BYTES, perMessageDeflate: false });
  private readonly byConversation = new Map<string, Set<Stream>>();
  private total = 0;
  private unsubscribe: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private shuttingDown = false;
  private readonly now: () => number;
  private readonly heartbeatMs: number;
  private readonly idleMs: number;
  private readonly maxPerConversation: number;
  private readonly allowed: Set<string>;

  constructor(private readonly deps: StreamDeps) {
    this.now = deps.now ?? Date.now;
    this.heartbeatMs = deps.timing?.heartbeatMs ?? HEARTBEAT_MS;
    this.idleMs = deps.timing?.idleMs ?? IDLE_MS;
    this.maxPerConversation = deps.maxPerConversation ?? MAX_STREAMS_PER_CONVERSATION;
    this.allowed = new Set(deps.allowedOrigins);
    deps.outageNotices?.onWaiting((conversationId) => this.sendOutageNotices(conversationId));
  }

  /** Open sockets on this instance. */
  get size(): number { return this.total; }

  /**
   * For the HTTP server's 'upgrade' event: true when the request is a stream's (it is then answered, accepted or refused),
   * false when it is not ours.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    // A client that goes away during the checks must not take the process with it.
    socket.on('error', () => undefined);
    this.accept(req, socket, head, decodeURIComponent(match[1]!), url.searchParams).catch((err: unknown) => {
      if (!isStoreUnavailable(err)) this.deps.onError?.(err);
      refuse(socket, 503, 'state-unavailable', 'The service has a temporary problem; please try again in a moment');
    });
    return true;
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, query: URLSearchParams): Promise<void> {
    if (this.shuttingDown) return refuse(socket, 503, 'not-ready', 'The service is restarting; reconnect in a moment');
    const origin = req.headers.origin;
    if (origin && !this.deps.anyOrigin && !this.allowed.has(origin) && !sameHost(origin, req.headers.host)) {
      return refuse(socket, 403, 'forbidden', 'This site may not open the chat stream');
    }
    const check = await this.deps.tokens.verifyStream(query.get('t') ?? undefined);
    if (!check.ok) {
      if (check.reason === 'expired') return refuse(socket, 403, 'token-expired', 'The stream address has expired; get a new one from GET /v3/directline/conversations/:id');
      return refuse(socket, 401, check.reason === 'missing' ? 'token-missing' : 'token-invalid', 'The stream address carries no valid credential');
    }
    if (check.claims.conversationId !== conversationId) return refuse(socket, 403, 'forbidden-conversation', 'This credential does not open that conversation');
    if (this.total >= MAX_STREAMS) return refuse(socket, 503, 'not-ready', 'Too many open streams on this instance; poll instead, or try again later');
    const rawWatermark = query.get('watermark') ?? '';
    const watermark = /^\d{1,12}$/.test(rawWatermark) ? Number(rawWatermark) : 0;
    this.listen();
    const status = await this.deps.conversations.status(conversationId);
    if (status.state === 'revoked' && !status.readable) {
      return refuse(socket, 404, 'conversation-not-found', 'This conversation has ended: it was deleted at the resident\'s request');
    }
    if (socket.destroyed) return;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const at = this.now();
      const stream: Stream = {
        ws, conversationId, sent: watermark, until: check.claims.until, openedAt: at, lastFrameAt: at,
        alive: true, pumping: false, again: false, endAfterPump: status.state === 'revoked', closed: false,
      };
      this.register(stream);
      // Looked at again now that the socket is registered: a "forget me" between the check above and now is not missed.
      void this.recheck(conversationId);
    });
  }

  private register(stream: Stream): void {
    const { ws, conversationId } = stream;
    let streams = this.byConversation.get(conversationId);
    if (!streams) { streams = new Set(); this.byConversation.set(conversationId, streams); }
    // The newest socket is the one the resident is looking at: the oldest gives way.
    while (streams.size >= this.maxPerConversation) {
      const oldest = [...streams].reduce((a, b) => (a.openedAt <= b.openedAt ? a : b));
      this.close(oldest, CLOSE_POLICY, 'too many streams for this conversation');
    }
    streams.add(stream);
    this.total++;
    ws.on('pong', () => { stream.alive = true; });
    ws.on('message', () => { stream.alive = true; });
    ws.on('error', () => undefined);
    ws.on('close', () => this.unregister(stream));
    this.startHeartbeat();
  }

  private unregister(stream: Stream): void {
    if (stream.closed) return;
    stream.closed = true;
    const streams = this.byConversation.get(stream.conversationId);
    if (streams?.delete(stream)) this.total--;
    if (streams && streams.size === 0) this.byConversation.delete(stream.conversationId);
  }

  private close(stream: Stream, code: number, reason: string): void {
    this.unregister(stream);
    try {
      stream.ws.close(code, reason);
    } catch {
      stream.ws.terminate();
    }
    // A peer that never answers the close handshake is cut off, so nothing lingers.
    setTimeout(() => stream.ws.terminate(), 2_000).unref();
  }

  /** Subscribes to the conversations' changes when the first stream opens; a resync after (re)subscribing covers the gap. */
  private listen(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.deps.conversations.onChange((change) => this.onChange(change));
  }

  private onChange(change: ConversationChange): void {
    if (change.kind === 'resync') {
      for (const id of this.byConversation.keys()) void this.recheck(id);
      return;
    }
    const streams = this.byConversation.get(change.conversationId);
    if (!streams) return;
    for (const stream of streams) {
      if (change.kind === 'revoked') stream.endAfterPump = true;
      void this.pump(stream);
    }
  }

  /** After a gap in the notifications: was the conversation ended meanwhile? Then send what is readable and close. */
  private async recheck(conversationId: string): Promise<void> {
    try {
      const status = await this.deps.conversations.status(conversationId);
      for (const stream of this.byConversation.get(conversationId) ?? []) {
        if (status.state === 'revoked') stream.endAfterPump = true;
        void this.pump(stream);
      }
    } catch (err) {
      if (!isStoreUnavailable(err)) this.deps.onError?.(err);
    }
  }

  /**
   * Sends everything after the stream's watermark, a page per frame, in order; a change that arrives meanwhile makes it
   * look again, so nothing is skipped and nothing is sent twice.
   */
  private async pump(stream: Stream): Promise<void> {
    if (stream.pumping) { stream.again = true; return; }
    stream.pumping = true;
    try {
      do {
        stream.again = false;
        for (;;) {
          const page = await this.deps.conversations.list(stream.conversationId, stream.sent, { limit: PAGE_MAX_ACTIVITIES, maxBytes: PAGE_MAX_BYTES });
          if (stream.closed) return;
          // An empty page below the stream's watermark: the log was lost or the client named a watermark it never had.
          // Like a polling client, the stream takes the conversation's own, so what comes next is not skipped.
          if (page.activities.length === 0) { stream.sent = Math.min(stream.sent, page.watermark); break; }
          if (!this.send(stream, page.activities, page.watermark)) return;
          stream.sent = page.watermark;
        }
      } while (stream.again && !stream.closed);
      if (stream.endAfterPump && !stream.closed) this.close(stream, CLOSE_NORMAL, 'conversation ended');
    } catch (err) {
      // The store is down: the heartbeat (or the resync when it is back) tries again from the same watermark.
      if (!isStoreUnavailable(err)) this.deps.onError?.(err);
    } finally {
      stream.pumping = false;
    }
  }

  /** One frame; false when the socket is gone or its client reads too slowly (it is then dropped, and resumes on reconnect). */
  private send(stream: Stream, activities: Partial<Activity>[], watermark: number): boolean {
    if (stream.closed || stream.ws.readyState !== stream.ws.OPEN) return false;
    if (stream.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.unregister(stream);
      stream.ws.terminate();
      return false;
    }
    stream.ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
    stream.lastFrameAt = this.now();
    return true;
  }

  /** What this instance said while the store was down goes to its own sockets of the conversation at once. */
  private sendOutageNotices(conversationId: string): void {
    const streams = this.byConversation.get(conversationId);
    if (!streams || streams.size === 0 || !this.deps.outageNotices) return;
    const notices = this.deps.outageNotices.take(conversationId);
    if (notices.length === 0) return;
    for (const stream of streams) this.send(stream, notices, stream.sent);
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => this.beat(), this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Drops dead sockets, closes expired and idle ones, and looks at the log once more for the rest (a missed notification costs at most a beat). */
  private beat(): void {
    const at = this.now();
    for (const streams of [...this.byConversation.values()]) {
      for (const stream of [...streams]) {
        if (!stream.alive) { this.unregister(stream); stream.ws.terminate(); continue; }
        if (at >= stream.until) { this.close(stream, CLOSE_NORMAL, 'token expired'); continue; }
        if (at - stream.lastFrameAt >= this.idleMs) { this.close(stream, CLOSE_NORMAL, 'idle'); continue; }
        stream.alive = false;
        try { stream.ws.ping(); } catch { /* closed meanwhile */ }
        void this.pump(stream);
      }
    }
    if (this.total === 0 && this.heartbeat) { clearInterval(this.heartbeat); this.heartbeat = undefined; }
  }

  /** Closes every socket (the clients reconnect, to another instance if this one is going away) and stops listening. */
  closeAll(): void {
    this.shuttingDown = true;
    for (const streams of [...this.byConversation.values()]) for (const stream of [...streams]) this.close(stream, CLOSE_GOING_AWAY, 'server shutting down');
    if (this.heartbeat) { clearInterval(this.heartbeat); this.heartbeat = undefined; }
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/** An upgrade refused with a status line and the service's JSON error, before any WebSocket exists. */
function refuse(socket: Duplex, status: number, code: string, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code, message } });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** A page served by this service itself (the demo page) may open its streams. */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
