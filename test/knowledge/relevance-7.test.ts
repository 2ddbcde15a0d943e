// What residents notice after open batch 7: the country everyone here lives in is no sign of a move to it, and one who
// says plainly they are no newcomer is not offered integration services; one who offers to be a friend to someone alone
// gets a way to volunteer; a rare condition or a syndrome is an illness; a resident who names their own municipality
// sees its own activities among the first. Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.typeIds.join(',')}]`).join('; ');

describe('the home country named where it stands, and "I am no newcomer"', () => {
  it.each([
    ['fi', 'Pojallani on niin harvinainen oireyhtymä, että Suomessa sitä on vain muutamalla. Mistä saisi vertaistukea perheelle?'],
    ['en', 'My daughter has a rare genetic condition that few doctors in Finland have heard of. Where do we find other families?'],
    ['sv', 'Min man har en sällsynt sjukdom som knappt någon läkare i Finland känner till. Finns det en patientförening?'],
    ['fi', 'En ole maahanmuuttaja, muutin vain Jyväskylästä Poriin töiden perässä enkä tunne täältä ketään. Kuoroa tai harrastusta etsin.'],
    ['en', 'I\'m Finnish, just moved to Espoo from Oulu for work and I know nobody here. Any choirs or sports clubs?'],
  ] as const)('%s: no integration service among the first three: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) expect(a.typeIds[0], firstThree(r)).not.toBe('integration-support');
    expect(r.situations.map((s) => s.id)).not.toContain('immigrant');
  });

  it.each([
    ['fi', 'Muutin Suomeen Syyriasta viime vuonna ja haluan oppia suomea ja tutustua ihmisiin'],
    ['en', 'We moved to Finland from Kenya in the summer and I want to learn Finnish and meet people'],
  ] as const)('%s: a move into the country still reads as a newcomer\'s: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations.map((s) => s.id)).toContain('immigrant');
  });
});

describe('offering to be a friend to someone who is alone', () => {
  it.each([
    ['fi', 'Voisinko alkaa ystäväksi jollekin yksinäiselle ikäihmiselle? Minulla on aikaa arkipäivisin.'],
    ['sv', 'Jag skulle vilja bli vän till någon ensam äldre, hur går det till?'],
    ['en', 'Could I become a friend to someone lonely in my area? I have free evenings.'],
  ] as const)('%s: "%s" gets a way to volunteer first', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!;
    expect(first.typeIds.includes('volunteering') || first.activity.situationIds.includes('volunteering'), firstThree(r)).toBe(true);
  });
});

describe('a syndrome or a rare condition is an illness', () => {
  it.each([
    ['en', 'I was told I have a rare connective tissue syndrome. Is there a patient association?'],
    ['fi', 'Sain diagnoosiksi harvinaisen oireyhtymän, onko potilasjärjestöä?'],
  ] as const)('%s: "%s" reads as a diagnosis', (lang, text) => {
    expect(match(lang, text).situations[0]?.id).toBe('illness-diagnosis');
  });
});

describe('several needs, one said to matter most', () => {
  it.each([
    ['fi', 'Olen ollut kotona lasten kanssa ja vähän yksinäinen, mutta suurin huoli on velat, perintäkirjeitä tulee joka viikko', 'money-debt'],
    ['sv', 'Jag har svårt att hitta vänner och jobbet är tungt, men det som oroar mig mest är skulderna som bara växer', 'money-debt'],
    ['en', 'We have money worries and the flat is small, but the main thing is our son who has no friends at his new school', 'youth'],
  ] as const)('%s: "%s" reads first as %s', (lang, text, id) => {
    expect(match(lang, text).situations[0]?.id).toBe(id);
  });
});

describe('rent arrears are debt advice', () => {
  it.each([
    ['en', 'I am three months behind on rent and the landlord talks about eviction'],
    ['sv', 'Jag har hyresskulder och är rädd att bli vräkt, vem kan ge råd?'],
  ] as const)('%s: "%s" gets debt advice among the first three', (lang, text) => {
    const r = match(lang, text);
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain('takuusaatio-velkaneuvonta');
  });
});

describe('a grown-up by what the message says, though no age is given', () => {
  it.each([
    ['sv', 'Min väninna hittade sin man livlös i morse och är i chock, vem kan hon prata med i natt?'],
    ['en', 'Her husband died in an accident yesterday and she is in shock, is there a chat she could use tonight?'],
    ['sv', 'Jag blev änka i våras och känner mig så ensam på kvällarna, finns det någon chatt?'],
  ] as const)('%s: no youth service among the first two: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 2)) expect(a.activity.situationIds[0], firstThree(r)).not.toBe('youth');
  });

  it('a grandparent writing about a teenager still gets the young person\'s services among the first three', () => {
    const r = match('fi', 'Lapsenlapseni on 15 ja aivan yksin uudessa koulussa. Onko nuorille jotain ryhmää tai paikkaa?');
    expect(r.results.slice(0, 3).some((a) => a.activity.situationIds[0] === 'youth'), firstThree(r)).toBe(true);
  });
});

describe('an organisation ruled out by its own name', () => {
  it.each([
    ['en', 'Sober for a year now. AA is not for me, too much talk of a higher power. What other peer support is there?'],
    ['sv', 'Nykter sedan i våras men AA är inte för mig. Finns det annat kamratstöd?'],
    ['fi', 'Raitistuin keväällä, mutta AA ei ole mun juttu. Mitä muuta vertaistukea on?'],
  ] as const)('%s: AA is not among the first three: "%s"', (lang, text) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) expect(a.activity.organisation.name, firstThree(r)).not.toMatch(/\bAA\b/);
  });

  it('one who goes to AA and wants more still gets it', () => {
    const r = match('en', 'I have been sober for a year and go to AA. I would like more peer support for stopping drinking.');
    expect(r.results.slice(0, 3).some((a) => /\bAA\b/.test(a.activity.organisation.name)), firstThree(r)).toBe(true);
  });
});

describe('a phone or a computer to learn is no wish to be called', () => {
  it.each([
    ['fi', 'Äitini ei osaa käyttää älypuhelinta eikä vastaa kun soitamme, kuka opettaisi häntä?'],
    ['en', 'My granddad got a smartphone and cannot even answer when we call. Who teaches older people to use one?'],
  ] as const)('%s: no phone-only filter, digital help first: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.facets.channel).toBeUndefined();
    expect(r.results[0]!.activity.situationIds, firstThree(r)).toContain('digital-skills');
  });
});
