// The one place a turn is routed. LuotsiBot keeps state, language, "forget me", the crisis guard and the handover, and
// hands every other turn here. As in BotBuilder-Samples' core bot, the component looks for interruptions before any
// flow sees the turn, on its first turn and on every later one: the global commands (language, continue, summary, save,
// start over, staff), then the resident's own (a refine, a quick choice, a similar person's path, small talk or a new
// need told on a path). Only then does the flow that waits get the turn, or the flow the channel calls for begins:
// staff search in Teams, the resident's main dialog everywhere else.
import { type Activity, ActivityTypes } from 'botbuilder';
import {
  ComponentDialog, Dialog, type DialogContext, type DialogInstance, type DialogState, type DialogTurnResult, DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { Command } from './commands.js';
import { MAIN_DIALOG, PERSONA_JOURNEY_DIALOG, ROOT_DIALOG, STAFF_SEARCH_DIALOG } from './dialog-ids.js';
import { answerBriefly, MainDialog, type MainOptions, refineOf, sayGoodbye, tellsNeed } from './main-dialog.js';
import { PersonaJourneyDialog, type PersonaJourneyOptions } from './persona-journey-dialog.js';
import type { DialogDeps } from './ports.js';
import type { QuestionRegistry } from './questions.js';
import { readReply, type Reply } from './reply-prompt.js';
import { session, type Session } from './session.js';
import { smallTalkKind } from './small-talk.js';
import { StaffSearchDialog, type StaffSearchOptions } from './staff-search-dialog.js';
import { sendSummary } from './summary.js';
import { safeText } from './ui/card-kit.js';

export { ROOT_DIALOG };

/**
 * Teams: the channel where the organisation installs the bot for its staff, the only one with staff search. Nothing a
 * web chat client sends (a typed word, channelData) makes a conversation a staff one.
 */
export function isStaffChannel(activity: Partial<Activity>): boolean {
  return activity.channelId === 'msteams';
}

export interface RootDialogOptions {
  /** The clarifying questions and their cap; dialogs/questions.ts's own by default. */
  questions?: QuestionRegistry;
  /** Staff search in Teams, on by default; without it Teams gets the residents' flow and "staff" says it is not there. */
  staffSearch?: boolean;
}

export class RootDialog extends ComponentDialog {
  private readonly hasStaffSearch: boolean;

  constructor(deps: DialogDeps, options: RootDialogOptions = {}) {
    super(ROOT_DIALOG);
    this.hasStaffSearch = options.staffSearch ?? true;
    this.addDialog(new MainDialog({ personaPaths: true, ...(options.questions ? { questions: options.questions } : {}) }));
    // The resident's path of a similar person, offered with the results; staff search keeps its own (back to the list).
    this.addDialog(new PersonaJourneyDialog(deps));
    if (this.hasStaffSearch) this.addDialog(new StaffSearchDialog(deps));
  }

  protected override onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.route(innerDc);
  }

  protected override onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.route(innerDc);
  }

  /** Interruptions first; then the flow that waits, or the one this turn begins. */
  private async route(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type === ActivityTypes.ConversationUpdate) return this.greet(dc);
    if (activity.type !== ActivityTypes.Message) return this.stay(dc);
    const reply = readReply(dc.context);
    const interrupted = await this.globalCommand(dc, reply.command) ?? await this.residentInterruption(dc, reply);
    if (interrupted) return interrupted;
    if (dc.activeDialog) return dc.continueDialog();
    const { command } = reply;
    return this.beginFlow(dc, {
      text: reply.text || undefined, ...(command?.action === 'situation' ? { situationId: command.id } : {}), ...refineOf(command),
    });
  }

  /** Staff search in Teams, the resident's main dialog everywhere else. */
  private beginFlow(dc: DialogContext, options: MainOptions): Promise<DialogTurnResult> {
    if (this.hasStaffSearch && isStaffChannel(dc.context.activity)) {
      return dc.beginDialog(STAFF_SEARCH_DIALOG, { text: options.text } satisfies StaffSearchOptions);
    }
    return dc.beginDialog(MAIN_DIALOG, options);
  }

  /** Everything of the conversation ends and `dialogId` begins in its place. */
  private async restart(dc: DialogContext, dialogId: string, options: object): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(dialogId, options);
  }

  /** Handled without a flow of its own: the one that waits keeps waiting, or the turn is done. */
  private stay(dc: DialogContext): DialogTurnResult {
    return dc.activeDialog ? Dialog.EndOfTurn : { status: DialogTurnStatus.complete };
  }

  /** The question or step that waits, asked again (in the conversation's language now), or the flow begun. */
  private async resume(dc: DialogContext): Promise<DialogTurnResult> {
    if (!dc.activeDialog) return this.beginFlow(dc, {});
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** Commands that mean the same wherever the resident is; undefined when the turn is not one. */
  private async globalCommand(dc: DialogContext, command: Command | undefined): Promise<DialogTurnResult | undefined> {
    const s = session(dc.context);
    switch (command?.action) {
      case 'lang':
        s.data.lang = command.lang;
        s.user.lang = command.lang;
        await dc.context.sendActivity(s.t('language.switched'));
        return this.resume(dc);
      case 'continue':
        return this.resume(dc);
      case 'summary':
        await sendSummary(dc.context);
        return this.stay(dc);
      case 'save':
        if (!s.catalogue.activityById.has(command.id)) return undefined;
        s.data.savedIds = [...new Set([...(s.data.savedIds ?? []), command.id])];
        await dc.context.sendActivity(s.t('result.savedConfirm', { n: s.data.savedIds.length }));
        return this.stay(dc);
      case 'startOver':
        await dc.cancelAllDialogs();
        s.data.query = undefined;
        s.data.shownIds = [];
        await dc.context.sendActivity(s.t('startOver.done'));
        // Staff start a new staff search ("aloita alusta" is the manifest's "new search"); residents their own flow.
        return this.beginFlow(dc, {});
      case 'staff':
        // Outside Teams "staff" is an ordinary word: the resident flow reads it like any other message.
        if (!isStaffChannel(dc.context.activity)) return undefined;
        if (!this.hasStaffSearch) {
          await dc.context.sendActivity(s.t('staff.unavailable'));
          return this.stay(dc);
        }
        return this.restart(dc, STAFF_SEARCH_DIALOG, {} satisfies StaffSearchOptions);
      default:
        return undefined;
    }
  }

  /**
   * In the resident's flow, refine buttons, quick choices and a similar person's path work at any point, also in the
   * middle of a question or of another path; on a path, small talk and a need told in full are heard as well.
   */
  private async residentInterruption(dc: DialogContext, reply: Reply): Promise<DialogTurnResult | undefined> {
    const active = dc.activeDialog?.id;
    if (active !== MAIN_DIALOG && active !== PERSONA_JOURNEY_DIALOG) return undefined;
    const s = session(dc.context);
    const { command } = reply;
    const refine = refineOf(command);
    if (refine && s.data.query) return this.restart(dc, MAIN_DIALOG, refine satisfies MainOptions);
    if (command?.action === 'situation') return this.restart(dc, MAIN_DIALOG, { situationId: command.id } satisfies MainOptions);
    if (command?.action === 'persona') {
      return this.restart(dc, PERSONA_JOURNEY_DIALOG, {
        personaId: command.id, situationIds: s.data.query?.situationIds ?? [],
      } satisfies PersonaJourneyOptions);
    }
    // The main dialog answers small talk between its own questions; a path's steps are the root's to keep.
    if (active === PERSONA_JOURNEY_DIALOG && !command) return this.onPath(dc, s, reply.text);
    return undefined;
  }

  /** "moi" or a 👍 on a path: a short line and the same step; a goodbye ends it; a need told in full is heard. */
  private async onPath(dc: DialogContext, s: Session, text: string): Promise<DialogTurnResult | undefined> {
    const smallTalk = smallTalkKind(text);
    if (smallTalk) {
      // Nothing to thank for or leave yet: the welcome, with the choices.
      if (!s.data.welcomed) return this.restart(dc, MAIN_DIALOG, {} satisfies MainOptions);
      return smallTalk === 'goodbye' ? sayGoodbye(dc) : answerBriefly(dc, smallTalk);
    }
    // A new need told in the middle of someone else's path is heard, not answered with the path's hint.
    if (tellsNeed(s, text)) return this.restart(dc, MAIN_DIALOG, { text } satisfies MainOptions);
    return undefined;
  }

  /**
   * The bot joined a conversation (LuotsiBot decides who counts as joining). In a team's channel or a group chat staff
   * get a short note on how to ask; in a personal chat staff search's welcome card; a resident the welcome, once.
   */
  private async greet(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    const s = session(dc.context);
    const type = activity.conversation?.conversationType;
    if (isStaffChannel(activity) && (type === 'channel' || type === 'groupChat')) {
      const name = safeText(activity.recipient?.name?.trim().slice(0, 40) || 'Luotsi');
      await dc.context.sendActivity(s.t('staff:welcome.team', { name }));
      return this.stay(dc);
    }
    if (dc.activeDialog || s.data.welcomed) return this.stay(dc);
    return this.beginFlow(dc, {});
  }
}

