// The handover's rules, with a memory store, a clock and recording channels: consent and what is shared, the honest
// "nobody can come" answers, the line, expiry, cancel, one staff member per request, sending an activity, crisis flags.
import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryHandoverStore } from '../../adapters/storage/handover-stores.js';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { createBot } from '../../bot/create-bot.js';
import { HandoverService, type Hours } from '../../bot/handover/handover.js';
import type { HandoverTicket, RelayMessage, ResidentChannel, StaffChannel } from '../../bot/handover/ports.js';
import { createI18n } from '../../dialogs/i18n.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { createFakeMatcher } from '../fixtures/fake-matcher.js';
import { view } from '../fixtures/bot-harness.js';
import { checkAdaptiveCard } from './schema-validators.js';

const QUEUE = '19:queue@thread.tacv2';
const ALWAYS: Hours = { isOpen: () => true, nextOpening: () => undefined, describe: () => 'aina' };
const NEVER: Hours = { isOpen: () => false, nextOpening: (at) => new Date(at.getTime() + 3_600_000), describe: () => 'ma–pe 9.00–15.00' };

interface World {
  clock: { now: number };
  store: MemoryHandoverStore;
  staffPosts: { kind: 'request' | 'update' | 'thread' | 'typing'; ticket?: string; body: unknown }[];
  delivered: { conversationId: string; messages: RelayMessage[]; from?: { name: string } }[];
  handover: HandoverService;
  /** A resident's message, by default from the conversation 'resident-1'. */
  resident(text: string, value?: Record<string, unknown>, conversationId?: string): Promise<ReturnType<typeof view>>;
  staff(text: string, extra?: Partial<Activity>): Promise<ReturnType<typeof view>>;
}

function world(options: { hours?: Hours; contact?: Record<string, string>; residentGone?: boolean; maxWaiting?: number } = {}): World {
  const clock = { now: Date.UTC(2026, 11, 2, 9, 0) };
  const store = new MemoryHandoverStore(() => clock.now);
  const staffPosts: World['staffPosts'] = [];
  const delivered: World['delivered'] = [];
  let cards = 0;
  const staff: StaffChannel = {
    postRequest: async (_q, card) => { staffPosts.push({ kind: 'request', body: card }); return `card-${++cards}`; },
    updateRequest: async (t: HandoverTicket, card) => { staffPosts.push({ kind: 'update', ticket: t.id, body: card }); },
    postInThread: async (t: HandoverTicket, m) => { staffPosts.push({ kind: 'thread', ticket: t.id, body: m }); },
    typingInThread: async (t: HandoverTicket) => { staffPosts.push({ kind: 'typing', ticket: t.id, body: null }); },
  };
  const resident: ResidentChannel = {
    deliver: async (conversationId, _lang, messages, from) => {
      if (options.residentGone) return false;
      delivered.push({ conversationId, messages, ...(from ? { from } : {}) });
      return true;
    },
  };
  const catalogue = fixtureCatalogue();
  const matcher = createFakeMatcher(catalogue);
  const stores = createMemoryStores();
  const i18n = createI18n();
  const handover = new HandoverService({
    store, staff, resident, i18n, catalogue, matcher, counters: stores.counters, now: () => clock.now,
    settings: { hours: options.hours ?? ALWAYS, waitMinutes: 10, contact: options.contact ?? { fi: 'Palveluohjaus 09 000 0000' }, ttlMs: 30 * 60_000, maxWaiting: options.maxWaiting ?? 0 },
    onError: (err) => { throw err; },
  });
  const bot = createBot({ catalogue, matcher, storage: stores.storage, summaries: stores.summaries, counters: stores.counters, publicBaseUrl: 'http://localhost', i18n, handover, onError: (e) => { throw e; } });

  async function turn(activity: Partial<Activity>): Promise<ReturnType<typeof view>> {
    const replies: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => { await bot.run(context); });
    adapter.onTurnError = async (_c, e) => { throw e; };
    const original = adapter.sendActivities.bind(adapter);
    adapter.sendActivities = async (context, activities) => { replies.push(...activities); return original(context, activities); };
    await adapter.processActivity(activity);
    return view(replies);
  }
  return {
    clock, store, staffPosts, delivered, handover,
    resident: (text, value, conversationId = 'resident-1') => turn({
      type: 'message', channelId: 'directline', text, ...(value ? { value } : {}), locale: 'fi-FI',
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' }, from: { id: 'dl_resident', name: '' }, recipient: { id: 'luotsi', name: 'Luotsi' },
    }),
    staff: (text, extra = {}) => turn({
      type: 'message', channelId: 'msteams', text, locale: 'fi-FI', serviceUrl: 'https://smba.example/',
      conversation: { id: QUEUE, isGroup: true, conversationType: 'channel', tenantId: 't', name: '' },
      from: { id: '29:anna', name: 'Anna Virtanen', aadObjectId: 'aad-anna' }, recipient: { id: '28:luotsi', name: 'Luotsi' },
      ...extra,
    }),
  };
}

