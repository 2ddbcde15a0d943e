// What residents notice after open batch 17: in a long message the background names many hard things, the sentence that
// asks names the need. Every sentence here is written for this file, none taken from an evaluation batch.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} [${a.activity.situationIds.join(',')}]`).join('; ');

describe('a long message answered by what it asks, not by its background', () => {
  it.each([
    ['fi', 'Mieheni jäi eläkkeelle keväällä ja muutimme Savonlinnaan. Rahaa on mennyt remonttiin enemmän kuin luulimme, '
      + 'lapset asuvat Helsingissä ja käyvät harvoin, ja naapurit ovat meitä paljon vanhempia. Itse olen aina laulanut ja '
      + 'harrastanut käsitöitä. Onko täällä kuoroa tai harrastusryhmää, johon voisi mennä mukaan tutustumaan ihmisiin?', 'hobbies-community'],
    ['sv', 'Vi flyttade till Jakobstad för två år sedan när min fru fick jobb på sjukhuset. Jag jobbar skift på fabriken '
      + 'och sover dåligt, barnen går i skolan och har redan kompisar, och huslånet känns tungt varje månad. Min fru säger '
      + 'att jag borde hitta något eget. Finns det någon motionsgrupp eller hobbyklubb för vuxna män på svenska här?', 'hobbies-community'],
    ['en', 'I moved to Tampere for a job in IT last spring. The flat is small and expensive, my girlfriend stayed in Lisbon '
      + 'and we argue a lot on video calls, and my Finnish lessons at work were cancelled. The winter is dark but I am fine, '
      + 'really. Are there any board game or hiking groups in English where I could meet people?', 'hobbies-community'],
  ] as const)('%s: the first answer serves the ask', (lang, text, situation) => {
    const r = match(lang, text);
    expect(r.crisis.crisis).toBe(false);
    expect(r.results[0]!.activity.situationIds, firstThree(r)).toContain(situation);
  });
});

describe('a helper asked for someone else, told with a comma before "who"', () => {
  it.each([
    ['fi', 'Asiakkaani on 90-vuotias ja yksinäinen. Saisiko hänelle vapaaehtoisen ystävän, joka kävisi joskus kylässä?'],
    ['fi', 'Isä asuu yksin Kuopiossa. Onko siellä jotain kauppa-apua tai vapaaehtoisia, jotka voisivat soitella hänelle?'],
  ] as const)('%s: "%s" is offered help, not a place to volunteer', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity;
    expect(['volunteering', 'experience-expertise'], firstThree(r)).not.toContain(first.typeIds[0]);
  });
});

describe('support asked for a child whose parent drinks', () => {
  it.each([
    ['sv', 'Jag är lärare. Finns det stöd för barn vars förälder dricker, något jag kan tipsa en elev om?'],
    ['fi', 'Onko lapsille, joiden vanhempi juo liikaa, jotain omaa tukea tai ryhmää?'],
    ['en', 'Is there any support for kids whose dad drinks? I coach a youth team and one player worries me.'],
  ] as const)('%s: "%s" is not sent to a group for the drinker', (lang, text) => {
    const r = match(lang, text);
    const first = r.results[0]!.activity;
    expect(first.organisation.name, firstThree(r)).not.toMatch(/^AA|Anonyymit Alkoholistit|Alcoholics Anonymous/);
    expect(first.typeIds[0] === 'peer-support' && first.targetGroups.length === 1 && first.targetGroups[0] === 'adults', firstThree(r)).toBe(false);
  });
});
