// Handing a resident over from the web chat to staff in a Teams channel, with two instances sharing a real Redis and the
// Teams stand-in connector: the resident is served by one instance, the staff's Teams traffic by the other.
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DlConversation } from './helpers/directline-client.js';
import { all, deleteKeys, type Instance, QUEUE, residentSees, sleep, staffSays as staffSaysVia, startInstance, thread, ticketOf } from './helpers/handover-instances.js';
import { postTeams, startConnector, teamsMessage, until } from './helpers/teams-connector.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const available = await requireRedis('handover across instances');

describe.skipIf(!available)('handing a resident over to staff in Teams, across two instances', () => {
  const prefix = testPrefix('handover');
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let residentSide: Instance;
  let staffSide: Instance;

  /** A Teams activity in the queue channel (or one of its threads), from a staff member. */
  const staffSays = (instance: Instance, text: string, extra: Record<string, unknown> = {}) => staffSaysVia(connector.url, instance, text, extra);

  const newSince = (from: number) => connector.received.slice(from);

  async function requestAndAccept(c: DlConversation): Promise<{ ticket: string; cardId: string }> {
    const before = connector.received.length;
    const asked = await residentSide.client.say(c, { text: 'haluan puhua ihmisen kanssa' });
    expect(all(asked.replies)).toContain('handoffConsent');
    await residentSide.client.say(c, { text: '', value: { action: 'handoffConsent', share: 'summary' } });
    const request = await until(() => newSince(before).find((r) => ticketOf(r)));
    const ticket = ticketOf(request)!;
    const cardId = `reply-${connector.received.indexOf(request) + 1}`;
    const res = await staffSays(staffSide, '', { value: { action: 'handoffAccept', ticket }, conversation: { id: thread(cardId), conversationType: 'channel', tenantId: 'tenant-1' } });
    expect(res.status).toBe(200);
    await residentSees(c, residentSide, /liittyi keskusteluun/);
    return { ticket, cardId };
  }

  beforeAll(async () => {
    connector = await startConnector();
    [residentSide, staffSide] = await Promise.all([startInstance(prefix), startInstance(prefix)]);
    const res = await staffSays(staffSide, 'ota yhteydenotot tänne');
    expect(res.status).toBe(200);
    const confirmation = await until(() => connector.received.find((r) => /ottaa nyt vastaan/.test(all(r.body))));
    expect(confirmation.path).toContain(encodeURIComponent(QUEUE));
  }, 30_000);

  afterAll(async () => {
    await residentSide?.stop();
    await staffSide?.stop();
    await connector?.close();
    await deleteKeys(prefix);
  });

  beforeEach(() => { connector.received.length = 0; });

  it('asks consent, posts a request card with what was understood (not the typed words), and connects both sides', async () => {
    const c = await residentSide.client.open('fi-FI');
    await residentSide.client.say(c, { text: 'Hoidan muistisairasta äitiäni Vantaalla ja olen ihan uupunut' });
    const asked = await residentSide.client.say(c, { text: 'Voinko jutella oikean ihmisen kanssa?' });
    const consent = all(asked.replies);
    expect(consent).toContain('Omaishoitajuus');
    expect(consent).toContain('Vantaa');
    expect(consent).toMatch(/"share":"text"/);
    const waiting = await residentSide.client.say(c, { text: '', value: { action: 'handoffConsent', share: 'summary' } });
    expect(all(waiting.replies)).toMatch(/jonossa ensimmäisenä/);
    expect(all(waiting.replies)).toContain('handoffCancel');

    const request = await until(() => connector.received.find((r) => ticketOf(r)));
    expect(request.path).toBe(`/v3/conversations/${encodeURIComponent(QUEUE)}/activities`);
    expect(all(request.body)).toContain('Omaishoitajuus');
    expect(all(request.body)).toContain('Vantaa');
    expect(all(request.body)).not.toContain('uupunut');
    const ticket = ticketOf(request)!;
    const cardId = `reply-${connector.received.indexOf(request) + 1}`;

    // Accepted from the plain channel conversation: the ticket says which request.
    await staffSays(staffSide, '', { value: { action: 'handoffAccept', ticket } });
    const joined = await residentSees(c, residentSide, /liittyi keskusteluun/);
    expect(all(joined)).toContain('Anna');
    expect(all(joined)).not.toContain('Virtanen');
    const update = await until(() => connector.received.find((r) => r.method === 'PUT'));
    expect(update.path).toBe(`/v3/conversations/${encodeURIComponent(QUEUE)}/activities/${cardId}`);
    expect(all(update.body)).not.toContain('handoffAccept');
    expect(all(update.body)).toContain('handoffEnd');
    expect(all(update.body)).toContain('Anna');

    // Staff write in the thread; the messages reach the resident's web chat in order, from the other instance.
    const inThread = { conversation: { id: thread(cardId), conversationType: 'channel', tenantId: 'tenant-1' } };
    for (const text of ['Hei, olen Anna.', 'Kerro lisää tilanteestasi.', 'Missä päin Vantaata asut?']) {
      expect((await staffSays(staffSide, text, inThread)).status).toBe(200);
    }
    const fromStaff = (await residentSees(c, residentSide, /Missä päin Vantaata/)).filter((a) => a.type === 'message').map((a) => a.text);
    expect(fromStaff).toEqual(['Hei, olen Anna.', 'Kerro lisää tilanteestasi.', 'Missä päin Vantaata asut?']);

    // The resident's message goes into the thread, as plain text, and nothing else answers it.
    const before = connector.received.length;
    const relayed = await residentSide.client.say(c, { text: 'Asun Tikkurilassa, *kiitos*' });
    expect(relayed.replies).toEqual([]);
    const post = await until(() => newSince(before).find((r) => /Tikkurilassa/.test(all(r.body))));
    expect(post.path).toBe(`/v3/conversations/${encodeURIComponent(thread(cardId))}/activities`);
    expect(post.body).toMatchObject({ textFormat: 'plain', text: 'Asukas: Asun Tikkurilassa, *kiitos*' });

    // A second staff member cannot take it over.
    const second = connector.received.length;
    await staffSays(staffSide, '', { value: { action: 'handoffAccept', ticket }, from: { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' } });
    expect(all((await until(() => newSince(second)[0])).body)).toMatch(/Anna otti tämän pyynnön jo vastaan/);

    // Staff end it: the resident is back with Luotsi and asked whether it helped; the card says it ended.
    await staffSays(staffSide, 'lopeta', inThread);
    const back = await residentSees(c, residentSide, /handoffFeedback/);
    expect(all(back)).toMatch(/Anna lopetti keskustelun/);
    await until(() => connector.received.find((r) => r.method === 'PUT' && /Päättynyt/.test(all(r.body))));
    // Back with the bot: the next message is read as a new need, not relayed.
    const relayedBefore = connector.received.length;
    const afterwards = await residentSide.client.say(c, { text: 'Etsin ruoka-apua Espoossa' });
    expect(all(afterwards.replies)).toMatch(/Ymmärsin näin/);
    await sleep(200);
    expect(all(newSince(relayedBefore))).not.toContain('ruoka-apua');
  }, 30_000);

  it('shows the crisis card at once during a handover and flags the staff thread', async () => {
    const c = await residentSide.client.open('fi-FI');
    const { cardId } = await requestAndAccept(c);
    const before = connector.received.length;
    const crisis = await residentSide.client.say(c, { text: 'en jaksa enää, aion tappaa itseni tänä yönä' });
    expect(all(crisis.replies)).toContain('112');
    const flag = await until(() => newSince(before).find((r) => /⚠️/.test(all(r.body))));
    expect(flag.path).toContain(encodeURIComponent(thread(cardId)));
    expect(all(newSince(before))).toContain('aion tappaa itseni');
  }, 30_000);

  it('resident end, forget-me and an instance restart in the middle of a handover', async () => {
    const c = await residentSide.client.open('fi-FI');
    const { cardId } = await requestAndAccept(c);
    const inThread = { conversation: { id: thread(cardId), conversationType: 'channel', tenantId: 'tenant-1' } };

    // The staff side's instance goes away; a new one takes its Teams traffic, and the handover carries on.
    await staffSide.stop();
    staffSide = await startInstance(prefix);
    await staffSays(staffSide, 'Oletko vielä siellä?', inThread);
    await residentSees(c, residentSide, /Oletko vielä siellä/);
    // ...and the resident's instance too: the next message is served by a new one with the same token.
    await residentSide.stop();
    residentSide = await startInstance(prefix);
    const before = connector.received.length;
    await residentSide.client.say(c, { text: 'Olen täällä' });
    await until(() => newSince(before).find((r) => /Asukas: Olen täällä/.test(all(r.body))));

    // Forget me: the handover ends, staff are told, and the request is erased.
    const forgetAt = connector.received.length;
    await residentSide.client.post(c.token, c.conversationId, { type: 'message', from: { id: 'x' }, text: 'poista tietoni' });
    await until(() => newSince(forgetAt).find((r) => /pyysi poistamaan/.test(all(r.body))));
    await until(() => newSince(forgetAt).find((r) => r.method === 'PUT' && /poistamaan/.test(all(r.body))));
    const stillThere = await staffSays(staffSide, 'Haloo?', inThread);
    expect(stillThere.status).toBe(200);
    await sleep(200);
    expect(all(newSince(forgetAt))).not.toContain('Haloo');

    // The resident ends a second conversation themselves.
    const d = await residentSide.client.open('fi-FI');
    await requestAndAccept(d);
    const endAt = connector.received.length;
    const ended = await residentSide.client.say(d, { text: 'lopeta' });
    expect(all(ended.replies)).toMatch(/Lopetit keskustelun/);
    expect(all(ended.replies)).toContain('handoffFeedback');
    await until(() => newSince(endAt).find((r) => /Asukas lopetti keskustelun/.test(all(r.body))));
  }, 60_000);

  it('expires a request nobody accepts: the resident hears the contact and the card loses its button', async () => {
    const c = await residentSide.client.open('fi-FI');
    await residentSide.client.say(c, { text: 'haluan puhua ihmisen kanssa' });
    await residentSide.client.say(c, { text: '', value: { action: 'handoffConsent', share: 'summary' } });
    const request = await until(() => connector.received.find((r) => ticketOf(r)));
    const ticket = ticketOf(request)!;
    // Ten minutes pass: the request's deadline is moved to the past in the shared store, as time would.
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.zAdd(`${prefix}ho:due`, { score: Date.now() - 1000, value: ticket });
    await redis.close();
    const told = await residentSees(c, residentSide, /ei ehtinyt vastata/, 8000);
    expect(all(told)).toContain('09 000 0000');
    expect(all(told)).toContain('112');
    const update = await until(() => connector.received.find((r) => r.method === 'PUT'), 8000);
    expect(all(update.body)).toMatch(/Vanhentunut/);
    expect(all(update.body)).not.toContain('handoffAccept');
    // A late accept is told the request is gone.
    const late = connector.received.length;
    await staffSays(staffSide, '', { value: { action: 'handoffAccept', ticket } });
    expect(all((await until(() => newSince(late)[0])).body)).toMatch(/ei ole enää jonossa/);
  }, 30_000);

  it('outside opening hours says when staff are there and gives the contact, without posting anything to Teams', async () => {
    const closedPrefix = testPrefix('handover-closed');
    // Open only on Sunday for one minute: closed at practically any moment the test runs.
    const closed = await startInstance(closedPrefix, { HANDOFF_HOURS: 'su 03:00-03:01' });
    try {
      const staffRes = await postTeams(closed.server.url, teamsMessage(connector.url, 'ota yhteydenotot tänne', {
        conversation: { id: QUEUE, conversationType: 'channel', tenantId: 'tenant-1' },
      }));
      expect(staffRes.status).toBe(200);
      await until(() => connector.received.find((r) => /ottaa nyt vastaan/.test(all(r.body))));
      const before = connector.received.length;
      const c = await closed.client.open('fi-FI');
      const asked = await closed.client.say(c, { text: 'haluan puhua ihmisen kanssa' });
      const text = all(asked.replies);
      expect(text).toMatch(/paikalla su 3\.00/);
      expect(text).toContain('09 000 0000');
      expect(text).toContain('112');
      await sleep(200);
      expect(newSince(before)).toEqual([]);
    } finally {
      await closed.stop();
      await deleteKeys(closedPrefix);
    }
  }, 30_000);
});
