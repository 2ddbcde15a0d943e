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
