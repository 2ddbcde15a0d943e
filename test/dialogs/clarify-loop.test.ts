// The main dialog on its own (DialogTestClient): the clarify loop asks what the question registry says is pending, applies the answers and stops at the cap.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../dialogs/i18n.js';
import { MainDialog } from '../../dialogs/main-dialog.js';
import {
  type ClarifyingQuestion, createQuestionRegistry, DEFAULT_QUESTIONS, MAX_QUESTIONS, QUESTIONS,
} from '../../dialogs/questions.js';
import { LANGS } from '../../knowledge/vocabulary.js';
import { dialogClient } from '../fixtures/dialog-client.js';

const NEED = 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut';
const KEEP_CAREGIVER = { action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' };

/** A question no code knows: asked to carers when cost was not mentioned, answered by a button or not at all. */
const FREE_ONLY: ClarifyingQuestion = {
  id: 'free',
  pending: (need) => need.situationIds.includes('caregiver') && need.facets.free === undefined,
  prompt: { askKey: 'questions.free.ask', options: [{ value: 'yes', labelKey: 'questions.free.options.yes' }] },
  apply(answer, facets) {
    if (answer.kind !== 'option') return 'none';
    facets.free = true;
    return 'set';
  },
};

function withFreeTexts() {
  const i18n = createI18n();
  i18n.instance.addResourceBundle('fi', 'translation', { questions: { free: { ask: 'Pitäisikö avun olla maksutonta?', options: { yes: 'Vain maksuton' } } } }, true, false);
  return i18n;
}

/** The resident has told the need and kept only the caregiver situation: "my mother" answered for whom. */
async function toFirstQuestion(client: ReturnType<typeof dialogClient>) {
  await client.send('hei');
  const understood = await client.send(NEED);
  expect(understood.buttons.map((b) => b.data?.action)).toContain('confirm');
  return client.send(KEEP_CAREGIVER);
}

describe('the clarify loop', () => {
  it('asks the pending questions in the order the situation lists them, applies each answer, and stops at the cap', async () => {
    const client = dialogClient(new MainDialog(), { data: { welcomed: true } });
    const first = await toFirstQuestion(client);
    expect(first.text).toContain(client.i18n.t('fi', 'questions.municipality.ask'));
    const second = await client.send('Vantaalla');
    expect(second.text).toContain(client.i18n.t('fi', 'questions.channel.ask'));
    const results = await client.send({ action: 'answer', q: 'channel', value: 'phone' });
    expect(results.text).toContain(client.i18n.t('fi', 'refine.prompt'));
    expect(client.data.query?.facets).toMatchObject({ forWhom: 'close-one', municipality: '092', channel: 'phone' });
    expect(MAX_QUESTIONS).toBe(2);
  });

  it('asks a question registered only here, after the others, and applies its answer', async () => {
    const questions = createQuestionRegistry([...DEFAULT_QUESTIONS, FREE_ONLY], { max: 3 });
    const client = dialogClient(new MainDialog({ questions }), { data: { welcomed: true }, i18n: withFreeTexts() });
    await toFirstQuestion(client);
    await client.send('Vantaalla');
    const third = await client.send({ action: 'answer', q: 'channel', value: 'phone' });
    expect(third.text).toContain('Pitäisikö avun olla maksutonta?');
    expect(third.buttons).toContainEqual(expect.objectContaining({ title: 'Vain maksuton', data: { action: 'answer', q: 'free', value: 'yes' } }));
    const results = await client.send({ action: 'answer', q: 'free', value: 'yes' });
    expect(results.text).toContain(client.i18n.t('fi', 'refine.prompt'));
    expect(client.data.query?.facets).toMatchObject({ channel: 'phone', free: true });
  });

  it('leaves the registered question unasked while the cap is two', async () => {
    const questions = createQuestionRegistry([...DEFAULT_QUESTIONS, FREE_ONLY]);
    const client = dialogClient(new MainDialog({ questions }), { data: { welcomed: true }, i18n: withFreeTexts() });
    await toFirstQuestion(client);
    await client.send('Vantaalla');
    const results = await client.send({ action: 'answer', q: 'channel', value: 'phone' });
    expect(results.text).not.toContain('Pitäisikö avun olla maksutonta?');
    expect(client.data.query?.facets.free).toBeUndefined();
  });

  it('never writes a forged button value into the filters, and moves on', async () => {
    const client = dialogClient(new MainDialog(), { data: { welcomed: true } });
    await toFirstQuestion(client);
    await client.send('Vantaalla');
    const results = await client.send({ action: 'answer', q: 'channel', value: 'carrier-pigeon' });
    expect(results.text).toContain(client.i18n.t('fi', 'refine.prompt'));
    expect(client.data.query?.facets.channel).toBeUndefined();
  });

  it('hears a longer typed message in the middle of a question as a new need, not as an answer', async () => {
    const client = dialogClient(new MainDialog(), { data: { welcomed: true } });
    await toFirstQuestion(client);
    const again = await client.send('olen yksin enkä jaksa tavata ketään');
    expect(again.text).toContain(client.i18n.t('fi', 'understood.title'));
    expect(client.data.query?.situationIds).toContain('loneliness');
  });

  it.each(LANGS)('has every text of every registered question in %s', (lang) => {
    const i18n = createI18n();
    for (const q of QUESTIONS.all) {
      const keys = [q.prompt.askKey, ...(q.prompt.options ?? []).map((o) => o.labelKey), q.notFoundKey, q.prompt.field?.labelKey,
        q.prompt.field?.placeholderKey, q.prompt.field?.submitKey].filter((k): k is string => k !== undefined);
      for (const key of keys) expect(i18n.has(lang, key), `${lang} ${key}`).toBe(true);
    }
  });
});
