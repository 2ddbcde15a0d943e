// npm run bench:load [-- --residents 200 --conversations 10000]: concurrent residents through the Direct Line
// endpoint against the real server process, then the same against an echo bot on the same server and adapter.
// Latency with residents who pause to read and type (--think-ms), throughput with no pauses (both bots), then RSS
// after --conversations short conversations. Server-side turn times come from the Server-Timing header; the server's
// CPU time per turn of the throughput phase from /proc (serverCpuMsPerTurn; cpuVsEcho is echo's over Luotsi's).
// Last, the handover scenario (test/load/bench-handover.ts, one more JSON line): --handovers 50 simultaneous handovers to
// staff in Teams, --handover-messages 10 each way, --handover-think-ms 0, --handover-state auto|memory|redis; --handovers 0 skips it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchHandover, handoverOptionsFrom } from './bench-handover.js';

const args = process.argv.slice(2);
const num = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const RESIDENTS = num('--residents', 200);
const CONVERSATIONS = num('--conversations', 10_000);
// Residents read and type between messages; the latency phase waits THINK_MS (± half) between turns.
const THINK_MS = num('--think-ms', 1_000);
const ROOT = join(import.meta.dirname, '..', '..');

const SCRIPTS: Record<string, string[]> = {
  fi: ['Hoidan muistisairasta äitiäni ja olen ihan uupunut', 'itselleni', 'Vantaa', 'lisää samanlaisia', 'yhteenveto'],
  sv: ['Jag känner mig ensam på kvällarna', 'för mig själv', 'Esbo', 'något annat', 'sammanfattning'],
  en: ['I have debts I cannot pay', 'myself', 'Helsinki', 'only by phone', 'summary'],
};
const LOCALE: Record<string, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
}

async function startServer(bot: 'luotsi' | 'echo'): Promise<{ base: string; proc: ChildProcess }> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under load.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // Exactly what `npm start` runs (compiled, with its heap flags), without npm in between.
  const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ').slice(1);
  const proc = spawn(process.execPath, [...extra, ...start], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), RATE_LIMIT_PER_MINUTE: '0', LUOTSI_BOT: bot, LOG_LEVEL: 'warn', REDIS_URL: '', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`${base}/readyz`)).ok) return { base, proc }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`the ${bot} server did not become ready`);
}

/** CPU time (user + system) the process has used so far, in ms: robust to other processes on a busy machine. */
function cpuMs(pid: number): number {
  // /proc/PID/stat: the fields after the command's closing parenthesis; utime and stime are the 12th and 13th, in clock ticks (100 a second).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

const pct = (xs: number[], p: number) => { if (xs.length === 0) return NaN; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const round = (x: number) => Math.round(x * 100) / 100;

interface Stats { turns: number; errors: number; latencies: number[]; serverMs: number[] }

async function resident(base: string, lang: string, turns: string[], stats: Stats, thinkMs = 0): Promise<void> {
  const gen = await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
  if (!gen.ok) { stats.errors++; return; }
  const { token, conversationId } = (await gen.json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const start = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: auth });
  if (!start.ok) { stats.errors++; return; }
  let watermark = 0;
  const poll = async () => {
    const r = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth });
    if (!r.ok) throw new Error(`poll ${r.status}`);
    const body = (await r.json()) as { activities: { from?: { role?: string; id?: string } }[]; watermark: string };
    watermark = Number(body.watermark);
    return body.activities.filter((a) => a.from?.role === 'bot' || a.from?.id === 'luotsi').length;
  };
  await poll();
  for (const text of turns) {
    if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
    const t0 = performance.now();
    const res = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({ type: 'message', text, locale: LOCALE[lang], from: { id: 'ignored' }, channelData: { clientActivityID: `c${Math.random()}` } }),
    });
    if (!res.ok) { stats.errors++; await res.text(); continue; }
    await res.json();
    const timing = /turn;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    if (timing) stats.serverMs.push(Number(timing[1]));
    let replies = 0;
    for (let i = 0; i < 200 && replies === 0; i++) {
      replies = await poll();
      if (replies === 0) await new Promise((r) => setTimeout(r, 5));
    }
    if (replies === 0) { stats.errors++; continue; }
    stats.latencies.push(performance.now() - t0);
    stats.turns++;
  }
}

