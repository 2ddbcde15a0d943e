// Where Luotsi's Direct Line used to differ from the Direct Line 3.0 reference, over real HTTP: the client's sender, a
// second start, endOfConversation and messageReaction, a client conversationUpdate, typing ids; and what of a client's
// activity reaches the bot and the transcript.
import type { Activity, ActivityHandler, TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { dl, json, type DlConversation } from './helpers/directline-client.js';

const SECRET = 'protocol-test-secret-for-direct-line-tokens-0123456789';

/** Every activity the bot was given, as it saw it; messages are echoed. */
const heard: Partial<Activity>[] = [];
const echo = new EchoBot();
const recordingBot: Pick<ActivityHandler, 'run'> = {
  run: async (context: TurnContext) => {
    heard.push(JSON.parse(JSON.stringify(context.activity)) as Partial<Activity>);
    await echo.run(context);
  },
};

type Page = { activities: Partial<Activity>[]; watermark: string };

describe('Direct Line 3.0 as the reference has it', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let client: ReturnType<typeof dl>;
  beforeAll(async () => {
    const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const created = await createApp(parsed.config, { bot: recordingBot });
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(0);
    client = dl(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  /** What the conversation shows after `c.watermark`, moving the watermark on. */
  async function since(c: DlConversation): Promise<Partial<Activity>[]> {
    const page = (await json(await client.list(c.token, c.conversationId, c.watermark))) as unknown as Page;
    c.watermark = Number(page.watermark);
    return page.activities;
  }

  async function post(c: DlConversation, activity: Record<string, unknown>): Promise<{ status: number; id?: string }> {
    const res = await client.post(c.token, c.conversationId, activity);
    const body = await json(res);
    return { status: res.status, ...(typeof body.id === 'string' ? { id: body.id } : {}) };
  }

  it('starts a conversation with 201 and the greeting, and answers a second start with the same token 200, without greeting again', async () => {
    const { token, conversationId } = await client.generate('fi-FI');
    const first = await client.start(token, { locale: 'fi-FI' });
    expect(first.status).toBe(201);
    const second = await client.start(token, { locale: 'fi-FI' });
    expect(second.status).toBe(200);
    for (const body of [await json(first), await json(second)]) {
      expect(body).toMatchObject({ conversationId, token: expect.any(String), expires_in: 1800, streamUrl: expect.stringMatching(/^ws:\/\//) });
    }
    const page = (await json(await client.list(token, conversationId))) as unknown as Page;
    expect(page.activities.map((a) => a.text)).toEqual(['echo: hello']);
  });

  it('keeps the sender the client named in the transcript, while the bot hears the conversation\'s own id', async () => {
    const c = await client.open();
    heard.length = 0;
    const { id } = await post(c, { type: 'message', text: 'hei', from: { id: 'dl_someone-else', name: 'Mallory', role: 'bot', aadObjectId: 'x' } });
    const [mine, reply] = await since(c);
    expect(mine).toMatchObject({ id, from: { id: 'dl_someone-else', name: 'Mallory', role: 'user' } });
    expect(mine?.from).not.toHaveProperty('aadObjectId');
    expect(heard[0]?.from?.id).toMatch(/^dl_[\w-]{16}$/);
    expect(heard[0]?.from?.id).not.toBe('dl_someone-else');
    expect(reply).toMatchObject({ from: { role: 'bot' }, recipient: { id: heard[0]?.from?.id } });
    // Without a sender the echo carries the conversation's own id.
    const { id: second } = await post(c, { type: 'message', text: 'ilman lähettäjää' });
    expect((await since(c)).find((a) => a.id === second)?.from).toEqual({ id: heard[0]?.from?.id, role: 'user' });
  });

  it.each([
    ['endOfConversation', { type: 'endOfConversation', text: 'this is not a message', code: 'userRequested' }],
    ['messageReaction', { type: 'messageReaction', text: 'nor is this', reactionsAdded: [{ type: 'like' }], replyToId: 'some-activity' }],
  ])('accepts %s from the client with 200 and an id, and never takes it for text', async (type, activity) => {
    const c = await client.open();
    heard.length = 0;
    const { status, id } = await post(c, activity);
    expect(status).toBe(200);
    expect(id).toMatch(new RegExp(`^${c.conversationId}\\|`));
    const shown = await since(c);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id, type });
    expect(shown[0]).not.toHaveProperty('text');
    expect(heard).toHaveLength(1);
    expect(heard[0]?.type).toBe(type);
    expect(heard[0]).not.toHaveProperty('text');
    if (type === 'messageReaction') expect(shown[0]).toMatchObject({ reactionsAdded: [{ type: 'like' }], replyToId: 'some-activity' });
  });

  it('does not echo a client\'s conversationUpdate back, and lets no client name who joined', async () => {
    const c = await client.open();
    heard.length = 0;
    const { status, id } = await post(c, { type: 'conversationUpdate', membersAdded: [{ id: 'admin', name: 'Admin' }] });
    expect(status).toBe(200);
    expect(id).toBeDefined();
    const shown = await since(c);
    expect(shown.filter((a) => a.type === 'conversationUpdate')).toEqual([]);
    expect(shown.some((a) => a.id === id)).toBe(false);
    expect(heard[0]?.membersAdded).toEqual([expect.objectContaining({ id: heard[0]?.from?.id })]);
  });

  it('never gives a typing indicator\'s id to the next activity', async () => {
    const c = await client.open();
    const ids: string[] = [];
    for (const activity of [{ type: 'typing' }, { type: 'message', text: 'yksi' }, { type: 'typing' }, { type: 'typing' }, { type: 'message', text: 'kaksi' }]) {
      const { status, id } = await post(c, activity);
      expect(status).toBe(200);
      ids.push(id!);
    }
    expect(new Set(ids).size).toBe(ids.length);
    const shown = await since(c);
    // Typing indicators are not kept; every stored activity has an id of its own.
    expect(shown.map((a) => a.text)).toEqual(['yksi', 'echo: yksi', 'kaksi', 'echo: kaksi']);
    expect(new Set(shown.map((a) => a.id)).size).toBe(shown.length);
    expect(shown.map((a) => a.id)).not.toContain(ids[0]);
  });

  it('keeps and passes on only what the bot and Web Chat need of a client\'s activity', async () => {
    const c = await client.open();
    heard.length = 0;
    const { id } = await post(c, {
      type: 'message', text: 'hei', textFormat: 'plain', locale: 'fi-FI',
      value: { action: 'answer', q: 'municipality', municipalityName: 'Vantaa' },
      channelData: { clientActivityID: 'client-7', clientTimestamp: '2026-01-01T00:00:00Z', mode: 'staff', postBack: true },
      entities: [{ type: 'ClientCapabilities', requiresBotState: true }],
      attachments: [{ contentType: 'text/plain', content: 'a file' }],
      id: 'client-chosen-id', timestamp: '1999-01-01T00:00:00Z', conversation: { id: 'another' }, recipient: { id: 'someone' },
      localTimezone: 'Europe/Helsinki', serviceUrl: 'http://evil.example',
    });
    const [mine] = await since(c);
    for (const activity of [mine!, heard[0]!]) {
      expect(activity.id).toBe(id);
      expect(activity.channelData).toEqual({ clientActivityID: 'client-7' });
      expect(activity).not.toHaveProperty('entities');
      expect(activity).not.toHaveProperty('attachments');
      expect(activity).not.toHaveProperty('localTimezone');
      expect(activity.conversation?.id).toBe(c.conversationId);
      expect(activity.recipient?.id).toBe('luotsi');
      expect(activity.serviceUrl).not.toContain('evil');
      expect(new Date(String(activity.timestamp)).getFullYear()).toBeGreaterThan(2000);
      expect(activity).toMatchObject({ type: 'message', text: 'hei', textFormat: 'plain', locale: 'fi-FI', value: { municipalityName: 'Vantaa' } });
    }
  });

  it.each(['value', 'channelData'])('refuses a %s nested 5,000 levels deep with a 400, not a 500', async (field) => {
    const c = await client.open();
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const res = await fetch(`${server.url}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
      body: `{"type":"message","text":"hei","${field}":${deep}}`,
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: { code: 'invalid-activity' } });
  });

  it('passes a large card submit to the bot whole but keeps only small ones in the transcript', async () => {
    const c = await client.open();
    heard.length = 0;
    const large = { action: 'answer', q: 'municipality', municipalityName: 'x'.repeat(3_000) };
    const { id } = await post(c, { type: 'message', value: large });
    const [mine] = await since(c);
    expect(mine?.id).toBe(id);
    expect(mine).not.toHaveProperty('value');
    expect(heard[0]?.value).toEqual(large);
  });
});
