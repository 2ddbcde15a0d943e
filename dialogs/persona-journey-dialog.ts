// Walks a resident (or a staff member) along a handbook persona's path, step by step, with real activities for each step.
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog, Dialog, type DialogContext, type DialogInstance, type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { DialogDeps } from './ports.js';
import { refineCard, resultCard } from './ui/cards.js';
import { normaliseCommandText } from './commands.js';
import { readButton } from './ui/actions.js';
import {
  JOURNEY_ACTION, JOURNEY_AUDIENCES, journeyEndCard, journeyHintCard, journeyIntroCard, journeyStepCard, PHASE_ORDER, type JourneyOp,
} from './ui/journey-cards.js';
import { session, type Session } from './session.js';
import type { Catalogue, Facets, Matcher, RankedActivity } from '../knowledge/contracts.js';
import { passes } from '../knowledge/facets.js';
import type { Activity, Persona } from '../knowledge/schema.js';
import { LANGS, SITUATION_IDS } from '../knowledge/vocabulary.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { z } from 'zod';
import { checked, instanceState } from './dialog-state.js';
import { PERSONA_JOURNEY_DIALOG } from './dialog-ids.js';

export { PERSONA_JOURNEY_DIALOG };
const WALK = 'personaJourney.walk';
const ACTIVITIES_PER_STEP = 2;

const PersonaJourneyOptionsSchema = z.object({
  personaId: z.string(),
  /** Informational: the conversation's current language is used, so a language switch mid-journey takes effect at once. */
  lang: z.enum(LANGS).optional(),
  /** The resident's confirmed situations; kept for the way back. */
  situationIds: z.array(z.enum(SITUATION_IDS)).optional(),
  /** 'staff' when started from staff search: "back" then returns to the staff list instead of the resident's results. */
  audience: z.enum(JOURNEY_AUDIENCES).optional(),
  /** Overrides the conversation's municipality facet when choosing activities for a step. */
  municipality: z.string().optional(),
});
export type PersonaJourneyOptions = z.infer<typeof PersonaJourneyOptionsSchema>;

/** How the journey ended, for a host dialog that wants to act on it. */
export interface PersonaJourneyResult { ended: 'back' | 'end' | 'unknown' }

type PersonaStep = Persona['steps'][number];

/** The walk's instance state, checked each turn (it may come from storage): the same object, written in place. */
const WalkStateSchema = z.object({
  personaId: z.string(),
  audience: z.enum(JOURNEY_AUDIENCES),
  index: z.number().int().min(0),
  finished: z.boolean(),
  /** Chosen once at the start, so a language switch shows the same activities in the new language. */
  activityIds: z.array(z.array(z.string())),
  local: z.array(z.boolean()),
});
type WalkState = z.infer<typeof WalkStateSchema>;

/** The persona's steps grouped by phase (now, harder, later), keeping the story's order inside a phase. */
export function orderedSteps(persona: Persona): PersonaStep[] {
  return persona.steps
    .map((step, i) => ({ step, i }))
    .sort((a, b) => PHASE_ORDER.indexOf(a.step.phase) - PHASE_ORDER.indexOf(b.step.phase) || a.i - b.i)
    .map((x) => x.step);
}

/** Facets that must not be read from a story sentence ("soittaa" is not a channel wish of the resident). */
function onlyMunicipality(municipality: string | undefined): Facets {
  return {
    municipality, channel: undefined, language: undefined, ageGroup: undefined, age: undefined,
    forWhom: undefined, anonymous: undefined, free: undefined,
  };
}

/**
 * 1–2 activities per step: the persona's own where they are open to the resident's municipality,
 * else the best catalogue activities of the step's type for its situation there.
 */
