// When all service-guidance staff are busy, across two instances sharing a real Redis and the Teams stand-in connector:
// staff pause the queue from the queue channel and resume it, the line has a cap (HANDOFF_MAX_WAITING), a colleague in an
// accepted request's thread is told once who is connected, and "forget me" still ends and erases a handover.
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DlConversation } from './helpers/directline-client.js';
import { all, deleteKeys, type Instance, QUEUE, residentSees, sleep, staffSays as staffSaysVia, startInstance, thread, ticketOf } from './helpers/handover-instances.js';
import { startConnector, until } from './helpers/teams-connector.js';
import { REDIS_URL, requireRedis, testPrefix } from './redis-env.js';

const BUSY = /Kaikki palveluohjaajat ovat juuri nyt varattuja/;
const BEN = { from: { id: '29:ben', name: 'Ben Nieminen', aadObjectId: 'aad-ben' } };

const available = await requireRedis('handover when all staff are busy');

describe.skipIf(!available)('when all service-guidance staff are busy, across two instances', () => {
  const prefix = testPrefix('handover-busy');
  let connector: Awaited<ReturnType<typeof startConnector>>;
  let residentSide: Instance;
  let staffSide: Instance;
  const settings = { HANDOFF_MAX_WAITING: '2' };

  const staffSays = (instance: Instance, text: string, extra: Record<string, unknown> = {}) => staffSaysVia(connector.url, instance, text, extra);
  const newSince = (from: number) => connector.received.slice(from);
  /** What the bot posted at the top level of the queue channel (not in a request's thread) since `from`. */
  const channelPosts = (from: number) => newSince(from).filter((r) => r.method === 'POST' && r.path.startsWith(`/v3/conversations/${encodeURIComponent(QUEUE)}/activities`));
  const inThread = (cardId: string) => ({ conversation: { id: thread(cardId), conversationType: 'channel', tenantId: 'tenant-1' } });

  /** The resident asks for a person and agrees to share the summary; the reply they get, and the request card if one was posted. */
  async function ask(c: DlConversation, instance: Instance): Promise<{ told: string; ticket?: string; cardId?: string }> {
    const before = connector.received.length;
    const asked = await instance.client.say(c, { text: 'haluan puhua ihmisen kanssa' });
    if (!all(asked.replies).includes('handoffConsent')) return { told: all(asked.replies) };
    const consent = await instance.client.say(c, { text: '', value: { action: 'handoffConsent', share: 'summary' } });
    await sleep(100);
    const request = newSince(before).find((r) => ticketOf(r));
    if (!request) return { told: all(consent.replies) };
    return { told: all(consent.replies), ticket: ticketOf(request)!, cardId: `reply-${connector.received.indexOf(request) + 1}` };
  }

  async function accept(ticket: string, cardId: string, c: DlConversation): Promise<void> {
    expect((await staffSays(staffSide, '', { value: { action: 'handoffAccept', ticket }, ...inThread(cardId) })).status).toBe(200);
    await residentSees(c, residentSide, /liittyi keskusteluun/);
  }

  beforeAll(async () => {
    connector = await startConnector();
    [residentSide, staffSide] = await Promise.all([startInstance(prefix, settings), startInstance(prefix, settings)]);
    expect((await staffSays(staffSide, 'ota yhteydenotot tänne')).status).toBe(200);
    const confirmation = await until(() => connector.received.find((r) => /ottaa nyt vastaan/.test(all(r.body))));
    // The confirmation tells staff how to pause.
    expect(all(confirmation.body)).toMatch(/kirjoita ”tauko”/);
  }, 30_000);

  afterAll(async () => {
    await residentSide?.stop();
    await staffSide?.stop();
    await connector?.close();
    await deleteKeys(prefix);
  });

  // Each test starts with the queue taking requests and nobody in line (the queue channel stays registered).
  beforeEach(async () => {
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.del([`${prefix}ho:pause`, `${prefix}ho:waiting`, `${prefix}ho:due`]);
    await redis.close();
    connector.received.length = 0;
  });

  it('pause from the queue channel: a resident is told at once that all are busy, with the contact and 112, and is not queued; "paikalla" queues them again', async () => {
    expect((await staffSays(staffSide, 'tauko')).status).toBe(200);
    const paused = await until(() => channelPosts(0).find((r) => /Jono on tauolla \(Anna\)/.test(all(r.body))));
    expect(all(paused.body)).toMatch(/kirjoita ”paikalla”/i);

    // The resident's web chat is served by the other instance: it knows of the pause from the shared store.
    const c = await residentSide.client.open('fi-FI');
    const before = connector.received.length;
    const refused = await residentSide.client.say(c, { text: 'Voinko jutella oikean ihmisen kanssa?' });
    const told = all(refused.replies);
    expect(told).toMatch(BUSY);
    expect(told).toMatch(/En laittanut pyyntöäsi jonoon/);
    expect(told).toContain('09 000 0000');
    expect(told).toContain('112');
    expect(told).not.toContain('handoffConsent');

    // The pause outlives a restart of the instance that serves the resident.
    await residentSide.stop();
    residentSide = await startInstance(prefix, settings);
    expect(all((await residentSide.client.say(c, { text: 'haluan puhua ihmisen kanssa' })).replies)).toMatch(BUSY);
    await sleep(200);
    expect(newSince(before).filter((r) => ticketOf(r))).toEqual([]);

    // A colleague says they are back, through the other instance: the channel is told, and the resident is queued again.
    const resumedAt = connector.received.length;
    expect((await staffSays(residentSide, 'Paikalla!', BEN)).status).toBe(200);
    const resumed = await until(() => channelPosts(resumedAt)[0]);
    expect(all(resumed.body)).toMatch(/Jono ottaa taas pyyntöjä vastaan \(tauolla klo \d{1,2}\.\d{2} alkaen, Anna\)/);
    const again = await ask(c, residentSide);
    expect(again.told).toMatch(/jonossa ensimmäisenä/);
    expect(again.ticket).toBeDefined();
    await residentSide.client.say(c, { text: '', value: { action: 'handoffCancel' } });
  }, 40_000);

  it('with HANDOFF_MAX_WAITING requests waiting unaccepted, the next resident is told all are busy; two asking for the last place at once on two instances: one gets it', async () => {
    const [r1, r2, r3, r4] = await Promise.all([1, 2, 3, 4].map(() => residentSide.client.open('fi-FI')));
    const first = await ask(r1!, residentSide);
    expect(first.told).toMatch(/jonossa ensimmäisenä/);

    // r2 and r3 both see the consent card (one place left), then both tap it at the same moment, each on its own instance.
    for (const [c, instance] of [[r2!, residentSide], [r3!, staffSide]] as const) {
      expect(all((await instance.client.say(c, { text: 'haluan puhua ihmisen kanssa' })).replies)).toContain('handoffConsent');
    }
    const tapped = await Promise.all([
      residentSide.client.say(r2!, { text: '', value: { action: 'handoffConsent', share: 'summary' } }),
      staffSide.client.say(r3!, { text: '', value: { action: 'handoffConsent', share: 'summary' } }),
    ]);
    const answers = tapped.map((t) => all(t.replies));
    expect(answers.filter((a) => /Olet jonossa 2\./.test(a))).toHaveLength(1);
    const refused = answers.filter((a) => BUSY.test(a));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('09 000 0000');
    expect(refused[0]).toContain('112');
    await sleep(200);
    expect(connector.received.filter((r) => ticketOf(r))).toHaveLength(2);

    // The line is full: the fourth is told at once, before any consent is asked.
    const fourth = await residentSide.client.say(r4!, { text: 'can I talk to a real person' });
    expect(all(fourth.replies)).toMatch(/All service-guidance workers are busy right now/);
    expect(all(fourth.replies)).not.toContain('handoffConsent');

    // Staff can see why, and once Anna accepts the first, there is room again.
    const statusAt = connector.received.length;
    await staffSays(staffSide, 'jonon tila');
    expect(all((await until(() => channelPosts(statusAt)[0])).body)).toMatch(/Odottamassa: 2 \(enintään 2;/);
    await accept(first.ticket!, first.cardId!, r1!);
    const later = await ask(r4!, residentSide);
    // Asked in Finnish this time: the answer follows the resident's language.
    expect(later.told).toMatch(/Olet jonossa 2\./);

    for (const c of [r2!, r3!, r4!]) await residentSide.client.say(c, { text: '', value: { action: 'handoffCancel' } });
    await residentSide.client.say(r1!, { text: 'lopeta' });
  }, 40_000);

  it('a colleague writing in an accepted request\'s thread gets one reply there, whichever instance reads it; the resident sees none of it', async () => {
    const c = await residentSide.client.open('fi-FI');
    const { ticket, cardId } = await ask(c, residentSide);
    await accept(ticket!, cardId!, c);
    const threadPath = `/v3/conversations/${encodeURIComponent(thread(cardId!))}/activities`;

    const before = connector.received.length;
    await staffSays(staffSide, 'Soitanko hänelle perään?', { ...inThread(cardId!), ...BEN });
    await staffSays(residentSide, 'Vai hoidatko sinä, Anna?', { ...inThread(cardId!), ...BEN });
    await staffSays(staffSide, 'Voin auttaa, jos tarvitaan.', { ...inThread(cardId!), from: { id: '29:cia', name: 'Cia', aadObjectId: 'aad-cia' } });
    const note = await until(() => newSince(before).find((r) => /Vain Anna, joka otti pyynnön vastaan, on yhteydessä asukkaaseen/.test(all(r.body))));
    expect(note.path.startsWith(threadPath)).toBe(true);
    await sleep(300);
    expect(newSince(before).filter((r) => /Vain Anna/.test(all(r.body)))).toHaveLength(1);
    expect(newSince(before)).toHaveLength(1);

    // Anna's own message reaches the resident; her colleagues' did not.
    await staffSays(staffSide, 'Hei, olen Anna. Miten voin auttaa?', inThread(cardId!));
    const seen = await residentSees(c, residentSide, /Miten voin auttaa/);
    expect(all(seen)).not.toMatch(/Soitanko|hoidatko|Voin auttaa, jos/);
    await residentSide.client.say(c, { text: 'lopeta' });
  }, 30_000);

  it('"forget me" still ends a handover while the queue is paused: staff are told, the card changes and nothing more reaches the resident', async () => {
    const c = await residentSide.client.open('fi-FI');
    const { ticket, cardId } = await ask(c, residentSide);
    await accept(ticket!, cardId!, c);
    // Pausing the queue leaves a conversation already going on as it is.
    await staffSays(staffSide, 'tauko', BEN);
    await until(() => channelPosts(0).find((r) => /Jono on tauolla \(Ben\)/.test(all(r.body))));
    await staffSays(staffSide, 'Olen yhä täällä.', inThread(cardId!));
    await residentSees(c, residentSide, /Olen yhä täällä/);
    // A colleague's remark gets its note before the resident goes.
    await staffSays(staffSide, 'Tarvitsetko apua?', { ...inThread(cardId!), ...BEN });
    await until(() => connector.received.find((r) => /Vain Anna/.test(all(r.body))));

    const forgetAt = connector.received.length;
    await residentSide.client.post(c.token, c.conversationId, { type: 'message', from: { id: 'x' }, text: 'poista tietoni' });
    const note = await until(() => newSince(forgetAt).find((r) => r.method === 'POST' && /pyysi poistamaan tietonsa/.test(all(r.body))));
    expect(note.path).toContain(encodeURIComponent(thread(cardId!)));
    const card = await until(() => newSince(forgetAt).find((r) => r.method === 'PUT'));
    expect(all(card.body)).toMatch(/pyysi poistamaan/);
    expect(all(card.body)).not.toContain('handoffEnd');
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    expect(await redis.exists(`${prefix}ho:t:${ticket!}`)).toBe(0);
    await redis.close();

    // Anna writes again: nothing reaches the resident, whose web chat shows only that their data was deleted.
    await staffSays(staffSide, 'Haloo?', inThread(cardId!));
    await sleep(300);
    const after = (await (await residentSide.client.list(c.token, c.conversationId)).json()) as { activities?: unknown[] };
    expect(all(after)).not.toContain('Haloo');
    // And the queue is still paused for the next resident.
    const d = await residentSide.client.open('fi-FI');
    expect(all((await residentSide.client.say(d, { text: 'haluan puhua ihmisen kanssa' })).replies)).toMatch(BUSY);
  }, 30_000);
});
