import { describe, expect, it } from 'vitest';
import {
  crisisCard, escapeMarkdown, MAX_MESSAGE_BYTES, questionCard, refineCard, resultCard, summaryCard, telUri, understoodCard, welcomeCard,
} from '../../bot/cards.js';
import { createI18n } from '../../bot/i18n.js';
import type { RankedActivity } from '../../knowledge/contracts.js';
import { LANGS, QUESTIONS } from '../../knowledge/vocabulary.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';

const i18n = createI18n();
const catalogue = fixtureCatalogue();
const activity = (id: string) => {
  const a = catalogue.activityById.get(id);
  if (!a) throw new Error(id);
  return a;
};
const ranked = (id: string): RankedActivity => ({ id, activity: activity(id), title: activity(id).title.fi, typeIds: [...activity(id).typeIds], score: 0.9, why: ['omaishoitaja'] });
const json = (x: unknown) => JSON.stringify(x);
const submits = (card: { content?: unknown }) => [...json(card.content).matchAll(/"type":"Action.Submit","title":"[^"]*","data":(\{[^}]*\})/g)].map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>);

describe.each(LANGS)('cards in %s', (lang) => {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);

  it('are Adaptive Cards 1.5 that stay far below the message size limit', () => {
    const cards = [
      welcomeCard(t, lang, [{ id: 'caregiver', name: 'x' }]),
      understoodCard(t, [{ id: 'caregiver', name: 'x' }], [{ id: 'loneliness', name: 'y' }]),
      ...QUESTIONS.map((q) => questionCard(t, q)),
      resultCard(t, lang, catalogue, { result: ranked('nollalinja'), situationNames: ['Väkivalta'], saved: false }),
      refineCard(t, { askFeedback: true, personas: [{ id: 'ville', name: 'Ville', summary: 's' }], savedCount: 2 }),
      crisisCard(t, lang, catalogue.crisisLines('violence'), true),
      summaryCard(t, lang, { activities: catalogue.activities, code: 'ABC234', url: 'https://x/summary/ABC234', validUntil: '7.12.2026' }),
    ];
    for (const card of cards) {
      expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect((card.content as { version: string }).version).toBe('1.5');
      expect(Buffer.byteLength(json(card))).toBeLessThan(MAX_MESSAGE_BYTES / 4);
    }
  });

  it('give every button object data with an action, which Teams and Web Chat both send back', () => {
    for (const card of [welcomeCard(t, lang, [{ id: 'caregiver', name: 'x' }]), refineCard(t, { askFeedback: true, personas: [], savedCount: 0 })]) {
      const data = submits(card);
      expect(data.length).toBeGreaterThan(0);
      for (const d of data) expect(typeof d.action).toBe('string');
    }
  });

  it('show an activity with why it fits, what it gives and asks, the next step, a tel: link, cost, anonymity and languages', () => {
    const card = json(resultCard(t, lang, catalogue, { result: ranked('nollalinja'), situationNames: ['Väkivalta'], saved: false }));
    const a = activity('nollalinja');
    for (const text of [a.title[lang], a.gives[lang], a.asks[lang], a.nextStep[lang], t('cost.free'), t('result.anonymousYes'), '080 005 005']) {
      expect(card).toContain(escapeMarkdown(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
    }
    expect(card).toContain('tel:+35880005005');
    expect(card).toContain('Väkivalta');
    expect(card).toContain('"action":"save","id":"nollalinja"');
  });

  it('put 112 first in the crisis card with the lines for the kind of crisis, their hours, and a way to continue', () => {
    const card = json(crisisCard(t, lang, catalogue.crisisLines('violence'), true));
    expect(card.indexOf('112')).toBeLessThan(card.indexOf('080 005 005'));
    expect(card.indexOf('080 005 005')).toBeLessThan(card.indexOf('09 2525 0111'));
    expect(card).toContain('"url":"tel:112"');
    expect(card).toContain(activity('nollalinja').hours?.[lang]);
    expect(card).toContain('"action":"continue"');
  });
});

describe('phone links', () => {
  it.each([
    ['09 2525 0111', 'tel:+358925250111'],
    ['080 005 005', 'tel:+35880005005'],
    ['+358 40 123 4567', 'tel:+358401234567'],
    ['112', 'tel:112'],
    ['116 111', 'tel:116111'],
  ])('turns %s into %s', (phone, uri) => expect(telUri(phone)).toBe(uri));
});

describe('card text from the catalogue', () => {
  it('cannot inject markdown links or formatting', () => {
    expect(escapeMarkdown('[click](https://evil) *bold*')).toBe('\\[click\\]\\(https://evil\\) \\*bold\\*');
  });
});
