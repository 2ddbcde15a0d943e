// A BotAdapter for our own Direct Line endpoint: turns run one at a time per conversation and replies land in the conversation store.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes } from 'node:crypto';
import {
  ActivityTypes, BotAdapter, INVOKE_RESPONSE_KEY, TurnContext,
  type Activity, type ChannelAccount, type ConversationAccount, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { isLockTimeout, isStoreUnavailable, type ConversationStore, type SummaryStore, type TurnLock } from '../storage/contracts.js';
import { clientFields, clientSender, storedFields, type IncomingActivity } from './activity-schema.js';
import { TOKEN_TTL_SECONDS } from './tokens.js';
import { FORGOTTEN_TURN_KEY } from '../../bot/luotsi-bot.js';
import type { SafetyReplies } from '../../bot/safety-replies.js';

export const CHANNEL_ID = 'directline';
export const BOT_ACCOUNT: ChannelAccount = { id: 'luotsi', name: 'Luotsi', role: 'bot' };

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
  /** Where "forget me" takes down the summary pages made in the conversation. */
  summaries?: Pick<SummaryStore, 'delete'>;
  /**
   * The channel's own confirmation of "forget me", in the resident's language, saying exactly what it deleted (the
   * transcript, and the summary pages by code) and what stays; it replaces the bot's general one.
   */
  forgetConfirmation?: (lang: 'fi' | 'sv' | 'en', deleted: { summaryCodes: string[] }) => string;
  /** The resident is typing (typing activities are otherwise dropped): a handover shows it to staff. Must not throw. */
  onResidentTyping?: (conversationId: string) => void;
  now?: () => number;
}

/** After "forget me" the request and its confirmation stay readable this long (the client's next poll), then go too. */
export const FORGET_GRACE_MS = 2 * 60_000;
/** A revocation outlives every token issued for the conversation before it (with room for instances' clocks to differ). */
export const REVOCATION_MS = 2 * TOKEN_TTL_SECONDS * 1000;

/** The Direct Line conversation whose turn is running in this async context (for the summary pages it makes). */
const directLineTurn = new AsyncLocalStorage<string>();

/**
 * The summary store the bot writes to, remembering which Direct Line conversation made each page, so that conversation's
 * "forget me" can take its pages down. Outside a Direct Line turn (Teams) it is the plain store.
 */
export function rememberingSummaries(inner: SummaryStore, conversations: Pick<ConversationStore, 'rememberSummary'>): SummaryStore {
  return {
    get: (code) => inner.get(code),
    delete: (codes) => inner.delete(codes),
    async put(record, ttlSeconds) {
      await inner.put(record, ttlSeconds);
      const conversationId = directLineTurn.getStore();
      if (conversationId) await conversations.rememberSummary(conversationId, record.code);
    },
  };
}

