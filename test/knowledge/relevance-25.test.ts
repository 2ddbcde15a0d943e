// What residents notice in batch 25's probes: a town's name is where, never what ("Kristinestad" is no crisis); a short
// Swedish or English keyword does not open unrelated words ("väldigt" is not "våld", "appointment" not "app"); function
// words ("samma sak", "sopiiko", "one", "too") are no topic; the life stage of a stated age is read whatever else leads;
// chronic pain and migraine find their own associations. Every sentence here is written for this file.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} (${a.why.join(',')})`).join('; ');
const situations = (r: MatchResult): string[] => r.situations.map((s) => s.id);

describe('a town named is a place, not a topic', () => {
  it.each([
    ['sv', 'Vi har flyttat till Kristinestad och barnen vill börja i en scoutkår.', 'crisis'],
    ['fi', 'Asun Kristiinankaupungissa ja haluaisin laulaa kuorossa.', 'crisis'],
    ['en', 'I moved to Kristinestad for work, is there a language café for learning Swedish?', 'crisis'],
  ] as const)('%s: the town\'s name reads as no %s', (lang, text, not) => {
    const r = match(lang, text);
    expect(situations(r), firstThree(r)).not.toContain(not);
    for (const a of r.results.slice(0, 3)) expect(a.why.map((w) => w.toLowerCase()), firstThree(r)).not.toContain('kristinestad');
  });
});

describe('a short Swedish or English keyword does not open an unrelated word', () => {
  it.each([
    ['sv', 'Min morfar är väldigt pigg och vill lära sig använda surfplattan.', 'violence'],
    ['sv', 'Jag valde att flytta hit för jobbet och söker en kör att sjunga i.', 'violence'],
    ['en', 'I keep missing my doctor appointments because I cannot read the letters, is there help?', 'digital-skills'],
    ['en', 'I lost money in a romance scam on a dating site. Who can help me?', 'hobbies-community'],
  ] as const)('%s: "%s" reads as no %s', (lang, text, not) => {
    const r = match(lang, text);
    expect(situations(r), firstThree(r)).not.toContain(not);
  });
});

describe('function words are no evidence of a topic', () => {
  it.each([
    ['sv', 'Finns det någon svenskspråkig pensionärsklubb? Det är inte samma sak på finska.'],
    ['fi', 'Onko täällä jotain ryhmää eläkeläisille, sopiiko sinne mennä yksin?'],
    ['en', 'Is there one club for retired men? Too many of my friends have moved away since I retired.'],
  ] as const)('%s: no function word is quoted in why', (lang, text) => {
    const r = match(lang, text);
    const quoted = r.results.slice(0, 3).flatMap((a) => a.why.map((w) => w.toLowerCase()));
    for (const w of ['samma', 'sak', 'sopiiko', 'one', 'too', 'since']) expect(quoted, firstThree(r)).not.toContain(w);
    expect(situations(r), firstThree(r)).not.toContain('substance-use');
  });
});

describe('a stated age names its life stage even when another need leads', () => {
  it.each([
    ['sv', 'Jag är 82 år och känner mig så ensam sedan min man dog.'],
    ['fi', 'Olen 84-vuotias ja tosi yksinäinen, lapset asuu kaukana.'],
  ] as const)('%s: senior is among the situations', (lang, text) => {
    const r = match(lang, text);
    expect(situations(r), firstThree(r)).toContain('senior');
  });
});

describe('chronic pain and migraine find their own associations', () => {
  it.each([
    ['fi', 'Onko Hyvinkäällä jotain kipuryhmää? Selkä on kipeä joka päivä jo kolmatta vuotta.', 'suomen-kipu-krooninen-kipu-vertaistuki'],
    ['en', 'I have had chronic neck pain for years, is there a pain group I could join?', 'suomen-kipu-krooninen-kipu-vertaistuki'],
    ['sv', 'Jag har kronisk migrän och skulle vilja prata med andra som har det.', 'migreeniyhdistys-vertaistuki-ja-neuvonta'],
  ] as const)('%s: the association for the named condition is among the first three', (lang, text, id) => {
    const r = match(lang, text);
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain(id);
  });
});

describe('who offers help and who asks for others', () => {
  it.each([
    ['sv', 'Jag skulle gärna vilja bli stödperson för en nyanländ familj här i Vasa. Hur går det till?'],
    ['fi', 'Jäin eläkkeelle ja haluaisin lukumummoksi koululaisille, joilla lukeminen on vaikeaa.'],
  ] as const)('%s: one who offers to help is read as offering it', (lang, text) => {
    const r = match(lang, text);
    expect(situations(r), firstThree(r)).toContain('volunteering');
  });
  it('en: one who already volunteers and asks for the guests is not offered volunteering', () => {
    const r = match('en', 'I volunteer at a soup kitchen in Espoo. Where could our guests go in the daytime to warm up and get help with housing?');
    expect(r.results[0]!.activity.situationIds, firstThree(r)).not.toEqual(['volunteering']);
    expect(situations(r)[0], firstThree(r)).not.toBe('volunteering');
  });
});

describe('a business or a device that "died" is no one\'s death', () => {
  it.each([
    ['sv', 'Min firma dog i våras efter tolv år och nu vet jag inte vad jag ska göra om dagarna.'],
    ['en', 'My restaurant died last year with the electricity prices and I feel useless at home.'],
    ['fi', 'Yritys kuoli koronan aikaan ja nyt olen ollut vuoden kotona tekemättä mitään.'],
  ] as const)('%s: bereavement is not read', (lang, text) => {
    const r = match(lang, text);
    expect(situations(r), firstThree(r)).not.toContain('bereavement');
  });
});

describe('the close one of one with a mental illness', () => {
  it.each([
    ['fi', 'Mieheni sairastaa kaksisuuntaista mielialahäiriötä ja minä olen ihan uupunut. Onko tukea meille läheisille?'],
    ['sv', 'Min son har schizofreni och jag vet inte hur jag ska orka. Finns det stöd för mig som mamma?'],
  ] as const)('%s: something for close ones comes first', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity.targetGroups;
    expect(first.includes('close-ones') || first.includes('caregivers'), firstThree(r)).toBe(true);
  });
});
