// Adaptive Card 1.5 builders for persona journeys: the persona's story, one card per step, and the path's end.
import type { Attachment } from 'botbuilder';
import { card, heading, link, safeText, submit, text, type CardAction, type Element } from './card-kit.js';
import type { Activity } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { hostOf, phoneFor, telUri, type Tr } from './cards.js';
import { JOURNEY_ACTION } from './actions.js';

export type Phase = 'now' | 'harder' | 'later';
export const PHASE_ORDER: readonly Phase[] = ['now', 'harder', 'later'];

// The journey's own buttons (`action: 'journey'` in ui/actions.ts) are no commands of the conversation: only the journey reads them.
export { JOURNEY_ACTION, type JourneyOp } from './actions.js';

/** Whose eyes the path is for: residents see "people like you", staff see a path to walk through with a client. */
export const JOURNEY_AUDIENCES = ['resident', 'staff'] as const;
export type JourneyAudience = (typeof JOURNEY_AUDIENCES)[number];


export interface JourneyIntroInput {
  name: string;
  summary: string;
  /** The persona is an NGO expert (jatta), not a resident. */
  expert: boolean;
  audience: JourneyAudience;
  steps: number;
  phases: readonly Phase[];
}

export function journeyIntroCard(t: Tr, input: JourneyIntroInput): Attachment {
  const titleKey = input.expert ? 'journeys:intro.expert' : input.audience === 'staff' ? 'journeys:intro.staff' : 'journeys:intro.resident';
  const title = t(titleKey, { name: input.name });
  const outline = t('journeys:intro.outline', { n: input.steps, phases: input.phases.map((p) => t(`journeys:phase.${p}`)).join(' → ') });
  return card([
    heading(safeText(title), 'Large'),
    text(safeText(input.summary)),
    text(outline, { isSubtle: true }),
  ], [], {
    summary: title,
    // Read aloud, the arrows are commas.
    lines: [input.summary, outline.replace(/ → /g, ', ')],
  });
}

export interface JourneyStepInput {
  index: number;
  total: number;
  phase: Phase;
  /** Whether this step opens its phase, so the phase reads as a heading of its group. */
  firstOfPhase: boolean;
  story: string;
  activities: readonly Activity[];
  /** True when the activities were chosen by municipality rather than named in the persona's story. */
  local: boolean;
  savedIds: ReadonlySet<string>;
  canGoBack: boolean;
}

function activityBlock(t: Tr, lang: Lang, a: Activity, saved: boolean): Element {
  const phone = phoneFor(a, lang);
  const reach = phone
    ? `${t('contact.phoneLabel')}: [${phone}](${telUri(phone)})`
    : `${t('contact.webLabel')}: ${link(hostOf(a.contact.url), a.contact.url)}`;
  const items: Element[] = [
    text(safeText(a.title[lang]), { weight: 'Bolder' }),
    text(safeText(a.organisation.name), { isSubtle: true, spacing: 'None' }),
    text(safeText(a.description[lang]), { spacing: 'Small', maxLines: 4 }),
    text(reach, { spacing: 'Small', size: 'Small' }),
  ];
  // A saved activity says so in words; its button shows the summary rather than wearing the state as a label.
  if (saved) items.push(text(t('journeys:actions.saved'), { color: 'Good', spacing: 'Small', size: 'Small' }));
  items.push({
    type: 'ActionSet',
    actions: [
      submit(t('journeys:actions.details'), { action: JOURNEY_ACTION, op: 'details', id: a.id }),
      saved
        ? submit(t('actions.summary'), { action: 'summary' })
        : submit(t('journeys:actions.save'), { action: 'save', id: a.id }, { style: 'positive' }),
    ],
  });
  return { type: 'Container', separator: true, items };
}

/** An activity of a step, read aloud: title, organisation, and the number or the site to reach it. */
function spokenActivity(t: Tr, lang: Lang, a: Activity): string {
  const phone = phoneFor(a, lang);
  const reach = phone ? t('contact.phone', { phone }) : t('contact.web', { url: hostOf(a.contact.url) });
  return `${a.title[lang]} – ${a.organisation.name}. ${reach}.`;
}

/** Navigation under a step or a detail card; `step` lets a tap on an older card be told apart from one on the current card. */
export function journeyNavActions(t: Tr, input: { index: number; last: boolean; canGoBack: boolean }): CardAction[] {
  const actions: CardAction[] = [
    submit(t(input.last ? 'journeys:actions.finish' : 'journeys:actions.next'), { action: JOURNEY_ACTION, op: 'next', step: input.index }, { style: 'positive' }),
  ];
  if (input.canGoBack) actions.push(submit(t('journeys:actions.back'), { action: JOURNEY_ACTION, op: 'back' }));
  actions.push(submit(t('journeys:actions.end'), { action: JOURNEY_ACTION, op: 'end' }));
  return actions;
}

export function journeyStepCard(t: Tr, lang: Lang, input: JourneyStepInput): Attachment {
  const phase = t(`journeys:phase.${input.phase}`);
  const counter = t('journeys:step.counter', { n: input.index + 1, total: input.total });
  const body: Element[] = [
    heading(phase, input.firstOfPhase ? 'Large' : 'Medium'),
    text(counter, { isSubtle: true, spacing: 'None' }),
    text(safeText(input.story)),
  ];
  const intro = input.activities.length === 0
    ? t('journeys:step.noActivities')
    : t(input.local ? 'journeys:step.activitiesNear' : 'journeys:step.activities');
  if (input.activities.length === 0) body.push(text(intro, { isSubtle: true }));
  else {
    body.push(text(intro, { weight: 'Bolder' }));
    for (const a of input.activities) body.push(activityBlock(t, lang, a, input.savedIds.has(a.id)));
  }
  return card(body, journeyNavActions(t, { index: input.index, last: input.index + 1 >= input.total, canGoBack: input.canGoBack }), {
    summary: `${phase} – ${counter}`,
    lines: [input.story, intro, ...input.activities.map((a) => spokenActivity(t, lang, a))],
  });
}

/** A short card of navigation only, after a detail card or a message the journey could not act on. */
export function journeyHintCard(t: Tr, messageKey: string, vars: Record<string, string | number>, nav: { index: number; last: boolean; canGoBack: boolean }): Attachment {
  const message = t(messageKey, vars);
  const actions = journeyNavActions(t, nav);
  return card([text(safeText(message))], actions, { summary: message, lines: [`${actions.map((a) => String(a.title)).join(', ')}.`] });
}

export interface JourneyEndInput { name: string; savedCount: number; canGoBack: boolean }

/** The end of the path: what next, with the summary and the way back to one's own results. */
export function journeyEndCard(t: Tr, input: JourneyEndInput): Attachment {
  const actions: CardAction[] = [];
  if (input.canGoBack) actions.push(submit(t('journeys:actions.back'), { action: JOURNEY_ACTION, op: 'back' }));
  actions.push(submit(
    input.savedCount ? t('actions.summarySaved', { n: input.savedCount }) : t('actions.summary'), { action: 'summary' },
  ));
  actions.push(submit(t('actions.startOver'), { action: 'startOver' }));
  actions.push(submit(t('journeys:actions.end'), { action: JOURNEY_ACTION, op: 'end' }));
  return card([
    heading(t('journeys:end.title', { name: input.name }), 'Large'),
    text(t('journeys:end.body')),
  ], actions, { summary: t('journeys:end.title', { name: input.name }), lines: [t('journeys:end.body')] });
}
