import { describe, expect, it, vi } from 'vitest';
import { ComponentRegistration, TestAdapter } from 'botbuilder';
import { createMemoryStores, type MemoryStorage } from '../../adapters/storage/memory-stores.js';
import { createBot } from '../../bot/create-bot.js';
import { createI18n } from '../../dialogs/i18n.js';
import { langFromLocale, typedCardInputs } from '../../bot/luotsi-bot.js';
import type { Matcher } from '../../knowledge/contracts.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { createFakeMatcher } from '../fixtures/fake-matcher.js';
import { createHarness } from '../fixtures/bot-harness.js';

describe('the turn pipeline', () => {
  it('stamps every reply with the locale of the language it answered in', async () => {
    const h = createHarness({ locale: 'en-US' });
    const first = await h.send('Hoidan dementoitunutta äitiäni ja olen ihan uupunut');
    expect(first.locales).toEqual(first.activities.map(() => 'fi-FI'));
    const switched = await h.send('in English');
    expect(switched.locales).toEqual(switched.activities.map(() => 'en-US'));
  });

  it('switches language from a card button and re-asks the open question in the new language', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    const welcome = await h.send('hei');
    const button = welcome.buttons.find((b) => b.data?.action === 'lang' && b.data.lang === 'en');
    expect(button).toBeDefined();
    const r = await h.send(button?.data ?? {});
    expect(r.text).toContain(h.i18n.t('en', 'language.switched'));
    expect(r.text).toContain(h.i18n.t('en', 'welcome.ask'));
    expect(r.locales.every((l) => l === 'en-US')).toBe(true);
  });

  it('uses the channel locale at first contact for a short greeting', async () => {
    const h = createHarness({ locale: 'sv-FI' });
    const r = await h.send('hej');
    expect(r.text).toContain(h.i18n.t('sv', 'welcome.title'));
    expect(r.locales).toEqual(r.activities.map(() => 'sv-SE'));
  });

  it('keeps the conversation language for short answers in another language', async () => {
    const h = createHarness({ locale: 'sv-SE' });
    await h.send('Jag vårdar min mamma som har demens');
    const r = await h.send('ok');
    expect(r.locales.every((l) => l === 'sv-SE')).toBe(true);
  });

  it('makes the dialogs\' memory scopes once, not on every turn', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await h.send('hei');
    // botbuilder-dialogs reads the registered components only when a turn's state has no configuration of scopes.
    const components = vi.spyOn(ComponentRegistration, 'components', 'get');
    try {
      const r = await h.send('Hoidan äitiäni');
      expect(r.activities.length).toBeGreaterThan(0);
      expect(components).not.toHaveBeenCalled();
    } finally {
      components.mockRestore();
    }
  });

  it('hands the matcher the guard\'s reading of the message it already made, and only of that text', async () => {
    const catalogue = fixtureCatalogue();
    const fake = createFakeMatcher(catalogue);
    const known: Array<{ text: string; crisis: unknown }> = [];
    const matcher: Matcher = { ...fake, match: (query, k) => { known.push({ text: query.text, crisis: k?.crisis }); return fake.match(query); } };
    const h = createHarness({ catalogue, matcher, locale: 'fi-FI' });
    await h.send('Hoidan dementoitunutta äitiäni');
    const need = known.filter((k) => k.text === 'Hoidan dementoitunutta äitiäni');
    expect(need.length).toBeGreaterThan(0);
    expect(need.every((k) => JSON.stringify(k.crisis) === JSON.stringify({ crisis: false, signals: [] }))).toBe(true);
    expect(known.filter((k) => k.text !== 'Hoidan dementoitunutta äitiäni').every((k) => k.crisis === undefined)).toBe(true);
  });

  it('saves conversation state at the end of every turn', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await h.send('Hoidan äitiäni');
    expect((h.stores.storage as MemoryStorage).size).toBeGreaterThan(0);
  });

  it('remembers a chosen language for the same user in a new conversation', async () => {
    const stores = createMemoryStores();
    const catalogue = fixtureCatalogue();
    const bot = createBot({ catalogue, matcher: createFakeMatcher(catalogue), storage: stores.storage, summaries: stores.summaries, counters: stores.counters, publicBaseUrl: 'https://x', i18n: createI18n() });
    const first = new TestAdapter(async (c) => bot.run(c));
    await first.receiveActivity({ type: 'message', text: 'på svenska' });
    const second = new TestAdapter(async (c) => bot.run(c), { conversation: { id: 'another', isGroup: false, conversationType: 'personal', name: '' } });
    await second.receiveActivity({ type: 'message', text: 'hej' });
    expect(second.activeQueue.map((a) => a.locale)).toContain('sv-SE');
  });

  it('answers kindly and offers a fresh start when something inside breaks, and reports the error', async () => {
    const catalogue = fixtureCatalogue();
    const broken: Matcher = { ...createFakeMatcher(catalogue), match: () => { throw new Error('index corrupt'); } };
    const h = createHarness({ catalogue, matcher: broken, locale: 'en-US' });
    const r = await h.send('I look after my mother');
    expect(r.text).toContain(h.i18n.t('en', 'errors.general'));
    expect(r.buttons.map((b) => b.title)).toContain(h.i18n.t('en', 'actions.startOver'));
    expect(h.errors).toHaveLength(1);
  });

  it('runs the crisis guard before anything else, also on the very first message', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    const r = await h.send('aion tappaa itseni tänään');
    expect(r.text).toContain(h.i18n.t('fi', 'crisis.title'));
    expect(r.text).toContain(h.i18n.t('fi', 'crisis.talkOffer'));
    expect(JSON.stringify(r.activities)).toContain('tel:+358925250111');
  });
});

describe('the crisis guard on card fields', () => {
  it('answers a crisis typed into the municipality field of a question card, and the question still waits', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await h.send('Hoidan dementoitunutta äitiäni');
    const q = await h.send({ action: 'confirm', 'situation:caregiver': 'true' });
    expect(q.text).toContain(h.i18n.t('fi', 'questions.municipality.ask'));
    const r = await h.send({ action: 'answer', q: 'municipality', municipalityName: 'en jaksa enää elää' });
    expect(r.text).toContain(h.i18n.t('fi', 'crisis.title'));
    const again = await h.send({ action: 'continue' });
    expect(again.text).toContain(h.i18n.t('fi', 'questions.municipality.ask'));
  });

  it('does not read card ids and choices as typed text', () => {
    expect(typedCardInputs({ action: 'save', id: 'mieli-kriisipuhelin', 'situation:crisis': 'true', municipalityName: 'Vantaa' })).toEqual(['Vantaa']);
  });
});

describe('locale mapping', () => {
  it.each([['fi-FI', 'fi'], ['sv-SE', 'sv'], ['sv_FI', 'sv'], ['EN-us', 'en'], ['ar-SA', undefined], [undefined, undefined]])(
    'maps %s to %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang),
  );
});
