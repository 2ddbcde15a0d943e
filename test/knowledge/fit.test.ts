// Fit to the person over the real knowledge base: no place known → national and online help first; the resident's
// own language before groups run only in another one; a place known → its own activities come in.
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher, catalogue } = realKnowledge();

describe('fit to the person', () => {
  it.each([
    ['fi', 'olen yksinäinen eläkeläinen ja kaipaan seuraa'],
    ['fi', 'hoidan muistisairasta äitiä ja olen uupunut'],
    ['sv', 'jag är ensam pensionär och vill träffa folk'],
    ['en', 'I care for my mother who has dementia and I am exhausted'],
  ])('with no place known, the first answer to "%s: %s" is one that serves anywhere in Finland', (lang, text) => {
    const r = matcher.match({ text, lang: lang as 'fi' | 'sv' | 'en' });
    expect(r.results[0]?.activity.area.scope).toBe('national');
  });

  it('a place known brings its own activities in', () => {
    const vantaa = catalogue.findMunicipality('Vantaa')!;
    const r = matcher.match({ text: 'hoidan muistisairasta äitiä ja olen uupunut', lang: 'fi', facets: { municipality: vantaa.code } });
    expect(r.results.slice(0, 5).some((a) => a.activity.area.scope !== 'national')).toBe(true);
  });

  it.each([
    'kaipaan liikuntaryhmää ikäihmisille',
    'yksinäinen mummo etsii seuraa',
    'lapsiperheen arki on raskasta, onko perhekahvilaa',
  ])('a Finnish speaker gets activities offered in Finnish first: "%s"', (text) => {
    const r = matcher.match({ text, lang: 'fi' });
    for (const a of r.results.slice(0, 3)) expect(a.activity.languages).toContain('fi');
  });

  it.each([
    ['fi', 'Apua väkivaltaa kokeneille naisille'],
    ['fi', 'Ensiapukurssi'],
    ['en', 'Digital help for seniors'],
    ['sv', 'Familjecafé'],
  ])('the first three answers to "%s: %s" are not the same organisation\'s same help twice', (lang, text) => {
    const r = matcher.match({ text, lang: lang as 'fi' | 'sv' | 'en' });
    const seen = new Set<string>();
    for (const a of r.results.slice(0, 3)) {
      const host = new URL(a.activity.organisation.url).hostname.replace(/^www\./, '');
      for (const t of a.typeIds) {
        expect(seen.has(`${host}|${t}`), `${a.id} repeats ${host} ${t}`).toBe(false);
        seen.add(`${host}|${t}`);
      }
    }
  });

  it.each([
    ['fi', 'isä kuoli viime kuussa, kaipaan vertaistukea suruun'],
    ['sv', 'min pappa dog i våras, finns det sorggrupper'],
    ['en', 'my husband died in March and I need a grief group'],
  ])('an ordinary grief (%s: "%s") is not first answered by a group for a suicide, a homicide or a child\'s death', (lang, text) => {
    const r = matcher.match({ text, lang: lang as 'fi' | 'sv' | 'en' });
    // Named by id: since grief groups for any death (the parishes') and for a spouse's death (Nuoret Lesket) carry
    // `onlyWhen` words of their own, "has no onlyWhen" no longer tells the specialised groups apart.
    expect(['surunauha-vertaistuki', 'huoma-vertaistuki', 'kapy-lapsikuolemaperheet-vertaistuki']).not.toContain(r.results[0]?.id);
    expect(r.results[0]?.activity.situationIds).toContain('bereavement');
  });

  it.each([
    ['veljeni teki itsemurhan, etsin vertaistukea', 'surunauha-vertaistuki'],
    ['my brother was murdered last year, is there support for families', 'huoma-vertaistuki'],
  ])('a named circumstance ("%s") brings its own group first', (text, id) => {
    expect(matcher.match({ text }).results[0]?.id).toBe(id);
  });
});
