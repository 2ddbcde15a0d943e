import { describe, expect, it } from 'vitest';
import type { Activity } from '../../knowledge/schema.js';
import type { SituationId } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

// Issue 16: a resident who says where they live hears of something in their own town, not only national lines.
const { catalogue, matcher } = realKnowledge();
const PILOTS: Record<string, string> = {
  Helsinki: '091', Espoo: '049', Vantaa: '092', Raasepori: '710', Porvoo: '638', Lohja: '444',
  Hämeenlinna: '109', Riihimäki: '694', Forssa: '061', Rovaniemi: '698', Pori: '609',
};
const NEEDS: ReadonlyArray<{ need: string; situation: SituationId; texts: Record<'fi' | 'sv' | 'en', string> }> = [
  { need: 'loneliness', situation: 'loneliness', texts: { fi: 'olen yksinäinen eläkeläinen ja kaipaan seuraa', sv: 'jag är ensam och vill träffa folk', en: 'I am lonely and would like to meet people' } },
  { need: 'caregiving', situation: 'caregiver', texts: { fi: 'hoidan muistisairasta äitiäni kotona ja olen uupunut', sv: 'jag vårdar min man som har demens', en: 'I care for my husband who has dementia' } },
  { need: 'food aid', situation: 'money-debt', texts: { fi: 'rahat loppu, tarvitsen ruoka-apua', sv: 'pengarna är slut, var kan jag få mathjälp', en: 'I ran out of money and need food aid' } },
  { need: 'newcomer', situation: 'immigrant', texts: { fi: 'muutin juuri Suomeen ja tarvitsen apua asioiden hoitamiseen', sv: 'jag har just flyttat till Finland och behöver hjälp', en: 'I just moved to Finland and need help getting settled' } },
];
/** Whether the text names an activity's circumstance in the words of its onlyWhen list (a plain substring reading). */
const names = (a: Activity, text: string): boolean => Object.values(a.onlyWhen ?? {}).flat().some((w) => text.toLowerCase().includes(String(w).toLowerCase()));
const inTown = (a: Activity, code: string): boolean => a.area.scope === 'municipality' && a.area.municipalities.includes(code);

describe('a resident who names their municipality gets one of its own activities among the first three, when one exists', () => {
  for (const [town, code] of Object.entries(PILOTS)) {
    for (const { need, situation, texts } of NEEDS) {
      // An activity for one named circumstance (relatives of the mentally ill, diabetes) fits only a message that names it.
      const exists = catalogue.activities.some((a) => inTown(a, code) && a.situationIds.includes(situation) && (a.onlyWhen === undefined || names(a, Object.values(texts).join(' '))));
      for (const lang of ['fi', 'sv', 'en'] as const) {
        it.runIf(exists)(`${town}, ${need} (${lang})`, () => {
          const r = matcher.match({ text: texts[lang], lang, facets: { municipality: code }, limit: 5 });
          expect(r.results.slice(0, 3).map((x) => x.id)).toSatisfy((ids: string[]) => ids.some((id) => inTown(catalogue.activities.find((a) => a.id === id)!, code)));
        });
      }
    }
  }

  it('has local activities for every pilot municipality to test with', () => {
    for (const code of Object.values(PILOTS)) expect(catalogue.activities.filter((a) => inTown(a, code)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('with no place known, no other town\'s activity comes first', () => {
  it.each([
    ['fi', 'olen yksinäinen eläkeläinen ja kaipaan seuraa'],
    ['sv', 'jag är ensam pensionär och vill träffa folk'],
    ['en', 'I care for my husband who has dementia'],
  ] as const)('%s: %s', (lang, text) => {
    const first = matcher.match({ text, lang, limit: 3 }).results[0]!;
    expect(first.activity.area.scope).not.toBe('municipality');
  });
});
