// The resident's conversation: need in their own words ▶ what I understood ▶ clarifying questions ▶ three results ▶ refine ▶ feedback ▶ summary.
import { type Activity, ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog, Dialog, type DialogContext, type DialogTurnResult, DialogTurnStatus, WaterfallDialog, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  choicesCard, languageName, questionCard, refineCard, resultCard, thanksCard, understoodCard, welcomeCard, type PersonaOffer, type SituationChoice,
} from './ui/cards.js';
import { type Command, parseYesNo } from './commands.js';
import { session, type ConversationData, type Session } from './session.js';
import type { Facets, MatchQuery, MatchReading } from '../knowledge/contracts.js';
import { fold } from '../knowledge/text.js';
import { SITUATION_IDS, type SituationId, type TypeId } from '../knowledge/vocabulary.js';
import { z } from 'zod';
import { type AnswerReader, listedQuestions, type NeedView, QUESTIONS, type QuestionRegistry, readAnswer } from './questions.js';
import { readReply, type Reply, ReplyPrompt, ReplySchema } from './reply-prompt.js';
import { SMALL_TALK, type SmallTalk, smallTalkKind } from './small-talk.js';
import { checked, stepOptions, stepResult, stepValues } from './dialog-state.js';
import { sendSummary } from './summary.js';
import { MAIN_DIALOG } from './dialog-ids.js';

export { MAIN_DIALOG };

const REPLY = 'reply';
const NEED = 'need';
const CLARIFY = 'clarify';
const RESULTS = 'results';

/** Common situations offered as buttons to those who would rather tap than type. */
export const QUICK_SITUATIONS: readonly SituationId[] = [
  'caregiver', 'loneliness', 'mental-health', 'money-debt', 'family-with-children', 'immigrant', 'senior', 'bereavement', 'substance-use',
];
const RESULT_COUNT = 3;

const REFINES = ['more', 'else', 'nearer', 'phone'] as const;
export type Refine = (typeof REFINES)[number];
const MainOptionsSchema = z.object({
  text: z.string().optional(), situationId: z.enum(SITUATION_IDS).optional(), refine: z.enum(REFINES).optional(), id: z.string().optional(),
});
/** What the main dialog is begun with: the first message, a quick choice, or a refine of the last results. */
export type MainOptions = z.infer<typeof MainOptionsSchema>;

/** A refine button or its typed form: "more like this" (of one result, or of all shown), something else, nearer, by phone. */
export function refineOf(command: Command | undefined): { refine: Refine; id?: string } | undefined {
  switch (command?.action) {
    case 'more': return { refine: 'more', ...(command.id ? { id: command.id } : {}) };
    case 'else': case 'nearer': case 'phone': return { refine: command.action };
    default: return undefined;
  }
}
// What each waterfall is begun with and hands back, as schemas: steps read their options and results through them.
const ClarifyOptionsSchema = z.object({ asked: z.array(z.string()).default([]) });
type ClarifyOptions = z.infer<typeof ClarifyOptionsSchema>;
/** How the clarify loop ended: a typed answer that was really a new need, or undefined when the questions are done. */
const ClarifyResultSchema = z.object({ newNeed: z.string().optional() }).optional();
type ClarifyResult = z.infer<typeof ClarifyResultSchema>;
const NeedOptionsSchema = z.object({
  text: z.string().optional(), situationId: z.enum(SITUATION_IDS).optional(), retry: z.enum(['notUnderstood', 'askAgain']).optional(),
  smallTalk: z.enum(SMALL_TALK).optional(),
});
type NeedOptions = z.infer<typeof NeedOptionsSchema>;
/** The message above the quick choices after small talk, when the resident is not in the middle of something. */
const SMALL_TALK_CHOICES: Record<SmallTalk, string> = {
  greeting: 'smallTalk.greeting', emoji: 'smallTalk.emoji', thanks: 'smallTalk.thanksChoices', goodbye: 'smallTalk.greeting',
};
/** What a waterfall remembers between its own steps. */
const StepValuesSchema = z.object({ asked: z.string().optional(), askedMunicipality: z.boolean().optional() });
type StepValues = z.infer<typeof StepValuesSchema>;
const values = (step: WaterfallStepContext) => stepValues(step, StepValuesSchema);
const remember = (step: WaterfallStepContext, values: StepValues) => Object.assign(step.values, values);
/** What a prompt shows, kept in dialog state and rendered at the moment it is (re)shown. */
const PromptSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('welcome') }),
  z.object({ kind: z.literal('choices'), messageKey: z.string() }),
  z.object({ kind: z.literal('understood'), detected: z.array(z.enum(SITUATION_IDS)) }),
  z.object({ kind: z.literal('question'), question: z.string() }),
  z.object({ kind: z.literal('refine'), askFeedback: z.boolean() }),
]);
type PromptSpec = z.infer<typeof PromptSpecSchema>;
/** A prompt's instance state, where ReplyPrompt keeps the spec it was shown with. */
const WaitingPromptSchema = z.object({ options: z.object({ validations: PromptSpecSchema }) });
const ResultsOptionsSchema = z.object({
  refine: z.enum(REFINES).optional(), id: z.string().optional(), reshow: z.boolean().optional(), feedbackGiven: z.boolean().optional(),
});
type ResultsOptions = z.infer<typeof ResultsOptionsSchema>;

