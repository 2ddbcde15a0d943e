// Typed answers and natural asks in the middle of a conversation (issue 12): a summary or a place asked in a sentence,
// and a new need typed where a question waited, in Finnish, Swedish and English, on the real catalogue.
import { describe, expect, it } from 'vitest';
import { createCheckedHarness } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const knowledge = realKnowledge();

describe('natural asks mid-conversation', () => {
  it('fi: "voisitko tehdä yhteenvedon" after the results makes the summary, and the results can still be refined', async () => {
    const h = createCheckedHarness({ ...knowledge, locale: 'fi-FI' });
    await h.send('Olen yksinäinen eläkeläinen Espoossa');
    const results = await h.send('kyllä');
    expect(results.buttons.some((b) => b.data?.action === 'save')).toBe(true);
    const save = results.buttons.find((b) => b.data?.action === 'save');
    await h.send(save!.data!);
    const summary = await h.send('voisitko tehdä yhteenvedon');
    expect(summary.text).toContain(h.i18n.t('fi', 'summary.title'));
    expect(summary.text).not.toContain(h.i18n.t('fi', 'notUnderstood.message'));
    const more = await h.send('lisää tällaisia');
    expect(more.text).toContain(h.i18n.t('fi', 'results.intro_more'));
  });

  it('en: "can I get a summary" typed to the municipality question is a summary, not an unknown town', async () => {
    const h = createCheckedHarness({ ...knowledge, locale: 'en-US' });
    await h.send('I care for my husband with dementia');
    const question = await h.send('yes');
    expect(question.buttons.some((b) => b.data?.action === 'answer')).toBe(true);
    const summary = await h.send('can I get a summary');
    expect(summary.text).not.toContain(h.i18n.t('en', 'questions.municipality.notFound'));
    expect(summary.text).toContain(h.i18n.t('en', 'summary.empty'));
  });

  it('sv: "finns det något i Ekenäs?" after the results shows the same need again, nearer Raseborg', async () => {
    const h = createCheckedHarness({ ...knowledge, locale: 'sv-SE' });
    await h.send('Jag är ensam pensionär och vill träffa folk');
    let replies = await h.send('ja');
    // Answer any question with "skip" until the results come.
    for (let i = 0; i < 3 && !replies.buttons.some((b) => b.data?.action === 'save'); i++) {
      const skip = replies.buttons.find((b) => b.data?.value === 'any');
      replies = await h.send(skip?.data ?? 'hoppa över');
    }
    const again = await h.send('finns det något i Ekenäs?');
    expect(again.text).not.toContain(h.i18n.t('sv', 'notUnderstood.message'));
    expect(again.buttons.some((b) => b.data?.action === 'save')).toBe(true);
    const raseborg = knowledge.catalogue.activities.filter((a) => a.area.scope === 'municipality' && a.area.municipalities.includes('710')).map((a) => a.title.sv);
    expect(raseborg.some((title) => again.text.includes(title))).toBe(true);
  });

  it('fi: a new need typed where a question waited is read as that need, not dropped', async () => {
    const h = createCheckedHarness({ ...knowledge, locale: 'fi-FI' });
    await h.send('Poikani pelaa liikaa rahapelejä');
    const question = await h.send('kyllä');
    expect(question.buttons.some((b) => b.data?.action === 'answer')).toBe(true);
    const need = await h.send('Entä onko jotain mulle itselle, olen ihan uupunut');
    expect(need.text).toContain(knowledge.catalogue.situations.get('mental-health')!.name.fi);
  });

  it('en: "anything closer?" after the results refines to nearer ones', async () => {
    const h = createCheckedHarness({ ...knowledge, locale: 'en-US' });
    await h.send('I am a lonely pensioner in Vantaa');
    let replies = await h.send('yes');
    for (let i = 0; i < 3 && !replies.buttons.some((b) => b.data?.action === 'save'); i++) {
      const skip = replies.buttons.find((b) => b.data?.value === 'any');
      replies = await h.send(skip?.data ?? 'skip');
    }
    const nearer = await h.send('anything closer?');
    expect(nearer.text).toMatch(new RegExp(`${h.i18n.t('en', 'results.intro_nearer')}|${h.i18n.t('en', 'results.none')}`));
  });
});