export function chooseStepActivities(
  catalogue: Catalogue, matcher: Matcher, steps: readonly PersonaStep[], lang: Lang, municipality?: string,
): { activityIds: string[][]; local: boolean[] } {
  const fits = (a: Activity) => !municipality || passes(a, { municipality }, catalogue, 'municipality');
  const used = new Set<string>();
  const activityIds: string[][] = [];
  const local: boolean[] = [];
  for (const step of steps) {
    const named = step.activityIds.map((id) => catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
    let chosen = named.filter(fits);
    let isLocal = false;
    if (chosen.length === 0) {
      const ranked = matcher.match({
        text: step.story[lang], lang, situationIds: [step.situationId], preferTypeIds: [step.typeId],
        facets: onlyMunicipality(municipality), limit: 20,
      }).results.map((r) => r.activity);
      const ofType = (a: Activity) => a.typeIds.includes(step.typeId) && fits(a);
      let fill = ranked.filter((a) => ofType(a) && !used.has(a.id));
      if (fill.length === 0) {
        fill = catalogue.activities.filter((a) => ofType(a) && a.situationIds.includes(step.situationId) && !used.has(a.id));
      }
      // The persona's own activities elsewhere beat nothing at all: the resident still sees what such help looks like.
      chosen = fill.length ? fill : named;
      isLocal = fill.length > 0 && named.length > 0;
    }
    chosen = chosen.slice(0, ACTIVITIES_PER_STEP);
    for (const a of chosen) used.add(a.id);
    activityIds.push(chosen.map((a) => a.id));
    local.push(isLocal);
  }
  return { activityIds, local };
}

const TYPED: Record<Exclude<JourneyOp, 'details'>, string[]> = {
  next: ['seuraava', 'seuraava askel', 'eteenpäin', 'nästa', 'nästa steg', 'framåt', 'next', 'next step'],
  back: ['takaisin', 'takaisin tuloksiin', 'tillbaka', 'tillbaka till resultaten', 'back', 'back to my results'],
  end: ['lopeta', 'lopetetaan', 'riittää', 'sluta', 'avsluta', 'det räcker', 'end', 'stop', 'quit', 'that is enough'],
};
const typedOps = new Map<string, JourneyOp>();
for (const [op, words] of Object.entries(TYPED) as [JourneyOp, string[]][]) for (const w of words) typedOps.set(normaliseCommandText(w), op);

interface JourneyInput { op?: JourneyOp; id?: string | undefined; step?: number | undefined }

/** A tap on one of the journey's own buttons (a forged value is none), else the typed form of one. */
function readJourneyInput(context: TurnContext): JourneyInput {
  const button = readButton(context.activity.value);
  if (button?.action === JOURNEY_ACTION) return button;
  const text = typeof context.activity.text === 'string' ? context.activity.text : '';
  const op = text.length <= 60 ? typedOps.get(normaliseCommandText(text)) : undefined;
  return op ? { op } : {};
}

/** The walk itself: one step per turn, state in the dialog instance so it survives across turns and restarts. */
class JourneyWalk extends Dialog<PersonaJourneyOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(WALK);
  }

  override async beginDialog(dc: DialogContext, raw?: PersonaJourneyOptions): Promise<DialogTurnResult> {
    const s = session(dc.context);
    const options = checked(PersonaJourneyOptionsSchema, raw, 'persona journey options');
    const persona = s.catalogue.personas.get(options.personaId);
    if (!persona) {
      await dc.context.sendActivity(s.t('journeys:unknown'));
      return dc.endDialog({ ended: 'unknown' } satisfies PersonaJourneyResult);
    }
    const steps = orderedSteps(persona);
    const municipality = options.municipality ?? s.data.query?.facets.municipality;
    const chosen = chooseStepActivities(this.deps.catalogue, this.deps.matcher, steps, s.lang, municipality);
    const state: WalkState = {
      personaId: persona.id, audience: options.audience ?? 'resident', index: 0, finished: false, ...chosen,
    };
    Object.assign(dc.activeDialog!.state, state);
    const phases = PHASE_ORDER.filter((p) => steps.some((x) => x.phase === p));
    await dc.context.sendActivity(MessageFactory.attachment(journeyIntroCard(s.t, {
      name: persona.name, summary: persona.summary[s.lang], expert: persona.audience === 'staff',
      audience: state.audience, steps: steps.length, phases,
    })));
    await this.show(dc.context, s, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const s = session(dc.context);
    const state = instanceState(dc.activeDialog, WalkStateSchema);
    const persona = s.catalogue.personas.get(state.personaId);
    if (!persona) return dc.endDialog({ ended: 'unknown' } satisfies PersonaJourneyResult);
    const input = readJourneyInput(dc.context);
    const total = persona.steps.length;
    switch (input.op) {
      case 'next':
        // A tap on an older step's card shows where we are instead of skipping ahead.
        if (input.step !== undefined && input.step !== state.index) break;
        if (!state.finished) {
          state.index += 1;
          state.finished = state.index >= total;
        }
        break;
      case 'details': {
        const activity = input.id ? s.catalogue.activityById.get(input.id) : undefined;
        if (activity) {
          await dc.context.sendActivity(MessageFactory.attachment(this.detailCard(s, activity, orderedSteps(persona)[Math.min(state.index, total - 1)])));
          await dc.context.sendActivity(MessageFactory.attachment(journeyHintCard(s.t, 'journeys:afterDetails', { name: persona.name }, this.nav(s, state, total))));
          return Dialog.EndOfTurn;
        }
        break;
      }
      case 'back':
        if (state.audience === 'resident') await this.showResults(dc.context, s);
        return dc.endDialog({ ended: 'back' } satisfies PersonaJourneyResult);
      case 'end':
        await dc.context.sendActivity(s.t('journeys:closing'));
        return dc.endDialog({ ended: 'end' } satisfies PersonaJourneyResult);
      default:
        // Anything else (a question, a new need) gets a way forward rather than silence.
        await dc.context.sendActivity(MessageFactory.attachment(journeyHintCard(s.t, 'journeys:hint', { name: persona.name }, this.nav(s, state, total))));
        return Dialog.EndOfTurn;
    }
    await this.show(dc.context, s, state);
    return Dialog.EndOfTurn;
  }

  /** After a language switch or "continue": the current step again, in the conversation's language now. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.show(context, session(context), instanceState(instance, WalkStateSchema));
  }

  private canGoBack(s: Session, state: WalkState): boolean {
    return state.audience === 'staff' || (s.data.shownIds?.length ?? 0) > 0;
  }

  private nav(s: Session, state: WalkState, total: number) {
    return { index: state.index, last: state.index + 1 >= total, canGoBack: this.canGoBack(s, state) };
  }

  private async show(context: TurnContext, s: Session, state: WalkState): Promise<void> {
    const persona = s.catalogue.personas.get(state.personaId);
    if (!persona) return;
    const steps = orderedSteps(persona);
    if (state.finished) {
      await context.sendActivity(MessageFactory.attachment(journeyEndCard(s.t, {
        name: persona.name, savedCount: s.data.savedIds?.length ?? 0, canGoBack: this.canGoBack(s, state),
      })));
      return;
    }
    const step = steps[state.index];
    if (!step) return;
    const activities = (state.activityIds[state.index] ?? [])
      .map((id) => s.catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
    await context.sendActivity(MessageFactory.attachment(journeyStepCard(s.t, s.lang, {
      index: state.index, total: steps.length, phase: step.phase,
      firstOfPhase: state.index === 0 || steps[state.index - 1]?.phase !== step.phase,
      story: step.story[s.lang], activities, local: state.local[state.index] ?? false,
      savedIds: new Set(s.data.savedIds ?? []), canGoBack: this.canGoBack(s, state),
    })));
  }

  private detailCard(s: Session, activity: Activity, step: PersonaStep | undefined) {
    const result: RankedActivity = { id: activity.id, activity, title: activity.title[s.lang], typeIds: activity.typeIds, score: 1, why: [] };
    const situation = step ? s.catalogue.situations.get(step.situationId)?.name[s.lang] : undefined;
    return resultCard(s.t, s.lang, s.catalogue, {
      result, situationNames: situation ? [situation] : [], saved: s.data.savedIds?.includes(activity.id) ?? false,
    });
  }

  /** The resident's own results again, built the way the main dialog shows them. */
  private async showResults(context: TurnContext, s: Session): Promise<void> {
    const shown = (s.data.shownIds ?? []).map((id) => s.catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
    if (shown.length === 0) return;
    const wanted = new Set(s.data.query?.situationIds ?? []);
    await context.sendActivity(s.t('journeys:backToResults'));
    for (const activity of shown) {
      const names = activity.situationIds.filter((id) => wanted.has(id)).map((id) => s.catalogue.situations.get(id)?.name[s.lang] ?? id);
      const result: RankedActivity = { id: activity.id, activity, title: activity.title[s.lang], typeIds: activity.typeIds, score: 1, why: [] };
      await context.sendActivity(MessageFactory.attachment(resultCard(s.t, s.lang, s.catalogue, {
        result, situationNames: names, saved: s.data.savedIds?.includes(activity.id) ?? false,
      })));
    }
    await context.sendActivity(MessageFactory.attachment(refineCard(s.t, {
      askFeedback: false, personas: [], savedCount: s.data.savedIds?.length ?? 0,
    })));
  }
}

/** "People in a similar situation often go this way": id `personaJourney`, options {@link PersonaJourneyOptions}. */
export class PersonaJourneyDialog extends ComponentDialog<PersonaJourneyOptions> {
  constructor(deps: DialogDeps) {
    super(PERSONA_JOURNEY_DIALOG);
    this.addDialog(new JourneyWalk(deps));
    this.initialDialogId = WALK;
  }
}
