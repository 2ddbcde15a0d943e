// What residents notice in this session's probes: a wish for a language ("maybe in English") must not hide the one
// association for the very condition the resident names, and a diagnosis "as an adult" is not a young person's worry.
// Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.situationIds.join(',')}]`).join('; ');

describe('a language wish gives way to the association for the condition named, and says so', () => {
  it.each([
    ['en', 'I was diagnosed autistic last year, at 31, here in Helsinki. Everything I read is written for parents of small '
      + 'children. Are there peer meetups for autistic grown-ups, ideally in English?', 'autis'],
    ['sv', 'Jag fick min autismdiagnos som vuxen och känner ingen annan som är som jag. Finns det kamratgrupper, gärna på engelska?', 'autis'],
  ] as const)('%s: the condition\'s own association comes first', (lang, text, id) => {
    const r = match(lang, text);
    expect(r.results[0]!.id, firstThree(r)).toContain(id);
    expect(r.relaxed).toContain('language');
  });

  it('a wish that the catalogue meets on the topic is kept', () => {
    const r = match('en', 'My son has type 1 diabetes. Is there a peer group for parents, in English if possible?');
    expect(r.results[0]!.activity.situationIds, firstThree(r)).toContain('illness-diagnosis');
  });
});

describe('grown up, told as "as an adult"', () => {
  it.each([
    ['en', 'I only found out I have ADHD as an adult, at 38. Is there somewhere to talk with others diagnosed this late?'],
    ['fi', 'Sain autismidiagnoosin vasta aikuisena. Onko vertaisryhmiä meille, jotka saimme tietää näin myöhään?'],
  ] as const)('%s: no youth service first', (lang, text) => {
    const r = match(lang, text);
    expect(r.results[0]!.activity.situationIds[0], firstThree(r)).not.toBe('youth');
  });
});

describe('a nationality or a firm is no topic', () => {
  it('"the company" that has not paid wages is an employer, not company to keep', () => {
    const r = match('en', 'We are berry pickers near Pello and the company still has not paid our wages. Where can we get advice?');
    expect(r.results[0]!.activity.situationIds, firstThree(r)).not.toContain('loneliness');
    expect(r.results[0]!.activity.situationIds[0], firstThree(r)).not.toBe('loneliness');
  });

  it('a couple who say they are Finnish-British get the help they ask for first, not integration', () => {
    const r = match('en', 'We are a Finnish-British couple and my Finnish is fine. After three rounds of IVF we would like peer support for infertility.');
    expect(r.results[0]!.activity.typeIds[0], firstThree(r)).not.toBe('integration-support');
  });
});

describe('the association for the condition named leads a general family or age service', () => {
  it.each([
    ['sv', 'Vår son på 7 år fick diabetes typ 1 i höstas. Vi är trötta av nattliga kontroller. Finns det andra familjer eller en förening där vi kan prata med föräldrar?', 'diabetes'],
    ['fi', 'Meidän 5-vuotiaalla todettiin juuri autismi. Onko muita perheitä tai yhdistystä, jonka kautta voisi jutella toisten vanhempien kanssa?', 'autis'],
  ] as const)('%s: the first answer is the condition\'s own', (lang, text, id) => {
    const r = match(lang, text);
    expect(r.results[0]!.id, firstThree(r)).toContain(id);
  });
});

describe('a group for one gender is not offered first to the other', () => {
  it.each([
    ['en', 'My oldest son is 16 and lives in Vantaa. He left school and stays out at night. Is there a youth place or youth worker for him?', 'female'],
    ['fi', 'Tyttäremme on 15 ja asuu Vantaalla. Hän on yksinäinen eikä käy missään. Onko nuorille paikkaa, jossa voisi tavata muita?', 'male'],
  ] as const)('%s: the first three hold no group only for the other gender', (lang, text, other) => {
    const r = match(lang, text);
    for (const a of r.results.slice(0, 3)) {
      const g = a.activity.targetGroups;
      const only = g.includes('everyone') ? undefined : g.includes('women') && !g.includes('men') ? 'female' : g.includes('men') && !g.includes('women') ? 'male' : undefined;
      expect(only, firstThree(r)).not.toBe(other);
    }
  });
});
