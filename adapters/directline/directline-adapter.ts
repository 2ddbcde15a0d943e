// A BotAdapter for our own Direct Line endpoint: turns run one at a time per conversation and replies land in the conversation store.
import { createHash, randomBytes } from 'node:crypto';
import {
  ActivityTypes, BotAdapter, INVOKE_RESPONSE_KEY, TurnContext,
  type Activity, type ChannelAccount, type ConversationAccount, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { isLockTimeout, isStoreUnavailable, type ConversationStore, type TurnLock } from '../storage/contracts.js';
import type { IncomingActivity } from './activity-schema.js';
import { FORGOTTEN_TURN_KEY } from '../../bot/luotsi-bot.js';
import type { SafetyReplies } from '../../bot/safety-replies.js';

export const CHANNEL_ID = 'directline';
export const BOT_ACCOUNT: ChannelAccount = { id: 'luotsi', name: 'Luotsi', role: 'bot' } as ChannelAccount;

export type BotLogic = (context: TurnContext) => Promise<void>;

export interface DirectLineAdapterDeps {
  conversations: ConversationStore;
  lock: TurnLock;
  /** Base URL of this service; activities carry it as serviceUrl like any Bot Framework channel. */
  serviceUrl: string;
  /** What a resident hears when no turn can run or a turn failed: the crisis card for a crisis, else a kind apology with 112. */
  replies: SafetyReplies;
  /** Called with the turn's error; must not log message text. */
  onTurnError?: (err: unknown, conversationId: string) => void;
  now?: () => number;
}

const BOT_LOCALE = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' } as const;

/** fi/sv/en from any locale tag; Finnish otherwise, as the service's first language. */
export function langOfLocale(locale: string | undefined): 'fi' | 'sv' | 'en' {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  return prefix === 'sv' || prefix === 'en' ? prefix : 'fi';
}

/** The resident's account is derived from the conversation: no identifier outlives it. */
export function userIdFor(conversationId: string): string {
  return `dl_${createHash('sha256').update(conversationId).digest('base64url').slice(0, 16)}`;
}

/** A web chat conversation as Bot Framework channels describe one: one resident and the bot. */
const conversationOf = (id: string): ConversationAccount => ({ id, isGroup: false, conversationType: 'personal', name: '' });
const residentOf = (conversationId: string) => ({ id: userIdFor(conversationId), name: '', role: 'user' }) as ChannelAccount;
const activityId = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;
// Bots may ask for a pause between messages; a long one would hold the conversation's lock.
const MAX_DELAY_MS = 3000;
// Outage notices wait for the resident's next poll (Web Chat polls every second); a bound keeps memory small.
const OUTAGE_NOTICE_MS = 2 * 60_000;
const MAX_OUTAGE_CONVERSATIONS = 10_000;

export class DirectLineAdapter extends BotAdapter {
  private readonly now: () => number;
  /**
   * While the state store is down nothing can be stored, so the resident's echo and the kind reply wait here,
   * in this process only, until the resident's next poll takes them. Kept small and short-lived.
   */
  private readonly outageNotices = new Map<string, { activities: Partial<Activity>[]; at: number }>();

  constructor(private readonly deps: DirectLineAdapterDeps) {
    super();
    this.now = deps.now ?? Date.now;
  }

  /**
   * Stores the resident's activity (the echo Web Chat waits for) and runs the bot's turn for it. When no turn can run
   * (the store is down, or another turn kept the conversation's lock past the wait), the message is still answered.
   */
  async receive(conversationId: string, incoming: IncomingActivity, logic: BotLogic): Promise<{ id: string }> {
    try {
      return await this.receiveLocked(conversationId, incoming, logic);
    } catch (err) {
      if (!isStoreUnavailable(err) && !isLockTimeout(err)) throw err;
      this.deps.onTurnError?.(err, conversationId);
      const reply = incoming.type === ActivityTypes.Message
        ? this.deps.replies.crisis(incoming) ?? this.deps.replies.unavailable(incoming)
        : undefined;
      return this.answerWithoutTurn(conversationId, incoming, reply);
    }
  }

  /** The pending outage notices of a conversation, handed out once. */
  takeOutageNotices(conversationId: string): Partial<Activity>[] {
    const pending = this.outageNotices.get(conversationId);
    this.outageNotices.delete(conversationId);
    return pending && this.now() - pending.at < OUTAGE_NOTICE_MS ? pending.activities : [];
  }

  /**
   * The echo and a reply, outside any turn (a rate limit refused the message, the store is down, the lock is held):
   * into the transcript, which needs no lock since these ids are their own, or, while the store is down, held in this
   * process for the resident's next poll.
   */
  async answerWithoutTurn(conversationId: string, incoming: IncomingActivity, reply: Partial<Activity> | undefined): Promise<{ id: string }> {
    const at = this.now();
    const conversation = conversationOf(conversationId);
    const user = residentOf(conversationId);
    const id = `${conversationId}|held-${at.toString(36)}${randomBytes(3).toString('hex')}`;
    if (incoming.type === ActivityTypes.Typing) return { id };
    const { from: _clientFrom, ...rest } = incoming;
    const stamp = { timestamp: new Date(at), channelId: CHANNEL_ID, serviceUrl: this.deps.serviceUrl, conversation };
    const activities: Partial<Activity>[] = [{ ...rest, ...stamp, id, from: user, recipient: BOT_ACCOUNT } as Partial<Activity>];
    if (reply) activities.push({ ...reply, ...stamp, id: `${id}-reply`, replyToId: id, from: BOT_ACCOUNT, recipient: user });
    try {
      await this.deps.conversations.append(conversationId, activities);
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      this.queueOutageNotices(conversationId, activities);
    }
    return { id };
  }

  private queueOutageNotices(conversationId: string, activities: Partial<Activity>[]): void {
    const at = this.now();
    for (const [key, pending] of this.outageNotices) if (at - pending.at >= OUTAGE_NOTICE_MS) this.outageNotices.delete(key);
    if (this.outageNotices.size >= MAX_OUTAGE_CONVERSATIONS && !this.outageNotices.has(conversationId)) return;
    const pending = this.outageNotices.get(conversationId)?.activities ?? [];
    this.outageNotices.set(conversationId, { activities: [...pending, ...activities.map(toWire)].slice(-10), at });
  }

  private async receiveLocked(conversationId: string, incoming: IncomingActivity, logic: BotLogic): Promise<{ id: string }> {
    return this.deps.lock.withLock(conversationId, async () => {
      const seq = await this.nextSeq(conversationId);
      const { from: _clientFrom, ...rest } = incoming;
      // On the wire localTimestamp is an ISO string, as every channel sends it; botbuilder's type says Date.
      const activity = {
        ...rest,
        id: activityId(conversationId, seq),
        timestamp: new Date(this.now()),
        channelId: CHANNEL_ID,
        serviceUrl: this.deps.serviceUrl,
        conversation: conversationOf(conversationId),
        from: residentOf(conversationId),
        recipient: BOT_ACCOUNT,
      } as Partial<Activity>;
      if (activity.type === ActivityTypes.ConversationUpdate) {
        // Only the server knows who joined; a client cannot add members in someone's name.
        activity.membersAdded = [activity.from as ChannelAccount];
      }
      // Typing indicators are passed to the bot but not kept in the transcript.
      if (activity.type !== ActivityTypes.Typing) await this.deps.conversations.append(conversationId, [activity]);
      await this.runTurn(activity, logic);
      return { id: activity.id as string };
    });
  }

  /**
   * Tells the bot a resident has joined, so it can greet them; runs once, before anything else is in the conversation.
   * A conversation whose lock another turn holds is under way already: it needs no greeting.
   */
  async start(conversationId: string, locale: string | undefined, logic: BotLogic): Promise<void> {
    await this.deps.lock.withLock(conversationId, () => this.greet(conversationId, locale, logic)).catch((err: unknown) => {
      if (!isLockTimeout(err)) throw err;
    });
  }

  private async greet(conversationId: string, locale: string | undefined, logic: BotLogic): Promise<void> {
    if ((await this.deps.conversations.list(conversationId, 0)).activities.length > 0) return;
    const user = residentOf(conversationId);
    await this.runTurn({
      type: ActivityTypes.ConversationUpdate,
      id: `${conversationId}|start`,
      timestamp: new Date(this.now()),
      channelId: CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl,
      conversation: conversationOf(conversationId),
      from: user,
      recipient: BOT_ACCOUNT,
      membersAdded: [BOT_ACCOUNT, user],
      ...(locale ? { locale } : {}),
    }, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) throw new Error('DirectLineAdapter.sendActivities: the turn has no conversation id');
    const fallbackLocale = BOT_LOCALE[langOfLocale(context.activity.locale)];
    const responses: ResourceResponse[] = [];
    for (const outgoing of activities) {
      if (outgoing.type === 'delay') {
        await new Promise((r) => setTimeout(r, Math.min(Number(outgoing.value) || 0, MAX_DELAY_MS)));
        responses.push({ id: '' });
        continue;
      }
      if (outgoing.type === ActivityTypes.InvokeResponse) {
        context.turnState.set(INVOKE_RESPONSE_KEY, outgoing);
        responses.push({ id: '' });
        continue;
      }
      // Debugging traces are for the Emulator, never for a resident's screen.
      if (outgoing.type === ActivityTypes.Trace) { responses.push({ id: '' }); continue; }
      const seq = await this.nextSeq(conversationId);
      const stamped: Partial<Activity> = {
        ...outgoing,
        id: activityId(conversationId, seq),
        timestamp: new Date(this.now()),
        channelId: CHANNEL_ID,
        serviceUrl: this.deps.serviceUrl,
        conversation: conversationOf(conversationId),
        from: BOT_ACCOUNT,
        recipient: context.activity.from,
        locale: outgoing.locale ?? fallbackLocale,
        ...(context.activity.id && !outgoing.replyToId ? { replyToId: context.activity.id } : {}),
      };
      await this.deps.conversations.append(conversationId, [stamped]);
      responses.push({ id: stamped.id as string });
    }
    return responses;
  }

  /** Direct Line has no in-place edits: the updated activity is delivered again under its id. */
  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId || !activity.id) return;
    await this.deps.conversations.append(conversationId, [{
      ...activity, from: BOT_ACCOUNT, channelId: CHANNEL_ID, timestamp: new Date(this.now()),
      conversation: conversationOf(conversationId),
    }]);
  }

  override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId || !reference.activityId) return;
    await this.deps.conversations.append(conversationId, [{
      type: ActivityTypes.MessageDelete, id: reference.activityId, from: BOT_ACCOUNT, channelId: CHANNEL_ID,
      timestamp: new Date(this.now()),
    }]);
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: BotLogic): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (!conversationId) throw new Error('DirectLineAdapter.continueConversation: the reference has no conversation id');
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.deps.lock.withLock(conversationId, () => this.runTurn(activity, logic));
  }

  private async nextSeq(conversationId: string): Promise<number> {
    return (await this.deps.conversations.list(conversationId, Number.MAX_SAFE_INTEGER)).watermark;
  }

  /**
   * "Forget me" covers the transcript too: everything before the resident's request goes. The request itself stays
   * (Web Chat waits for its echo, or shows "send failed"; the words "forget me" say nothing about anyone), and so do
   * the replies. The log restarts above every watermark the client holds, so the client still sees both.
   */
  private async eraseTranscript(activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) return;
    const { activities, watermark } = await this.deps.conversations.list(conversationId, 0);
    const at = activities.findIndex((a) => a.id === activity.id);
    const replies = at >= 0 ? activities.slice(at) : activities.filter((a) => a.replyToId === activity.id);
    await this.deps.conversations.delete(conversationId);
    await this.deps.conversations.create(conversationId, { firstWatermark: watermark - replies.length });
    if (replies.length > 0) await this.deps.conversations.append(conversationId, replies);
  }

  /**
   * The bot's failure is the service's problem, not the resident's: a kind message instead of an error, or the crisis
   * card when the message was a crisis and the turn broke before answering it.
   */
  private async runTurn(activity: Partial<Activity>, logic: BotLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    try {
      await this.runMiddleware(context, logic);
      if (context.turnState.get(FORGOTTEN_TURN_KEY) === true) await this.eraseTranscript(activity);
    } catch (err) {
      this.deps.onTurnError?.(err, activity.conversation?.id ?? '');
      if (activity.type === ActivityTypes.Message) {
        const crisis = context.responded ? undefined : this.deps.replies.crisis(activity);
        const message = crisis ?? this.deps.replies.unavailable(activity);
        try {
          await context.sendActivity(message);
        } catch (sendErr) {
          this.deps.onTurnError?.(sendErr, activity.conversation?.id ?? '');
          // The store went down mid-turn: the resident still hears from us on their next poll.
          const conversationId = activity.conversation?.id;
          if (conversationId && isStoreUnavailable(sendErr)) {
            this.queueOutageNotices(conversationId, [{
              ...message, id: `${activity.id ?? conversationId}-reply`, replyToId: activity.id, timestamp: new Date(this.now()),
              channelId: CHANNEL_ID, conversation: activity.conversation, from: BOT_ACCOUNT, recipient: activity.from,
            } as Partial<Activity>]);
          }
        }
      }
    }
  }
}

/** A plain-data copy, as a store would give it back (only outage notices, held in memory, need one). */
function toWire(activity: Partial<Activity>): Partial<Activity> {
  return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
}
