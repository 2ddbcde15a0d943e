// A bare WebSocket on a Direct Line stream URL for tests: the frames it receives, how it closed, or why it was refused.
import type { Activity } from 'botbuilder';
import { WebSocket } from 'ws';

export interface Frame { activities: Partial<Activity>[]; watermark: string }

export interface StreamSocket {
  ws: WebSocket;
  frames: Frame[];
  /** Every activity of every frame, in order. */
  activities(): Partial<Activity>[];
  closed: Promise<{ code: number; reason: string }>;
  untilActivities(count: number, ms?: number): Promise<Partial<Activity>[]>;
}

/** Opens the socket; rejects with the refusal's status and JSON body when the server answers the upgrade with an error. */
export function openStream(url: string, headers: Record<string, string> = {}): Promise<StreamSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const frames: Frame[] = [];
    const activities = () => frames.flatMap((f) => f.activities);
    const waiters = new Set<() => void>();
    ws.on('message', (data) => {
      const text = (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8');
      if (text) frames.push(JSON.parse(text) as Frame);
      for (const w of [...waiters]) w();
    });
    const closed = new Promise<{ code: number; reason: string }>((done) => {
      ws.on('close', (code, reason) => { done({ code, reason: reason.toString() }); for (const w of [...waiters]) w(); });
    });
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => reject(Object.assign(new Error(`refused with ${res.statusCode}`), { status: res.statusCode, body })));
    });
    ws.on('error', (err) => reject(err));
    ws.on('open', () => resolve({
      ws, frames, activities, closed,
      untilActivities: (count, ms = 10_000) => new Promise((done, fail) => {
        const check = () => {
          if (activities().length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          done(activities());
        };
        const timer = setTimeout(() => { waiters.delete(check); fail(new Error(`only ${activities().length} of ${count} activities within ${ms} ms`)); }, ms);
        waiters.add(check);
        check();
      }),
    }));
  });
}

/** The refusal an upgrade got: its HTTP status and the JSON error code. */
export async function refusalOf(url: string, headers: Record<string, string> = {}): Promise<{ status: number; code: string }> {
  try {
    const socket = await openStream(url, headers);
    socket.ws.close();
    return { status: 101, code: '' };
  } catch (err) {
    const { status, body } = err as { status?: number; body?: string };
    return { status: status ?? 0, code: body ? (JSON.parse(body) as { error: { code: string } }).error.code : '' };
  }
}
