// What residents notice after open batch 6: the life stage a message gives steers away from another stage's activities;
// one who offers to help a group of people gets volunteering, not the service for that group; a language of service in
// its adjective forms ("suomenkielistä", "svenskspråkiga") is a filter; the associations of one circumstance (alcohol,
// caregiving, unemployment, violence at home) come first only when the message names that circumstance.
// Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher, catalogue } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.situationIds.join(',')}]`).join('; ');

describe('the life stage the message gives', () => {
  it.each([
    ['fi', 'Jäin eläkkeelle keväällä ja kaipaisin jotain tekemistä, vaikka retkiä tai kuoroa'],
    ['en', 'My grandparents are in their late eighties and bored at home. Any clubs or outings for pensioners?'],
    ['sv', 'Pensionär sedan i fjol, söker en trevlig klubb eller utflykter för äldre'],
  ] as const)('%s: a pensioner is not offered a youth association first: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.results[0]!.activity.situationIds[0], firstThree(r)).not.toBe('youth');
    expect(r.results[0]!.activity.targetGroups, firstThree(r)).not.toEqual(expect.arrayContaining(['children', 'youth']));
  });

  it.each([
    ['en', 'on sick leave for exhaustion, my boss keeps calling. where can I talk to someone?'],
    ['fi', 'Olen ollut sairauslomalla uupumuksen takia ja työkaverit ei ymmärrä. Missä voisin puhua jonkun kanssa?'],
  ] as const)('%s: a working adult is not offered a children\'s or youth line: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) {
      expect(a.activity.targetGroups.every((g) => g === 'children' || g === 'youth'), firstThree(r)).toBe(false);
    }
  });
});

describe('offering to help a group of people', () => {
  it.each([
    ['fi', 'Olen eläkkeellä oleva opettaja ja haluaisin auttaa maahanmuuttajanuoria kokeisiin lukemisessa'],
    ['sv', 'Vi är några studenter som vill hjälpa äldre med mobiler och datorer'],
    ['en', 'I would love to help refugees practise their Finnish once a week'],
  ] as const)('%s: "%s" gets a way to volunteer first, not the service for that group', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!;
    expect(first.typeIds.includes('volunteering') || first.activity.situationIds.includes('volunteering'), firstThree(r)).toBe(true);
  });
});

describe('a language of service in adjective forms is a filter, not a need', () => {
  it.each([
    ['fi', 'Mieheni kuoli syksyllä. Etsin sururyhmää Porvoosta, mieluiten suomenkielistä.'],
    ['sv', 'Min fru har fått diagnosen Parkinson. Finns det svenskspråkiga kamratgrupper för anhöriga?'],
  ] as const)('%s: "%s" is not read as integration', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations.map((s) => s.id)).not.toContain('immigrant');
    for (const a of r.results.slice(0, 3)) expect(a.typeIds, firstThree(r)).not.toContain('integration-support');
  });
});

describe('the associations of one circumstance come first only when it is named', () => {
  const ids = (pred: (id: string) => boolean): string[] => [...catalogue.activities.values()].map((a) => a.id).filter(pred);
  const aa = ids((id) => id.startsWith('aa-ryhmat'));
  const carers = ids((id) => /omaishoitaj|omaisoiva/.test(id));

  it.each([
    ['fi', 'Sain juuri tyypin 2 diabetesdiagnoosin ja haluaisin jutella muiden sairastuneiden kanssa'],
    ['en', 'I was diagnosed with heart failure last month and would like to meet others living with it'],
  ] as const)('%s: a diagnosis is not answered with AA: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) expect(aa, firstThree(r)).not.toContain(a.id);
  });

  it('drinking named brings AA among the first three', () => {
    const r = match('en', 'I drink every night and want to stop, are there meetings near Helsinki?');
    expect(r.results.slice(0, 3).some((a) => aa.includes(a.id)), firstThree(r)).toBe(true);
  });

  it.each([
    ['fi', 'Äitini kuoli viime kuussa ja ikävä on kova. Onko jossain ryhmää jossa voisi puhua surusta?'],
    ['sv', 'Min pappa dog i våras och jag vet inte hur jag ska orka med sorgen'],
  ] as const)('%s: an ordinary grief is not answered first with carers\' groups: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(carers, firstThree(r)).not.toContain(r.results[0]!.id);
  });

  it('caring for a spouse at home brings carers\' groups among the first three', () => {
    const r = match('fi', 'Hoidan miestäni kotona ja olen aivan uupunut, kaipaisin vertaistukea muilta omaishoitajilta');
    expect(r.results.slice(0, 3).some((a) => carers.includes(a.id)), firstThree(r)).toBe(true);
  });
});

describe('a place named outside the pilot regions', () => {
  it.each([
    ['fi', 'Asun Kuopiossa ja kaipaisin seuraa, olen eläkkeellä', 'Kuopio'],
    ['sv', 'Jag bor i Vasa och söker en kamratgrupp för anhöriga', 'Vaasa'],
    ['fi', 'Onko Pohjois-Karjalassa vertaistukea syöpään sairastuneille?', 'Pohjois-Karjala'],
    ['en', 'I just moved to Tampere and know nobody here', 'Tampere'],
  ] as const)('%s: "%s" is read as %s, and no town or region of the catalogue is offered first as if near', (lang, text, place) => {
    const r = match(lang, text);
    expect(r.facets?.municipality).toBeUndefined();
    expect(r.facets?.elsewhere).toBe(place);
    expect(r.results[0]!.activity.area.scope, firstThree(r)).toBe('national');
  });

  it('a bay is not the town of Lahti, nor is "Karjalassa" the Karis of Raasepori', () => {
    expect(match('fi', 'lahdella on kiva purjehtia, etsin purjehdusseuraa').facets?.elsewhere).toBeUndefined();
    expect(match('fi', 'Onko Pohjois-Karjalassa ystäväpalvelua?').facets?.municipality).toBeUndefined();
  });

  it('where one lives wins over where one came from', () => {
    expect(match('fi', 'Muutin Kuopiosta Helsinkiin enkä tunne ketään').facets).toMatchObject({ municipality: '091' });
    expect(match('en', 'just moved to Kuopio from Helsinki, any choirs?').facets).toMatchObject({ elsewhere: 'Kuopio' });
    expect(match('fi', 'Saako apua Helsingistä?').facets).toMatchObject({ municipality: '091' });
  });
});
