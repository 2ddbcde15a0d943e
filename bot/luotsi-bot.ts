// The turn pipeline: state, language, "forget me", the crisis guard and the handover run before any dialog; every
// other turn goes to the root dialog (dialogs/root-dialog.ts), which routes it.
import {
  ActivityHandler, ActivityTypes, type AdaptiveCardInvokeResponse, ConversationState, type InvokeResponse, MessageFactory,
  type StatePropertyAccessor, type TurnContext, UserState,
} from 'botbuilder';
import {
  type Dialog, type DialogContext, DialogSet, type DialogState, type DialogStateManagerConfiguration, DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { CrisisResult } from '../knowledge/contracts.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { ROOT_DIALOG } from '../dialogs/dialog-ids.js';
import { readReply } from '../dialogs/reply-prompt.js';
import { adoptSavedStack, isStaffChannel } from '../dialogs/root-dialog.js';
import { ADAPTIVE_CARD, card, text, withReadableText } from '../dialogs/ui/card-kit.js';
import { ageFacets, isYoung } from './crisis-lines.js';
import type { I18n } from '../dialogs/i18n.js';
import { langFromLocale, mentionsBot, typedCardInputs, wordCount } from './message-text.js';
import { crisisReply, type SafetyReplies, typedText } from './safety-replies.js';
import {
  type ConversationData, createSession, findSession, LOCALE_OF, type Session, setSession, type UserData,
} from '../dialogs/session.js';
import type { BotDeps } from './create-bot.js';
import type { HandoverService } from './handover/handover.js';

// Re-exported for the tests and callers that know them from here.
export { langFromLocale, typedCardInputs };

export interface LuotsiBotOptions {
  deps: BotDeps;
  i18n: I18n;
  conversationState: ConversationState;
  userState: UserState;
  /** The root dialog (id `root`): it routes every turn the bot does not keep for itself. */
  root: Dialog;
  detectCrisis: (text: string) => CrisisResult;
  /** `detectCrisis` is the guard the matcher runs itself (knowledge/crisis-guard.ts's): the matcher may reuse its reading of a message. */
  sharedGuard?: boolean;
  /** The crisis card for a turn that broke before it could answer one. */
  safety: SafetyReplies;
  /** Handing a resident over to staff in Teams; without it, asking for a person is read like any other message. */
  handover?: HandoverService;
  onError: (error: unknown) => void;
}

export class LuotsiBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userData: StatePropertyAccessor<UserData>;
  private readonly dialogs: DialogSet;
  private readonly forgotten = Symbol('forgotten');
  /** The dialogs' memory scopes and path resolvers, made on the first turn and lent to every later one (see dialogContext). */
  private stateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly options: LuotsiBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    this.conversationData = options.conversationState.createProperty<ConversationData>('luotsi');
    this.userData = options.userState.createProperty<UserData>('luotsiUser');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(options.root);

    this.onMessage(async (context, next) => {
      await this.guarded(context, () => this.handleMessage(context));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      const bot = context.activity.recipient?.id;
      // Teams: greet once, when the bot itself is added (to a team or a personal chat), not every colleague who joins a team.
      // Elsewhere: when the resident joins. What the greeting is, the root dialog decides.
      const greets = isStaffChannel(context.activity) ? added.some((m) => m.id === bot) : added.some((m) => m.id !== bot);
      if (greets) await this.guarded(context, () => this.greet(context));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.turnState.get(this.forgotten)) return;
    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  /**
   * A bug must not leave a resident without an answer: apologise, offer a fresh start, keep the error for the logs.
   * A crisis message that broke the turn before its answer went out still gets the crisis card, first of all.
   */
  private async guarded(context: TurnContext, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.options.onError(error);
      const known = findSession(context)?.lang;
      const crisis = context.responded ? undefined : this.options.safety.crisis(context.activity, known);
      if (crisis) {
        await context.sendActivity(crisis);
        return;
      }
      await this.dialogState.delete(context);
      const lang = this.currentLang(context);
      await context.sendActivity(MessageFactory.suggestedActions(
        [this.options.i18n.t(lang, 'actions.startOver')], this.options.i18n.t(lang, 'errors.general'),
      ));
    }
  }

  private currentLang(context: TurnContext): Lang {
    return findSession(context)?.lang ?? 'fi';
  }

  private async prepare(context: TurnContext): Promise<Session> {
    const { deps, i18n } = this.options;
    const data = await this.conversationData.get(context, {});
    const user = await this.userData.get(context, {});
    const text = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
    if (!data.lang) {
      // First contact: the channel's locale, then the message itself, then what the resident chose earlier.
      const fromLocale = langFromLocale(context.activity.locale);
      const detected = text ? deps.matcher.detectLanguage(text.slice(0, 500), fromLocale ?? user.lang) : 'other';
      const clearlyOther = detected !== 'other' && wordCount(text) >= 3 && detected !== fromLocale;
      data.lang = clearlyOther ? detected : (fromLocale ?? user.lang ?? (detected === 'other' ? 'fi' : detected));
    } else if (text && wordCount(text) >= 4) {
      // Keep the conversation's language unless a longer message is clearly in another one.
      const detected = deps.matcher.detectLanguage(text.slice(0, 500), data.lang);
      if (detected !== 'other' && detected !== data.lang) data.lang = detected;
    }
    const session = createSession(deps, i18n, data, user);
    setSession(context, session);
    // Every reply says which language it is in, also when the language changes halfway through a turn.
    context.onSendActivities(async (_ctx, activities, next) => {
      // ...and a card-bearing reply carries the text a screen reader and a notification read (`speak`, `summary`).
      for (const a of activities) withReadableText(a).locale = LOCALE_OF[session.lang];
      return next();
    });
    return session;
  }

  private async greet(context: TurnContext): Promise<void> {
    await this.prepare(context);
    await this.route(context);
  }

  /** The dialog stack, a conversation saved before the root dialog adopted into it. */
  private async dialogContext(context: TurnContext): Promise<DialogContext> {
    adoptSavedStack(await this.dialogState.get(context, { dialogStack: [] }));
    // botbuilder-dialogs makes its memory scopes and path resolvers afresh on each turn unless the turn state holds them
    // (under its key below); they keep nothing of a turn, so the first turn's serve every turn after it.
    if (this.stateConfiguration && !context.turnState.has(STATE_CONFIGURATION_KEY)) context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    return dc;
  }

  /** The turn to the root dialog: it continues what waits, or begins and routes the turn. */
  private async route(context: TurnContext): Promise<void> {
    const dc = await this.dialogContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(ROOT_DIALOG);
  }

  /**
   * Luotsi's cards use Action.Submit only, so an `adaptiveCard/action` invoke (Action.Execute) comes from a card that is not
   * ours or from a client's own doing: it gets a proper invoke response with a short message, never an error.
   */
  protected override onAdaptiveCardInvoke(context: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const message = this.options.i18n.t(langFromLocale(context.activity.locale) ?? 'fi', 'invoke.unsupported');
    // The card that takes the tapped card's place: the same words, readable like every card of ours.
    const reply = card([text(message)], [], { summary: message });
    return Promise.resolve({ statusCode: 200, type: ADAPTIVE_CARD, value: reply.content as Record<string, unknown> });
  }

  /** Invokes Luotsi does not offer (task modules, message extensions, sign-in) are declined with 400 and a reason, not 501. */
  protected override onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') return super.onInvokeActivity(context);
    return Promise.resolve({ status: 400, body: { code: 'NotSupported', message: 'Luotsi does not handle this invoke' } });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { handover } = this.options;
    // Staff in a request's thread, accepting or ending one, or making a channel the queue: their words are for the resident.
    const staff = isStaffChannel(context.activity);
    if (handover && staff && await handover.staffTurn(context)) return;
    // A channel where the app may read every message (the queue's permission): colleagues' own talk is not for the bot.
    // It answers a channel message only when @mentioned or when a card's button was pressed.
    if (context.activity.conversation?.conversationType === 'channel' && !mentionsBot(context.activity) && context.activity.value === undefined) return;
    const s = await this.prepare(context);
    const { command } = readReply(context);

    if (command?.action === 'forget') return this.forget(context, s);

    // The crisis guard sees every typed message, and text typed into a card's field, before any dialog or prompt can interpret it.
    // The whole typed message, not the dialog's capped copy: a danger sentence buried after a long story still counts.
    const typed = typedText(context.activity);
    if (typed) {
      const crisis = this.options.detectCrisis(typed);
      if (crisis.crisis) {
        const dc = await this.dialogContext(context);
        // Children's and youth lines only for a child or a young person: said in this message, or answered earlier.
        const young = isYoung(ageFacets(typed)) || isYoung(s.data.query?.facets);
        await context.sendActivity(crisisReply(s, { lang: s.lang, kind: crisis.kind, young, canContinue: dc.activeDialog !== undefined }));
        // Counted after the help is on its way, and a failing counter store must not turn it into an error reply.
        await s.counters.increment('crisis_escalation', { lang: s.lang, kind: crisis.kind ?? 'general' }).catch(this.options.onError);
        // During a handover the staff thread is flagged (and, when connected, sees the words).
        if (handover && !staff) await handover.onCrisis(context, s, typed).catch(this.options.onError);
        return;
      }
      if (this.options.sharedGuard) s.guarded = { text: typed, crisis };
    }
    if (handover && !staff) {
      const text = command ? '' : typed;
      if (await handover.residentTurn(context, s, command, text)) {
        // A question the bot asked before the person came is stale by the time the resident is back: the next message is a new need.
        if (s.data.handover) await this.dialogState.delete(context);
        return;
      }
    }
    await this.route(context);
  }

  private async forget(context: TurnContext, s: Session): Promise<void> {
    const lang = s.lang;
    // A handover in progress ends, staff are told, and the request is erased with everything else.
    if (s.data.handover && this.options.handover) await this.options.handover.forget(context.activity.conversation.id).catch(this.options.onError);
    await this.options.conversationState.delete(context);
    await this.options.userState.delete(context);
    context.turnState.set(this.forgotten, true);
    context.turnState.set(FORGOTTEN_TURN_KEY, true);
    await context.sendActivity({ type: ActivityTypes.Message, text: this.options.i18n.t(lang, 'privacy.forgotten'), locale: LOCALE_OF[lang] });
  }
}

/** Where botbuilder-dialogs' DialogStateManager looks for its configuration in the turn state (DIALOG_STATE_MANAGER_CONFIGURATION). */
export const STATE_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/** Set on a "forget me" turn, so a channel that keeps a transcript (Direct Line) erases it as well. */
export const FORGOTTEN_TURN_KEY = 'luotsi.forgotten';
