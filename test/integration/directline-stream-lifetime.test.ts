// How long a Direct Line stream socket lives: closed when its token expires, when it has long carried nothing, when its
// peer stops answering pings, and when the instance shuts down; notices held during a store outage reach it at once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineStreams } from '../../adapters/directline/stream.js';
import { createTokenService } from '../../adapters/directline/tokens.js';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { openStream, refusalOf } from './helpers/stream-socket.js';

const SECRET = 'lifetime-test-secret-for-direct-line-tokens-0123456789';
const tokens = createTokenService(SECRET);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Rig {
  url(conversationId: string, until?: number, watermark?: number): Promise<string>;
  stores: ReturnType<typeof createMemoryStores>;
  streams: DirectLineStreams;
  notify(conversationId: string): void;
  held: Map<string, Partial<Activity>[]>;
  close(): Promise<void>;
}

let rig: Rig | undefined;
afterEach(async () => { await rig?.close(); rig = undefined; });

async function start(timing: { heartbeatMs: number; idleMs: number }): Promise<Rig> {
  const stores = createMemoryStores();
  const held = new Map<string, Partial<Activity>[]>();
  let listener: ((conversationId: string) => void) | undefined;
  const streams = new DirectLineStreams({
    conversations: stores.conversations, tokens, allowedOrigins: [], anyOrigin: true, timing,
    outageNotices: {
      take: (id) => { const notices = held.get(id) ?? []; held.delete(id); return notices; },
      onWaiting: (l) => { listener = l; },
    },
  });
  const server: Server = createServer((_req, res) => { res.statusCode = 404; res.end(); });
  server.on('upgrade', (req, socket, head) => { if (!streams.handleUpgrade(req, socket, head)) socket.destroy(); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    stores, streams, held,
    notify: (id) => listener?.(id),
    async url(conversationId, until = Date.now() + 60_000, watermark = 0) {
      await stores.conversations.create(conversationId);
      return `ws://127.0.0.1:${port}/v3/directline/conversations/${conversationId}/stream?watermark=${watermark}&t=${await tokens.issueStream({ conversationId, until })}`;
    },
    async close() {
      streams.closeAll();
      await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
      await stores.close();
    },
  };
}

describe('a stream socket\'s lifetime', () => {
  it('is closed when the token it came with expires; the client reconnects with a fresh one', async () => {
    rig = await start({ heartbeatMs: 50, idleMs: 60_000 });
    const socket = await openStream(await rig.url('expiring', Date.now() + 300));
    await rig.stores.conversations.append('expiring', [{ type: 'message', text: 'ennen' }]);
    expect((await socket.untilActivities(1)).map((a) => a.text)).toEqual(['ennen']);
    expect(await socket.closed).toEqual({ code: 1000, reason: 'token expired' });
    expect(rig.streams.size).toBe(0);
  });

  it('is closed after carrying nothing for the idle time, and kept open while there is something to carry', async () => {
    rig = await start({ heartbeatMs: 50, idleMs: 400 });
    const socket = await openStream(await rig.url('quiet'));
    for (let i = 0; i < 6; i++) {
      await rig.stores.conversations.append('quiet', [{ type: 'message', text: `viesti ${i}` }]);
      await sleep(150);
    }
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
    expect(socket.activities()).toHaveLength(6);
    expect(await socket.closed).toEqual({ code: 1000, reason: 'idle' });
  });

  it('drops a peer that stops answering pings', async () => {
    rig = await start({ heartbeatMs: 50, idleMs: 60_000 });
    const url = await rig.url('silent');
    const ws = new WebSocket(url, { autoPong: false });
    const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
    await new Promise((r) => ws.on('open', r));
    expect(await closed).toBe(1006);
    expect(rig.streams.size).toBe(0);
  });

  it('tells every socket to go elsewhere when the instance shuts down, and takes no new ones', async () => {
    rig = await start({ heartbeatMs: 1_000, idleMs: 60_000 });
    const url = await rig.url('moving');
    const socket = await openStream(url);
    rig.streams.closeAll();
    expect(await socket.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    expect(await refusalOf(url)).toEqual({ status: 503, code: 'not-ready' });
  });

  it('hands what this instance said during a store outage to its sockets at once, without moving their watermark', async () => {
    rig = await start({ heartbeatMs: 1_000, idleMs: 60_000 });
    const socket = await openStream(await rig.url('outage'));
    await rig.stores.conversations.append('outage', [{ type: 'message', text: 'tallessa' }]);
    await socket.untilActivities(1);
    rig.held.set('outage', [{ type: 'message', text: 'Nyt on tilapäinen ongelma. Hätätilanteessa soita 112.' }]);
    rig.notify('outage');
    await socket.untilActivities(2);
    expect(socket.frames.map((f) => f.watermark)).toEqual(['1', '1']);
    expect(rig.held.has('outage')).toBe(false);
  });
});
