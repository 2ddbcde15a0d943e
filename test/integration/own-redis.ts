// A redis-server of the test's own on a spare port, to stop and restart at will; the shared Redis at 6379 is never touched.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { redisReachable } from './redis-env.js';

export interface OwnRedis {
  port: number;
  url: string;
  /** Starts the server (again, on the same port) and waits until it answers PING. */
  start(): Promise<void>;
  /** Stops it the way a crash or a restart would, and waits for the process to exit. */
  stop(): Promise<void>;
}

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function redisServerAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const p = spawn('redis-server', ['--version'], { stdio: 'ignore' });
    p.once('error', () => resolve(false));
    p.once('exit', (code) => resolve(code === 0));
  });
}

export async function ownRedis(port?: number): Promise<OwnRedis> {
  const chosen = port ?? (await sparePort());
  const url = `redis://127.0.0.1:${chosen}`;
  let child: ChildProcess | undefined;
  return {
    port: chosen,
    url,
    async start() {
      if (child) return;
      child = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
      const started = child;
      started.once('exit', () => { if (child === started) child = undefined; });
      for (let i = 0; i < 200; i++) {
        if (await redisReachable(url)) return;
        if (!child) throw new Error(`redis-server on port ${chosen} exited at start`);
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`redis-server on port ${chosen} did not answer within 5 s`);
    },
    async stop() {
      const running = child;
      if (!running) return;
      child = undefined;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
  };
}
