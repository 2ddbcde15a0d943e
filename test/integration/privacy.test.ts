// What residents write stays out of the log: a whole conversation in three languages, a crisis and a forget-me, with the log stream read back.
import type { Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { userIdFor } from '../../adapters/directline/directline-adapter.js';
import { createLogger, hashId } from '../../adapters/logger.js';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { dl, type DlConversation } from './helpers/directline-client.js';

const SECRET = 'test-secret-for-direct-line-tokens-0123456789';

// Words no template or catalogue text would put into a log line by chance.
const DISTINCTIVE = ['Parkinsonintauti', 'Hämeenlinnassa', 'Hameenlinnassa', 'skuldsanering', 'Korsholm', 'Birgitta', 'Mäkiluoto', 'pillerit', 'Ville-Veikko'];

const conversationKey = (id: string) => `directline/conversations/${id}/`;
const userKey = (id: string) => `directline/users/${userIdFor(id)}/`;
const stateOf = async (storage: Storage, id: string) => storage.read([conversationKey(id), userKey(id)]);

function firstSubmit(replies: unknown[]): Record<string, unknown> | undefined {
  const found = /"type":"Action\.Submit","title":"[^"]*","data":(\{[^{}]*\})/.exec(JSON.stringify(replies));
  return found ? (JSON.parse(found[1]!) as Record<string, unknown>) : undefined;
}

describe('privacy of a whole conversation', () => {
  const log: string[] = [];
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;
  const stores = createMemoryStores();
  const conversations: DlConversation[] = [];
  let fi: DlConversation;
  let stateBeforeForget: Awaited<ReturnType<typeof stateOf>> = {};

  beforeAll(async () => {
    const parsed = parseConfig({ LOG_LEVEL: 'trace', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    // The most talkative level the service has, written where the test can read every line.
    const logger = createLogger('trace', { write: (line: string) => { log.push(line); } });
    const created = await createApp(parsed.config, { logger, stores });
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
    client = dl(server.url);

    fi = await client.open('fi-FI');
    const sv = await client.open('sv-SE');
    const en = await client.open('en-US');
    conversations.push(fi, sv, en);

    let replies = (await client.say(fi, { text: 'Isälläni on Parkinsonintauti ja hoidan häntä yksin, asumme Hämeenlinnassa', locale: 'fi-FI' })).replies;
    for (let i = 0; i < 4 && !JSON.stringify(replies).includes('"feedback"'); i++) {
      const data = firstSubmit(replies);
      replies = (await client.say(fi, data ? { value: data, locale: 'fi-FI' } : { text: 'kyllä', locale: 'fi-FI' })).replies;
    }
    await client.say(fi, { text: 'Naapurini Ville-Veikko Mäkiluoto sanoi että keräsin pillerit ja aion ottaa ne kaikki tänään', locale: 'fi-FI' });
    await client.say(sv, { text: 'Jag behöver hjälp med skuldsanering, jag bor i Korsholm', locale: 'sv-SE' });
    await client.say(sv, { text: 'ja', locale: 'sv-SE' });
    await client.say(en, { text: 'My partner Birgitta hits me and I am scared', locale: 'en-US' });
    await client.say(en, { value: { action: 'answer', q: 'channel', value: 'phone', note: 'Birgitta' }, locale: 'en-US' });
    stateBeforeForget = await stateOf(stores.storage, fi.conversationId);
    await client.say(fi, { text: 'unohda minut', locale: 'fi-FI' });
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it('logs every turn, each under a hash of its conversation id', () => {
    const turns = log.map((line) => JSON.parse(line) as { msg: string; conversation?: string }).filter((l) => l.msg === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(10);
    for (const c of conversations) expect(turns.some((t) => t.conversation === hashId(c.conversationId))).toBe(true);
  });

  it('never writes a word the residents typed into the log', () => {
    const everything = log.join('');
    for (const word of DISTINCTIVE) expect(everything.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it('never writes a raw conversation id or a user id into the log', () => {
    const everything = log.join('');
    for (const c of conversations) {
      expect(everything).not.toContain(c.conversationId);
      expect(everything).not.toContain(userIdFor(c.conversationId));
      expect(everything).not.toContain(c.token);
    }
  });

  it('forget me removes the conversation and user state from the store', async () => {
    // The state was there: the forget removed something real.
    expect(Object.keys(stateBeforeForget)).toContain(conversationKey(fi.conversationId));
    expect(await stateOf(stores.storage, fi.conversationId)).toEqual({});
    // The other residents keep theirs.
    expect(Object.keys(await stateOf(stores.storage, conversations[1]!.conversationId))).toContain(conversationKey(conversations[1]!.conversationId));
  });

  it('forget me erases the chat transcript too, leaving only the request and its confirmation', async () => {
    const transcript = JSON.stringify(await stores.conversations.list(fi.conversationId, 0));
    for (const word of ['Parkinsonintauti', 'Hämeenlinnassa', 'pillerit', 'Mäkiluoto']) expect(transcript).not.toContain(word);
    const { activities } = await stores.conversations.list(fi.conversationId, 0);
    // What stays: the request itself (Web Chat waits for its echo) and the confirmation.
    expect(activities.filter((a) => a.from?.role === 'user').map((a) => a.text)).toEqual(['unohda minut']);
    expect(activities.some((a) => a.from?.role !== 'user')).toBe(true);
    // The other residents' transcripts are untouched.
    expect(JSON.stringify(await stores.conversations.list(conversations[1]!.conversationId, 0))).toContain('skuldsanering');
  });

  it('ends the conversation after forget me: its token opens nothing, and a new conversation starts afresh', async () => {
    expect((await client.post(fi.token, fi.conversationId, { type: 'message', text: 'hei', locale: 'fi-FI' })).status).toBe(404);
    expect((await client.refresh(fi.token)).status).toBe(404);
    const fresh = await client.open('fi-FI');
    const { replies } = await client.say(fresh, { text: 'hei', locale: 'fi-FI' });
    expect(replies.length).toBeGreaterThan(0);
    for (const id of [fi.conversationId, fresh.conversationId]) {
      const state = JSON.stringify(await stateOf(stores.storage, id));
      expect(state).not.toContain('Parkinsonintauti');
      expect(state).not.toContain('Hämeenlinna');
    }
  });
});
