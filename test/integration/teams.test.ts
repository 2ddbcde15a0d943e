// Teams at /api/messages without Azure: a stand-in connector receives the replies, and a local OpenID key server signs tokens.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { EchoBot } from '../../adapters/echo-bot.js';
import { listen, postTeams as post, startConnector, teamsMessage, until } from './helpers/teams-connector.js';

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
    isValidAppId: async (appId: string) => appId === APP_ID,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async (resource: { headers: { set(name: string, value: string): void } }) => {
        resource.headers.set('authorization', 'Bearer outbound-test-token');
        return resource;
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
