// Persona journeys as transcripts over the real knowledge base and matcher: every persona, every step, in fi, sv and en.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../dialogs/ui/cards.js';
import { createI18n } from '../../dialogs/i18n.js';
import { orderedSteps } from '../../dialogs/persona-journey-dialog.js';
import { LANGS, type Lang } from '../../knowledge/vocabulary.js';
import { createCheckedHarness, LOCALE, type RepliesView } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const i18n = createI18n();

const { catalogue, matcher } = realKnowledge();

/** The bot as createBot wires it: the persona journey inside the main dialog. */
function residentBot(lang: Lang) {
  const h = createCheckedHarness({ catalogue, matcher, channelId: 'directline', locale: LOCALE[lang] });
  return { send: (input: string | Record<string, unknown>, answerLang: Lang = lang) => h.send(input, LOCALE[answerLang]), stores: h.stores };
}

const t = (lang: Lang, key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
const GREETING: Record<Lang, string> = { fi: 'Hei', sv: 'Hej', en: 'Hello' };
const PERSONA_IDS = ['veera', 'ville', 'faiza', 'virtaset', 'maire', 'eetu', 'jaakko', 'jatta'];

/** Activity ids behind the journey's "show this activity" buttons, in the order shown. */
const shownActivityIds = (v: RepliesView) =>
  v.buttons.filter((b) => b.data?.action === 'journey' && b.data.op === 'details').map((b) => String(b.data?.id));

describe.each(LANGS)('persona journeys in %s', (lang) => {
  it.each(PERSONA_IDS)('walks %s\'s path through every step to the end, phases in order, with real activities', async (personaId) => {
    const persona = catalogue.personas.get(personaId)!;
    expect(persona, 'persona in the knowledge base').toBeDefined();
    const steps = orderedSteps(persona);
    const { send } = residentBot(lang);
    await send(GREETING[lang]);

    let replies = await send({ action: 'persona', id: personaId });
    const introKey = persona.audience === 'staff' ? 'journeys:intro.expert' : 'journeys:intro.resident';
    expect(replies.text).toContain(t(lang, introKey, { name: persona.name }));
    expect(replies.text).toContain(escapeMarkdown(persona.summary[lang]));

    const phasesSeen: number[] = [];
    const order = ['now', 'harder', 'later'];
    for (const [i, step] of steps.entries()) {
      expect(replies.text, `step ${i + 1}`).toContain(t(lang, 'journeys:step.counter', { n: i + 1, total: steps.length }));
      expect(replies.text).toContain(escapeMarkdown(step.story[lang]));
      expect(replies.text).toContain(t(lang, `journeys:phase.${step.phase}`));
      phasesSeen.push(order.indexOf(step.phase));

      const ids = shownActivityIds(replies);
      expect(ids.length, `step ${i + 1} shows activities`).toBeGreaterThanOrEqual(1);
      expect(ids.length).toBeLessThanOrEqual(2);
      const named = step.activityIds.filter((id) => catalogue.activityById.has(id));
      for (const id of ids) {
        const activity = catalogue.activityById.get(id)!;
        expect(activity, `${id} is in the catalogue`).toBeDefined();
        expect(replies.text).toContain(escapeMarkdown(activity.title[lang]));
        // Without a municipality the persona's own activities are shown; empty steps are filled by the step's type.
        if (named.length) expect(named).toContain(id);
        else expect(activity.typeIds).toContain(step.typeId);
      }
      const next = replies.buttons.find((b) => b.data?.action === 'journey' && b.data.op === 'next');
      expect(next?.title).toBe(t(lang, i + 1 === steps.length ? 'journeys:actions.finish' : 'journeys:actions.next'));
      replies = await send(next!.data!);
    }
    expect(phasesSeen).toEqual([...phasesSeen].sort((a, b) => a - b));
    expect(replies.text).toContain(t(lang, 'journeys:end.title', { name: persona.name }));

    replies = await send({ action: 'journey', op: 'end' });
    expect(replies.text).toContain(t(lang, 'journeys:closing'));
  });
});

describe('persona journey buttons', () => {
  it('shows the full card of an activity on a step and keeps the resident on the same step', async () => {
    const { send } = residentBot('fi');
    await send('Hei');
    const first = await send({ action: 'persona', id: 'veera' });
    const id = shownActivityIds(first)[0]!;
    const activity = catalogue.activityById.get(id)!;
    const details = await send({ action: 'journey', op: 'details', id });
    expect(details.text).toContain(escapeMarkdown(activity.gives.fi));
    expect(details.text).toContain(escapeMarkdown(activity.nextStep.fi));
    expect(details.text).toContain(t('fi', 'journeys:afterDetails', { name: 'Veera' }));
    const next = await send({ action: 'journey', op: 'next', step: 0 });
    expect(next.text).toContain(t('fi', 'journeys:step.counter', { n: 2, total: 4 }));
  });

  it('saves a step\'s activity to the summary and the summary lists it', async () => {
    const { send, stores } = residentBot('sv');
    await send('Hej');
    const first = await send({ action: 'persona', id: 'veera' });
    const id = shownActivityIds(first)[0]!;
    const saved = await send({ action: 'save', id });
    expect(saved.text).toContain(t('sv', 'result.savedConfirm', { n: 1 }));
    const summary = await send('sammanfattning');
    expect(summary.text).toContain(escapeMarkdown(catalogue.activityById.get(id)!.title.sv));
    const code = /([A-Z2-9]{6})/.exec(summary.text.split(t('sv', 'summary.code', { code: '' }))[1] ?? '')?.[1];
    const record = await stores.summaries.get(code ?? '');
    expect(record?.activityIds).toEqual([id]);
    expect(record?.lang).toBe('sv');
  });

  it('ignores a "next" tapped on an older step\'s card and shows the current step again', async () => {
    const { send } = residentBot('en');
    await send('Hello');
    await send({ action: 'persona', id: 'ville' });
    await send({ action: 'journey', op: 'next', step: 0 });
    const stale = await send({ action: 'journey', op: 'next', step: 0 });
    expect(stale.text).toContain(t('en', 'journeys:step.counter', { n: 2, total: 5 }));
  });

  it('answers a typed message it cannot act on with a way forward, and understands "next" typed', async () => {
    const { send } = residentBot('en');
    await send('Hello');
    await send({ action: 'persona', id: 'faiza' });
    const other = await send('what is this about');
    expect(other.text).toContain(t('en', 'journeys:hint', { name: 'Faiza' }));
    expect(other.buttons.map((b) => b.data?.op)).toContain('next');
    const typed = await send('next');
    expect(typed.text).toContain(t('en', 'journeys:step.counter', { n: 2, total: 3 }));
  });

  it('hears a new need typed in the middle of a path and shows what it understood', async () => {
    const { send } = residentBot('en');
    await send('Hello');
    await send({ action: 'persona', id: 'maire' });
    const need = await send('I have debts and cannot pay my bills');
    expect(need.text).toContain(t('en', 'understood.title'));
    expect(need.text).not.toContain(t('en', 'journeys:hint', { name: 'Maire' }));
    const chosen = need.cards.flatMap((c) => (c.body as { type: string; id?: string; value?: string }[]))
      .filter((b) => b.type === 'Input.Toggle' && b.value === 'true').map((b) => b.id);
    expect(chosen).toContain('situation:money-debt');
  });

  it('follows a language switch in the middle of the path', async () => {
    const { send } = residentBot('fi');
    await send('Hei');
    await send({ action: 'persona', id: 'maire' });
    const switched = await send({ action: 'lang', lang: 'sv' }, 'sv');
    expect(switched.text).toContain(t('sv', 'journeys:step.counter', { n: 1, total: 3 }));
    expect(switched.text).toContain(catalogue.personas.get('maire')!.steps[0]!.story.sv);
  });

  it('goes from a need through results to a similar person\'s path and back to the same results', async () => {
    const { send } = residentBot('fi');
    await send('Hoidan muistisairasta äitiäni ja olen ihan uupunut');
    const results = await send({ action: 'else' });
    const offer = results.buttons.find((b) => b.data?.action === 'persona');
    expect(offer, 'a persona path is offered with the results').toBeDefined();
    const titles = results.cards.map((c) => (c.body as { text?: string }[])[0]?.text).filter((x): x is string => !!x);
    await send(offer!.data!);
    const back = await send({ action: 'journey', op: 'back' });
    expect(back.text).toContain(t('fi', 'journeys:backToResults'));
    for (const title of titles.slice(0, 3)) expect(back.text).toContain(title);
    expect(back.buttons.map((b) => b.data?.action)).toContain('more');
  });

  it('keeps every journey message well under the channels\' 80 KB limit', async () => {
    const { send } = residentBot('sv');
    await send('Hej');
    let replies = await send({ action: 'persona', id: 'ville' });
    for (let i = 0; i < 6; i++) {
      for (const a of replies.activities) expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThan(80 * 1024);
      const next = replies.buttons.find((b) => b.data?.op === 'next');
      if (!next) break;
      replies = await send(next.data!);
    }
  });

  it('chooses activities open in the resident\'s municipality when the persona\'s own are elsewhere', async () => {
    const { chooseStepActivities } = await import('../../dialogs/persona-journey-dialog.js');
    const veera = catalogue.personas.get('veera')!;
    const hameenlinna = catalogue.findMunicipality('Hämeenlinna')!.code;
    const { activityIds } = chooseStepActivities(catalogue, matcher, orderedSteps(veera), 'fi', hameenlinna);
    for (const ids of activityIds) {
      for (const id of ids) {
        const area = catalogue.activityById.get(id)!.area;
        const open = area.scope === 'national'
          || (area.scope === 'region' && area.regions.includes('kanta-hame'))
          || (area.scope === 'municipality' && area.municipalities.includes(hameenlinna));
        expect(open, `${id} is open in Hämeenlinna`).toBe(true);
      }
    }
  });
});
