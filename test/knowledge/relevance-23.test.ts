// What residents notice in batch 23's probes: a child who writes for themselves is offered what is made for children, not
// the parents' line; a child or a spouse of one who drinks is not sent to the drinker's own groups; a question about a
// group's fee is no money trouble; and `why` quotes the resident's own words with their letters ("riitä", not "riita").
// Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.targetGroups.join(',')}]`).join('; ');

describe('a child writing for themselves', () => {
  it.each([
    ['fi', 'äiti ja isä riitelee koko ajan ja mua pelottaa mennä kotiin. kenelle vois puhua? oon 11'],
    ['sv', 'jag är 12 år och mina föräldrar ska skiljas. finns det nån jag kan prata med utan att de vet?'],
    ['en', "I'm 10 and my mum and dad are getting divorced, is there someone I can talk to?"],
  ] as const)('%s: something made for children comes first, nothing for parents or adults only', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity.targetGroups;
    expect(first.some((g) => g === 'children' || g === 'youth' || g === 'everyone'), firstThree(r)).toBe(true);
    expect(first.includes('parents'), firstThree(r)).toBe(false);
  });
});

describe('the close one of one who drinks or gambles', () => {
  it.each([
    ['sv', 'Min mamma dricker nästan varje kväll och jag vet inte vem jag ska prata med om det.'],
    ['en', 'My husband drinks every weekend and I am tired of hiding it. Who could I talk to?'],
    ['fi', 'Isä juo joka viikonloppu ja mä en tiedä kenelle tästä vois puhua.'],
  ] as const)('%s: the drinker\'s own peer groups do not come first', (lang, text) => {
    const r = match(lang, text);
    expect(r.results[0]!.id, firstThree(r)).not.toBe('aa-ryhmat');
    expect(r.results.slice(0, 3).some((a) => a.activity.targetGroups.includes('close-ones')), firstThree(r)).toBe(true);
  });
});

describe('a question about a fee is a filter, not money trouble', () => {
  it.each([
    ['sv', 'Kostar det något att vara med i en kamratgrupp för Parkinsons sjuka? Jag har inte råd med någon avgift nu.'],
    ['fi', 'Maksaako ryhmä jotain? Minulla todettiin juuri MS-tauti ja haluaisin vertaistukea.'],
    ['en', "Does it cost anything to join a peer group for people with Parkinson's? I can't afford a membership fee right now."],
  ] as const)('%s: the condition leads, not debt advice', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations[0]!.id, JSON.stringify(r.situations)).toBe('illness-diagnosis');
    expect(r.situations.map((s) => s.id)).not.toContain('money-debt');
  });

  it('food one cannot afford is still a money need', () => {
    const r = match('sv', 'Jag har inte råd med mat den här veckan. Finns det matutdelning i Vasa?');
    expect(r.situations.map((s) => s.id)).toContain('money-debt');
  });
});

describe('why quotes the resident\'s own words', () => {
  it('with their letters, not folded', () => {
    const r = match('fi', 'Rahat ei riitä ruokaan tässä kuussa, onko ruoka-apua Tampereella?');
    const why = r.results.flatMap((a) => a.why);
    expect(why.some((w) => /[äöå]/.test(w)), JSON.stringify(why)).toBe(true);
    expect(why).not.toContain('riita');
  });
});

describe('a wish for anonymity gives way to the association for the condition named', () => {
  it('an anonymous chat asked for a teenager with an eating disorder: the eating-disorder association leads', () => {
    const r = match('en', "I'm a school nurse. A 14-year-old boy makes himself sick after meals, I think it's bulimia. Is there an anonymous chat or a peer group for teens with an eating disorder?");
    expect(r.results[0]!.id, firstThree(r)).toContain('syomishairio');
    expect(r.relaxed).toContain('anonymous');
  });
});

describe('an age said in spoken Swedish', () => {
  it('"ja e 16" is a young person\'s own age', () => {
    const r = match('sv', 'Hejsan, ja e 16 och vill hitta nån hobby eller volontärjobb i Esbo');
    expect(r.facets.ageGroup).toBe('youth');
  });
});

describe('a pet\'s death is a grief to be heard, not a close one\'s death', () => {
  it.each([
    ['fi', 'Koira kuoli eilen ja olen ihan rikki, se oli mun ainoa seura. Voiko jonkun kanssa puhua?'],
    ['sv', 'Min katt dog i förrgår och jag gråter hela tiden. Finns det någon att prata med?'],
    ['en', 'Our dog died on Sunday after fourteen years and the house feels empty. Is there someone to talk to?'],
  ] as const)('%s: no grief group for the bereaved of a person comes first', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations.map((s) => s.id)).not.toContain('bereavement');
  });

  it('a person\'s death named next to a pet still reads as bereavement', () => {
    const r = match('en', 'My dad died last month and my dog is all I have now. Is there a grief group in Espoo?');
    expect(r.situations[0]!.id).toBe('bereavement');
  });
});
