// `npm start` as a process: refuses bad configuration with named variables, serves, keeps message text out of the log, stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += String(d); });
  child.stderr.on('data', (d) => { output += String(d); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Whether /readyz answers 200 within 20 s. */
async function becomesReady(base: string): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

describe('npm start', () => {
  it('refuses to start on bad configuration, naming each variable', async () => {
    const p = run({ PORT: 'eighty', NODE_ENV: 'production' });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/^\s+PORT: /m);
  });

  it('serves, never logs what residents write, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const p = run({ PORT: String(port), LUOTSI_BOT: 'echo', LOG_LEVEL: 'debug' });
    try {
      const base = `http://127.0.0.1:${port}`;
      expect(await becomesReady(base)).toBe(true);
      const { token, conversationId } = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers });
      const sent = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'salainen-asia-8271' }) });
      expect(sent.status).toBe(200);

      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.output()).toContain('"msg":"stopped"');
      expect(p.output()).not.toContain('salainen-asia-8271');
      expect(p.output()).not.toContain(conversationId);
    } finally {
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
    }
  });

  it('finishes a turn in flight on SIGTERM before it exits', async () => {
    // A stand-in Teams connector that holds the bot's reply: while it waits, the turn is in flight.
    let replyArrived!: () => void;
    const arrived = new Promise<void>((r) => { replyArrived = r; });
    let releaseReply!: () => void;
    const released = new Promise<void>((r) => { releaseReply = r; });
    const connector = createHttpServer((req, res) => {
      req.resume();
      replyArrived();
      void released.then(() => { res.setHeader('content-type', 'application/json'); res.end('{"id":"reply-1"}'); });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    const port = await freePort();
    const p = run({ PORT: String(port), LUOTSI_BOT: 'echo', TEAMS_DEV_MODE: '1' });
    try {
      const base = `http://127.0.0.1:${port}`;
      expect(await becomesReady(base)).toBe(true);
      const turn = fetch(`${base}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'm1', channelId: 'msteams', serviceUrl, conversation: { id: 'a:1' }, from: { id: '29:1' }, recipient: { id: '28:bot' }, text: 'hei', locale: 'fi-FI' }),
      });
      await arrived;
      p.child.kill('SIGTERM');
      // The process must still be there, waiting for the turn, however long the connector takes.
      await new Promise((r) => setTimeout(r, 500));
      expect(p.child.exitCode).toBeNull();
      expect(p.output()).toContain('shutting down');
      expect(p.output()).not.toContain('"msg":"stopped"');
      releaseReply();
      expect((await turn).status).toBe(200);
      expect(await p.exited).toBe(0);
      expect(p.output()).toContain('"msg":"stopped"');
    } finally {
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
      connector.closeAllConnections();
      connector.close();
    }
  });
});
