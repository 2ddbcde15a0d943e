// The handover under load (issue 17): N simultaneous handovers from web chat residents to staff in Teams, against the real
// server process started as `npm start` starts it, with a stand-in Teams connector in this process. `npm run bench:load`
// runs it last and prints its figures as one more JSON line; alone:
//   node --import tsx test/load/bench-handover.ts [--handovers 50] [--handover-messages 10] [--handover-think-ms 0] [--handover-state auto|memory|redis]
//
// What happens: staff register the queue; N residents open a conversation and its WebSocket stream (the streamUrl of
// POST /v3/directline/conversations, as stock Web Chat does), ask for a person and consent; N staff members (each their own
// first name) accept the N request cards at once; then every handover exchanges M messages each way, both directions and
// all handovers at the same time, each side waiting for its POST before the next message. Measured in this process, on
// one clock: staff→resident from just before POST /api/messages to the frame on the resident's stream that carries it;
// resident→staff from just before the Direct Line POST to the connector receiving it in the request's thread. Every
// message is counted: lost, duplicated, delivered to the wrong resident or thread, out of order.
//
// State: with Redis (REDIS_URL, or one answering at 127.0.0.1:6379) two instances share it under a prefix of their own,
// the resident's Direct Line served by one and the staff's Teams traffic by the other, and the prefix's keys are deleted
// afterwards; without it, one instance with in-memory state. The output says which.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Agent, createServer as createHttpServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from 'redis';
import { WebSocket } from 'ws';

const ROOT = join(import.meta.dirname, '..', '..');
const QUEUE = '19:palveluohjaus-bench@thread.tacv2';
const TENANT = 'tenant-bench';
/** The target of issue 17: a message from one side's POST to the other side's receipt. */
const TARGET_P99_MS = 500;

export interface HandoverBenchOptions {
  handovers: number;
  /** Messages each way per handover. */
  messages: number;
  /** A pause (± half) between one side's messages; 0 sends each as soon as the previous POST is answered. */
  thinkMs: number;
  state: 'auto' | 'memory' | 'redis';
}

export const DEFAULT_HANDOVER_OPTIONS: HandoverBenchOptions = { handovers: 50, messages: 10, thinkMs: 0, state: 'auto' };

/** The handover options from command-line flags (the rest keep their defaults). */
export function handoverOptionsFrom(args: string[]): HandoverBenchOptions {
  const value = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const num = (name: string, dflt: number) => { const v = value(name); return v === undefined ? dflt : Number(v); };
  const state = value('--handover-state') ?? DEFAULT_HANDOVER_OPTIONS.state;
  if (state !== 'auto' && state !== 'memory' && state !== 'redis') throw new Error('--handover-state: auto, memory or redis');
  return {
    handovers: num('--handovers', DEFAULT_HANDOVER_OPTIONS.handovers),
    messages: num('--handover-messages', DEFAULT_HANDOVER_OPTIONS.messages),
    thinkMs: num('--handover-think-ms', DEFAULT_HANDOVER_OPTIONS.thinkMs),
    state,
  };
}

// --- helpers -----------------------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => { if (xs.length === 0) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const round = (x: number) => Math.round(x * 100) / 100;
const summary = (xs: number[]) => ({
  n: xs.length, p50Ms: round(pct(xs, 50)), p95Ms: round(pct(xs, 95)), p99Ms: round(pct(xs, 99)), maxMs: round(xs.length ? Math.max(...xs) : NaN),
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as AddressInfo).port; s.close(() => resolve(p)); }); });
}

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => { socket.write('PING\r\n'); });
    socket.once('data', (d) => { socket.destroy(); resolve(d.toString().startsWith('+PONG') || d.toString().startsWith('-NOAUTH')); });
    socket.once('error', () => { socket.destroy(); resolve(false); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

async function deleteKeys(url: string, prefix: string): Promise<number> {
  const client = createClient({ url });
  await client.connect();
  let deleted = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) deleted += await client.del(keys);
  await client.close();
  return deleted;
}

/** A server process exactly as `npm start` runs it (compiled, with its heap flags), as bench-load starts one. */
async function startServer(env: Record<string, string>): Promise<{ base: string; proc: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').slice(1);
  const proc = spawn(process.execPath, [...extra, ...start], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), LUOTSI_BOT: 'luotsi', LOG_LEVEL: 'warn', NODE_ENV: 'development',
      RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0', TEAMS_DEV_MODE: '1',
      // Always open, no cap on the line (every handover waits at once), and nobody's request expires during the bench.
      HANDOFF_HOURS: '', HANDOFF_WAIT_MINUTES: '60', HANDOFF_MAX_WAITING: '0', HANDOFF_CONTACT_FI: 'Palveluohjaus, puh. 09 000 0000 (bench)',
      MicrosoftAppId: '', MicrosoftAppPassword: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000).then(() => { proc.kill('SIGKILL'); })]);
  };
  const base = `http://127.0.0.1:${port}`;
  // Up to three minutes: start.mjs compiles first when any source is newer than the build.
  for (let i = 0; i < 1800; i++) {
    try { if ((await fetch(`${base}/readyz`)).ok) return { base, proc, stop }; } catch { /* not yet */ }
    if (proc.exitCode !== null) break;
    await sleep(100);
  }
  await stop();
  throw new Error('the handover bench server did not become ready');
}

