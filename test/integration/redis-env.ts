// Redis for the integration suite: fails loudly in CI when it is missing, skips with a message elsewhere.
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function redisReachable(url = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => { socket.write('PING\r\n'); });
    socket.once('data', (d) => { socket.destroy(); resolve(d.toString().startsWith('+PONG')); });
    socket.once('error', () => { socket.destroy(); resolve(false); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

/** true when the suite should run; throws in CI when Redis is absent. */
export async function requireRedis(what: string): Promise<boolean> {
  if (await redisReachable()) return true;
  if (process.env.CI === 'true') throw new Error(`${what}: Redis is required in CI but ${REDIS_URL} does not answer`);
  console.warn(`SKIPPED ${what}: no Redis at ${REDIS_URL} (start one, or set TEST_REDIS_URL)`);
  return false;
}

/** A key prefix of its own per test run, so runs sharing one Redis never see each other's keys. */
export const testPrefix = (name: string) => `luotsi-test:${name}:${randomBytes(4).toString('hex')}:`;