const ticketIn = (posts: World['staffPosts']) => /"ticket":"([^"]+)"/.exec(JSON.stringify(posts.find((p) => p.kind === 'request')?.body))?.[1] ?? '';

describe('handing a resident over', () => {
  let w: World;
  beforeEach(async () => {
    w = world();
    await w.staff('ota yhteydenotot tänne');
  });

  it('answers honestly when no channel takes requests, with the contact and the crisis lines', async () => {
    const bare = world();
    const answer = await bare.resident('haluan puhua ihmisen kanssa');
    expect(answer.text).toMatch(/eivät valitettavasti ole/);
    expect(answer.text).toContain('Palveluohjaus 09 000 0000');
    expect(answer.text).toContain('112');
    expect(bare.staffPosts).toEqual([]);
  });

  it('outside opening hours says when staff are there and posts nothing', async () => {
    const closed = world({ hours: NEVER, contact: {} });
    await closed.staff('ota yhteydenotot tänne');
    const answer = await closed.resident('can I talk to a real person');
    expect(answer.text).toMatch(/ma–pe 9\.00–15\.00/);
    expect(answer.text).toContain('112');
    expect(closed.staffPosts).toEqual([]);
  });

  it('shares only what was understood unless the resident agrees to share the words', async () => {
    await w.resident('Olen omaishoitaja ja väsynyt, salaisuus123');
    const consent = await w.resident('haluan puhua ihmisen kanssa');
    expect(consent.buttons.map((b) => b.data?.share)).toEqual(expect.arrayContaining(['summary', 'text']));
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    expect(JSON.stringify(w.staffPosts)).not.toContain('salaisuus123');

    const other = world();
    await other.staff('ota yhteydenotot tänne');
    await other.resident('Olen omaishoitaja ja väsynyt, salaisuus123');
    await other.resident('', { action: 'handoffConsent', share: 'text' });
    expect(JSON.stringify(other.staffPosts)).toContain('salaisuus123');
  });

  it('tells the resident their place in line and lets them cancel; the card then has no accept button', async () => {
    const first = await w.resident('', { action: 'handoffConsent', share: 'summary' });
    expect(first.text).toMatch(/ensimmäisenä/);
    const again = await w.resident('onko siellä ketään?');
    expect(again.text).toMatch(/Odotetaan vielä/);
    const cancelled = await w.resident('', { action: 'handoffCancel' });
    expect(cancelled.text).toMatch(/Peruin pyynnön/);
    const update = w.staffPosts.find((p) => p.kind === 'update');
    expect(JSON.stringify(update?.body)).not.toContain('handoffAccept');
    expect(JSON.stringify(update?.body)).toMatch(/perui/);
  });

  it('expires a request nobody accepts in time, once, telling the resident and updating the card', async () => {
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    expect(await w.handover.expireDue()).toBe(0);
    w.clock.now += 10 * 60_000;
    expect(await w.handover.expireDue()).toBe(1);
    expect(await w.handover.expireDue()).toBe(0);
    expect(JSON.stringify(w.delivered)).toMatch(/ei ehtinyt vastata/);
    expect(JSON.stringify(w.delivered)).toContain('09 000 0000');
    expect(JSON.stringify(w.staffPosts.filter((p) => p.kind === 'update'))).toMatch(/Vanhentunut/);
    const late = await w.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(w.staffPosts) } });
    expect(late.text).toMatch(/ei ole enää jonossa/);
  });

  it('gives a request to one staff member only, and relays only that person\'s thread messages', async () => {
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    const ticket = ticketIn(w.staffPosts);
    await w.staff('', { value: { action: 'handoffAccept', ticket } });
    expect(JSON.stringify(w.delivered)).toMatch(/Anna, palveluohjaaja, liittyi/);
    const ben = { from: { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' } };
    expect((await w.staff('', { value: { action: 'handoffAccept', ticket }, ...ben })).text).toMatch(/Anna otti/);
    const inThread = { conversation: { id: `${QUEUE};messageid=card-1`, isGroup: true, conversationType: 'channel', name: '' } };
    const before = w.delivered.length;
    await w.staff('Kollegan huomio', { ...inThread, ...ben });
    expect(w.delivered.length).toBe(before);
    await w.staff('<p>Hei, miten voin auttaa?</p>', inThread);
    expect(w.delivered.at(-1)?.messages[0]?.text).toBe('Hei, miten voin auttaa?');
    expect(w.delivered.at(-1)?.from?.name).toBe('Anna');
  });

  it('lets staff send a catalogue activity into the conversation as a result card', async () => {
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    const ticket = ticketIn(w.staffPosts);
    await w.staff('', { value: { action: 'handoffAccept', ticket } });
    const inThread = { conversation: { id: `${QUEUE};messageid=card-1`, isGroup: true, conversationType: 'channel', name: '' } };
    const mention = { entities: [{ type: 'mention', mentioned: { id: '28:luotsi', name: 'Luotsi' }, text: '<at>Luotsi</at>' }] };
    const offered = await w.staff('lähetä omaishoitaja vertaistuki', { ...inThread, ...mention });
    const send = offered.buttons.find((b) => b.data?.action === 'handoffSend');
    expect(send).toBeDefined();
    const before = w.delivered.length;
    const sent = await w.staff('', { ...inThread, value: send?.data });
    expect(sent.text).toMatch(/Lähetetty asukkaalle/);
    expect(JSON.stringify(w.delivered.slice(before))).toContain('AdaptiveCard');
  });

  it('flags the staff thread when a waiting resident writes something that signals danger, after the crisis card', async () => {
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    const crisis = await w.resident('aion tappaa itseni tänään');
    expect(crisis.text).toContain('112');
    expect(JSON.stringify(w.staffPosts.filter((p) => p.kind === 'thread'))).toMatch(/hengenvaaraan/);
  });

  it('ends the handover when staff find the resident gone', async () => {
    const gone = world({ residentGone: true });
    await gone.staff('ota yhteydenotot tänne');
    await gone.resident('', { action: 'handoffConsent', share: 'summary' });
    await gone.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(gone.staffPosts) } });
    expect(JSON.stringify(gone.staffPosts.filter((p) => p.kind === 'thread'))).toMatch(/keskustelu on päättynyt/);
    expect(await gone.store.forConversation('resident-1')).toBeUndefined();
  });

  it('sends only valid Adaptive Cards 1.5 to both sides', async () => {
    await w.resident('Olen omaishoitaja');
    const consent = await w.resident('haluan puhua ihmisen kanssa');
    await w.resident('', { action: 'handoffConsent', share: 'text' });
    await w.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(w.staffPosts) } });
    const cards = [
      ...consent.cards,
      ...w.staffPosts.filter((p) => p.kind === 'request' || p.kind === 'update').map((p) => p.body),
      ...w.delivered.flatMap((d) => d.messages.map((m) => m.card)).filter(Boolean),
    ];
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const c of cards) expect(checkAdaptiveCard(c).errors).toEqual([]);
  });

  it('sends at most three requests from one conversation to the staff channel', async () => {
    for (let i = 0; i < 3; i++) {
      await w.resident('', { action: 'handoffConsent', share: 'summary' });
      await w.resident('', { action: 'handoffCancel' });
    }
    const fourth = await w.resident('', { action: 'handoffConsent', share: 'summary' });
    expect(fourth.text).toMatch(/useamman kerran/);
    expect(fourth.text).toContain('112');
    expect(w.staffPosts.filter((p) => p.kind === 'request')).toHaveLength(3);
  });

  it('answers a colleague\'s unaddressed messages in an accepted thread once, saying who is connected; the resident sees none of them', async () => {
    await w.resident('', { action: 'handoffConsent', share: 'summary' });
    await w.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(w.staffPosts) } });
    const inThread = { conversation: { id: `${QUEUE};messageid=card-1`, isGroup: true, conversationType: 'channel', name: '' } };
    const ben = { from: { id: '29:ben', name: 'Ben Nieminen', aadObjectId: 'aad-ben' } };
    const before = w.delivered.length;
    const first = await w.staff('Soitanko hänelle?', { ...inThread, ...ben });
    expect(first.text).toMatch(/Vain Anna, joka otti pyynnön vastaan, on yhteydessä asukkaaseen/);
    expect((await w.staff('Vai odotetaanko?', { ...inThread, ...ben })).text).toBe('');
    expect((await w.staff('Minäkin voin auttaa', { ...inThread, from: { id: '29:cia', name: 'Cia', aadObjectId: 'aad-cia' } })).text).toBe('');
    expect(w.delivered.length).toBe(before);
    // Anna's own message still goes to the resident, and nothing answers it in the thread.
    const own = await w.staff('Hei, olen Anna.', inThread);
    expect(own.text).toBe('');
    expect(w.delivered.at(-1)?.messages[0]?.text).toBe('Hei, olen Anna.');
  });

  describe('when all staff are busy', () => {
    it('pauses the queue from the queue channel: the resident is told at once, with the contact and 112, and nothing reaches Teams', async () => {
      const paused = await w.staff('tauko');
      expect(paused.text).toMatch(/Jono on tauolla \(Anna\)/);
      const asked = await w.resident('haluan puhua ihmisen kanssa');
      expect(asked.text).toMatch(/Kaikki palveluohjaajat ovat juuri nyt varattuja/);
      expect(asked.text).toContain('Palveluohjaus 09 000 0000');
      expect(asked.text).toContain('112');
      expect(asked.buttons.map((b) => b.data?.action)).not.toContain('handoffConsent');
      // A consent tapped on an older card is refused the same way.
      const tapped = await w.resident('', { action: 'handoffConsent', share: 'summary' });
      expect(tapped.text).toMatch(/varattuja/);
      expect(w.staffPosts.filter((p) => p.kind === 'request')).toEqual([]);
      expect(await w.store.forConversation('resident-1')).toBeUndefined();
    });

    it('resumes the queue: the next resident is queued again and the channel is told since when it was paused', async () => {
      await w.staff('tauko');
      expect((await w.staff('tauko')).text).toMatch(/Jono on jo tauolla \(Anna, klo 11\.00\)/);
      const back = await w.staff('Paikalla!', { from: { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' } });
      expect(back.text).toMatch(/Jono ottaa taas pyyntöjä vastaan \(tauolla klo 11\.00 alkaen, Anna\)/);
      expect((await w.staff('paikalla')).text).toMatch(/ei ollut tauolla/);
      const queued = await w.resident('', { action: 'handoffConsent', share: 'summary' });
      expect(queued.text).toMatch(/jonossa ensimmäisenä/);
      expect(w.staffPosts.filter((p) => p.kind === 'request')).toHaveLength(1);
    });

    it('understands the pause words in Swedish and English and answers in the queue\'s language', async () => {
      expect((await w.staff('Paus')).text).toMatch(/Jono on tauolla/);
      expect((await w.staff('på plats')).text).toMatch(/ottaa taas/);
      expect((await w.staff('all busy')).text).toMatch(/Jono on tauolla/);
      expect((await w.staff('available')).text).toMatch(/ottaa taas/);
      const sv = world();
      await sv.staff('ta emot kontakter här');
      expect((await sv.staff('tauko')).text).toMatch(/Kön är pausad \(Anna\)/);
      expect((await sv.resident('can I talk to a real person')).text).toMatch(/All service-guidance workers are busy/);
    });

    it('tells the channel how many still wait when it pauses, and what the status is', async () => {
      await w.resident('', { action: 'handoffConsent', share: 'summary' });
      const paused = await w.staff('tauko');
      expect(paused.text).toMatch(/odottaa yhä aiempia pyyntöjä: 1/);
      expect((await w.staff('jonon tila')).text).toMatch(/Jono on tauolla \(Anna, klo 11\.00\)[^]*Odottamassa: 1\./);
      // The waiting resident can still be accepted.
      await w.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(w.staffPosts) } });
      expect(JSON.stringify(w.delivered)).toMatch(/Anna, palveluohjaaja, liittyi/);
    });

    it('relays the connected staff member\'s "paikalla" to the resident; a colleague\'s "tauko" in the thread pauses the queue', async () => {
      await w.resident('', { action: 'handoffConsent', share: 'summary' });
      await w.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(w.staffPosts) } });
      const inThread = { conversation: { id: `${QUEUE};messageid=card-1`, isGroup: true, conversationType: 'channel', name: '' } };
      const said = await w.staff('paikalla', inThread);
      expect(said.text).toBe('');
      expect(w.delivered.at(-1)?.messages[0]?.text).toBe('paikalla');
      const colleague = await w.staff('tauko', { ...inThread, from: { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' } });
      expect(colleague.text).toMatch(/Jono on tauolla \(Ben\)/);
      expect(await w.store.getPause()).toMatchObject({ by: 'Ben' });
    });

    it('leaves a pause word in another channel alone unless the bot is addressed, and then says where the queue is', async () => {
      const other = { conversation: { id: '19:yleinen@thread.tacv2', isGroup: true, conversationType: 'channel', tenantId: 't', name: '' } };
      await w.staff('tauko', other);
      expect(await w.store.getPause()).toBeUndefined();
      const mention = { entities: [{ type: 'mention', mentioned: { id: '28:luotsi', name: 'Luotsi' }, text: '<at>Luotsi</at>' }] };
      expect((await w.staff('tauko', { ...other, ...mention })).text).toMatch(/Tämä kanava ei ota yhteydenottoja vastaan/);
      expect(await w.store.getPause()).toBeUndefined();
    });

    it('tells the next resident all staff are busy once HANDOFF_MAX_WAITING requests wait unaccepted', async () => {
      const capped = world({ maxWaiting: 2 });
      await capped.staff('ota yhteydenotot tänne');
      for (const id of ['r-1', 'r-2']) {
        capped.clock.now += 1000;
        expect((await capped.resident('', { action: 'handoffConsent', share: 'summary' }, id)).text).toMatch(/jonossa/);
      }
      const third = await capped.resident('haluan puhua ihmisen kanssa', undefined, 'r-3');
      expect(third.text).toMatch(/Kaikki palveluohjaajat ovat juuri nyt varattuja/);
      expect(third.text).toContain('09 000 0000');
      expect(third.text).toContain('112');
      expect((await capped.resident('', { action: 'handoffConsent', share: 'summary' }, 'r-3')).text).toMatch(/varattuja/);
      expect(capped.staffPosts.filter((p) => p.kind === 'request')).toHaveLength(2);
      expect((await capped.staff('status')).text).toMatch(/Odottamassa: 2 \(enintään 2;/);
      // One is accepted: there is room again.
      capped.clock.now += 1000;
      await capped.staff('', { value: { action: 'handoffAccept', ticket: ticketIn(capped.staffPosts) } });
      expect((await capped.resident('', { action: 'handoffConsent', share: 'summary' }, 'r-3')).text).toMatch(/Olet jonossa 2\./);
    });
  });

  describe('colleagues talking among themselves in the queue channel', () => {
    it('gets no reply unless the bot is @mentioned; with the mention, staff search answers', async () => {
      const chatter = await w.staff('huomenta kaikille, kahvia on keittiössä');
      expect(chatter.text).toBe('');
      expect(chatter.cards).toHaveLength(0);
      const mention = { entities: [{ type: 'mention', mentioned: { id: '28:luotsi', name: 'Luotsi' }, text: '<at>Luotsi</at>' }] };
      const asked = await w.staff('omaishoitaja Vantaa', mention);
      expect(asked.text.length + asked.cards.length).toBeGreaterThan(0);
    });
  });
});
