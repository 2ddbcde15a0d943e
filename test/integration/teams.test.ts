// Teams at /api/messages without Azure: a stand-in connector receives the replies, and a local OpenID key server signs tokens;
// mentions, greetings, start over, invokes, served channels and an unreachable OpenID metadata.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { createLogger } from '../../adapters/logger.js';
import { createI18n } from '../../dialogs/i18n.js';
import { checkAdaptiveCard } from '../bot/schema-validators.js';
import { listen, postTeams as post, type Received, startConnector, teamsMessage, until } from './helpers/teams-connector.js';

async function start(env: Record<string, string>, overrides: Parameters<typeof createApp>[1]): Promise<{ luotsi: LuotsiApp; server: RunningServer }> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, overrides);
  if (!created.ok) throw new Error(created.errors.join('\n'));
  return { luotsi: created.luotsi, server: await created.luotsi.start(0) };
}

describe('Teams in local development mode (no MicrosoftAppId)', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let luotsi: LuotsiApp;
  let server: RunningServer;
  beforeAll(async () => {
    connector = await startConnector();
    ({ luotsi, server } = await start({ TEAMS_DEV_MODE: '1' }, { bot: new EchoBot() }));
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
    await connector?.close();
  });
  beforeEach(() => { connector.received.length = 0; });

  it('sends the reply to the activity\'s serviceUrl as a reply to it', async () => {
    const activity = teamsMessage(connector.url, 'Hei Luotsi');
    const res = await post(server.url, activity);
    expect(res.status).toBe(200);
    const reply = await until(() => connector.received[0]);
    expect(reply.path).toBe(`/v3/conversations/${encodeURIComponent('a:1personal-chat')}/activities/${activity.id}`);
    expect(reply.body).toMatchObject({ type: 'message', text: 'echo: Hei Luotsi', replyToId: activity.id, conversation: { id: 'a:1personal-chat' } });
    expect(reply.authorization).toBeUndefined();
  });

  it('refuses a body that is not an activity with a JSON 400', async () => {
    const res = await post(server.url, { hello: 'world' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid-activity' } });
  });

  it('refuses malformed JSON and other content types with JSON errors', async () => {
    const bad = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-json' } });
    const text = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hei' });
    expect(text.status).toBe(415);
    const get = await fetch(`${server.url}/api/messages`);
    expect(get.status).toBe(405);
  });
});

describe('Teams with Luotsi\'s own bot (local development mode)', () => {
  it('answers a staff member in Teams through the connector, with a locale', async () => {
    const connector = await startConnector();
    const { luotsi, server } = await start({ TEAMS_DEV_MODE: '1' }, {});
    try {
      const res = await post(server.url, teamsMessage(connector.url, 'omaishoitajan vertaistuki'));
      expect(res.status).toBe(200);
      const replies = await until(() => (connector.received.length > 0 ? connector.received : undefined));
      for (const r of replies) expect(['fi-FI', 'sv-SE', 'en-US']).toContain(r.body.locale);
    } finally {
      await server.close();
      await luotsi.stores.close();
      await connector.close();
    }
  });
});

describe('TEAMS_DEV_MODE: unsigned activities only with the switch on, only from this machine, never forwarded', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let running: { luotsi: LuotsiApp; server: RunningServer } | undefined;
  beforeAll(async () => { connector = await startConnector(); });
  afterEach(async () => {
    await running?.server.close();
    await running?.luotsi.stores.close();
    running = undefined;
    connector.received.length = 0;
  });
  afterAll(async () => { await connector?.close(); });

  async function expectRefused(res: Response): Promise<void> {
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized', message: expect.any(String) } });
  }

  it('refuses everything, even from loopback, when TEAMS_DEV_MODE is unset and MicrosoftAppId is unset', async () => {
    running = await start({}, { bot: new EchoBot() });
    await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei Luotsi')));
    await expectRefused(await post(running.server.url, { hello: 'world' }));
    await expectRefused(await fetch(`${running.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.received).toHaveLength(0);
    // The web chat keeps working.
    expect((await fetch(`${running.server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(200);
  });

  it('refuses with TEAMS_DEV_MODE=0 as with it unset', async () => {
    running = await start({ TEAMS_DEV_MODE: '0' }, { bot: new EchoBot() });
    await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei Luotsi')));
  });

  it('refuses a forwarded request from loopback with TEAMS_DEV_MODE=1, even with TRUST_PROXY trusting loopback', async () => {
    const envs: Record<string, string>[] = [{ TEAMS_DEV_MODE: '1' }, { TEAMS_DEV_MODE: '1', TRUST_PROXY: 'loopback' }, { TEAMS_DEV_MODE: '1', TRUST_PROXY: '1' }];
    for (const env of envs) {
      running = await start(env, { bot: new EchoBot() });
      await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei'), { 'x-forwarded-for': '203.0.113.7' }));
      await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei'), { 'x-forwarded-for': '127.0.0.1' }));
      await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei'), { forwarded: 'for=203.0.113.7' }));
      await running.server.close();
      await running.luotsi.stores.close();
      running = undefined;
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.received).toHaveLength(0);
  });

  it('accepts a plain loopback request with TEAMS_DEV_MODE=1', async () => {
    running = await start({ TEAMS_DEV_MODE: '1' }, { bot: new EchoBot() });
    const res = await post(running.server.url, teamsMessage(connector.url, 'Hei Luotsi'));
    expect(res.status).toBe(200);
    const reply = await until(() => connector.received[0]);
    expect(reply.body).toMatchObject({ text: 'echo: Hei Luotsi' });
  });

  it('changes nothing with MicrosoftAppId set: an unsigned request is still refused with 401', async () => {
    running = await start(
      { TEAMS_DEV_MODE: '1', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-used-offline', BOT_OPENID_METADATA: 'http://127.0.0.1:1/openid' },
      { bot: new EchoBot() },
    );
    await expectRefused(await post(running.server.url, teamsMessage(connector.url, 'Hei')));
    expect(connector.received).toHaveLength(0);
  });
});

describe('Teams with MicrosoftAppId set (signed requests only)', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  const ISSUER = 'https://api.botframework.com';
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let keyServer: { url: string; close(): Promise<void> };
  let privateKey: CryptoKey;
  let luotsi: LuotsiApp;
  let server: RunningServer;

  // Inbound validation is the real Bot Framework code; only the outbound Azure AD token is replaced, to stay offline.
  const offlineCredentials = {
    isValidAppId: (appId: string) => Promise.resolve(appId === APP_ID),
    isAuthenticationDisabled: () => Promise.resolve(false),
    createCredentials: () => Promise.resolve({
      signRequest: (resource: { headers: { set(name: string, value: string): void } }) => {
        resource.headers.set('authorization', 'Bearer outbound-test-token');
        return Promise.resolve(resource);
      },
    }),
  } as unknown as ServiceClientCredentialsFactory;

  const sign = (claims: Record<string, unknown>, audience = APP_ID) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'luotsi-test-key', typ: 'JWT' })
      .setIssuer(ISSUER).setAudience(audience).setIssuedAt().setNotBefore('0s').setExpirationTime('5m').sign(privateKey);

  beforeAll(async () => {
    connector = await startConnector();
    const keys = await generateKeyPair('RS256', { extractable: true });
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'luotsi-test-key', use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
    const keyApp = express();
    let base = '';
    keyApp.get('/openid', (_req, res) => { res.json({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }); });
    keyApp.get('/keys', (_req, res) => { res.json({ keys: [jwk] }); });
    keyServer = await listen(keyApp, {});
    base = keyServer.url;
    ({ luotsi, server } = await start(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', BOT_OPENID_METADATA: `${keyServer.url}/openid` },
      { bot: new EchoBot(), teamsCredentialsFactory: offlineCredentials },
    ));
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
    await connector?.close();
    await keyServer?.close();
  });
  beforeEach(() => { connector.received.length = 0; });

  it('accepts a valid Bot Framework token and the reply reaches the connector', async () => {
    const activity = teamsMessage(connector.url, 'Hei');
    const token = await sign({ serviceurl: connector.url });
    const res = await post(server.url, activity, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const reply = await until(() => connector.received[0]);
    expect(reply.body).toMatchObject({ text: 'echo: Hei', replyToId: activity.id });
    expect(reply.authorization).toBe('Bearer outbound-test-token');
  });

  it('refuses a token for another bot (wrong audience) with 401', async () => {
    const token = await sign({ serviceurl: connector.url }, '99999999-0000-0000-0000-000000000000');
    const res = await post(server.url, teamsMessage(connector.url, 'Hei'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(connector.received).toHaveLength(0);
  });

  it('refuses a request without a token with 401', async () => {
    const res = await post(server.url, teamsMessage(connector.url, 'Hei'));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(connector.received).toHaveLength(0);
  });

  it('refuses a token signed by a key the metadata does not publish with 401', async () => {
    const stranger = await generateKeyPair('RS256');
    const token = await new SignJWT({ serviceurl: connector.url }).setProtectedHeader({ alg: 'RS256', kid: 'luotsi-test-key' })
      .setIssuer(ISSUER).setAudience(APP_ID).setIssuedAt().setExpirationTime('5m').sign(stranger.privateKey);
    const res = await post(server.url, teamsMessage(connector.url, 'Hei'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
  });
});

/** The bot's @mention as Teams sends it in a channel: the markup in the text and a mention entity. */
function channelMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}) {
  return teamsMessage(serviceUrl, `<at>Luotsi</at> ${text}`, {
    conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true },
    entities: [{ type: 'mention', text: '<at>Luotsi</at>', mentioned: { id: '28:luotsi-bot', name: 'Luotsi' } }],
    channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:channel@thread.tacv2' } },
    ...extra,
  });
}

const i18n = createI18n();
const textOf = (replies: Received[]) => replies.map((r) => JSON.stringify(r.body)).join('\n');
const cardsOf = (replies: Received[]) => replies.flatMap((r) => ((r.body.attachments ?? []) as { contentType: string; content: Record<string, unknown> }[]))
  .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');

/** All replies to one post, once the connector has been quiet for a moment. */
async function repliesTo(connector: { received: Received[] }, post: () => Promise<Response>): Promise<{ status: number; replies: Received[] }> {
  const before = connector.received.length;
  const res = await post();
  let seen = -1;
  for (let i = 0; i < 100 && seen !== connector.received.length; i++) {
    seen = connector.received.length;
    await new Promise((r) => setTimeout(r, 60));
  }
  return { status: res.status, replies: connector.received.slice(before) };
}

describe('Teams with Luotsi\'s own bot: mentions, greetings, start over, invokes, channels', () => {
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let luotsi: LuotsiApp;
  let server: RunningServer;
  beforeAll(async () => {
    connector = await startConnector();
    ({ luotsi, server } = await start({ TEAMS_DEV_MODE: '1' }, {}));
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
    await connector?.close();
  });

  it('reads an @mention in a channel as the words after it: no "<at>" is searched for or echoed back', async () => {
    const { status, replies } = await repliesTo(connector, () => post(server.url, channelMessage(connector.url, 'omaishoitaja Vantaa puhelin')));
    expect(status).toBe(200);
    const all = textOf(replies);
    expect(all).not.toMatch(/<at>|Luotsi<\/at>|‹at›/);
    expect(all).toContain('"action":"staffSearch","op":"details"');
    // The staff member's own words are not echoed either: the list names what it recognised.
    expect(all).not.toContain('omaishoitaja Vantaa puhelin');
    const rows = (JSON.stringify(cardsOf(replies)).match(/"op":"details"/g) ?? []).length;
    expect(rows).toBeGreaterThan(0);
    expect(all).toContain(`"text":"${i18n.t('fi', 'staff:results.title', { n: rows })}"`);
  });

  it('takes the mention out for an echo bot too, so nothing of it comes back', async () => {
    const echoConnector = await startConnector();
    const echo = await start({ TEAMS_DEV_MODE: '1' }, { bot: new EchoBot() });
    try {
      const { replies } = await repliesTo(echoConnector, () => post(echo.server.url, channelMessage(echoConnector.url, 'Hei kaikki')));
      expect(replies.map((r) => r.body.text)).toEqual(['echo: Hei kaikki']);
      // A mention of someone else stays: it is part of what was said.
      const other = channelMessage(echoConnector.url, 'kysy <at>Maija</at>', {
        entities: [{ type: 'mention', text: '<at>Luotsi</at>', mentioned: { id: '28:luotsi-bot', name: 'Luotsi' } }, { type: 'mention', text: '<at>Maija</at>', mentioned: { id: '29:maija', name: 'Maija' } }],
      });
      const second = await repliesTo(echoConnector, () => post(echo.server.url, other));
      expect(second.replies.map((r) => r.body.text)).toEqual(['echo: kysy <at>Maija</at>']);
    } finally {
      await echo.server.close();
      await echo.luotsi.stores.close();
      await echoConnector.close();
    }
  });

  it.each([
    ['fi', 'aloita alusta', 'fi-FI', 'omaishoitaja Vantaa puhelin'], ['sv', 'börja om', 'sv-SE', 'närståendevårdare Vanda telefon'],
    ['en', 'start over', 'en-US', 'family carer Vantaa phone'],
  ] as const)('starts a new staff search on "%s"-language start over, not the residents\' welcome (%s)', async (lang, words, locale, search) => {
    const id = `a:1personal-start-over-${lang}`;
    const conversation = { id, conversationType: 'personal', tenantId: 'tenant-1' };
    const first = await repliesTo(connector, () => post(server.url, teamsMessage(connector.url, search, { conversation, locale })));
    expect(textOf(first.replies)).toContain('"action":"staffSearch","op":"details"');
    const { replies } = await repliesTo(connector, () => post(server.url, teamsMessage(connector.url, words, { conversation, locale })));
    const all = textOf(replies);
    expect(all).toContain(i18n.t(lang, 'startOver.done'));
    expect(all).toContain(i18n.t(lang, 'staff:welcome.title'));
    expect(all).not.toContain(i18n.t(lang, 'welcome.title'));
    // The new search works as a staff search.
    const next = await repliesTo(connector, () => post(server.url, teamsMessage(connector.url, search, { conversation, locale })));
    expect(textOf(next.replies)).toContain('"action":"staffSearch","op":"details"');
  });

  it('starts a new staff search on "@Luotsi aloita alusta" in a channel', async () => {
    const conversation = { id: '19:channel@thread.tacv2;messageid=start-over', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true };
    await repliesTo(connector, () => post(server.url, channelMessage(connector.url, 'omaishoitaja Vantaa', { conversation })));
    const { replies } = await repliesTo(connector, () => post(server.url, channelMessage(connector.url, 'aloita alusta', { conversation })));
    expect(textOf(replies)).toContain(i18n.t('fi', 'staff:welcome.title'));
    expect(textOf(replies)).not.toContain(i18n.t('fi', 'welcome.title'));
  });

  it('greets a team once when the bot is added to it, with a short note for staff, and not every colleague who joins', async () => {
    const update = (members: { id: string; name?: string }[]) => ({
      type: 'conversationUpdate', id: `cu-${Math.random().toString(36).slice(2)}`, channelId: 'msteams', serviceUrl: connector.url,
      from: { id: '29:1staff-member' }, recipient: { id: '28:luotsi-bot', name: 'Luotsi' },
      conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true },
      channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:general@thread.tacv2' }, eventType: 'teamMemberAdded' },
      membersAdded: members,
    });
    const added = await repliesTo(connector, () => post(server.url, update([{ id: '28:luotsi-bot', name: 'Luotsi' }])));
    expect(added.status).toBe(200);
    expect(added.replies).toHaveLength(1);
    expect(added.replies[0]?.body.text).toBe(i18n.t('fi', 'staff:welcome.team', { name: 'Luotsi' }));
    expect(added.replies[0]?.path.startsWith(`/v3/conversations/${encodeURIComponent('19:general@thread.tacv2')}/activities`)).toBe(true);
    const colleague = await repliesTo(connector, () => post(server.url, update([{ id: '29:new-colleague' }])));
    expect(colleague.status).toBe(200);
    expect(colleague.replies).toHaveLength(0);
  });

  it('shows staff search\'s welcome card when the bot is installed in a personal chat', async () => {
    const { replies } = await repliesTo(connector, () => post(server.url, {
      type: 'conversationUpdate', id: 'cu-personal', channelId: 'msteams', serviceUrl: connector.url, locale: 'sv-SE',
      from: { id: '29:1staff-member' }, recipient: { id: '28:luotsi-bot', name: 'Luotsi' },
      conversation: { id: 'a:1personal-install', conversationType: 'personal', tenantId: 'tenant-1' },
      membersAdded: [{ id: '28:luotsi-bot' }],
    }));
    expect(textOf(replies)).toContain(i18n.t('sv', 'staff:welcome.title'));
    expect(textOf(replies)).not.toContain(i18n.t('sv', 'welcome.title'));
  });

  it('gives every card it sends Teams a summary for the notification and speak for a screen reader', async () => {
    const { replies } = await repliesTo(connector, () => post(server.url, teamsMessage(connector.url, 'omaishoitaja Vantaa puhelin', { conversation: { id: 'a:1personal-readable', conversationType: 'personal' } })));
    const withCards = replies.filter((r) => Array.isArray(r.body.attachments) && (r.body.attachments as unknown[]).length > 0);
    expect(withCards.length).toBeGreaterThan(0);
    for (const r of withCards) {
      expect(r.body.summary).toEqual(expect.stringMatching(/\S/));
      expect(r.body.speak).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('answers an adaptiveCard/action invoke with 200 and an adaptive card invoke response, never 5xx', async () => {
    const invoke = teamsMessage(connector.url, '', {
      type: 'invoke', name: 'adaptiveCard/action', text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'save', data: { action: 'save', id: 'x' } }, trigger: 'manual' },
    });
    const res = await post(server.url, invoke);
    expect(res.status).toBe(200);
    const body = await res.json() as { statusCode: number; type: string; value: { type: string; body: { text: string }[]; speak: string } };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(body.value.type).toBe('AdaptiveCard');
    expect(body.value.body[0]?.text).toBe(i18n.t('fi', 'invoke.unsupported'));
    expect(checkAdaptiveCard(body.value).errors).toEqual([]);
  });

  it('declines a malformed adaptiveCard/action and an invoke Luotsi does not offer with 400, not 501', async () => {
    const malformed = await post(server.url, teamsMessage(connector.url, '', { type: 'invoke', name: 'adaptiveCard/action', text: undefined }));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    for (const name of ['composeExtension/query', 'task/fetch', 'something/unknown']) {
      const res = await post(server.url, teamsMessage(connector.url, '', { type: 'invoke', name, text: undefined, value: {} }));
      expect(res.status, name).toBe(400);
      expect(await res.json(), name).toMatchObject({ code: 'NotSupported' });
    }
  });

  it.each([['directline'], ['webchat'], ['slack'], [undefined]])('refuses channelId %s with a JSON 400 and runs no turn', async (channelId) => {
    const { status, replies } = await repliesTo(connector, async () => {
      const res = await post(server.url, teamsMessage(connector.url, 'omaishoitaja', { channelId }));
      expect(await res.clone().json()).toMatchObject({ error: { code: 'invalid-activity', message: expect.stringContaining('msteams') } });
      return res;
    });
    expect(status).toBe(400);
    expect(replies).toHaveLength(0);
  });

  it('serves the Bot Framework Emulator\'s channel', async () => {
    const { status, replies } = await repliesTo(connector, () => post(server.url, teamsMessage(connector.url, 'hei', { channelId: 'emulator', conversation: { id: 'emulator-1' } })));
    expect(status).toBe(200);
    expect(replies.length).toBeGreaterThan(0);
  });
});

describe('Teams with MicrosoftAppId set and the Bot Framework OpenID metadata unreachable', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';

  async function withMetadata(metadataUrl: string, run: (url: string, logs: string[]) => Promise<void>): Promise<void> {
    const logs: string[] = [];
    const logger = createLogger('info', { write: (line: string) => { logs.push(line); } });
    const running = await start(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', BOT_OPENID_METADATA: metadataUrl, LOG_LEVEL: 'info' },
      { bot: new EchoBot(), logger },
    );
    try {
      await run(running.server.url, logs);
    } finally {
      await running.server.close();
      await running.luotsi.stores.close();
    }
  }

  const token = async () => {
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT({ serviceurl: 'http://127.0.0.1:1' }).setProtectedHeader({ alg: 'RS256', kid: 'some-key', typ: 'JWT' })
      .setIssuer('https://api.botframework.com').setAudience(APP_ID).setIssuedAt().setExpirationTime('5m').sign(privateKey);
  };

  it('answers a bearer token with 503 and Retry-After in JSON, logs one line, and prints no stack trace', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await withMetadata('http://127.0.0.1:1/openid', async (url, logs) => {
        const before = logs.length;
        for (let i = 0; i < 3; i++) {
          const res = await post(url, teamsMessage('http://127.0.0.1:1', 'Hei'), { authorization: `Bearer ${await token()}` });
          expect(res.status).toBe(503);
          expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
          expect(await res.json()).toMatchObject({ error: { code: 'not-ready', message: expect.stringContaining('signing keys') } });
        }
        const lines = logs.slice(before).filter((l) => l.includes('signing keys'));
        // Three requests in one outage: one report, on one line, without a stack.
        expect(lines).toHaveLength(1);
        expect(lines[0]).not.toContain('\\n    at ');
        expect(lines[0]).toContain('"what":"teams auth"');
      });
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('answers 503 as well when the metadata answers with a server error', async () => {
    const broken = express();
    broken.get('/openid', (_req, res) => { res.status(500).send('down'); });
    const server = await listen(broken, {});
    try {
      await withMetadata(`${server.url}/openid`, async (url) => {
        const res = await post(url, teamsMessage('http://127.0.0.1:1', 'Hei'), { authorization: `Bearer ${await token()}` });
        expect(res.status).toBe(503);
      });
    } finally {
      await server.close();
    }
  });

  it('still answers a request without a token with 401: the outage does not hide a missing token', async () => {
    await withMetadata('http://127.0.0.1:1/openid', async (url) => {
      const res = await post(url, teamsMessage('http://127.0.0.1:1', 'Hei'));
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    });
  });
});