async function run(bot: 'luotsi' | 'echo') {
  const { base, proc } = await startServer(bot);
  try {
    const langs = Object.keys(SCRIPTS);
    const everyone = (stats: Stats, thinkMs: number) => Promise.all(Array.from({ length: RESIDENTS }, (_, i) => {
      const lang = langs[i % langs.length]!;
      return resident(base, lang, SCRIPTS[lang]!, stats, thinkMs);
    }));
    // Phase 1, latency: RESIDENTS residents at once, each a multi-turn conversation with time to read and type.
    const stats: Stats = { turns: 0, errors: 0, latencies: [], serverMs: [] };
    await everyone(stats, THINK_MS);
    // Phase 2, throughput: the same residents with no pauses at all, so the server is the bottleneck.
    const burst: Stats = { turns: 0, errors: 0, latencies: [], serverMs: [] };
    const cpu0 = cpuMs(proc.pid!);
    const t0 = performance.now();
    await everyone(burst, 0);
    const seconds = (performance.now() - t0) / 1000;
    // The server's own CPU per turn of the burst (its posts and the polls that fetch the replies): what a turn costs it,
    // whatever else the machine is doing at the time.
    const serverCpuMsPerTurn = round((cpuMs(proc.pid!) - cpu0) / burst.turns);
    const result = {
      bot, residents: RESIDENTS, thinkMs: THINK_MS, turns: stats.turns + burst.turns, errors: stats.errors + burst.errors,
      replyP50Ms: round(pct(stats.latencies, 50)), replyP99Ms: round(pct(stats.latencies, 99)),
      serverTurnP50Ms: round(pct(stats.serverMs, 50)), serverTurnP99Ms: round(pct(stats.serverMs, 99)),
      turnsPerSecond: round(burst.turns / seconds), saturatedServerTurnP99Ms: round(pct(burst.serverMs, 99)), serverCpuMsPerTurn,
      rssMbAfterBurst: rssMb(proc.pid!),
    };
    // Phase 3 (Luotsi only): CONVERSATIONS short conversations with in-memory state, then the resident set.
    let rssAfterConversations: number | undefined;
    let rssSettled: number | undefined;
    if (bot === 'luotsi' && CONVERSATIONS > 0) {
      const more: Stats = { turns: 0, errors: 0, latencies: [], serverMs: [] };
      let next = 0;
      await Promise.all(Array.from({ length: Math.min(RESIDENTS, 100) }, async () => {
        while (next < CONVERSATIONS) {
          const i = next++;
          const lang = langs[i % langs.length]!;
          await resident(base, lang, SCRIPTS[lang]!.slice(0, 2), more);
        }
      }));
      result.errors += more.errors;
      await new Promise((r) => setTimeout(r, 2_000));
      rssAfterConversations = rssMb(proc.pid!);
      // Idle, V8's memory reducer gives back what the burst left behind: the lowest reading within 40 s.
      rssSettled = rssAfterConversations;
      for (let i = 0; i < 20; i++) { await new Promise((r) => setTimeout(r, 2_000)); rssSettled = Math.min(rssSettled, rssMb(proc.pid!)); }
    }
    return {
      ...result,
      ...(rssAfterConversations !== undefined ? { conversations: CONVERSATIONS, rssMbAfterConversations: rssAfterConversations, rssMbSettled: rssSettled } : {}),
    };
  } finally {
    proc.kill('SIGTERM');
  }
}

const luotsi = await run('luotsi');
console.log(JSON.stringify(luotsi));
const echo = await run('echo');
console.log(JSON.stringify(echo));
console.log(JSON.stringify({
  machine: `${cpus().length} cores ${cpus()[0]?.model ?? ''}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  residents: RESIDENTS, thinkMs: THINK_MS, errors: luotsi.errors + echo.errors,
  turnsPerSecond: luotsi.turnsPerSecond, echoTurnsPerSecond: echo.turnsPerSecond,
  throughputVsEcho: round(luotsi.turnsPerSecond / echo.turnsPerSecond),
  serverCpuMsPerTurn: luotsi.serverCpuMsPerTurn, echoServerCpuMsPerTurn: echo.serverCpuMsPerTurn,
  // What the throughput ratio would be with each server alone on a core: echo's CPU per turn over Luotsi's.
  cpuVsEcho: round(echo.serverCpuMsPerTurn / luotsi.serverCpuMsPerTurn),
  replyP50Ms: luotsi.replyP50Ms, replyP99Ms: luotsi.replyP99Ms,
  serverTurnP50Ms: luotsi.serverTurnP50Ms, serverTurnP99Ms: luotsi.serverTurnP99Ms, saturatedServerTurnP99Ms: luotsi.saturatedServerTurnP99Ms,
  rssMbAfterConversations: luotsi.rssMbAfterConversations ?? null, rssMbSettled: luotsi.rssMbSettled ?? null, conversations: CONVERSATIONS,
}));
const handoverOptions = handoverOptionsFrom(args);
if (handoverOptions.handovers > 0) console.log(JSON.stringify(await benchHandover(handoverOptions)));
