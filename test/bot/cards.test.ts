import { describe, expect, it } from 'vitest';
import { cardMessage, fit, MAX_BUTTON_TITLE, withReadableText } from '../../dialogs/ui/card-kit.js';
import {
  buttonName, crisisCard, escapeMarkdown, MAX_MESSAGE_BYTES, questionCard, refineCard, resultCard, summaryCard, telUri, thanksCard,
  understoodCard, welcomeCard,
} from '../../dialogs/ui/cards.js';
import { createI18n } from '../../dialogs/i18n.js';
import type { RankedActivity } from '../../knowledge/contracts.js';
import { LANGS } from '../../knowledge/vocabulary.js';
import { QUESTIONS } from '../../dialogs/questions.js';
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
      ...QUESTIONS.all.map((q) => questionCard(t, q)),
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
      expect(card).toContain(JSON.stringify(escapeMarkdown(text)).slice(1, -1));
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

describe('card text from the catalogue or a person', () => {
  it('cannot inject markdown links, formatting, code, headings, quotes or HTML, and carries no backslash escapes', () => {
    const safe = escapeMarkdown('[click](https://evil) *bold* _it_ `code` # head > quote <at>Luotsi</at> ~~x~~ a\\b');
    expect(safe).not.toMatch(/[[\]*_`#<>~\\]/);
    expect(safe).not.toMatch(/\]\(/);
    // The words stay readable, with look-alike characters in place of the markup.
    expect(safe).toBe('［click］(https://evil) ∗bold∗ ＿it＿ ˋcodeˋ ＃ head › quote ‹at›Luotsi‹/at› ∼∼x∼∼ a⧵b');
  });

  it('keeps ordinary punctuation as it is, parentheses included, which Teams showed as "\\("', () => {
    expect(escapeMarkdown('Kriisipuhelin (24 h), 09 2525 0111 – maksuton!')).toBe('Kriisipuhelin (24 h), 09 2525 0111 – maksuton!');
  });

  it('makes a line break inside catalogue text a space, so Teams and Web Chat show the same paragraph', () => {
    expect(escapeMarkdown('eka rivi\ntoka rivi')).toBe('eka rivi toka rivi');
  });
});

describe('readable text of card replies', () => {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t('fi', key, vars);

  it('gives a card-only message speak and summary from its cards, and keeps fields already set', () => {
    const message = cardMessage(thanksCard(t, { canLookElse: true, savedCount: 0 }));
    expect(message.summary).toBe(t('smallTalk.thanks'));
    expect(message.speak).toBe(`${t('smallTalk.thanks')}\n${t('smallTalk.summaryHint')}`);
    const own = withReadableText({ type: 'message', speak: 'oma', summary: 'oma', attachments: message.attachments ?? [] });
    expect([own.speak, own.summary]).toEqual(['oma', 'oma']);
  });

  it('reads a message\'s own text before its cards', () => {
    const message = withReadableText({ type: 'message', text: 'Tässä kolme vaihtoehtoa.', attachments: cardMessage(thanksCard(t, { canLookElse: false, savedCount: 0 })).attachments ?? [] });
    expect(message.summary).toBe('Tässä kolme vaihtoehtoa.');
    expect(message.speak?.split('\n')[0]).toBe('Tässä kolme vaihtoehtoa.');
  });

  it('leaves a message without cards alone', () => {
    expect(withReadableText({ type: 'message', text: 'hei' })).toEqual({ type: 'message', text: 'hei' });
  });
});

describe('button titles', () => {
  it('shorten a long situation name at its listed parts, not in the middle of a word', () => {
    expect(buttonName('Päihteet, alkoholi, rahapelit (oma tai läheisen)')).toBe('Päihteet, alkoholi, rahapelit');
    expect(buttonName('Moving to Finland, settling in, learning the language')).toBe('Moving to Finland, settling in');
    expect(buttonName('Yksinäisyys')).toBe('Yksinäisyys');
  });

  it('are cut with an ellipsis as a last resort when data gives no shorter form', () => {
    const title = fit('Tämä on hyvin pitkä painikkeen otsikko jota ei voi lyhentää muuten');
    expect(title.length).toBeLessThanOrEqual(MAX_BUTTON_TITLE);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('a compact result card', () => {
  it('shows title, organisation, why and how to reach it, with description, what it gives and asks, area, languages and source behind one toggle', () => {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t('fi', key, vars);
    const content = resultCard(t, 'fi', catalogue, { result: ranked('nollalinja'), situationNames: ['Väkivalta'], saved: false }).content as { body: Record<string, unknown>[] };
    const hidden = content.body.filter((e) => e.isVisible === false);
    expect(hidden).toHaveLength(1);
    const visible = JSON.stringify(content.body.filter((e) => e.isVisible !== false));
    const details = JSON.stringify(hidden[0]);
    const a = activity('nollalinja');
    expect(visible).toContain(a.title.fi);
    expect(visible).toContain('Väkivalta');
    expect(visible).toContain('tel:+35880005005');
    for (const shown of [a.description.fi, a.gives.fi, a.asks.fi, t('result.area'), t('result.languages')]) {
      expect(visible).not.toContain(JSON.stringify(escapeMarkdown(shown)).slice(1, -1));
      expect(details).toContain(JSON.stringify(escapeMarkdown(shown)).slice(1, -1));
    }
    expect(details).toContain(t('result.source', { source: 'example.org', date: '1.1.2026' }));
    const toggle = visible.match(/"type":"Action.ToggleVisibility","title":"([^"]+)","targetElements":\["([^"]+)"\]/);
    expect(toggle?.[1]).toBe(t('result.details'));
    expect(toggle?.[2]).toBe(hidden[0]?.id);
  });

  it('says a saved activity is saved in words and offers the summary, instead of a button that wears the state', () => {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t('fi', key, vars);
    const card = JSON.stringify(resultCard(t, 'fi', catalogue, { result: ranked('nollalinja'), situationNames: [], saved: true }));
    expect(card).toContain(`"text":"${t('result.saved')}"`);
    expect(card).toContain(`"title":"${t('actions.summary')}","data":{"action":"summary"}`);
    expect(card).not.toContain(`"title":"${t('result.saved')}"`);
  });
});
