// Instances of the real app for the handover's integration tests: each on its own port, all sharing one Redis prefix (so
// any of them may serve the resident's web chat or the staff's Teams traffic), and what the resident's web chat shows.
import type { Activity } from 'botbuilder';
import { createClient } from 'redis';
import { createApp, type LuotsiApp, type RunningServer } from '../../../adapters/app.js';
import { parseConfig } from '../../../adapters/config.js';
import { realKnowledge } from '../../fixtures/real-knowledge.js';
import { REDIS_URL } from '../redis-env.js';
import { dl, type DlConversation } from './directline-client.js';
import { postTeams, type Received, teamsMessage } from './teams-connector.js';

export const SECRET = 'shared-secret-of-every-instance-0123456789abcdef';
/** The Teams channel registered as the queue. */
export const QUEUE = '19:palveluohjaus@thread.tacv2';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const all = (x: unknown) => JSON.stringify(x);
/** The ticket of a request card the connector received. */
export const ticketOf = (r: Received) => /"action":"handoffAccept","ticket":"([^"]+)"/.exec(all(r.body))?.[1];
/** The conversation id of a request card's thread. */
export const thread = (cardId: string) => `${QUEUE};messageid=${cardId}`;

export interface Instance { luotsi: LuotsiApp; server: RunningServer; client: ReturnType<typeof dl>; stop(): Promise<void> }

export async function startInstance(prefix: string, extra: Record<string, string> = {}): Promise<Instance> {
  const parsed = parseConfig({
    LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, REDIS_URL, REDIS_PREFIX: prefix,
    TEAMS_DEV_MODE: '1', HANDOFF_CONTACT_FI: 'Palveluohjaus, puh. 09 000 0000 (testi)', HANDOFF_SWEEP_SECONDS: '1', ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, realKnowledge());
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await sleep(20);
  let stopped = false;
  return {
    luotsi: created.luotsi, server, client: dl(server.url),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      await created.luotsi.stores.close();
    },
  };
}

/** Leaves the shared Redis as it was: only this prefix's keys go. */
export async function deleteKeys(prefix: string): Promise<void> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.close();
}

/** A Teams activity in the queue channel (or one of its threads), from Anna unless `extra` says otherwise. */
export const staffSays = (connectorUrl: string, instance: Instance, text: string, extra: Record<string, unknown> = {}) =>
  postTeams(instance.server.url, teamsMessage(connectorUrl, text, {
    conversation: { id: QUEUE, conversationType: 'channel', tenantId: 'tenant-1', isGroup: true },
    from: { id: '29:anna', name: 'Anna Virtanen', aadObjectId: 'aad-anna' },
    ...extra,
  }));

/** Everything the resident's web chat shows after its watermark (waiting a little for messages from the other side). */
export async function residentSees(c: DlConversation, instance: Instance, match: RegExp, ms = 5000): Promise<Partial<Activity>[]> {
  const end = Date.now() + ms;
  const seen: Partial<Activity>[] = [];
  for (;;) {
    const page = (await (await instance.client.list(c.token, c.conversationId, c.watermark)).json()) as { activities: Partial<Activity>[]; watermark: string };
    c.watermark = Number(page.watermark);
    seen.push(...page.activities);
    if (match.test(all(seen))) return seen;
    if (Date.now() > end) throw new Error(`the resident never saw ${match}: ${all(seen).slice(0, 800)}`);
    await sleep(50);
  }
}
