// What residents notice when the matcher reads the person and not only the topic words: a language wish narrows the
// answers without turning into an integration need; a condition named only by its own name is understood; one who asks
// for a volunteer gets the service, one who offers their time gets volunteering; an age names a life stage; and the
// everyday words for a situation (numb, slot machines, can't afford, the banking app, relatives) find it.
// Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import { helperRole } from '../../knowledge/matching/person.js';
import { fold } from '../../knowledge/text.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const situations = (r: MatchResult): string[] => r.situations.map((s) => s.id);
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.typeIds.join(',')}]`).join('; ');

describe('a language wish is a filter, not a need', () => {
  it.each([
    ['en', 'My wife died in the spring. Is there a grief group in English?'],
    ['sv', 'Jag har reumatism och vill hitta vattengympa på svenska'],
    ['fi', 'Onko englanniksi vertaistukea ms-tautiin sairastuneille?'],
  ] as const)('%s: "%s" is not read as integration and gets no integration service first', (lang, text) => {
    const r = match(lang, text);
    expect(situations(r)).not.toContain('immigrant');
    expect(r.results[0]!.typeIds, firstThree(r)).not.toContain('integration-support');
  });

  it('a hobby wished for in English is read as a hobby, not as integration (whatever the few English activities are)', () => {
    expect(situations(match('en', 'Any knitting or craft circle in English for a retired lady?'))).toEqual(expect.not.arrayContaining(['immigrant']));
  });

  it('a language named as the resident\'s difficulty still reads as a newcomer\'s need', () => {
    const r = match('en', "My Finnish is still very weak and I don't understand the letters I get from Kela");
    expect(situations(r)).toContain('immigrant');
  });
});

describe('a condition named only by its own name is understood', () => {
  it.each([
    ['sv', 'Har nyss fått veta att jag har psoriasis', 'psoriasisliitto-vertaistuki'],
    ['en', 'tinnitus is driving me mad, are there others who live with it?', 'kuuloliitto-kuuloyhdistykset'],
    ['fi', 'Poika pelaa rahapelejä yöt läpeensä, mistä apua?', 'peluuri-auttava-puhelin'],
  ] as const)('%s: "%s" finds its own association among the first three', (lang, text, id) => {
    const r = match(lang, text);
    expect(r.understood).toBe(true);
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain(id);
  });
});

describe('which side of help the resident stands on', () => {
  it.each([
    ['fi', 'Isä asuu yksin eikä pääse enää kauppaan. Löytyisikö vapaaehtoinen joka kävisi hänen kanssaan?'],
    ['fi', 'Tarvitsisin äidille vapaaehtoista ulkoiluseuraa, hän ei uskalla lähteä yksin'],
    ['sv', 'Finns det en frivillig som kunde besöka min pappa ibland? Han är ensam.'],
    ['en', 'Are there volunteers who could keep my grandmother company on Sundays?'],
  ] as const)('%s: "%s" asks for a helper: no volunteering situation, and the first answer is no place to volunteer', (lang, text) => {
    expect(helperRole(fold(text.toLowerCase()))).toBe('seeks');
    const r = match(lang, text);
    expect(situations(r)).not.toContain('volunteering');
    expect(['volunteering', 'experience-expertise'], firstThree(r)).not.toContain(r.results[0]!.typeIds[0]);
  });

  it.each([
    ['fi', 'Olen eläkkeellä ja haluaisin ryhtyä tukihenkilöksi jollekin nuorelle'],
    ['fi', 'Kiinnostaisi vapaaehtoistyö viikonloppuisin, olen itse toipunut masennuksesta'],
    ['sv', 'Jag vill bli frivillig och hjälpa äldre att handla'],
    ['en', "I'm retired and would like to become a volunteer visiting lonely people"],
    ['en', 'I have MS myself and want to volunteer for others who are newly diagnosed'],
  ] as const)('%s: "%s" offers help and gets a way to volunteer first', (lang, text) => {
    expect(helperRole(fold(text.toLowerCase()))).toBe('offers');
    const r = match(lang, text);
    expect(situations(r)).toContain('volunteering');
    expect(r.results[0]!.typeIds.some((t) => t === 'volunteering' || t === 'experience-expertise'), firstThree(r)).toBe(true);
  });

  it('a resident who mentions no helper at all stands on neither side', () => {
    expect(helperRole(fold('olen yksinäinen ja kaipaan juttuseuraa'))).toBeUndefined();
  });
});

describe('an age names a life stage', () => {
  it.each([
    ['fi', 'Olen 82 ja haluaisin käydä jossain jumpassa muiden kanssa', 'senior'],
    ['sv', 'Jag är 79 år och kan inte ta mig ut ensam längre', 'senior'],
    ['en', "I'm 16 and nobody at home listens to me", 'youth'],
    ['fi', 'Oon 15 ja kotona on koko ajan riitaa', 'youth'],
  ] as const)('%s: "%s" reads as %s', (lang, text, situation) => {
    expect(situations(match(lang, text))).toContain(situation);
  });

  it('a working-age adult is given no life stage from the age alone', () => {
    const r = match('fi', 'Olen 45 ja velat kasvaa koko ajan');
    expect(situations(r)).not.toContain('senior');
    expect(situations(r)).not.toContain('youth');
  });
});

describe('the everyday words for a situation find it', () => {
  it.each([
    ['en', "I've felt numb and empty for weeks and can't explain it", 'mental-health'],
    ['fi', 'Näen painajaisia joka yö ja kaikki tuntuu synkältä', 'mental-health'],
    ['sv', 'Jag har mardrömmar varje natt sedan olyckan', 'mental-health'],
    ['fi', 'Veli istuu joka ilta peliautomaateilla ja palkka on mennyt', 'substance-use'],
    ['sv', 'Min pappa spelar poker på nätet hela nätterna', 'substance-use'],
    ['fi', 'Poika on alkanut käyttää nuuskaa, miten puhun hänen kanssaan?', 'substance-use'],
    ['en', "We can't afford winter clothes for the kids this year", 'money-debt'],
    ['sv', 'Har inte råd med glasögon till barnen', 'money-debt'],
    ['fi', 'Meillä ei ole varaa lasten harrastuksiin', 'money-debt'],
    ['fi', 'En osaa käyttää Wilmaa enkä näe lapsen poissaoloja', 'digital-skills'],
    ['en', 'How do I set up the banking app on my new phone?', 'digital-skills'],
    ['sv', 'Jag förstår mig inte på mobilbanken', 'digital-skills'],
    ['en', 'We fled Syria last year and the children need help with school', 'immigrant'],
    ['en', 'Where can relatives of someone with schizophrenia get support?', 'caregiver'],
    ['sv', 'Var får anhöriga stöd när någon i familjen är psykiskt sjuk?', 'caregiver'],
    ['fi', 'Mistä omaiset saavat tukea, kun veli sairastui psykoosiin?', 'caregiver'],
  ] as const)('%s: "%s" reads as %s', (lang, text, situation) => {
    expect(situations(match(lang, text))).toContain(situation);
  });

  it.each([
    ['fi', 'Yhdistyksemme etsii yhteistyökumppania kerhotoimintaan'],
    ['sv', 'Jag söker en danspartner för gammeldans'],
  ] as const)('%s: a partner is not violence: "%s"', (lang, text) => {
    expect(situations(match(lang, text))).not.toContain('violence');
  });
});
