// What residents notice after open batch 13: a close one who asks support for themselves as one (a spouse, a parent)
// gets the activities for close ones first, not the ones for the person who drinks or gambles. Every sentence here is
// written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.targetGroups.join(',')}]`).join('; ');

describe('a close one asking for themselves', () => {
  it.each([
    ['fi', 'Poikani käyttää huumeita ja minä en nuku öisin. Onko vanhemmille jotain tukea Espoossa?'],
    ['fi', 'Isäni juo taas. Etsin läheisille tarkoitettua ryhmää, en itselleni hoitoa.'],
    ['sv', 'Min sambo spelar bort lönen varje månad. Finns det stöd för anhöriga i Borgå?'],
    ['sv', 'Min dotter dricker för mycket på fester, vart vänder jag mig som förälder?'],
    ['en', 'My wife drinks every night and I am worn out. Is there a group for partners of people who drink?'],
    ['en', 'Our son gambles online. Where can we get advice as parents?'],
  ] as const)('%s: "%s" gets an activity for close ones first', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity;
    expect(first.targetGroups.some((g) => g === 'close-ones' || g === 'caregivers' || g === 'everyone' || g === 'families' || g === 'parents'), firstThree(r)).toBe(true);
    expect(first.typeIds[0] === 'peer-support' && first.targetGroups.length === 1 && first.targetGroups[0] === 'adults' && first.situationIds[0] === 'substance-use', firstThree(r)).toBe(false);
  });

  it('the drinker who asks for their own help still gets it first', () => {
    const r = match('fi', 'Juon liikaa joka ilta ja haluaisin lopettaa, onko vertaisryhmää Vantaalla?');
    expect(r.results[0]!.activity.situationIds, firstThree(r)).toContain('substance-use');
  });
});

describe('learning to use a device or an online service', () => {
  it.each([
    ['fi', 'miten maksan laskut verkkopankissa, en osaa ja pankki ei neuvo'],
    ['fi', 'Äiti 86 haluaisi oppia videopuhelut tabletilla, kuka voisi opettaa Hämeenlinnassa?'],
    ['sv', 'Kan någon lära min pappa att använda appen för att boka tid till hälsocentralen?'],
    ['en', 'how do I book a doctor online, the website is only in Finnish and I give up'],
    ['en', 'Can someone teach my grandad to spot phone scams and use his bank codes safely?'],
  ] as const)('%s: "%s" reads digital skills first and offers help with them', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations[0]?.id).toBe('digital-skills');
    expect(r.results.slice(0, 2).some((a) => a.activity.situationIds.includes('digital-skills')), firstThree(r)).toBe(true);
  });

  it.each([
    ['fi', 'miten löydän vertaisryhmän netistä masennukseen'],
    ['en', 'how do I find an online support group for anxiety'],
  ] as const)('%s: "%s" asks for help through the internet, not for the skill', (lang, text) => {
    expect(match(lang, text).situations[0]?.id).not.toBe('digital-skills');
  });
});

describe('an age given keeps the activities for adults', () => {
  it.each([
    ['fi', 'Vaimoni kuoli keväällä. Olen 52-vuotias mies ja etsin sururyhmää.'],
    ['en', "I'm 45 and my dad died in May. Is there a grief group near Espoo?"],
  ] as const)('%s: "%s" is offered a grief group for adults', (lang, text) => {
    const r = match(lang, text);
    expect(r.facets.ageGroup).toBe('adult');
    expect(r.results.slice(0, 3).some((a) => a.activity.situationIds[0] === 'bereavement' && a.activity.typeIds.includes('peer-support')), firstThree(r)).toBe(true);
  });
});

describe('one who writes in English', () => {
  it.each([
    'My mother is 72, lives in Lohja and would like an exercise group for balance',
    'my dad in Porvoo is 80 and lonely, any group where he could meet people?',
  ])('"%s" is not offered a Swedish-only group first', (text) => {
    const r = match('en', text);
    const first = r.results[0]!.activity;
    expect(first.languages.includes('en') || first.languages.includes('fi'), firstThree(r)).toBe(true);
  });
});

describe('a kind of activity ruled out in so many words', () => {
  it.each([
    ['fi', 'Muutin Lahteen enkä tunne ketään, etsin harrastusta jossa tapaa ihmisiä, ei mitään urheilua kiitos', /liikun|urheil|sport|exercise|idrott/i],
    ['sv', 'Jag är 68 och ensam i Borgå, vill träffa folk men inget religiöst', /församling|forsamling|parish|seurakun|church|kyrk/i],
    ['en', 'Lonely pensioner in Helsinki looking for company, but not church stuff please', /church|parish|seurakun|församling|forsamling|diakon/i],
  ] as const)('%s: "%s" gets none of that kind first', (lang, text, kind) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity;
    expect(kind.test(`${first.organisation.name} ${first.title[lang]}`), firstThree(r)).toBe(false);
  });
});
