// A crash loses no resident: two instances of `npm start` (child processes) share a real Redis; one is killed with
// SIGKILL in the middle of turns. The next message of each of those conversations, on the other instance, is answered
// within a lease (6 s) and a little, a crisis message with 112; and the messages the dead instance was answering are
// answered too (the crisis card for a crisis, the kind "temporary problem" with 112 otherwise).
//
// The dead instance's turns are made slow by LUOTSI_TEST_TURN_DELAY_MS, which adapters/config.ts honours only with
// NODE_ENV=test (it refuses the variable otherwise), so nothing in production can be slowed this way.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createClient } from 'redis';
import { createRedisStores } from '../../adapters/storage/redis-stores.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../dialogs/i18n.js';
import { view } from '../fixtures/bot-harness.js';
import { dl, type DlConversation } from './helpers/directline-client.js';
import { sparePort } from './own-redis.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRET = 'crash-test-secret-for-direct-line-tokens-0123456789';
/** The turn lock's lease (adapters/storage/redis-stores.ts): how long a dead instance's lock outlives it at most. */
const LEASE_MS = 6_000;
/** "A little": the waiting turn's next look at the lock, the turn itself, and a busy machine. */
const SLACK_MS = 2_500;
const i18n = createI18n();

interface Instance { base: string; child: ChildProcess; exited: Promise<void>; output: () => string }

async function startInstance(prefix: string, env: Record<string, string> = {}): Promise<Instance> {
  const port = await sparePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '', PORT: String(port), NODE_ENV: 'test', LOG_LEVEL: 'warn',
      REDIS_URL, REDIS_PREFIX: prefix, DIRECTLINE_TOKEN_SECRET: SECRET, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += String(d); });
  child.stderr.on('data', (d) => { output += String(d); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return { base, child, exited, output: () => output };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`an instance did not become ready:\n${output}`);
}

const sharedRedis = await requireRedis('crash of an instance in the middle of a turn');