export function situationChoices(s: Session, ids: readonly SituationId[]): SituationChoice[] {
  return ids.flatMap((id) => {
    const situation = s.catalogue.situations.get(id);
    return situation ? [{ id, name: situation.name[s.lang] }] : [];
  });
}

/** Situations worth showing back: the strongest, and those close to it. */
export function detectedSituations(match: Pick<MatchReading, 'situations'>): SituationId[] {
  const top = match.situations[0]?.score ?? 0;
  return match.situations.filter((x) => x.score > 0 && x.score >= top * 0.5).slice(0, 3).map((x) => x.id);
}

/** The same query for the first look and the next step's, so the turn's memo answers the second. */
const needQuery = (s: Session, text: string): MatchQuery => ({ text, lang: s.lang, previousLang: s.lang, limit: RESULT_COUNT });

/** A message that tells a need of its own (three words or more the matcher understands), not a reply to a step. */
export function tellsNeed(s: Session, text: string): boolean {
  return text.split(/\s+/).length >= 3 && s.read(needQuery(s, text)).understood;
}

/** A goodbye ends the conversation kindly, with the reminder that it can be deleted. */
export async function sayGoodbye(dc: DialogContext): Promise<DialogTurnResult> {
  await dc.context.sendActivity(session(dc.context).t('smallTalk.goodbye'));
  await dc.cancelAllDialogs();
  return { status: DialogTurnStatus.complete };
}

/** Small talk in the middle of a question or a path: a short line, and the same question or step again. */
export async function answerBriefly(dc: DialogContext, kind: SmallTalk): Promise<DialogTurnResult> {
  await dc.context.sendActivity(session(dc.context).t(`smallTalk.short.${kind}`));
  await dc.repromptDialog();
  return Dialog.EndOfTurn;
}

async function recordUnmetNeed(s: Session, situationIds: readonly string[], facets: Facets): Promise<void> {
  // Counts only: the text itself never leaves the conversation.
  await s.counters.increment('unmet_need', { situation: situationIds[0] ?? 'none', municipality: facets.municipality ?? 'unknown', lang: s.lang });
}

export interface MainDialogExtras {
  /** Offer a similar person's path with the results: the root dialog hosts the path (id `personaJourney`) and begins it. */
  personaPaths?: boolean;
  /** The clarifying questions and their cap; dialogs/questions.ts's own by default. */
  questions?: QuestionRegistry;
}

export class MainDialog extends ComponentDialog {
  private readonly personaPaths: boolean;
  private readonly questions: QuestionRegistry;