/**
 * A POST on the sender's own keep-alive connection. Each resident (a browser) and each staff member keeps one open, made
 * while the handover is set up, so the figures are the messages' and not TCP's: a busy single process was seen to accept
 * new connections seconds late, which showed as a multi-second tail when the exchange opened fresh ones.
 */
const connection = () => new Agent({ keepAlive: true, maxSockets: 1 });
const pool = new Agent({ keepAlive: true });
function post(url: string, headers: Record<string, string>, body: string, agent: Agent = pool): Promise<{ ok: boolean; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 300, status, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// --- the stand-in Teams connector ---------------------------------------------------------------------------------

interface Posted { at: number; method: string; conversation: string; body: Record<string, unknown>; id: string }

/** Plays the Bot Framework connector: hands over what the bot posts, with the moment it arrived. */
async function startConnector(onPost: (p: Posted) => void): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      let body: Record<string, unknown> = {};
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>; } catch { /* recorded empty */ }
      // A new post's id (a request card's is its thread's root); an update keeps the id it was sent to.
      const id = req.method === 'PUT' && m?.[2] ? decodeURIComponent(m[2]) : `post-${++next}`;
      const p: Posted = { at, method: req.method ?? '', conversation: m ? decodeURIComponent(m[1]!) : '', body, id };
      onPost(p);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

// --- the two sides -----------------------------------------------------------------------------------------------

interface StreamActivity { at: number; id?: string; type?: string; text?: string; from?: { id?: string; name?: string; role?: string }; attachments?: unknown[] }

interface Resident {
  index: number;
  /** The resident's browser's connection. */
  agent: Agent;
  conversationId: string;
  token: string;
  ws: WebSocket;
  received: StreamActivity[];
  /** The staff member's name once someone joined, and the request's thread. */
  staff?: string;
  thread?: string;
}

/** A staff member in Teams, with the connection their messages come in on. */
interface Staff { id: string; name: string; agent: Agent }

/** Letters only (a first name keeps letters only): 0 → "Aa", 1 → "Ab", …, for the N staff members. */
const staffName = (i: number) => `Ohjaaja${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}`;

export interface HandoverBenchResult {
  scenario: 'handover';
  state: string;
  handovers: number;
  messagesEachWay: number;
  thinkMs: number;
  staffToResident: ReturnType<typeof summary>;
  residentToStaff: ReturnType<typeof summary>;
  acceptToJoined: ReturnType<typeof summary>;
  /** How long each side's POST took to be answered (the server's turn), beside the delivery figures above. */
  staffPostAnswered: ReturnType<typeof summary>;
  residentPostAnswered: ReturnType<typeof summary>;
  lost: number;
  duplicated: number;
  misrouted: number;
  outOfOrder: number;
  errors: number;
  /** When staff messages were lost: how many of them the resident's transcript has all the same (the stream missed them). */
  lostButInTranscript?: number;
  lostByHandover?: Record<string, number>;
  /** Every message arrived once, where it should, in order. */
  allDelivered: boolean;
  p99TargetMs: number;
  /** p99 ≤ the target in both directions. */
  p99WithinTarget: boolean;
  /** The message exchange alone, and the whole scenario (servers started and stopped included). */
  exchangeSeconds: number;
  /** The longest event-loop delay of each server (the resident's instance first) during the exchange. */
  serverEventLoopLagMaxMs: number[];
  seconds: number;
  machine: string;
}