describe.skipIf(!sharedRedis)('an instance killed with SIGKILL in the middle of turns', () => {
  const prefix = testPrefix('crash');
  const redis = createClient({ url: REDIS_URL });
  let dying: Instance;
  let survivor: Instance;
  beforeAll(async () => {
    await redis.connect();
    // The dying instance's message turns sleep two minutes, holding their conversations' locks (renewed every 2 s).
    [dying, survivor] = await Promise.all([startInstance(prefix, { LUOTSI_TEST_TURN_DELAY_MS: '120000' }), startInstance(prefix)]);
  }, 120_000);
  afterAll(async () => {
    for (const instance of [dying, survivor]) if (instance && instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGKILL');
    if (redis.isReady) {
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await redis.del(keys);
      await redis.close();
    }
  });

  it('answers the next message of each conversation on the other instance within a lease, a crisis with 112, and the interrupted messages too', async () => {
    const client = dl(survivor.base);
    const [ordinary, crisisNext, crisisCrashed] = [await client.open('fi-FI'), await client.open('fi-FI'), await client.open('fi-FI')] as DlConversation[];
    const crashed: Record<string, string> = {
      [ordinary!.conversationId]: 'Hoidan muistisairasta äitiäni ja olen ihan uupunut',
      [crisisNext!.conversationId]: 'Olen yksinäinen enkä jaksa enää olla kotona yksin',
      [crisisCrashed!.conversationId]: 'aion tappaa itseni tänään',
    };
    // Each conversation's message goes to the instance that will die; its turn starts and sleeps.
    const dyingClient = dl(dying.base);
    const hanging = Object.entries(crashed).map(([id, text]) => {
      const c = [ordinary!, crisisNext!, crisisCrashed!].find((x) => x.conversationId === id)!;
      return dyingClient.post(c.token, id, { type: 'message', text, locale: 'fi-FI', channelData: { clientActivityID: `crashed-${id}` } }).then((r) => r.status, () => 0);
    });
    // Inside the turn: the lock is held and the message it answers is noted.
    for (let i = 0; i < 200; i++) {
      const held = await Promise.all(Object.keys(crashed).map(async (id) => (await redis.get(`${prefix}lock:${id}`)) !== null && (await redis.get(`${prefix}turn:${id}`)) !== null));
      if (held.every(Boolean)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const id of Object.keys(crashed)) expect(await redis.get(`${prefix}lock:${id}`), 'the dying instance holds the lock').not.toBeNull();

    dying.child.kill('SIGKILL');
    await dying.exited;
    expect(await Promise.all(hanging)).toEqual([0, 0, 0]); // the connections died with the process

    const started = performance.now();
    const next = async (c: DlConversation, text: string) => {
      const res = await client.post(c.token, c.conversationId, { type: 'message', text, locale: 'fi-FI', channelData: { clientActivityID: `next-${c.conversationId}` } });
      return { status: res.status, ms: performance.now() - started };
    };
    const answers = await Promise.all([
      next(ordinary!, 'äidilleni'),
      next(crisisNext!, 'aion tappaa itseni tänään'),
      next(crisisCrashed!, 'hei'),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.ms).toBeLessThanOrEqual(LEASE_MS + SLACK_MS);
    }

    /** The conversation as the resident's Web Chat shows it: each message with the bot's replies that follow it. */
    const transcript = async (c: DlConversation) => {
      const page = (await (await client.list(c.token, c.conversationId)).json()) as { activities: Partial<Activity>[] };
      const at = (clientId: string) => page.activities.findIndex((a) => (a.channelData as { clientActivityID?: string } | undefined)?.clientActivityID === clientId);
      const crashedAt = at(`crashed-${c.conversationId}`);
      const nextAt = at(`next-${c.conversationId}`);
      expect(crashedAt, 'the interrupted message is in the transcript').toBeGreaterThanOrEqual(0);
      expect(nextAt).toBeGreaterThan(crashedAt);
      const crashedId = page.activities[crashedAt]!.id;
      return {
        toCrashed: view(page.activities.slice(crashedAt + 1, nextAt).filter((a) => a.from?.role === 'bot' && a.replyToId === crashedId)),
        toNext: view(page.activities.slice(nextAt + 1).filter((a) => a.from?.role === 'bot')),
      };
    };
    const crisisCard = (seen: ReturnType<typeof view>) => {
      expect(seen.text).toContain(i18n.t('fi', 'crisis.title'));
      expect(seen.buttons[0]?.url).toBe('tel:112');
    };
    const kindFallback = (seen: ReturnType<typeof view>) => {
      expect(seen.text).toContain(i18n.t('fi', 'errors.unavailable'));
      expect(seen.text).toContain('112');
    };

    // An ordinary message interrupted: marked with the kind "temporary problem"; the next one answered as usual.
    const first = await transcript(ordinary!);
    kindFallback(first.toCrashed);
    expect(first.toNext.text.length).toBeGreaterThan(0);
    expect(first.toNext.text).not.toContain(i18n.t('fi', 'errors.unavailable'));

    // A crisis right after a crash: 112 and the crisis line.
    const second = await transcript(crisisNext!);
    kindFallback(second.toCrashed);
    crisisCard(second.toNext);

    // A crisis message whose turn died: the crisis card all the same, before the next message's answer.
    const third = await transcript(crisisCrashed!);
    crisisCard(third.toCrashed);
    expect(third.toNext.text.length).toBeGreaterThan(0);

    // The dead instance's notes are gone once answered; nothing waits for them any more.
    for (const id of Object.keys(crashed)) expect(await redis.get(`${prefix}turn:${id}`)).toBeNull();
    // What the survivor logged about it names no conversation.
    for (const id of Object.keys(crashed)) expect(survivor.output()).not.toContain(id);
    console.log(`after the kill: answered in ${answers.map((a) => `${Math.round(a.ms)} ms`).join(', ')} (lease ${LEASE_MS} ms)`);
  }, 120_000);
});

describe.skipIf(!sharedRedis)('the turn lock\'s note of what its holder is doing', () => {
  const prefix = testPrefix('crash-note');
  const stores = sharedRedis ? createRedisStores({ url: REDIS_URL, prefix, stateTtlMinutes: 5, lock: { leaseMs: 300, waitMs: 600 } }) : undefined;
  beforeAll(async () => {
    for (let i = 0; i < 100 && !(await stores!.health.ping()); i++) await new Promise((r) => setTimeout(r, 20));
  });
  afterAll(async () => {
    if (stores?.client.isReady) for await (const keys of stores.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await stores.client.del(keys);
    await stores?.close();
  });

  it('is cleared when its turn ends, and told to nobody', async () => {
    await stores!.lock.withLock('c1', async (held) => {
      expect(held.interrupted).toBeUndefined();
      await held.note('message-1');
      expect(await stores!.client.get(`${prefix}turn:c1`)).toBe('message-1');
    });
    expect(await stores!.client.get(`${prefix}turn:c1`)).toBeNull();
    await stores!.lock.withLock('c1', async (held) => { expect(held.interrupted).toBeUndefined(); });
  });

  it('is cleared when its turn fails, too: a failure the process survives is answered by that process', async () => {
    await expect(stores!.lock.withLock('c2', async (held) => { await held.note('message-2'); throw new Error('the bot broke'); })).rejects.toThrow('the bot broke');
    await stores!.lock.withLock('c2', async (held) => { expect(held.interrupted).toBeUndefined(); });
  });

  it('of a holder that died is handed to the next holder once its lease lapsed, and cleared when that turn ends', async () => {
    // What a holder leaves behind when its process is killed: its lock (lapsing with the lease) and its note.
    await stores!.client.set(`${prefix}lock:c3`, 'a-dead-instance', { expiration: { type: 'PX', value: 300 } });
    await stores!.client.set(`${prefix}turn:c3`, 'message-3', { expiration: { type: 'PX', value: 60_000 } });
    const started = performance.now();
    await stores!.lock.withLock('c3', async (held) => { expect(held.interrupted).toBe('message-3'); });
    expect(performance.now() - started).toBeLessThan(600);
    expect(await stores!.client.get(`${prefix}turn:c3`)).toBeNull();
  });

  it('cannot be written by a turn that lost its lock', async () => {
    await stores!.lock.withLock('c4', async (held) => {
      // Another instance took over after this one stalled past its lease.
      await stores!.client.set(`${prefix}lock:c4`, 'the-next-holder', { expiration: { type: 'PX', value: 60_000 } });
      await held.note('stale');
    });
    expect(await stores!.client.get(`${prefix}turn:c4`)).toBeNull();
    expect(await stores!.client.get(`${prefix}lock:c4`)).toBe('the-next-holder');
  });
});