  constructor(extras: MainDialogExtras = {}) {
    super(MAIN_DIALOG);
    this.personaPaths = extras.personaPaths ?? false;
    this.questions = extras.questions ?? QUESTIONS;
    this.addDialog(new ReplyPrompt(REPLY, (context, spec) => this.renderPrompt(context, spec)));
    this.addDialog(new WaterfallDialog(NEED, [
      this.askNeed.bind(this),
      this.understand.bind(this),
      this.confirmSituations.bind(this),
      this.toResults.bind(this),
      // A conversation saved by the version before the clarify loop waits at step 3 or 4 (its two clarify steps): its
      // answer lands here, the questions still pending are asked, and the results follow. New conversations never get here.
      this.resumeSavedClarify.bind(this),
      this.toResults.bind(this),
    ]));
    // One question a round: ask the next pending one, apply its answer, and go round again until none is left.
    this.addDialog(new WaterfallDialog(CLARIFY, [
      this.askQuestion.bind(this),
      this.applyQuestion.bind(this),
    ]));
    this.addDialog(new WaterfallDialog(RESULTS, [
      this.askNearer.bind(this),
      this.showResults.bind(this),
      this.afterResults.bind(this),
    ]));
    this.initialDialogId = NEED;
  }

  protected override async onBeginDialog(innerDc: DialogContext, raw?: MainOptions): Promise<DialogTurnResult> {
    const s = session(innerDc.context);
    const options = checked(MainOptionsSchema, raw ?? {}, 'main options');
    if (options.refine && s.data.query) return innerDc.beginDialog(RESULTS, { refine: options.refine, id: options.id } satisfies ResultsOptions);
    const smallTalk = options.text && !options.situationId ? smallTalkKind(options.text) : undefined;
    if (smallTalk) return this.answerSmallTalk(innerDc, smallTalk);
    return innerDc.beginDialog(NEED, { text: options.text, situationId: options.situationId } satisfies NeedOptions);
  }

  /**
   * "moi", "kiitos", "heippa" or a 👍 between the questions gets a short natural reply, never "I didn't understand". The
   * root dialog (dialogs/root-dialog.ts) has already routed the commands: a refine or a quick choice begins this dialog
   * afresh with its options, so here a command is always a reply to the question that waits.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === ActivityTypes.Message) {
      const { command } = readReply(innerDc.context);
      const smallTalk = command ? undefined : smallTalkKind(innerDc.context.activity.text?.trim() ?? '');
      if (smallTalk) return this.answerSmallTalk(innerDc, smallTalk);
    }
    return super.onContinueDialog(innerDc);
  }

  /** The prompt the resident is answering now: a kind of ours, 'other' for another dialog's, undefined when none waits. */
  private waitingFor(dc: DialogContext): PromptSpec['kind'] | 'other' | undefined {
    const active = dc.activeDialog;
    if (!active) return undefined;
    if (active.id !== REPLY) return 'other';
    const prompt = WaitingPromptSchema.safeParse(active.state);
    return prompt.success ? prompt.data.options.validations.kind : 'other';
  }

  /**
   * Greetings, thanks, goodbyes and emoji-only messages. In the middle of a question: a short line and the same question
   * again (on a similar person's path the root dialog answers the same way). Otherwise: a greeting or emoji gets the quick
   * choices; thanks after results "you're welcome", something else and the summary; a goodbye ends the conversation
   * kindly with the reminder that it can be deleted.
   */
  private async answerSmallTalk(dc: DialogContext, kind: SmallTalk): Promise<DialogTurnResult> {
    const s = session(dc.context);
    if (!s.data.welcomed) {
      // Nothing to thank for or leave yet ("moikka" and "heippa" also say hello): the welcome, with the choices.
      await dc.cancelAllDialogs();
      return dc.beginDialog(NEED, {} satisfies NeedOptions);
    }
    if (kind === 'goodbye') return sayGoodbye(dc);
    const waiting = this.waitingFor(dc);
    const midFlow = waiting === 'understood' || waiting === 'question' || waiting === 'other';
    if (midFlow) return answerBriefly(dc, kind);
    const hasResults = (s.data.shownIds?.length ?? 0) > 0 || (s.data.savedIds?.length ?? 0) > 0;
    if (kind === 'thanks' && hasResults) {
      await dc.context.sendActivity(MessageFactory.attachment(thanksCard(s.t, {
        canLookElse: s.data.query !== undefined, savedCount: s.data.savedIds?.length ?? 0,
      })));
      // The results' refine card stays the open question; with nothing open the conversation rests here.
      return waiting ? Dialog.EndOfTurn : { status: DialogTurnStatus.complete };
    }
    await dc.cancelAllDialogs();
    return dc.beginDialog(NEED, { smallTalk: kind } satisfies NeedOptions);
  }