// The bot's replies held back on a "forget me" turn, until the transcript is erased.
const HELD_KEY = Symbol('luotsi.directline.held');

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
/** An id for an activity the transcript does not keep (typing, a client's conversationUpdate): never one a stored activity gets. */
const unstoredId = (conversationId: string) => `${conversationId}|x${randomBytes(6).toString('base64url')}`;
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
  private outageListener: ((conversationId: string) => void) | undefined;

  constructor(private readonly deps: DirectLineAdapterDeps) {
    super();
    this.now = deps.now ?? Date.now;
  }

  /**
   * Stores the resident's activity (the echo Web Chat waits for) and runs the bot's turn for it. When no turn can run
   * (the store is down, or another turn kept the conversation's lock past the wait), the message is still answered.
   */
  async receive(conversationId: string, incoming: IncomingActivity, logic: BotLogic): Promise<{ id: string }> {
    // A typing indicator is shown to nobody (the bot is the only other party) and needs no turn, lock or storage.
    if (incoming.type === ActivityTypes.Typing) {
      // ...except a person the resident is handed over to, who sees "typing…" (bot/handover).
      this.deps.onResidentTyping?.(conversationId);
      return { id: unstoredId(conversationId) };
    }
    try {
      return await this.receiveLocked(conversationId, incoming, logic);
    } catch (err) {
      if (!isStoreUnavailable(err) && !isLockTimeout(err)) throw err;
      this.deps.onTurnError?.(err, conversationId);
      const crisis = incoming.type === ActivityTypes.Message ? this.deps.replies.crisis(incoming) : undefined;
      const reply = crisis ?? (incoming.type === ActivityTypes.Message ? this.deps.replies.unavailable(incoming) : undefined);
      const answered = await this.answerWithoutTurn(conversationId, incoming, reply);
      // Busy past the wait: the client gets 503 and Retry-After (Web Chat, which sees the echo, shows the kind reply);
      // a crisis is answered all the same.
      if (isLockTimeout(err) && !crisis) throw err;
      return answered;
    }
  }

  /**
   * Messages from outside any turn of this conversation (a service-guidance worker in Teams, the handover's expiry), into
   * its transcript: the resident's stream or next poll shows them, whichever instance serves it. Their ids are their own,
   * so they need no lock. False when the conversation is gone, ended or forgotten.
   */
  async deliver(conversationId: string, activities: Partial<Activity>[], from?: { name: string }): Promise<boolean> {
    if ((await this.deps.conversations.status(conversationId)).state !== 'open') return false;
    const sender = from ? { ...BOT_ACCOUNT, name: from.name } : BOT_ACCOUNT;
    await this.deps.conversations.append(conversationId, activities.map((activity) => ({
      ...activity, id: `${conversationId}|h${randomBytes(6).toString('base64url')}`, timestamp: new Date(this.now()),
      channelId: CHANNEL_ID, serviceUrl: this.deps.serviceUrl, conversation: conversationOf(conversationId), from: sender,
      recipient: residentOf(conversationId),
    })));
    return true;
  }

  /** Tells `listener` when a conversation has outage notices waiting (the stream of this instance hands them out at once). */
  onOutageNotices(listener: (conversationId: string) => void): void {
    this.outageListener = listener;
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
    if (incoming.type === ActivityTypes.Typing || incoming.type === ActivityTypes.ConversationUpdate) return { id };
    const stamp = { timestamp: new Date(at), channelId: CHANNEL_ID, serviceUrl: this.deps.serviceUrl, conversation };
    const activities: Partial<Activity>[] = [{
      ...storedFields(clientFields(incoming)), ...stamp, id, from: clientSender(incoming, user.id), recipient: BOT_ACCOUNT,
    } as Partial<Activity>];
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
    this.outageListener?.(conversationId);
  }

  private async receiveLocked(conversationId: string, incoming: IncomingActivity, logic: BotLogic): Promise<{ id: string }> {
    return this.deps.lock.withLock(conversationId, async (held) => {
      const fields = clientFields(incoming);
      const stamp = {
        timestamp: new Date(this.now()),
        channelId: CHANNEL_ID,
        serviceUrl: this.deps.serviceUrl,
        conversation: conversationOf(conversationId),
        recipient: BOT_ACCOUNT,
      };
      // The bot hears the resident under the conversation's own id: whatever a client calls itself opens nobody else's state.
      const resident = residentOf(conversationId);
      if (incoming.type === ActivityTypes.ConversationUpdate) {
        // Not echoed back, and only the server knows who joined: a client cannot add members in someone's name.
        const activity = { ...fields, ...stamp, id: unstoredId(conversationId), from: resident, membersAdded: [resident] } as Partial<Activity>;
        await this.runTurn(activity, logic);
        return { id: activity.id as string };
      }
      if (held.interrupted) await this.answerInterrupted(conversationId, held.interrupted);
      const id = activityId(conversationId, await this.nextSeq(conversationId));
      // The echo the client sees keeps the sender it named; the transcript keeps only the fields Web Chat shows.
      const echo = { ...storedFields(fields), ...stamp, id, from: clientSender(incoming, resident.id) } as Partial<Activity>;
      await this.deps.conversations.append(conversationId, [echo]);
      // Should this process die mid-turn, the next turn of the conversation (on any instance) answers this message.
      if (incoming.type === ActivityTypes.Message) await held.note(id);
      await this.runTurn({ ...fields, ...stamp, id, from: resident }, logic, echo);
      return { id };
    });
  }

  /**
   * The conversation's previous turn died with its process (`kill -9`, a crash) while answering `messageId`, and its lock
   * lapsed: that message is answered now, before the next one, with the crisis card if it was a crisis and otherwise the
   * kind "temporary problem", unless a reply to it had gone out.
   */
  private async answerInterrupted(conversationId: string, messageId: string): Promise<void> {
    this.deps.onTurnError?.(new Error('the previous turn of this conversation died with its process; its message is answered now'), conversationId);
    const { activities } = await this.deps.conversations.list(conversationId, 0);
    const message = activities.find((a) => a.id === messageId);
    if (!message || message.type !== ActivityTypes.Message) return;
    if (activities.some((a) => a.replyToId === messageId && a.from?.role === 'bot')) return;
    const reply = this.deps.replies.crisis(message) ?? this.deps.replies.unavailable(message);
    await this.deps.conversations.append(conversationId, [{
      ...reply, id: activityId(conversationId, await this.nextSeq(conversationId)), replyToId: messageId,
      timestamp: new Date(this.now()), channelId: CHANNEL_ID, serviceUrl: this.deps.serviceUrl,
      conversation: conversationOf(conversationId), from: BOT_ACCOUNT, recipient: residentOf(conversationId),
    }]);
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
    if ((await this.deps.conversations.list(conversationId, 0, { limit: 1 })).activities.length > 0) return;
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

  /** A bot activity as the transcript keeps it: its id and time, the conversation's envelope, and (for a reply) what it answers. */
  private stamp(context: TurnContext, conversationId: string, activity: Partial<Activity>, id: string, reply = true): Partial<Activity> {
    return {
      ...activity, id, timestamp: new Date(this.now()), channelId: CHANNEL_ID, serviceUrl: this.deps.serviceUrl,
      conversation: conversationOf(conversationId), from: BOT_ACCOUNT, recipient: context.activity.from,
      ...(reply && context.activity.id && !activity.replyToId ? { replyToId: context.activity.id } : {}),
    };
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
      // "Forget me": the confirmation waits until the transcript is erased, then starts the new, short one.
      if (context.turnState.get(FORGOTTEN_TURN_KEY) === true) {
        const held = context.turnState.get<Partial<Activity>[] | undefined>(HELD_KEY) ?? [];
        held.push({ ...outgoing, locale: outgoing.locale ?? fallbackLocale });
        context.turnState.set(HELD_KEY, held);
        responses.push({ id: '' });
        continue;
      }
      const seq = await this.nextSeq(conversationId);
      const stamped: Partial<Activity> = { ...this.stamp(context, conversationId, outgoing, activityId(conversationId, seq)), locale: outgoing.locale ?? fallbackLocale };
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
   * "Forget me" on Direct Line: the summary pages made in the conversation are taken down, the transcript is replaced by
   * the request and the confirmation alone (Web Chat waits for the request's echo; the words "forget me" say nothing
   * about anyone) and an endOfConversation activity, readable for FORGET_GRACE_MS so the client's next poll or its open
   * stream still shows the confirmation, and the conversation is revoked on every instance: its tokens open nothing any more.
   * The log restarts where the request stood, so a client holding any watermark sees exactly the confirmation next.
   */
  private async forget(context: TurnContext, echo: Partial<Activity> | undefined): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return;
    const codes = await this.deps.conversations.summaryCodes(conversationId);
    if (this.deps.summaries && codes.length > 0) await this.deps.summaries.delete(codes);
    const deleted = { summaryCodes: this.deps.summaries ? codes : [] };
    const end = (await this.deps.conversations.list(conversationId, Number.MAX_SAFE_INTEGER)).watermark;
    const first = Math.max(0, echo ? end - 1 : end);
    const held = context.turnState.get<Partial<Activity>[] | undefined>(HELD_KEY) ?? [];
    let confirmed = false;
    const replies = held.map((reply, i): Partial<Activity> => {
      const stamped = this.stamp(context, conversationId, reply, activityId(conversationId, first + (echo ? 1 : 0) + i));
      if (confirmed || reply.type !== ActivityTypes.Message || !this.deps.forgetConfirmation) return stamped;
      confirmed = true;
      return { ...stamped, text: this.deps.forgetConfirmation(langOfLocale(reply.locale), deleted) };
    });
    // The standard signal that the bot ended the conversation: a client (the widget) can start a fresh one on it.
    const ending = this.stamp(context, conversationId, {
      type: ActivityTypes.EndOfConversation, code: 'userRequested', locale: replies[0]?.locale ?? BOT_LOCALE[langOfLocale(context.activity.locale)],
    }, activityId(conversationId, first + (echo ? 1 : 0) + replies.length), false);
    await this.deps.conversations.revoke(conversationId, {
      firstWatermark: first, keep: [...(echo ? [echo] : []), ...replies, ending], graceMs: FORGET_GRACE_MS, rememberMs: REVOCATION_MS,
    });
  }

  /**
   * The bot's failure is the service's problem, not the resident's: a kind message instead of an error, or the crisis
   * card when the message was a crisis and the turn broke before answering it.
   */
  private async runTurn(activity: Partial<Activity>, logic: BotLogic, echo?: Partial<Activity>): Promise<void> {
    const context = new TurnContext(this, activity);
    const conversationId = activity.conversation?.id ?? '';
    await directLineTurn.run(conversationId, async () => {
      try {
        await this.runMiddleware(context, logic);
      } catch (err) {
        this.deps.onTurnError?.(err, conversationId);
        if (activity.type === ActivityTypes.Message) {
          const crisis = context.responded ? undefined : this.deps.replies.crisis(activity);
          const message = crisis ?? this.deps.replies.unavailable(activity);
          try {
            await context.sendActivity(message);
          } catch (sendErr) {
            this.deps.onTurnError?.(sendErr, conversationId);
            // The store went down mid-turn: the resident still hears from us on their next poll.
            if (conversationId && isStoreUnavailable(sendErr)) {
              this.queueOutageNotices(conversationId, [{
                ...message, id: `${activity.id ?? conversationId}-reply`, replyToId: activity.id, timestamp: new Date(this.now()),
                channelId: CHANNEL_ID, conversation: activity.conversation, from: BOT_ACCOUNT, recipient: activity.from,
              }]);
            }
          }
        }
      }
    });
    if (context.turnState.get(FORGOTTEN_TURN_KEY) === true) await this.forget(context, echo);
  }
}

/** A plain-data copy, as a store would give it back (only outage notices, held in memory, need one). */
function toWire(activity: Partial<Activity>): Partial<Activity> {
  return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
}