export async function benchHandover(opts: HandoverBenchOptions = DEFAULT_HANDOVER_OPTIONS): Promise<HandoverBenchResult> {
  const t0 = performance.now();
  const loadBefore = loadavg()[0]!;
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const useRedis = opts.state === 'redis' || (opts.state === 'auto' && await redisAnswers(redisUrl));
  if (opts.state === 'redis' && !(await redisAnswers(redisUrl))) throw new Error(`--handover-state redis: nothing answers at ${redisUrl}`);
  const prefix = `luotsi-bench:handover:${randomBytes(4).toString('hex')}:`;
  const shared: Record<string, string> = useRedis
    ? { REDIS_URL: redisUrl, REDIS_PREFIX: prefix, DIRECTLINE_TOKEN_SECRET: randomBytes(32).toString('hex') }
    : { REDIS_URL: '' };

  // Where each message is expected and where it arrived, by its unique text.
  const sentAt = new Map<string, number>();
  const toStaff = new Map<string, { at: number; conversation: string }[]>();
  const requestCards: { ticket: string; thread: string }[] = [];
  let errors = 0;
  const fail = (what: string, detail: unknown) => {
    errors++;
    if (errors <= 5) console.error(`bench-handover: ${what}: ${detail instanceof Error ? detail.message : String(detail)}`);
  };

  const connector = await startConnector((p) => {
    if (p.method !== 'POST') return;
    const text = typeof p.body.text === 'string' ? p.body.text : '';
    const relayed = /^Asukas: (r2s \S+)$/.exec(text);
    if (relayed) {
      const list = toStaff.get(relayed[1]!) ?? [];
      list.push({ at: p.at, conversation: p.conversation });
      toStaff.set(relayed[1]!, list);
      return;
    }
    const ticket = /"action":"handoffAccept","ticket":"([^"]+)"/.exec(JSON.stringify(p.body))?.[1];
    // A request card: its thread is `CHANNEL;messageid=<the card's id>`.
    if (ticket && p.conversation === QUEUE) requestCards.push({ ticket, thread: `${QUEUE};messageid=${p.id}` });
  });

  const first = await startServer(shared);
  const second = useRedis ? await startServer(shared) : first;
  const residentBase = first.base;
  const staffBase = second.base;
  const residents: Resident[] = [];
  const agents: Agent[] = [];
  try {
    const teams = (text: string, conversation: string, from: Staff, value?: Record<string, unknown>) => post(`${staffBase}/api/messages`, {},
      JSON.stringify({
        type: 'message', id: `msg-${randomBytes(6).toString('hex')}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: connector.url,
        from: { id: from.id, name: from.name, aadObjectId: `aad-${from.id}` }, conversation: { id: conversation, conversationType: 'channel', tenantId: TENANT, isGroup: true },
        recipient: { id: '28:luotsi-bot', name: 'Luotsi' }, channelData: { tenant: { id: TENANT } },
        text, locale: 'fi-FI', textFormat: 'plain', ...(value ? { value } : {}),
      }), from.agent);

    // The team makes its channel the queue.
    const registered = await teams('ota yhteydenotot tänne', QUEUE, { id: '29:lead', name: 'Tiimin vetäjä', agent: pool });
    if (!registered.ok) throw new Error(`registering the queue answered ${registered.status}`);

    const say = async (r: Resident, activity: Record<string, unknown>) => {
      const res = await post(`${residentBase}/v3/directline/conversations/${encodeURIComponent(r.conversationId)}/activities`,
        { authorization: `Bearer ${r.token}` }, JSON.stringify({ type: 'message', locale: 'fi-FI', from: { id: 'ignored' }, ...activity }), r.agent);
      if (!res.ok) throw new Error(`Direct Line POST answered ${res.status}`);
    };

    // N residents open their conversations and streams, ask for a person and consent, all at once.
    await Promise.all(Array.from({ length: opts.handovers }, async (_, index) => {
      try {
        const agent = connection();
        agents.push(agent);
        const gen = await post(`${residentBase}/v3/directline/tokens/generate`, {}, JSON.stringify({ locale: 'fi-FI' }), agent);
        if (!gen.ok) throw new Error(`generate answered ${gen.status}`);
        const { token } = JSON.parse(gen.body) as { token: string };
        const started = await post(`${residentBase}/v3/directline/conversations`, { authorization: `Bearer ${token}` }, JSON.stringify({ locale: 'fi-FI' }), agent);
        if (!started.ok) throw new Error(`start answered ${started.status}`);
        const c = JSON.parse(started.body) as { conversationId: string; token: string; streamUrl: string };
        const ws = new WebSocket(c.streamUrl);
        const r: Resident = { index, agent, conversationId: c.conversationId, token: c.token, ws, received: [] };
        ws.on('message', (data) => {
          const at = performance.now();
          const text = (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer)).toString('utf8');
          if (!text) return;
          for (const a of (JSON.parse(text) as { activities?: Omit<StreamActivity, 'at'>[] }).activities ?? []) r.received.push({ ...a, at });
        });
        await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); });
        ws.on('error', (err) => fail('resident stream', err));
        residents.push(r);
        await say(r, { text: 'haluan puhua ihmisen kanssa' });
        await say(r, { text: '', value: { action: 'handoffConsent', share: 'summary' } });
      } catch (err) {
        fail('opening a handover', err);
      }
    }));
    const until = async (what: string, done: () => boolean, ms: number) => {
      const end = performance.now() + ms;
      while (!done()) {
        if (performance.now() > end) { fail('waiting', `${what} did not happen within ${ms} ms`); return false; }
        await sleep(5);
      }
      return true;
    };
    await until(`${opts.handovers} request cards`, () => requestCards.length >= residents.length, 30_000);

    // N staff members accept the N cards at once, each in the card's thread.
    const acceptedAt = new Map<string, number>();
    const threadOfStaff = new Map<string, string>();
    const staffOfName = new Map<string, Staff>();
    await Promise.all(requestCards.map(async (card, i) => {
      const staff: Staff = { id: `29:staff-${i}`, name: staffName(i), agent: connection() };
      agents.push(staff.agent);
      threadOfStaff.set(staff.name, card.thread);
      staffOfName.set(staff.name, staff);
      acceptedAt.set(staff.name, performance.now());
      try {
        const res = await teams('', card.thread, staff, { action: 'handoffAccept', ticket: card.ticket });
        if (!res.ok) throw new Error(`accept answered ${res.status}`);
      } catch (err) {
        fail('accepting', err);
      }
    }));
    // Who joined whom: the resident's "joined" comes from the staff member by name.
    const joinedLatency: number[] = [];
    const joinedOf = (r: Resident) => r.received.find((a) => a.from?.name && threadOfStaff.has(a.from.name) && /liittyi keskusteluun/.test(JSON.stringify(a.attachments ?? [])));
    await until('every resident told someone joined', () => residents.every((r) => joinedOf(r)), 30_000);
    for (const r of residents) {
      const joined = joinedOf(r);
      if (!joined?.from?.name) continue;
      r.staff = joined.from.name;
      r.thread = threadOfStaff.get(r.staff);
      joinedLatency.push(joined.at - acceptedAt.get(r.staff)!);
    }
    const paired = residents.filter((r): r is Resident & { staff: string; thread: string } => Boolean(r.staff && r.thread));

    // M messages each way per handover: both directions and every handover at once.
    const think = () => (opts.thinkMs > 0 ? sleep(opts.thinkMs * (0.5 + Math.random())) : Promise.resolve());
    // The servers' event-loop delay over the exchange (prom-client's figures start again after each read): how busy they were.
    const lagMs = async (base: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return round(Number(/^luotsi_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1] ?? NaN) * 1000);
    };
    const instances = useRedis ? [residentBase, staffBase] : [residentBase];
    await Promise.all(instances.map(lagMs));
    const exchangeStart = performance.now();
    const staffPost: number[] = [];
    const residentPost: number[] = [];
    await Promise.all(paired.flatMap((r) => [
      (async () => {
        for (let k = 0; k < opts.messages; k++) {
          await think();
          const text = `s2r h${r.index}-m${k} Tässä tietoa sinulle`;
          sentAt.set(text, performance.now());
          try {
            const res = await teams(text, r.thread, staffOfName.get(r.staff)!);
            staffPost.push(performance.now() - sentAt.get(text)!);
            if (!res.ok) throw new Error(`staff message answered ${res.status}`);
          } catch (err) { fail('staff message', err); }
        }
      })(),
      (async () => {
        for (let k = 0; k < opts.messages; k++) {
          await think();
          const text = `r2s h${r.index}-m${k}`;
          sentAt.set(text, performance.now());
          try {
            await say(r, { text });
            residentPost.push(performance.now() - sentAt.get(text)!);
          } catch (err) { fail('resident message', err); }
        }
      })(),
    ]));
    const expected = paired.length * opts.messages;
    const staffTexts = (r: Resident) => r.received.filter((a) => a.type === 'message' && /^s2r /.test(a.text ?? ''));
    await until('every message delivered', () => paired.reduce((n, r) => n + staffTexts(r).length, 0) >= expected && toStaff.size >= expected, 20_000);
    const exchangeSeconds = (performance.now() - exchangeStart) / 1000;
    const serverEventLoopLagMaxMs = await Promise.all(instances.map(lagMs));
    // A moment more, for anything delivered twice.
    await sleep(1_000);

    // Every message accounted for.
    let lost = 0;
    let duplicated = 0;
    let misrouted = 0;
    let outOfOrder = 0;
    const s2r: number[] = [];
    const r2s: number[] = [];
    for (const r of paired) {
      const seen = staffTexts(r);
      const counts = new Map<string, number>();
      for (const a of seen) {
        const text = a.text!;
        counts.set(text, (counts.get(text) ?? 0) + 1);
        if (!text.startsWith(`s2r h${r.index}-`)) { misrouted++; continue; }
        if (counts.get(text) === 1) s2r.push(a.at - sentAt.get(text)!);
      }
      const order = seen.filter((a) => a.text!.startsWith(`s2r h${r.index}-`)).map((a) => Number(/-m(\d+) /.exec(a.text!)![1]));
      const firstSeen = order.filter((k, j) => order.indexOf(k) === j);
      for (let j = 1; j < firstSeen.length; j++) if (firstSeen[j]! < firstSeen[j - 1]!) outOfOrder++;
      for (let k = 0; k < opts.messages; k++) {
        const n = counts.get(`s2r h${r.index}-m${k} Tässä tietoa sinulle`) ?? 0;
        if (n === 0) lost++;
        duplicated += Math.max(0, n - 1);
      }
      const arrivals: number[] = [];
      for (let k = 0; k < opts.messages; k++) {
        const text = `r2s h${r.index}-m${k}`;
        const got = toStaff.get(text) ?? [];
        if (got.length === 0) { lost++; continue; }
        duplicated += got.length - 1;
        if (got.some((g) => g.conversation !== r.thread)) misrouted++;
        r2s.push(got[0]!.at - sentAt.get(text)!);
        arrivals.push(got[0]!.at);
      }
      for (let j = 1; j < arrivals.length; j++) if (arrivals[j]! < arrivals[j - 1]!) outOfOrder++;
    }
    lost += (residents.length - paired.length) * opts.messages * 2 + (opts.handovers - residents.length) * opts.messages * 2;
    // Staff messages the stream never carried: are they in the transcript (the stream missed them) or nowhere (never delivered)?
    let lostButInTranscript = 0;
    const lostByHandover: Record<string, number> = {};
    for (const r of paired) {
      const missing = Array.from({ length: opts.messages }, (_, k) => `s2r h${r.index}-m${k} Tässä tietoa sinulle`)
        .filter((text) => !staffTexts(r).some((a) => a.text === text));
      if (missing.length === 0) continue;
      lostByHandover[`h${r.index}`] = missing.length;
      const page = await fetch(`${residentBase}/v3/directline/conversations/${encodeURIComponent(r.conversationId)}/activities`, { headers: { authorization: `Bearer ${r.token}` } });
      const transcript = page.ok ? JSON.stringify(await page.json()) : '';
      lostButInTranscript += missing.filter((text) => transcript.includes(text)).length;
    }

    const staffToResident = summary(s2r);
    const residentToStaff = summary(r2s);
    return {
      scenario: 'handover',
      state: useRedis ? `redis (2 instances: Direct Line on one, Teams on the other; prefix ${prefix}, keys deleted afterwards)` : 'memory (1 instance)',
      handovers: opts.handovers, messagesEachWay: opts.messages, thinkMs: opts.thinkMs,
      staffToResident, residentToStaff, acceptToJoined: summary(joinedLatency),
      staffPostAnswered: summary(staffPost), residentPostAnswered: summary(residentPost),
      lost, duplicated, misrouted, outOfOrder, errors,
      ...(lost > 0 ? { lostButInTranscript, lostByHandover } : {}),
      allDelivered: lost === 0 && duplicated === 0 && misrouted === 0 && outOfOrder === 0,
      p99TargetMs: TARGET_P99_MS,
      p99WithinTarget: staffToResident.p99Ms <= TARGET_P99_MS && residentToStaff.p99Ms <= TARGET_P99_MS,
      exchangeSeconds: round(exchangeSeconds), serverEventLoopLagMaxMs,
      seconds: round((performance.now() - t0) / 1000),
      // Latency on a shared machine depends on what else runs: its cores and the 1-minute load average before and after.
      machine: `${cpus().length} cores, load ${round(loadBefore)} → ${round(loadavg()[0]!)}`,
    };
  } finally {
    for (const r of residents) r.ws.terminate();
    for (const a of agents) a.destroy();
    await first.stop();
    if (second !== first) await second.stop();
    await connector.close();
    if (useRedis) await deleteKeys(redisUrl, prefix);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchHandover(handoverOptionsFrom(process.argv.slice(2)))));
}
