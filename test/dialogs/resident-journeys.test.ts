// Transcripts over the real knowledge base and matcher: what a resident in each language actually gets.
import { describe, expect, it } from 'vitest';
import { renderSummaryPage } from '../../bot/summary-page.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { createHarness, type Harness, LOCALE, type RepliesView, transcript } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

// crisisLine: the MIELI Kriisipuhelin number that answers in the resident's language.
const NEEDS: { lang: Lang; need: string; crisis: string; crisisLine: string; municipality: string; summary: string; forget: string }[] = [
  { lang: 'fi', need: 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut', crisis: 'en jaksa enää elää', crisisLine: 'tel:+358925250111', municipality: 'Vantaa', summary: 'yhteenveto', forget: 'unohda minut' },
  { lang: 'sv', need: 'Jag vårdar min mamma som har demens och är helt utmattad', crisis: 'jag vill inte leva längre', crisisLine: 'tel:+358925250112', municipality: 'Vanda', summary: 'sammanfattning', forget: 'radera mina uppgifter' },
  { lang: 'en', need: 'I look after my mother who has dementia and I am exhausted', crisis: 'I want to end it all', crisisLine: 'tel:+358925250113', municipality: 'Vantaa', summary: 'summary', forget: 'delete my data' },
];

function realHarness(lang: Lang): Harness {
  const { catalogue, matcher } = realKnowledge();
  return createHarness({ catalogue, matcher, locale: LOCALE[lang] });
}

const pendingQuestion = (r: RepliesView) => r.buttons.find((b) => b.data?.action === 'answer')?.data?.q as string | undefined;
const resultIds = (r: RepliesView) => r.buttons.filter((b) => b.data?.action === 'save').map((b) => String(b.data?.id));

/** Confirms what was understood, answers the clarifying questions as given, and returns the results turn. */
async function throughQuestions(h: Harness, lang: Lang, answers: Record<string, Record<string, unknown>>): Promise<{ results: RepliesView; asked: string[] }> {
  const asked: string[] = [];
  let [r] = await transcript(h, lang, [{ user: { action: 'confirm' } }]);
  for (let q = r && pendingQuestion(r); q; q = r && pendingQuestion(r)) {
    asked.push(q);
    expect(asked.length, 'at most two clarifying questions').toBeLessThanOrEqual(2);
    [r] = await transcript(h, lang, [{ user: { action: 'answer', q, ...(answers[q] ?? { value: 'any' }) } }]);
  }
  return { results: r as RepliesView, asked };
}

describe.each(NEEDS)('a resident writing in $lang', (s) => {
  it('is understood, asked at most two questions and shown three real activities near them', async () => {
    const h = realHarness(s.lang);
    const caregiver = h.catalogue.situations.get('caregiver')?.name[s.lang] ?? '';
    await transcript(h, s.lang, [{ user: s.need, says: ['welcome.privacyShort', 'understood.title'], shows: [caregiver] }]);
    const { results, asked } = await throughQuestions(h, s.lang, { municipality: { municipalityName: s.municipality } });
    expect(asked).not.toContain('forWhom'); // "my mother" said it already
    expect(results.text).toContain(h.i18n.t(s.lang, 'results.intro', { count: 3 }));
    const ids = resultIds(results);
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      const a = h.catalogue.activityById.get(id);
      expect(a, id).toBeDefined();
      expect(results.text).toContain(a?.title[s.lang].replace(/([\\`*_[\]()#>|~])/g, '\\$1'));
      if (asked.includes('municipality') && a?.area.scope === 'municipality') expect(a.area.municipalities).toContain('092');
    }
  });

  it('gets 112 and the real crisis lines in the same turn mid-question, and can continue', async () => {
    const h = realHarness(s.lang);
    await transcript(h, s.lang, [{ user: s.need }]);
    const [question] = await transcript(h, s.lang, [{ user: { action: 'confirm' } }]);
    const q = question && pendingQuestion(question);
    expect(q).toBeDefined();
    await transcript(h, s.lang, [
      { user: s.crisis, says: ['crisis.title', ['crisis.emergency', { number: '112' }]], shows: [s.crisisLine], offers: ['continue'] },
      { user: { action: 'continue' }, says: [`questions.${q}.ask`] },
    ]);
  });

  it('can save an activity, get a summary code and a printable page in its language', async () => {
    const h = realHarness(s.lang);
    await transcript(h, s.lang, [{ user: s.need }]);
    const { results } = await throughQuestions(h, s.lang, {});
    const [id] = resultIds(results);
    const [, summary] = await transcript(h, s.lang, [
      { user: { action: 'save', id }, says: [['result.savedConfirm', { n: 1 }]] },
      { user: s.summary, says: ['summary.title'] },
    ]);
    const code = summary?.text.match(/\b([A-Z2-9]{6})\b/)?.[1] ?? '';
    const record = await h.stores.summaries.get(code);
    expect(record?.activityIds).toEqual([id]);
    const html = renderSummaryPage(record!, h.catalogue, h.i18n);
    expect(html).toContain(`lang="${s.lang}"`);
    expect(html).toContain(h.catalogue.activityById.get(id ?? '')?.title[s.lang].replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  });

  it('is offered the path of a persona in a similar situation and can walk it', async () => {
    const h = realHarness(s.lang);
    await transcript(h, s.lang, [{ user: s.need }]);
    const { results } = await throughQuestions(h, s.lang, {});
    const offer = results.buttons.find((b) => b.data?.action === 'persona');
    const persona = h.catalogue.personas.get(String(offer?.data?.id));
    expect(persona?.situationIds).toContain('caregiver');
    const [journey] = await transcript(h, s.lang, [{ user: offer?.data ?? {}, shows: [persona?.summary[s.lang] ?? ''] }]);
    expect(journey?.cards.length).toBeGreaterThan(0);
  });

  it('forgets the conversation on request', async () => {
    const h = realHarness(s.lang);
    await transcript(h, s.lang, [{ user: s.need }, { user: s.forget, says: ['privacy.forgotten'] }]);
    await transcript(h, s.lang, [{ user: s.need, says: ['welcome.privacyShort'] }]);
  });
});

describe('odd messages with the real matcher', () => {
  it.each([
    ['nonsense', 'asdf qwerty zxcv'], ['emoji only', '🙂🙂🙂👍'], ['10,000 characters', 'x'.repeat(10_000)],
    ['Arabic', 'أحتاج إلى مساعدة مع والدتي المريضة'],
  ])('answers %s kindly with choices, first and later in the conversation', async (_name, text) => {
    const h = realHarness('fi');
    await transcript(h, 'fi', [
      { user: text, offers: ['situation', 'lang'] },
      { user: text, offers: ['situation', 'lang'] },
      { user: 'Olen tosi yksinäinen', says: ['understood.title'] },
    ]);
  });
});