  private prompt(step: WaterfallStepContext, spec: PromptSpec): Promise<DialogTurnResult> {
    return step.prompt(REPLY, { validations: spec });
  }

  private renderPrompt(context: TurnContext, raw: unknown): Partial<Activity> | undefined {
    const s = session(context);
    const spec = checked(PromptSpecSchema, raw, 'main prompt');
    const choices = () => situationChoices(s, QUICK_SITUATIONS);
    switch (spec.kind) {
      case 'welcome': return MessageFactory.attachment(welcomeCard(s.t, s.lang, choices()));
      case 'choices': return MessageFactory.attachment(choicesCard(s.t, s.lang, spec.messageKey, choices(), spec.messageKey === 'notUnderstood.message'));
      case 'understood': {
        const others = situationChoices(s, SITUATION_IDS.filter((id) => !spec.detected.includes(id)));
        return MessageFactory.attachment(understoodCard(s.t, situationChoices(s, spec.detected), others));
      }
      case 'question': {
        const question = this.questions.get(spec.question);
        return question ? MessageFactory.attachment(questionCard(s.t, question)) : undefined;
      }
      case 'refine': return MessageFactory.attachment(refineCard(s.t, {
        askFeedback: spec.askFeedback, personas: this.personaOffers(s), savedCount: s.data.savedIds?.length ?? 0,
      }));
      default: return undefined;
    }
  }

  // --- need ---------------------------------------------------------------------------------

