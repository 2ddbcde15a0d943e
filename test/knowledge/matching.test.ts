import { describe, expect, it } from 'vitest';
import type { RankedActivity } from '../../knowledge/contracts.js';
import { ActivityIndex } from '../../knowledge/matching/activity-index.js';
import { explain, whyWords } from '../../knowledge/matching/explain.js';
import { KeywordIndex } from '../../knowledge/matching/keywords.js';
import { LabelIndex, StemCache, withFeatures, type LabelText } from '../../knowledge/matching/label-index.js';
import { diversify, NEAR_DUPLICATE, Ranker } from '../../knowledge/matching/ranking.js';
import { analyse, createVocabulary } from '../../knowledge/normalise.js';
import type { Activity } from '../../knowledge/schema.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';

// The matcher's parts one at a time, on the small hand-written catalogue: each part's behaviour as a resident would
// notice it in the answer (which situation is read, which activity comes first, which words `why` quotes).
const catalogue = fixtureCatalogue();
const situations = [...catalogue.situations.values()];
const types = [...catalogue.types.values()];
const stems = new StemCache();
const vocabulary = createVocabulary(['omaishoitaja', 'yksinäisyys', 'vertaistuki']);
const situationTexts: LabelText[][] = situations.map((s) => (['fi', 'sv', 'en'] as const).flatMap((l): LabelText[] => [
  { text: s.name[l], lang: l, phrase: true }, { text: s.description[l], lang: l, phrase: false },
  ...s.phrases[l].map((text) => ({ text, lang: l, phrase: true })),
]));
const { space, indexes } = LabelIndex.build([situationTexts], stems);
const terms = (text: string, lang: 'fi' | 'sv' | 'en' = 'fi') => withFeatures(space, analyse(text, lang, vocabulary, (w, l) => stems.get(w, l)));
const at = (id: string) => situations.findIndex((s) => s.id === id);

describe('label index: situations read from phrasing', () => {
  it('scores the situation whose phrasing the message shares above the others', () => {
    const scores = indexes[0]!.score(terms('olen niin yksin'));
    const best = [...scores.best.keys()].sort((a, b) => scores.best[b]! - scores.best[a]!)[0];
    expect(best).toBe(at('loneliness'));
  });

  it('gives no score at all to a message with none of the catalogue\'s words', () => {
    const scores = indexes[0]!.score(terms('qwxz'));
    expect(Math.max(...scores.cent, ...scores.best)).toBe(0);
  });
});

describe('keywords: word beginnings and compounds', () => {
  const keywords = new KeywordIndex(situations);
  it('counts a keyword at the start of an inflected word ("omaishoitajana")', () => {
    const ev = keywords.evidence(terms('olen omaishoitajana'), ['olen', 'omaishoitajana'], 'fi');
    expect(ev.score[at('caregiver')]).toBeGreaterThan(0.5);
    expect(ev.score[at('money-debt')]).toBe(0);
  });

  it('counts a keyword in another language for less than in the message\'s own', () => {
    const own = keywords.evidence(terms('lonely', 'en'), ['lonely'], 'en').score[at('loneliness')]!;
    const other = keywords.evidence(terms('lonely', 'en'), ['lonely'], 'fi').score[at('loneliness')]!;
    expect(other).toBeLessThan(own);
    expect(other).toBeGreaterThan(0);
  });
});

describe('explain: why quotes the resident\'s own words as written', () => {
  it('quotes the words that carried the situation, with their letters and umlauts', () => {
    const t = terms('Rahat ei riitä laskuihin');
    const scores = indexes[0]!.score(t);
    const why = whyWords(t, scores.contrib, at('money-debt'));
    expect(why).toContain('riitä');
    expect(why).not.toContain('riita');
  });

  it('leaves out an activity nothing in the message explains', () => {
    const index = new ActivityIndex(catalogue.activities, situations, types, vocabulary, stems);
    const explained = explain([{ ai: 0, score: 0.5, mask: 0, bestSituation: -1, bestType: -1, typePart: 0 }],
      { terms: [], sitWhy: new Map(), typeContrib: undefined, exclude: new Set(), lang: 'fi', confidence: 1 }, { activities: index.activities, situations });
    expect(explained).toEqual([]);
  });
});

describe('ranking: the activities of the situations read come first', () => {
  const index = new ActivityIndex(catalogue.activities, situations, types, vocabulary, stems);
  const ranker = new Ranker(index, types);
  it('ranks an activity for the situation read above one that is not for it', () => {
    const sitScore = new Float32Array(situations.length);
    sitScore[at('caregiver')] = 0.9;
    const { all } = ranker.rank({
      query: { text: 'omaishoitaja' }, terms: terms('omaishoitaja'), sitScore, typeDirect: new Float32Array(types.length), lang: 'fi',
      keep: undefined, fit: { place: '091', lang: 'fi', langAsked: false, named: new Set() }, head: 10, isFacetWord: () => false,
    });
    expect(all.length).toBeGreaterThan(0);
    expect(catalogue.activities[all[0]!.ai]!.situationIds).toContain('caregiver');
  });

  it('shows one organisation\'s same kind of help once when another answer is nearly as good', () => {
    const base = catalogue.activities[0]!;
    const card = (id: string, score: number, url: string): RankedActivity => {
      const activity: Activity = { ...base, id, organisation: { ...base.organisation, url } };
      return { id, activity, title: id, typeIds: [...base.typeIds], score, why: ['x'] };
    };
    const list = diversify([card('national', 0.9, 'https://muistiliitto.fi/a'), card('regional', 0.88, 'https://www.muistiliitto.fi/b'), card('other', 0.8, 'https://other.fi')], 2);
    expect(list.map((r) => r.id)).toEqual(['national', 'other']);
    expect(0.88 * NEAR_DUPLICATE).toBeLessThan(0.8);
  });
});