/** A ComponentDialog keeps its children's stack in its instance state under this key (botbuilder-dialogs). */
const CHILD_STACK = 'dialogs';

/**
 * A conversation saved before the root dialog had its flow at the top of the bot's stack (the main dialog, with the
 * resident's path inside it, or staff search): the stack is put under the root, the path lifted out of the main dialog,
 * so the conversation goes on where it was. A stack the root already holds is left as it is.
 */
export function adoptSavedStack(state: DialogState): void {
  const stack = state.dialogStack;
  const top = stack[0];
  if (!top || top.id === ROOT_DIALOG) return;
  const inMain: unknown = top.id === MAIN_DIALOG ? childStack(top) : undefined;
  const path = Array.isArray(inMain) && isInstance(inMain[0]) && inMain[0].id === PERSONA_JOURNEY_DIALOG ? inMain : undefined;
  state.dialogStack = [{ id: ROOT_DIALOG, state: { [CHILD_STACK]: { dialogStack: path ?? stack } } }];
}

function childStack(instance: DialogInstance): unknown {
  const state: unknown = instance.state;
  if (!state || typeof state !== 'object' || !(CHILD_STACK in state)) return undefined;
  const children: unknown = state[CHILD_STACK];
  return children && typeof children === 'object' && 'dialogStack' in children ? children.dialogStack : undefined;
}

function isInstance(value: unknown): value is DialogInstance {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
}
