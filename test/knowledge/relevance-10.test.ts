// What residents notice after open batch 10: the age of the person a message is about (a mother of 81, a client of 76)
// decides which activities fit, not the writer's. Every sentence here is written for this file, none taken from an
// evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.ageMax ?? '-'}]`).join('; ');

describe('the age of the person the message is about', () => {
  it.each([
    ['en', 'My father lives alone in Porvoo since my mother died. He is 83 and barely leaves the flat.', 83],
    ['en', "Grandma's 79 now, just lost grandpa, and she won't ask anyone for help", 79],
    ['sv', 'Min mormor är 88 och har blivit änka i höstas, hon bor kvar i Ekenäs', 88],
    ['sv', 'Jag är hemvårdare. En kund i Lojo, 77, änkling sedan våren, äter dåligt och sitter mest inne.', 77],
    ['fi', 'Äitini on 82 ja jäi leskeksi kesällä, asuu Riihimäellä yksin', 82],
    ['fi', 'Asiakas (74) jäi leskeksi, kaipaa seuraa, Hämeenlinna', 74],
  ] as const)('%s: "%s" reads the age %i and offers nothing made for another age first', (lang, text, age) => {
    const r = match(lang, text);
    expect(r.facets.age).toBe(age);
    expect(r.facets.ageGroup).toBe('senior');
    const first = r.results[0]!;
    expect(first.activity.ageMax === undefined || first.activity.ageMax >= age, firstThree(r)).toBe(true);
  });

  it('writing for a parent, the parent\'s age counts before the writer\'s own', () => {
    const r = match('en', "I'm 42 and my mum is 80, she is lonely since dad died");
    expect(r.facets.age).toBe(80);
  });

  it.each([
    ['en', "She's 24 weeks pregnant and we need baby clothes"],
    ['fi', 'Hän on 3 kertaa käynyt ruoka-avussa'],
    ['sv', 'Han är 20 minuter bort och har ingen bil'],
  ] as const)('%s: a number that is not years is no age: "%s"', (lang, text) => {
    expect(match(lang, text).facets.age).toBeUndefined();
  });
});

describe('a nationality or a Finnish spouse is no integration need', () => {
  it.each([
    ['en', "I'm Canadian, married to a Finn for twenty years, and my wife now has MS. I do most of the caring in Porvoo. Is there a group for spouses?"],
    ['en', 'British, living in Espoo since the nineties. My dad in Leeds died last month and I feel very alone with it here. Any grief group?'],
    ['sv', 'Jag är svensk och gift med en finländare, vi bor i Lojo. Vår son har fått diagnosen autism, finns det kamratstöd för föräldrar?'],
  ] as const)('%s: no integration service among the first three: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) expect(a.typeIds[0], firstThree(r)).not.toBe('integration-support');
  });

  it.each([
    ['en', "I'm from Syria and got my residence permit in spring, where can I practise Finnish with people?"],
    ['sv', 'Jag kom till Finland i fjol och vill lära mig finska, finns det språkkafé i Esbo?'],
  ] as const)('%s: a move, a permit or the language still reads as a newcomer\'s: "%s"', (lang, text) => {
    expect(match(lang, text).situations.map((s) => s.id)).toContain('immigrant');
  });
});

describe('a wish about the form of help gives way when nothing in that form fits', () => {
  it('an English speaker caring for a husband with Parkinson\'s gets the Parkinson\'s or carers\' groups, and is told the language was not kept', () => {
    const r = match('en', 'My husband has Parkinson\'s and I look after him at home in Hämeenlinna. Is there a support group for spouses, ideally in English?');
    expect(r.relaxed).toContain('language');
    expect(r.results[0]!.activity.situationIds.some((s) => s === 'caregiver' || s === 'illness-diagnosis'), firstThree(r)).toBe(true);
  });

  it('a language wish that the catalogue can meet with a fitting answer is kept', () => {
    const r = match('sv', 'Finns det kamratstöd på svenska för anhöriga till personer med minnessjukdom i Borgå?');
    expect(r.relaxed ?? []).not.toContain('language');
    expect(r.results[0]!.activity.languages).toContain('sv');
  });
});

describe('offering one\'s skills, and an association asking for volunteers or partners', () => {
  it.each([
    ['fi', 'Olen eläkkeellä oleva kirvesmies. Opettaisin mielelläni nuoria korjaamaan pyöriä tai rakentamaan jotain, missä sellaista tarvitaan Porissa?'],
    ['en', 'Retired accountant in Vantaa, happy to give a few hours a week to help people sort out their paperwork. Where would I be useful?'],
    ['sv', 'Jag ställer gärna upp och hjälper äldre med datorer några kvällar i månaden, var behövs sådant i Esbo?'],
  ] as const)('%s: one who offers their skills gets a way to give them first: "%s"', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity;
    expect(first.typeIds.includes('volunteering') || first.situationIds.includes('volunteering'), firstThree(r)).toBe(true);
  });

  it.each([
    ['fi', 'Urheiluseuramme Lohjalla etsii vapaaehtoisia valmentajia ja yhteistyökumppaneita, mistä niitä löytää?'],
    ['en', 'Our small sewing club in Hämeenlinna is looking for volunteers and a partner organisation to run classes with. Who could help us?'],
    ['sv', 'Vi är en liten förening i Borgå och söker frivilliga och samarbetspartner för våra kvällar för äldre.'],
  ] as const)('%s: an association\'s request gets a service for associations first: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.results[0]!.activity.targetGroups, firstThree(r)).toContain('associations');
  });
});

describe('the match API reads danger in the whole message, as the bot does', () => {
  it('a danger sentence after 2,500 characters of a practical letter is a crisis in the match result', () => {
    const letter = 'We moved to Lohja last year and I am looking for a Finnish course and a choir for my wife. '.repeat(28);
    const r = match('en', `${letter} Tonight I am going to take all my pills, I have them here.`);
    expect(letter.length).toBeGreaterThan(2500);
    expect(r.crisis.crisis).toBe(true);
  });
});
