// The crisis card's lines with the real catalogue: 112 first, the MIELI line in the resident's language, youth lines only for the young.
import { describe, expect, it } from 'vitest';
import { crisisCard, phoneFor } from '../../dialogs/ui/cards.js';
import { ageFacets, crisisLinesFor, isYoung, isYouthLine } from '../../bot/crisis-lines.js';
import { createI18n } from '../../dialogs/i18n.js';
import { renderSummaryPage } from '../../bot/summary-page.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { view } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const i18n = createI18n();
const { catalogue } = realKnowledge();
const MIELI: Record<Lang, { number: string; tel: string }> = {
  fi: { number: '09 2525 0111', tel: 'tel:+358925250111' },
  sv: { number: '09 2525 0112', tel: 'tel:+358925250112' },
  en: { number: '09 2525 0113', tel: 'tel:+358925250113' },
};
const MLL = '116 111';

/** The card as a resident sees it: its text (with links) and its buttons. */
function cardFor(lang: Lang, kind: Parameters<typeof crisisLinesFor>[1], young: boolean) {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  return view([{ type: 'message', attachments: [crisisCard(t, lang, crisisLinesFor(catalogue, kind, young), false)] }]);
}

describe.each(['fi', 'sv', 'en'] as const)('the crisis card in %s', (lang) => {
  it('puts 112 first, in the text and as the first button', () => {
    const card = cardFor(lang, 'suicide', false);
    const first = card.text.indexOf('112');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(card.text.indexOf(MIELI[lang].number));
    expect(card.buttons[0]?.url).toBe('tel:112');
  });

  it(`dials the MIELI crisis line that answers in ${lang} (${MIELI[lang].number})`, () => {
    const card = cardFor(lang, 'suicide', false);
    expect(card.text).toContain(`[${MIELI[lang].number}](${MIELI[lang].tel})`);
    const call = card.buttons.find((b) => b.url?.startsWith('tel:') && b.url !== 'tel:112');
    expect(call?.url).toBe(MIELI[lang].tel);
    expect(call?.title).toContain(catalogue.activityById.get('mieli-kriisipuhelin')?.title[lang]);
  });

  it('keeps the other languages\' MIELI numbers and the opening hours in view', () => {
    const card = cardFor(lang, 'general', false);
    for (const other of Object.values(MIELI)) expect(card.text).toContain(other.number);
    expect(card.text).toContain(catalogue.activityById.get('mieli-kriisipuhelin')?.hours?.[lang]);
  });

  it('shows no children\'s or youth line to an adult', () => {
    for (const kind of ['suicide', 'general', 'violence', 'overdose'] as const) {
      const card = cardFor(lang, kind, false);
      expect(card.text, kind).not.toContain(MLL);
      expect(card.text, kind).not.toContain('sekasin.fi');
    }
  });

  it('shows MLL\'s 116 111 to a child or young person, after 112 and the MIELI line', () => {
    for (const kind of ['suicide', 'general', 'violence'] as const) {
      const card = cardFor(lang, kind, true);
      expect(card.text, kind).toContain(MLL);
      expect(card.text.indexOf('112'), kind).toBeLessThan(card.text.indexOf(MLL));
      expect(card.buttons[0]?.url, kind).toBe('tel:112');
    }
    expect(cardFor(lang, 'suicide', true).text.indexOf(MIELI[lang].number)).toBeLessThan(cardFor(lang, 'suicide', true).text.indexOf(MLL));
  });
});

describe('which lines are for the young', () => {
  it('are the catalogue\'s children\'s and youth lines (MLL, Sekasin), not the lines for everyone', () => {
    const youth = catalogue.crisisLines().filter(isYouthLine).map((a) => a.id).sort();
    expect(youth).toEqual(['mieli-sekasin-chat', 'mll-lasten-ja-nuorten-puhelin']);
  });

  it.each([
    ['olen 15 enkä halua elää', true],
    ['jag är 14 år och vill dö', true],
    ['I am a teenager and I want to die', true],
    ['olen nuori ja haluan kuolla', true],
    ['olen 45 enkä halua elää', false],
    ['en halua enää elää', false],
  ])('reads "%s" as young: %s', (text, young) => expect(isYoung(ageFacets(text))).toBe(young));

  it('takes an age group answered earlier in the conversation', () => {
    expect(isYoung({ ageGroup: 'youth' })).toBe(true);
    expect(isYoung({ ageGroup: 'child' })).toBe(true);
    expect(isYoung({ ageGroup: 'senior' })).toBe(false);
    expect(isYoung(undefined)).toBe(false);
  });
});

describe('the number in the resident\'s language', () => {
  it('is the MIELI line\'s own number per language, and the one number for a line that has only one', () => {
    const mieli = catalogue.activityById.get('mieli-kriisipuhelin')!;
    expect({ fi: phoneFor(mieli, 'fi'), sv: phoneFor(mieli, 'sv'), en: phoneFor(mieli, 'en') })
      .toEqual({ fi: MIELI.fi.number, sv: MIELI.sv.number, en: MIELI.en.number });
    const nollalinja = catalogue.activityById.get('etkl-nollalinja')!;
    expect(phoneFor(nollalinja, 'sv')).toBe('080 005 005');
  });
});

describe('the printable summary\'s emergency lines', () => {
  const record = (lang: Lang, situationIds: string[]) => ({ code: 'K7MPQ2', lang, activityIds: [], situationIds, createdAt: Date.UTC(2026, 10, 23, 10) });

  it.each(['fi', 'sv', 'en'] as const)('link the MIELI line of the page\'s language (%s), 112 first', (lang) => {
    const html = renderSummaryPage(record(lang, ['mental-health']), catalogue, i18n);
    const emergency = html.slice(html.indexOf(i18n.t(lang, 'page.emergencyHeading')));
    expect(emergency).toContain(`href="${MIELI[lang].tel}"`);
    expect(emergency.indexOf('112')).toBeLessThan(emergency.indexOf(MIELI[lang].number));
    expect(emergency).not.toContain(MLL);
  });

  it('add the children\'s and youth line when the summary is about a young person', () => {
    expect(renderSummaryPage(record('fi', ['youth']), catalogue, i18n)).toContain('href="tel:116111"');
  });
});