  private async askNeed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const options = stepOptions(step, NeedOptionsSchema);
    if (options.situationId) return step.next({ text: '', command: { action: 'situation', id: options.situationId } } satisfies Reply);
    if (options.text) {
      if (!s.data.welcomed) {
        // A greeting gets the full welcome; a need gets the privacy note and an answer straight away.
        const understood = s.read(needQuery(s, options.text)).understood;
        s.data.welcomed = true;
        if (!understood) {
          if (s.matcher.detectLanguage(options.text, s.lang) === 'other') await step.context.sendActivity(s.t('notUnderstood.otherLanguage'));
          return this.prompt(step, { kind: 'welcome' });
        }
        await step.context.sendActivity(s.t('welcome.privacyShort'));
      }
      return step.next({ text: options.text } satisfies Reply);
    }
    if (!s.data.welcomed) {
      s.data.welcomed = true;
      return this.prompt(step, { kind: 'welcome' });
    }
    const messageKey = options.smallTalk ? SMALL_TALK_CHOICES[options.smallTalk]
      : options.retry === 'notUnderstood' ? 'notUnderstood.message' : 'need.ask';
    return this.prompt(step, { kind: 'choices', messageKey });
  }

  private async understand(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const reply = stepResult(step, ReplySchema);
    const chosen = reply.command?.action === 'situation' ? [reply.command.id] : undefined;
    if (!chosen && !reply.text) return step.replaceDialog(NEED, { retry: 'askAgain' } satisfies NeedOptions);
    if (!chosen && s.matcher.detectLanguage(reply.text, s.lang) === 'other') {
      await recordUnmetNeed(s, [], {});
      await step.context.sendActivity(s.t('notUnderstood.otherLanguage'));
      return step.replaceDialog(NEED, { retry: 'askAgain' } satisfies NeedOptions);
    }
    const match = s.read({ ...needQuery(s, reply.text), ...(chosen ? { situationIds: chosen } : {}) });
    const detected = chosen ?? detectedSituations(match);
    if (detected.length === 0) {
      await recordUnmetNeed(s, [], match.facets);
      return step.replaceDialog(NEED, { retry: 'notUnderstood' } satisfies NeedOptions);
    }
    s.data.query = { text: reply.text, situationIds: detected, facets: { ...match.facets } };
    s.data.shownIds = [];
    if (chosen) return step.next({ text: '', command: { action: 'confirm' } } satisfies Reply);
    return this.prompt(step, { kind: 'understood', detected });
  }

  private async confirmSituations(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const query = s.data.query;
    const reply = stepResult(step, ReplySchema);
    if (!query) return step.replaceDialog(NEED, {});
    let ids: SituationId[] | undefined;
    if (reply.command?.action === 'confirm') {
      const data = reply.command;
      ids = query.situationIds.filter((id) => data[`situation:${id}`] !== 'false' && data[`situation:${id}`] !== false);
      if (data.add && !ids.includes(data.add)) ids.push(data.add);
    } else {
      const yes = parseYesNo(reply.text);
      if (yes === true) ids = query.situationIds;
      else if (yes === false) return step.replaceDialog(NEED, { retry: 'askAgain' } satisfies NeedOptions);
      else if (reply.text) {
        // A few words that only say for whom, where or how ("itselleni", "Vantaa", "only by phone") answer a
        // question before it is asked: keep the situations and take the facets. Anything longer is the resident
        // telling it again, better: start from that.
        const typed = s.facetsOf(reply.text);
        const answersOnly = reply.text.trim().split(/\s+/).length <= 4 && Object.keys(typed).length > 0;
        if (!answersOnly) return step.replaceDialog(NEED, { text: reply.text } satisfies NeedOptions);
        query.facets = { ...query.facets, ...typed };
        ids = query.situationIds;
      } else return step.replaceDialog(NEED, { retry: 'askAgain' } satisfies NeedOptions);
    }
    if (ids.length === 0) return step.replaceDialog(NEED, { retry: 'askAgain' } satisfies NeedOptions);
    query.situationIds = ids;
    return step.beginDialog(CLARIFY, { asked: [] } satisfies ClarifyOptions);
  }

  /** The next pending question, or the end of the loop when none is left or the cap is reached. */
  private async askQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const query = s.data.query;
    const { asked } = stepOptions(step, ClarifyOptionsSchema);
    const need: NeedView | undefined = query
      && { situationIds: query.situationIds, facets: query.facets, listed: listedQuestions(s.catalogue, query.situationIds) };
    const next = need && this.questions.next(need, asked);
    if (!next) return step.endDialog({} satisfies ClarifyResult);
    remember(step, { asked: next.id });
    return this.prompt(step, { kind: 'question', question: next.id });
  }

  private async applyQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const { asked } = stepOptions(step, ClarifyOptionsSchema);
    const id = values(step).asked;
    if (!id) return step.endDialog({} satisfies ClarifyResult);
    const reply = stepResult(step, ReplySchema);
    if (await this.applyAnswer(s, step.context, id, reply) === 'newNeed') return step.endDialog({ newNeed: reply.text } satisfies ClarifyResult);
    return step.replaceDialog(CLARIFY, { asked: [...asked, id] } satisfies ClarifyOptions);
  }

  private async resumeSavedClarify(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(CLARIFY, { asked: [] } satisfies ClarifyOptions);
  }

  private async toResults(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = stepResult(step, ClarifyResultSchema);
    if (result?.newNeed) return step.replaceDialog(NEED, { text: result.newNeed } satisfies NeedOptions);
    return step.replaceDialog(RESULTS, {} satisfies ResultsOptions);
  }

  /**
   * Applies an answer to a clarifying question. A typed message that answers nothing and says something else (a new or
   * fuller need: several words, or a situation of its own) is `newNeed`: never silently taken as an answer, never looped.
   */
  private async applyAnswer(s: Session, context: TurnContext, questionId: string, reply: Reply): Promise<'newNeed' | undefined> {
    const query = s.data.query;
    const question = this.questions.get(questionId);
    if (!query || !question) return undefined;
    const answer = readAnswer(question, reply);
    if (!answer) return undefined;
    const reader: AnswerReader = {
      facetsOf: (text) => s.facetsOf(text),
      municipalityOf: (text) => s.catalogue.findMunicipality(text)?.code ?? s.facetsOf(text).municipality,
    };
    if (question.apply(answer, query.facets, reader) !== 'unread') return undefined;
    if (answer.kind === 'typed' && this.saysSomethingElse(s, answer.text)) return 'newNeed';
    if (question.notFoundKey) await context.sendActivity(s.t(question.notFoundKey));
    return undefined;
  }

  /** A typed message that is more than a short answer: four words or more, or one that names a situation itself. */
  private saysSomethingElse(s: Session, text: string): boolean {
    if (text.trim().split(/\s+/).length >= 4) return true;
    return detectedSituations(s.read({ text, lang: s.lang, previousLang: s.lang, limit: 1 })).length > 0;
  }

  /**
   * After the results, a short message that only names a place, a person or a way ("finns det något i Ekenäs?",
   * "entä Espoossa", "puhelimitse") refines the same need; its facets, or undefined when it says more than that.
   */
  private facetsOnly(s: Session, text: string): Facets | undefined {
    if (text.trim().split(/\s+/).length > 7) return undefined;
    const match = s.read({ text, lang: s.lang, previousLang: s.lang, limit: 1 });
    if (Object.keys(match.facets).length === 0 || detectedSituations(match).length > 0) return undefined;
    return match.facets;
  }

  // --- results --------------------------------------------------------------------------------

  private async askNearer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const options = stepOptions(step, ResultsOptionsSchema);
    if (options.refine === 'nearer' && s.data.query && !s.data.query.facets.municipality && this.questions.get('municipality')) {
      remember(step, { askedMunicipality: true });
      return this.prompt(step, { kind: 'question', question: 'municipality' });
    }
    return step.next();
  }

  private async showResults(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const options = stepOptions(step, ResultsOptionsSchema);
    const query = s.data.query;
    if (!query) return step.replaceDialog(NEED, {} satisfies NeedOptions);
    if (values(step).askedMunicipality) {
      const answer = stepResult(step, ReplySchema);
      if (await this.applyAnswer(s, step.context, 'municipality', answer) === 'newNeed') return step.replaceDialog(NEED, { text: answer.text } satisfies NeedOptions);
    }
    const refine: PromptSpec = { kind: 'refine', askFeedback: !options.feedbackGiven };
    if (options.reshow === false) return this.prompt(step, refine);

    this.applyRefine(s.data, s.catalogue, options);
    const match = s.match({
      text: query.text, lang: s.lang, previousLang: s.lang, facets: query.facets, situationIds: query.situationIds,
      limit: RESULT_COUNT,
      ...(query.preferTypeIds?.length ? { preferTypeIds: query.preferTypeIds } : {}),
      ...(query.excludeIds?.length ? { excludeIds: query.excludeIds } : {}),
    });
    const results = match.results.slice(0, RESULT_COUNT);
    if (results.length === 0) {
      await recordUnmetNeed(s, query.situationIds, query.facets);
      await step.context.sendActivity(s.t('results.none'));
      return this.prompt(step, refine);
    }
    s.data.shownIds = results.map((r) => r.id);
    const names = new Map(query.situationIds.map((id) => [id, s.catalogue.situations.get(id)?.name[s.lang] ?? id]));
    // "You wrote ..." must quote only what the resident wrote, not the matcher's internal concepts.
    const written = fold(query.text);
    const cards = results.map((result) => resultCard(s.t, s.lang, s.catalogue, {
      result: { ...result, why: result.why.filter((w) => w.length > 1 && written.includes(fold(w))) },
      situationNames: result.activity.situationIds.filter((id) => names.has(id)).map((id) => names.get(id) ?? id),
      saved: s.data.savedIds?.includes(result.id) ?? false,
    }));
    const intro = options.refine ? s.t(`results.intro_${options.refine}`) : s.t('results.intro', { count: results.length });
    // One card per message keeps each message far below the channels' size limit and reads well in Teams.
    await step.context.sendActivity(intro);
    // A wish the answer could not keep is said, not hidden: "nothing in English fits this; these are in other languages".
    const language = query.facets.language;
    if (language && match.relaxed?.includes('language')) await step.context.sendActivity(s.t('results.relaxedLanguage', { language: languageName(language, s.lang) }));
    for (const attachment of cards) await step.context.sendActivity(MessageFactory.attachment(attachment));
    return this.prompt(step, refine);
  }

  private applyRefine(data: ConversationData, catalogue: Session['catalogue'], options: ResultsOptions): void {
    const query = data.query;
    if (!query) return;
    const shown = data.shownIds ?? [];
    switch (options.refine) {
      case 'more': {
        const source = options.id ? [options.id] : shown;
        const types = new Set<TypeId>();
        for (const id of source) {
          for (const t of catalogue.activityById.get(id)?.typeIds ?? []) types.add(t);
        }
        query.preferTypeIds = [...types];
        query.excludeIds = [...new Set([...(query.excludeIds ?? []), ...shown])];
        break;
      }
      case 'else':
        query.preferTypeIds = undefined;
        query.excludeIds = [...new Set([...(query.excludeIds ?? []), ...shown])];
        break;
      case 'nearer':
        // With the municipality known, what is nearer are the local and regional activities: set the national ones just shown aside.
        query.preferTypeIds = undefined;
        query.excludeIds = query.facets.municipality
          ? shown.filter((id) => catalogue.activityById.get(id)?.area.scope === 'national')
          : undefined;
        break;
      case 'phone':
        query.facets.channel = 'phone';
        query.excludeIds = undefined;
        break;
      default:
        query.excludeIds = undefined;
        query.preferTypeIds = undefined;
    }
  }

  private personaOffers(s: Session): PersonaOffer[] {
    if (!this.personaPaths || !s.data.query) return [];
    const wanted = new Set(s.data.query.situationIds);
    let best: { offer: PersonaOffer; overlap: number } | undefined;
    for (const p of s.catalogue.personas.values()) {
      if (p.audience !== 'resident') continue;
      const overlap = p.situationIds.filter((id) => wanted.has(id)).length;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { offer: { id: p.id, name: p.name, summary: p.summary[s.lang] }, overlap };
    }
    return best ? [best.offer] : [];
  }

  private async afterResults(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = session(step.context);
    const reply = stepResult(step, ReplySchema);
    const options = stepOptions(step, ResultsOptionsSchema);
    const command = reply.command;
    let helpful = command?.action === 'feedback' ? command.helpful === 'yes' : undefined;
    if (!command && helpful === undefined) helpful = parseYesNo(reply.text);
    if (helpful !== undefined) {
      await s.counters.increment('feedback', { helpful: helpful ? 'yes' : 'no', lang: s.lang });
      if (helpful) {
        await step.context.sendActivity(s.t('feedback.thanks'));
        await sendSummary(step.context);
        return step.endDialog();
      }
      await step.context.sendActivity(s.t('feedback.sorry'));
      return step.replaceDialog(RESULTS, { reshow: false, feedbackGiven: true } satisfies ResultsOptions);
    }
    if (!command && reply.text) {
      const refined = s.data.query ? this.facetsOnly(s, reply.text) : undefined;
      if (refined && s.data.query) {
        s.data.query.facets = { ...s.data.query.facets, ...refined };
        s.data.query.excludeIds = undefined;
        return step.replaceDialog(RESULTS, { feedbackGiven: options.feedbackGiven ?? false } satisfies ResultsOptions);
      }
      return step.replaceDialog(NEED, { text: reply.text } satisfies NeedOptions);
    }
    return step.replaceDialog(RESULTS, { reshow: false, feedbackGiven: options.feedbackGiven ?? false } satisfies ResultsOptions);
  }
}
