import { describe, expect, it } from 'vitest';
import { createI18n } from '../../dialogs/i18n.js';
import { CODE_ALPHABET, isSummaryCode, newSummaryCode } from '../../dialogs/summary-code.js';
import { renderSummaryNotFound, renderSummaryPage } from '../../bot/summary-page.js';
import { LANGS } from '../../knowledge/vocabulary.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';

const i18n = createI18n();
const catalogue = fixtureCatalogue();
const record = (lang: 'fi' | 'sv' | 'en') => ({
  code: 'K7MPQ2', lang, activityIds: ['omaishoitajat-neuvonta', 'nollalinja', 'removed-since'], situationIds: ['caregiver'], createdAt: Date.UTC(2026, 10, 23, 10),
});

describe.each(LANGS)('the summary page in %s', (lang) => {
  const html = renderSummaryPage(record(lang), catalogue, i18n);

  it('is a complete page in that language with headings, the code and the valid-until date', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('K7MPQ2');
    expect(html).toContain(i18n.t(lang, 'page.validUntil', { date: new Intl.DateTimeFormat({ fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' }[lang], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(new Date(Date.UTC(2026, 11, 7, 10))) }));
  });

  it('lists the activities still in the catalogue with tel: links, plus 112 and a crisis line', () => {
    expect(html).toContain(catalogue.activityById.get('omaishoitajat-neuvonta')?.title[lang].replace(/'/g, '&#39;'));
    expect(html).toContain('href="tel:+358207806500"');
    expect(html).toContain('href="tel:+358925250111"');
    expect(html).toContain('112');
    expect(html).not.toContain('removed-since');
  });

  it('has no inline script and a print button wired from a same-origin script', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son\w+=/);
    expect(html).toContain('<script src="/summary-print.js" defer></script>');
    expect(html).toContain('<button type="button" id="print">');
  });

  it('says plainly when a code is unknown or expired', () => {
    const missing = renderSummaryNotFound(lang, i18n);
    expect(missing).toContain(`<html lang="${lang}">`);
    expect(missing).toContain(i18n.t(lang, 'page.notFoundTitle'));
  });
});

describe('summary codes', () => {
  it('are six characters from an alphabet without look-alikes, and differ', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newSummaryCode()));
    expect(codes.size).toBeGreaterThan(195);
    for (const c of codes) expect(isSummaryCode(c)).toBe(true);
    for (const ch of '01ILO') expect(CODE_ALPHABET).not.toContain(ch);
    expect(isSummaryCode('ABC10O')).toBe(false);
  });
});
