// What residents notice in batch 28's probes: where a newcomer comes from names their situation ("olen Thaimaasta",
// "kom från Vietnam", "I am from Nepal"), wages kept back by an employer find the workers' advice, and a message that
// matched nothing before now gets integration help first. Every sentence here is written for this file.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} (${a.why.join(',')})`).join('; ');

describe('the country a newcomer names is their situation', () => {
  it.each([
    ['fi', 'Olen kotoisin Nepalista ja asun nyt Porissa. Haluaisin löytää ystäviä ja harjoitella kieltä.'],
    ['sv', 'Jag kommer från Vietnam och bor i Borgå sedan i våras. Var kan jag träffa folk och öva språket?'],
    ['en', 'I am from Ghana, living in Vantaa with my kids. Where can I meet other families and learn the language?'],
    ['en', 'hello I am from Bangladesh, new in Espoo, I want friends and to practise speaking'],
  ] as const)('%s: "%s" gets integration help among the first three', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations.map((s) => s.id), firstThree(r)).toContain('immigrant');
    expect(r.results.slice(0, 3).some((a) => a.typeIds.includes('integration-support')), firstThree(r)).toBe(true);
  });

  it('a Finn who names a country as a holiday is no newcomer', () => {
    const r = match('fi', 'Kävimme viime kesänä Thaimaassa. Nyt etsin eläkeläisten liikuntaryhmää Lohjalta.');
    expect(r.results[0]?.typeIds.includes('integration-support'), firstThree(r)).toBe(false);
  });
});

describe('wages kept back by an employer find the workers\' advice', () => {
  it.each([
    ['en', 'The owner of the café keeps half my salary and says I owe him for the work permit. Who can advise me for free?'],
    ['fi', 'Työnantaja ei ole maksanut ylitöitä kahteen kuukauteen ja uhkaa potkuilla jos valitan. Kuka neuvoo ilmaiseksi?'],
    ['sv', 'Arbetsgivaren drog av för boende så att jag nästan inte fick någon lön alls. Vart kan jag vända mig?'],
  ] as const)('%s: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain('sak-maahanmuuttajien-tyosuhdeneuvonta');
  });
});

describe('food run out, said in a few words, finds food aid', () => {
  it.each([
    ['sv', 'hjälp. maten är slut och barnen är hungriga, lönen kommer först nästa vecka. Borgå'],
    ['fi', 'ruoka loppu, kolme lasta, palkka tulee vasta perjantaina. Vantaa'],
    ['en', 'out of food, two kids, payday is next week. Espoo'],
  ] as const)('%s: "%s"', (lang, text) => {
    const r = match(lang, text);
    expect(r.results.slice(0, 3).some((a) => a.typeIds.includes('everyday-help') && a.activity.situationIds.includes('money-debt')), firstThree(r)).toBe(true);
  });
});
