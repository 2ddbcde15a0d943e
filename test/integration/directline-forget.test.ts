// "Forget me" in the web chat with Luotsi's own bot: the summary pages made in the conversation go down, the reply says
// exactly what was deleted (the pages by code) and what stays, and the conversation's token stops working, also on
// another instance sharing Redis. Other residents' pages and conversations are untouched.
import type { Activity } from 'botbuilder';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { createI18n } from '../../dialogs/i18n.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { dl, type DlConversation } from './helpers/directline-client.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const SECRET = 'forget-test-secret-for-direct-line-tokens-0123456789';
const i18n = createI18n();
const all = (replies: Partial<Activity>[]) => JSON.stringify(replies);
const pendingQuestion = (replies: Partial<Activity>[]) => /"action":"answer","q":"([\w-]+)"/.exec(all(replies))?.[1];
const summaryCode = (replies: Partial<Activity>[]) => /\/summary\/([A-Z2-9]{6})/.exec(all(replies))?.[1];

interface Instance { luotsi: LuotsiApp; server: RunningServer; client: ReturnType<typeof dl>; stop(): Promise<void> }

async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, realKnowledge());
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const server = await created.luotsi.start(0);
  for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 20));
  return { luotsi: created.luotsi, server, client: dl(server.url), async stop() { await server.close(); await created.luotsi.stores.close(); } };
}

/** A Finnish need through to results, then "yhteenveto": the code of the summary page made. */
async function summaryOf(client: ReturnType<typeof dl>, c: DlConversation): Promise<string> {
  await client.say(c, { text: 'Hoidan muistisairasta äitiäni ja olen ihan uupunut', locale: 'fi-FI' });
  let { replies } = await client.say(c, { value: { action: 'confirm' }, locale: 'fi-FI' });
  for (let q = pendingQuestion(replies), n = 0; q && n < 3; q = pendingQuestion(replies), n++) {
    ({ replies } = await client.say(c, { value: { action: 'answer', q, ...(q === 'municipality' ? { municipalityName: 'Vantaa' } : { value: 'any' }) }, locale: 'fi-FI' }));
  }
  const summary = await client.say(c, { text: 'yhteenveto', locale: 'fi-FI' });
  const code = summaryCode(summary.replies);
  if (!code) throw new Error(`no summary page was made: ${all(summary.replies).slice(0, 300)}`);
  return code;
}

const pageStatus = async (base: string, code: string) => (await fetch(`${base}/summary/${code}`)).status;

describe('"forget me" in the web chat (one instance)', () => {
  let app: Instance;
  beforeAll(async () => { app = await startInstance(); });
  afterAll(async () => { await app?.stop(); });

  it('takes down the summary pages made in the conversation, names them in the reply, and ends the conversation', async () => {
    const { client } = app;
    const mine = await client.open('fi-FI');
    const other = await client.open('fi-FI');
    const code = await summaryOf(client, mine);
    const othersCode = await summaryOf(client, other);
    expect(await pageStatus(app.server.url, code)).toBe(200);

    const { replies } = await client.say(mine, { text: 'unohda minut', locale: 'fi-FI' });
    const confirmation = replies.find((r) => r.type === 'message');
    expect(confirmation?.text).toBe(i18n.t('fi', 'privacy.forgottenWebPages', { codes: code }));
    expect(confirmation?.text).toContain(code);
    expect(replies.at(-1)).toMatchObject({ type: 'endOfConversation', code: 'userRequested' });

    expect(await pageStatus(app.server.url, code)).toBe(404);
    // Another resident's page stays, and so does their conversation.
    expect(await pageStatus(app.server.url, othersCode)).toBe(200);
    expect((await client.say(other, { text: 'kiitos', locale: 'fi-FI' })).replies.length).toBeGreaterThan(0);
    // The token opens nothing any more.
    expect((await client.post(mine.token, mine.conversationId, { type: 'message', text: 'hei' })).status).toBe(404);
    expect((await client.list(mine.token, mine.conversationId, mine.watermark)).status).toBe(404);
  });

  it('says what it deleted, and what stays, in the resident\'s language when no summary page was made', async () => {
    for (const [lang, locale, forget] of [['sv', 'sv-SE', 'glöm mig'], ['en', 'en-US', 'forget me']] as const) {
      const c = await app.client.open(locale);
      await app.client.say(c, { text: 'hej', locale });
      const { replies } = await app.client.say(c, { text: forget, locale });
      expect(replies.find((r) => r.type === 'message')?.text).toBe(i18n.t(lang, 'privacy.forgottenWeb'));
      expect(replies.find((r) => r.type === 'message')?.locale).toBe(locale);
    }
  });
});

const hasRedis = await requireRedis('"forget me" across instances');

describe.skipIf(!hasRedis)('"forget me" with two instances sharing Redis', () => {
  const prefix = testPrefix('forget');
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    [a, b] = await Promise.all([startInstance({ REDIS_URL, REDIS_PREFIX: prefix }), startInstance({ REDIS_URL, REDIS_PREFIX: prefix })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const r = createClient({ url: REDIS_URL });
    await r.connect();
    for await (const keys of r.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await r.del(keys);
    await r.close();
  });

  it('takes down a page made on one instance when the resident says "forget me" on the other, and revokes the token on both', async () => {
    const c = await a.client.open('fi-FI');
    const code = await summaryOf(a.client, c);
    expect(await pageStatus(b.server.url, code)).toBe(200);
    const { replies } = await b.client.say(c, { text: 'unohda minut', locale: 'fi-FI' });
    expect(replies.find((r) => r.type === 'message')?.text).toBe(i18n.t('fi', 'privacy.forgottenWebPages', { codes: code }));
    for (const instance of [a, b]) {
      expect(await pageStatus(instance.server.url, code)).toBe(404);
      expect((await instance.client.post(c.token, c.conversationId, { type: 'message', text: 'hei' })).status).toBe(404);
      expect((await instance.client.refresh(c.token)).status).toBe(404);
    }
  });
});
