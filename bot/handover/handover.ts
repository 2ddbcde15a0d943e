// Handing a resident over from the web chat to service-guidance staff in a Teams channel, and back. The state lives in the
// HandoverStore (every instance sees it), the resident's side goes through their Direct Line transcript and the staff's
// through the Teams connector, so either side's messages may be served by any instance. Nothing typed is logged.
import { randomBytes } from 'node:crypto';
import type { Activity, Attachment, TurnContext } from 'botbuilder';
import type { Catalogue, Matcher } from '../../knowledge/contracts.js';
import { asksForPerson } from '../../knowledge/handover-intent.js';
import { LANGS, type Lang } from '../../knowledge/vocabulary.js';
import { type Command, normaliseCommandText } from '../../dialogs/commands.js';
import type { I18n } from '../../dialogs/i18n.js';
import type { CounterStore } from '../../dialogs/ports.js';
import type { Session } from '../../dialogs/session.js';
import { readButton } from '../../dialogs/ui/actions.js';
import { mentionsBot } from '../message-text.js';
import { resultCard } from '../../dialogs/ui/cards.js';
import { actionSet, ADAPTIVE_CARD, card, cardMessage, safeText, submit, text, withReadableText } from '../../dialogs/ui/card-kit.js';
import { consentCard, messageCard, requestCard, type RequestStatus, sharedFacts, timeOf } from './cards.js';
import type { HandoverQueue, HandoverStore, HandoverTicket, RelayMessage, ResidentChannel, StaffChannel } from './ports.js';

/** When staff are there (HANDOFF_HOURS); see hours.ts. */
export interface Hours {
  isOpen(at: Date): boolean;
  nextOpening(at: Date): Date | undefined;
  describe(lang: Lang): string;
}

export interface HandoverSettings {
  hours: Hours;
  waitMinutes: number;
  /** The municipality's service-guidance contact, free text per language (HANDOFF_CONTACT_FI|SV|EN). */
  contact: Partial<Record<Lang, string>>;
  /** How long a request and its indexes are kept: the conversation's TTL. */
  ttlMs: number;
  /** HANDOFF_MAX_WAITING: with this many requests waiting unaccepted, the next resident is told all staff are busy (0 = no cap). */
  maxWaiting: number;
}

export interface HandoverDeps {
  store: HandoverStore;
  staff: StaffChannel;
  resident: ResidentChannel;
  i18n: I18n;
  catalogue: Catalogue;
  matcher: Matcher;
  counters: CounterStore;
  settings: HandoverSettings;
  now?: () => number;
  /** Failures of the other side's channel (never with message text). */
  onError: (err: unknown, what: string) => void;
}

/** Words that end a handover when they are the whole message, on either side. */
const END_WORDS = new Set(['lopeta', 'lopetetaan', 'lopeta keskustelu', 'avsluta', 'avsluta samtalet', 'avsluta chatten', 'end', 'end chat', 'end conversation', 'end the chat']);
/** Teams commands that make a channel the staff queue (after the @mention is stripped). */
const REGISTER = new Map<string, Lang>([['ota yhteydenotot tanne', 'fi'], ['ta emot kontakter har', 'sv'], ['take requests here', 'en']]);
/**
 * Staff mark the queue busy and back from the queue channel (whole messages, folded: "på plats" → "pa plats"), or ask
 * how it stands. Confirmed in the queue's language, whichever language the word was in.
 */
type QueueCommand = 'pause' | 'resume' | 'status';
const QUEUE_WORDS: Record<QueueCommand, readonly string[]> = {
  pause: ['tauko', 'tauolla', 'jono tauolle', 'kaikki varattuja', 'paus', 'pausa', 'upptagna', 'alla upptagna', 'pause', 'busy', 'all busy'],
  resume: ['paikalla', 'tauko ohi', 'jatketaan', 'på plats', 'tillbaka', 'available', 'back', 'resume'],
  status: ['jonon tila', 'tila', 'köns status', 'status', 'queue status'],
};
const QUEUE_COMMANDS = new Map<string, QueueCommand>(
  (Object.entries(QUEUE_WORDS) as [QueueCommand, readonly string[]][]).flatMap(([command, words]) => words.map((w) => [normaliseCommandText(w), command] as const)),
);
/** "@Luotsi lähetä ruoka-apu Espoo": staff look for an activity to send into the conversation. */
const SEND = /^(?:laheta|skicka|send)\s+(.+)$/;

const MAX_RELAYED = 4000;
const MAX_SHARED_TEXT = 1000;
const TYPING_EVERY_MS = 3000;
/** Why nobody can come; `paused` (staff marked the queue busy) and `full` (HANDOFF_MAX_WAITING) both read "all busy". */
type UnavailableReason = 'noQueue' | 'closed' | 'paused' | 'full' | 'unreachable' | 'tooMany';

/** Requests one conversation may make (each posts a card to the staff channel). */
const MAX_REQUESTS_PER_CONVERSATION = 3;


/** Staff messages come from Teams as HTML or markdown-ish text; the resident sees plain text. */
export function plainFromTeams(value: string): string {
  return value
    .replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|li)>/gi, '\n').replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n').trim()
    .slice(0, MAX_RELAYED);
}

/** A first name or a role, never a full name: "Anna Virtanen" → "Anna". */
export function firstName(name: string | undefined): string {
  const first = (name ?? '').trim().split(/\s+/)[0]?.replace(/[^\p{L}\p{M}'-]/gu, '') ?? '';
  return first.slice(0, 30);
}

function waitBucket(ms: number): string {
  const min = ms / 60_000;
  return min < 1 ? '<1' : min < 3 ? '1-3' : min < 5 ? '3-5' : min < 10 ? '5-10' : '10+';
}

/** A card for the other side of the handover. */
const relayCard = (attachment: Attachment): RelayMessage => ({ card: attachment.content as Record<string, unknown> });

/** A relayed message as a Bot Framework activity (with its readable text when it carries a card). */
export const asActivity = (m: RelayMessage): Partial<Activity> => withReadableText({
  type: 'message',
  ...(m.text ? { text: m.text } : {}),
  ...(m.card ? { attachments: [{ contentType: ADAPTIVE_CARD, content: m.card }] } : {}),
});

export class HandoverService {
  private readonly now: () => number;
  private readonly lastTyping = new Map<string, number>();

  constructor(private readonly deps: HandoverDeps) {
    this.now = deps.now ?? Date.now;
  }

  private t(lang: Lang) {
    return (key: string, vars?: Record<string, string | number>) => this.deps.i18n.t(lang, key, vars);
  }

  private count(name: string, labels: Record<string, string>): void {
    this.deps.counters.increment(name, labels).catch((err: unknown) => this.deps.onError(err, 'handover counter'));
  }

  // --- the resident's side (a Direct Line turn) ---------------------------------------------------------------

  /**
   * The resident's turn, before any dialog: a handover button, a message while waiting or connected, or words asking for a
   * person. True when handled. The crisis guard has run already (see onCrisis).
   */
  async residentTurn(context: TurnContext, s: Session, command: Command | undefined, typed: string): Promise<boolean> {
    const conversationId = context.activity.conversation.id;
    const action = command?.action;
    if (command?.action === 'handoffFeedback') {
      this.count('handover_feedback', { helpful: command.helpful });
      await context.sendActivity(s.t('handover.feedbackThanks'));
      return true;
    }
    const open = s.data.handover ? await this.deps.store.forConversation(conversationId) : undefined;
    if (s.data.handover && !open) s.data.handover = undefined;
    if (open) return this.whileOpen(context, s, open, action, typed);
    if (action === 'handoffRequest') { await this.offer(context, s); return true; }
    if (command?.action === 'handoffConsent') { await this.request(context, s, command.share === 'text'); return true; }
    if (action === 'handoffCancel' || action === 'handoffEnd') {
      await context.sendActivity(s.t('handover.notOpen'));
      return true;
    }
    if (!action && typed && asksForPerson(typed)) { await this.offer(context, s); return true; }
    return false;
  }

  private async whileOpen(context: TurnContext, s: Session, ticket: HandoverTicket, action: string | undefined, typed: string): Promise<boolean> {
    const ending = action === 'handoffEnd' || action === 'handoffCancel' || (!action && END_WORDS.has(normaliseCommandText(typed)));
    if (ticket.state === 'waiting') {
      if (ending) return this.cancel(context, s, ticket).then(() => true);
      // Changing the language or reading the summary still works while waiting; any other button or message gets the line.
      if (action === 'lang' || action === 'summary' || action === 'forget') return false;
      await this.tellPosition(context, s, ticket, 'handover.stillWaiting');
      return true;
    }
    if (ending) {
      await this.end(ticket, 'resident', context, s);
      return true;
    }
    if (action === 'lang' || action === 'summary' || action === 'forget' || action === 'save') return false;
    if (action || !typed) {
      await context.sendActivity(cardMessage(messageCard(s.t('handover.connectedOnly', { name: ticket.staff?.name ?? '' }), [
        { title: s.t('handover.endButton'), data: { action: 'handoffEnd' } },
      ])));
      return true;
    }
    await this.relayToStaff(context, s, ticket, typed);
    return true;
  }

  private async relayToStaff(context: TurnContext, s: Session, ticket: HandoverTicket, typed: string): Promise<void> {
    const queueLang = await this.queueLang();
    try {
      await this.deps.staff.postInThread(ticket, { text: this.t(queueLang)('staff:handover.residentSays', { text: typed.slice(0, MAX_RELAYED) }) });
    } catch (err) {
      this.deps.onError(err, 'handover relay to staff');
      await context.sendActivity(s.t('handover.notDelivered'));
    }
  }

  /** A crisis message during a handover: the resident has had the crisis card; staff see a flag (and, when connected, the words). */
  async onCrisis(context: TurnContext, s: Session, typed: string): Promise<void> {
    if (!s.data.handover) return;
    const ticket = await this.deps.store.forConversation(context.activity.conversation.id);
    if (!ticket?.card) return;
    const t = this.t(await this.queueLang());
    try {
      if (ticket.state === 'active') await this.deps.staff.postInThread(ticket, { text: t('staff:handover.residentSays', { text: typed.slice(0, MAX_RELAYED) }) });
      await this.deps.staff.postInThread(ticket, { text: t(ticket.state === 'active' ? 'staff:handover.crisisFlag' : 'staff:handover.crisisFlagWaiting') });
    } catch (err) {
      this.deps.onError(err, 'handover crisis flag');
    }
  }

  /** The resident types while connected: staff see "typing…" (at most every few seconds). */
  async residentTyping(conversationId: string): Promise<void> {
    const last = this.lastTyping.get(conversationId) ?? 0;
    if (this.now() - last < TYPING_EVERY_MS) return;
    this.lastTyping.set(conversationId, this.now());
    if (this.lastTyping.size > 10_000) this.lastTyping.clear();
    const ticket = await this.deps.store.forConversation(conversationId);
    if (ticket?.state !== 'active') return;
    await this.deps.staff.typingInThread(ticket).catch((err: unknown) => this.deps.onError(err, 'handover typing'));
  }

  /** Whether anyone can come now: a queue, opening hours, not paused by staff, room in line. Undefined = available. */
  private async unavailableReason(): Promise<{ reason: 'noQueue' | 'closed' | 'paused' | 'full'; queue?: HandoverQueue } | { queue: HandoverQueue; reason?: undefined }> {
    const queue = await this.deps.store.getQueue();
    if (!queue) return { reason: 'noQueue' };
    if (!this.deps.settings.hours.isOpen(new Date(this.now()))) return { reason: 'closed', queue };
    if (await this.deps.store.getPause()) return { reason: 'paused', queue };
    const max = this.deps.settings.maxWaiting;
    if (max > 0 && await this.deps.store.waitingCount(this.now()) >= max) return { reason: 'full', queue };
    return { queue };
  }

  /** "Nobody can come": why, honestly, with the municipality's contact and the crisis lines. */
  private unavailableText(lang: Lang, reason: UnavailableReason | 'noAnswer'): string {
    const t = this.t(lang);
    const { hours, contact } = this.deps.settings;
    const parts: string[] = [];
    if (reason === 'closed') {
      const next = hours.nextOpening(new Date(this.now()));
      parts.push(t('handover.unavailable.closed', { hours: hours.describe(lang) }));
      if (next) parts.push(t('handover.unavailable.next', { when: formatWhen(next, lang) }));
    } else if (reason === 'paused' || reason === 'full') {
      parts.push(t('handover.unavailable.busy'));
    } else {
      parts.push(t(`handover.unavailable.${reason}`));
    }
    const reach = contact[lang] ?? contact.fi;
    parts.push(reach ? t('handover.unavailable.contact', { contact: reach }) : t('handover.unavailable.noContact'));
    parts.push(t('handover.unavailable.crisis'));
    return parts.join('\n\n');
  }

  /** Tells the resident nobody can come, and why; counted without text. */
  private async refuse(context: TurnContext, s: Session, reason: UnavailableReason): Promise<void> {
    this.count('handover_unavailable', { reason, lang: s.lang });
    await context.sendActivity(this.unavailableText(s.lang, reason));
  }

  private async offer(context: TurnContext, s: Session): Promise<void> {
    const available = await this.unavailableReason();
    if (available.reason) return this.refuse(context, s, available.reason);
    const ticketLike = this.draft(context, s, false);
    await context.sendActivity(cardMessage(consentCard(s.t, sharedFacts(ticketLike, s.lang, this.deps.catalogue), Boolean(s.data.query?.text))));
  }

  /** The ticket as it would be shared: what the bot understood, and the words only with consent. */
  private draft(context: TurnContext, s: Session, withText: boolean): HandoverTicket {
    const now = this.now();
    const query = s.data.query;
    const facets = query?.facets ?? {};
    const filters: Record<string, string> = {};
    if (facets.age !== undefined) filters.age = String(facets.age);
    else if (facets.ageGroup) filters.ageGroup = this.deps.i18n.t(s.lang, `staff:handover.ageGroup.${facets.ageGroup}`);
    if (facets.language) filters.language = facets.language;
    if (facets.channel) filters.channel = facets.channel;
    return {
      id: randomBytes(9).toString('base64url'),
      state: 'waiting',
      conversationId: context.activity.conversation.id,
      lang: s.lang,
      situations: [...(query?.situationIds ?? [])],
      ...(facets.municipality ? { municipality: facets.municipality } : {}),
      filters,
      ...(withText && query?.text ? { sharedText: query.text.slice(0, MAX_SHARED_TEXT) } : {}),
      createdAt: now,
      deadline: now + this.deps.settings.waitMinutes * 60_000,
    };
  }

  private async request(context: TurnContext, s: Session, withText: boolean): Promise<void> {
    const available = await this.unavailableReason();
    if (available.reason) return this.refuse(context, s, available.reason);
    // A conversation that asks and cancels again and again would flood the staff channel with cards.
    if ((s.data.handoverRequests ?? 0) >= MAX_REQUESTS_PER_CONVERSATION) return this.refuse(context, s, 'tooMany');
    const ticket = this.draft(context, s, withText);
    // The cap is checked again as the request is stored: two residents asking at once cannot both take the last place.
    const opened = await this.deps.store.open(ticket, this.deps.settings.ttlMs, this.deps.settings.maxWaiting);
    if ('full' in opened) return this.refuse(context, s, 'full');
    if ('existing' in opened) {
      s.data.handover = opened.existing.id;
      await this.whileOpen(context, s, opened.existing, undefined, '');
      return;
    }
    const queue = available.queue;
    const t = this.t(queue.lang);
    let activityId: string;
    try {
      activityId = await this.deps.staff.postRequest(queue, requestCard(t, queue.lang, ticket, this.deps.catalogue, { kind: 'waiting' }).content as Record<string, unknown>, t('staff:handover.request.title'));
    } catch (err) {
      this.deps.onError(err, 'handover request card');
      await this.deps.store.transition(ticket.id, ['waiting'], 'expired', { endedAt: this.now(), endedBy: 'expiry' });
      return this.refuse(context, s, 'unreachable');
    }
    const threadId = `${queue.channelId};messageid=${activityId}`;
    const withCard = await this.deps.store.transition(ticket.id, ['waiting'], 'waiting', {
      card: { activityId, threadId, serviceUrl: queue.serviceUrl, channelId: queue.channelId },
    });
    s.data.handover = ticket.id;
    s.data.handoverRequests = (s.data.handoverRequests ?? 0) + 1;
    this.count('handover_requested', { lang: s.lang, shared: withText ? 'text' : 'summary' });
    await this.tellPosition(context, s, withCard ?? ticket, 'handover.waiting', opened.position);
  }

  private async tellPosition(context: TurnContext, s: Session, ticket: HandoverTicket, key: string, known?: number): Promise<void> {
    const position = known ?? (await this.deps.store.position(ticket.id)) ?? 1;
    const minutes = Math.max(1, Math.ceil((ticket.deadline - this.now()) / 60_000));
    const place = position <= 1 ? s.t('handover.placeFirst') : s.t('handover.place', { n: position });
    await context.sendActivity(cardMessage(messageCard(s.t(key, { place, minutes }), [
      { title: s.t('handover.cancelButton'), data: { action: 'handoffCancel' } },
    ])));
  }

  private async cancel(context: TurnContext, s: Session, ticket: HandoverTicket): Promise<void> {
    const done = await this.deps.store.transition(ticket.id, ['waiting'], 'cancelled', { endedAt: this.now(), endedBy: 'resident' });
    s.data.handover = undefined;
    if (!done) {
      // Accepted a moment ago: end it properly instead.
      const current = await this.deps.store.get(ticket.id);
      if (current?.state === 'active') return this.end(current, 'resident', context, s);
      await context.sendActivity(s.t('handover.notOpen'));
      return;
    }
    this.count('handover_cancelled', { lang: s.lang });
    await this.updateCard(done, { kind: 'cancelled', at: this.now() });
    await context.sendActivity(s.t('handover.cancelled'));
  }

  /** "Forget me" during a handover: it ends, staff are told, and the request is erased. */
  async forget(conversationId: string): Promise<void> {
    const ticket = await this.deps.store.forConversation(conversationId);
    if (!ticket) return;
    const ended = await this.deps.store.transition(ticket.id, ['waiting', 'active'], 'ended', { endedAt: this.now(), endedBy: 'forget' });
    if (ended) {
      await this.updateCard(ended, { kind: 'ended', by: 'forget', at: this.now() });
      if (ended.card) {
        const t = this.t(await this.queueLang());
        await this.deps.staff.postInThread(ended, { text: t('staff:handover.forgotten') }).catch((err: unknown) => this.deps.onError(err, 'handover forget note'));
      }
      this.count('handover_ended', { by: 'forget' });
    }
    await this.deps.store.erase(ticket.id);
  }

  // --- the staff's side (a Teams turn) ----------------------------------------------------------------------

  /**
   * A Teams message before anything else reads it: the queue command, an accept or end button, a message in a request's
   * thread. True when handled (a colleague's remark in an ended thread is left alone, and also counts as handled).
   */
  async staffTurn(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (activity.type !== 'message') return false;
    const button = readButton(activity.value);
    if (button?.action === 'handoffAccept') { await this.accept(context, button.ticket); return true; }
    if (button?.action === 'handoffEnd' && button.ticket) { await this.staffEnd(context, button.ticket); return true; }
    if (button?.action === 'handoffSend') { await this.send(context, button.ticket, button.id); return true; }
    const typed = typeof activity.text === 'string' ? activity.text : '';
    const conversationId = activity.conversation.id;
    const inChannel = activity.conversation.conversationType === 'channel';
    const registerLang = REGISTER.get(normaliseCommandText(typed));
    if (registerLang && inChannel) { await this.register(context, registerLang); return true; }
    const ticket = conversationId.includes(';messageid=') ? await this.deps.store.forThread(conversationId) : undefined;
    const queueCommand = inChannel ? QUEUE_COMMANDS.get(normaliseCommandText(plainFromTeams(typed))) : undefined;
    // The connected staff member's words are for the resident, even when they are a queue word ("paikalla" = "here").
    const toResident = ticket?.state === 'active' && ticket.staff?.id === this.staffOf(context).id;
    if (queueCommand && !toResident && await this.queueCommand(context, queueCommand)) return true;
    if (!ticket) return false;
    await this.threadMessage(context, ticket, typed);
    return true;
  }

  /**
   * Pause, resume or status, from the queue channel (a new post or any thread but a connected staff member's own). In
   * another channel only when the bot is @mentioned (then it says where the queue is); otherwise false: not handled.
   */
  private async queueCommand(context: TurnContext, command: QueueCommand): Promise<boolean> {
    const queue = await this.deps.store.getQueue();
    const channelId = context.activity.conversation.id.split(';')[0];
    const t = this.t(queue?.lang ?? 'fi');
    if (!queue || queue.channelId !== channelId) {
      if (!mentionsBot(context.activity)) return false;
      await context.sendActivity(t(queue ? 'staff:handover.queue.notHere' : 'staff:handover.queue.none'));
      return true;
    }
    const lang = queue.lang;
    const now = this.now();
    const { hours, maxWaiting } = this.deps.settings;
    if (command === 'pause') {
      const by = this.staffOf(context).name || t('staff:handover.someone');
      const paused = await this.deps.store.pause({ at: now, by });
      if ('already' in paused) {
        await context.sendActivity(t('staff:handover.queue.alreadyPaused', { name: safeText(paused.already.by), time: timeOf(paused.already.at, lang) }));
        return true;
      }
      this.count('handover_paused', {});
      const waiting = await this.deps.store.waitingCount(now);
      await context.sendActivity([t('staff:handover.queue.paused', { name: safeText(by) }), waiting > 0 ? t('staff:handover.queue.stillWaiting', { n: waiting }) : '']
        .filter(Boolean).join('\n\n'));
      return true;
    }
    if (command === 'resume') {
      const was = await this.deps.store.resume();
      if (was) this.count('handover_resumed', {});
      const lines = [
        was ? t('staff:handover.queue.resumed', { name: safeText(was.by), time: timeOf(was.at, lang) }) : t('staff:handover.queue.notPaused'),
        hours.isOpen(new Date(now)) ? '' : t('staff:handover.queue.outsideHours', { hours: hours.describe(lang) }),
      ];
      await context.sendActivity(lines.filter(Boolean).join('\n\n'));
      return true;
    }
    const [pause, waiting] = await Promise.all([this.deps.store.getPause(), this.deps.store.waitingCount(now)]);
    const lines = [
      pause ? t('staff:handover.queue.statusPaused', { name: safeText(pause.by), time: timeOf(pause.at, lang) })
        : hours.isOpen(new Date(now)) ? t('staff:handover.queue.statusOpen') : t('staff:handover.queue.outsideHours', { hours: hours.describe(lang) }),
      maxWaiting > 0 ? t('staff:handover.queue.statusWaitingOf', { n: waiting, max: maxWaiting }) : t('staff:handover.queue.statusWaiting', { n: waiting }),
    ];
    await context.sendActivity(lines.join('\n\n'));
    return true;
  }

  private async register(context: TurnContext, lang: Lang): Promise<void> {
    const { activity } = context;
    const channelId = activity.conversation.id.split(';')[0] ?? activity.conversation.id;
    const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    await this.deps.store.setQueue({ serviceUrl: activity.serviceUrl, channelId, lang, registeredAt: this.now(), ...(tenantId ? { tenantId } : {}) });
    const { hours, waitMinutes, contact } = this.deps.settings;
    const t = this.t(lang);
    await context.sendActivity(t('staff:handover.registered', { hours: hours.describe(lang), minutes: waitMinutes }));
    if (!contact.fi) await context.sendActivity(t('staff:handover.noContactConfigured'));
    // A pause is the team's, not the channel's: moving the queue keeps it, and says so.
    const pause = await this.deps.store.getPause();
    if (pause) await context.sendActivity(t('staff:handover.queue.statusPaused', { name: safeText(pause.by), time: timeOf(pause.at, lang) }));
  }

  private staffOf(context: TurnContext): { id: string; name: string } {
    const from = context.activity.from;
    return { id: from.aadObjectId ?? from.id, name: firstName(from.name) };
  }

  private async accept(context: TurnContext, ticketId: string): Promise<void> {
    const lang = await this.queueLang();
    const t = this.t(lang);
    const staff = this.staffOf(context);
    const now = this.now();
    const accepted = await this.deps.store.transition(ticketId, ['waiting'], 'active', { staff, acceptedAt: now });
    if (!accepted) {
      const current = await this.deps.store.get(ticketId);
      const message = current?.state === 'active'
        ? (current.staff?.id === staff.id ? t('staff:handover.alreadyYours') : t('staff:handover.taken', { name: safeText(current.staff?.name ?? '') }))
        : t('staff:handover.notWaiting');
      await context.sendActivity(message);
      return;
    }
    this.count('handover_accepted', { lang: accepted.lang, wait: waitBucket(now - accepted.createdAt) });
    // The resident hears first; the card in Teams is updated at the same time, not before.
    const cardUpdated = this.updateCard(accepted, { kind: 'active', staffName: staff.name || t('staff:handover.someone'), at: now }, lang);
    const rt = this.t(accepted.lang);
    const name = staff.name || rt('handover.aWorker');
    const delivered = await this.deps.resident.deliver(accepted.conversationId, accepted.lang, [
      relayCard(messageCard(rt('handover.joined', { name }), [{ title: rt('handover.endButton'), data: { action: 'handoffEnd' } }])),
    ], { name });
    await cardUpdated;
    if (!delivered) {
      await this.finish(accepted, 'resident');
      await this.postThread(accepted, t('staff:handover.residentGone'));
      return;
    }
    await this.postThread(accepted, t('staff:handover.connected', { name: staff.name || t('staff:handover.someone') }));
  }

  private async threadMessage(context: TurnContext, ticket: HandoverTicket, typed: string): Promise<void> {
    const staff = this.staffOf(context);
    const t = this.t(await this.queueLang());
    const addressed = mentionsBot(context.activity);
    if (ticket.state !== 'active') {
      // A colleague's remark in an old thread is none of the bot's business; asked directly, it says the request is closed.
      if (addressed) await context.sendActivity(t('staff:handover.notActive'));
      return;
    }
    if (ticket.staff && ticket.staff.id !== staff.id) {
      if (addressed) await context.sendActivity(t('staff:handover.taken', { name: safeText(ticket.staff.name) }));
      // Otherwise once per thread (whichever instance is first), so a colleague knows the resident does not read them.
      else if (await this.deps.store.flagOnce(ticket.id, 'colleagueNoted')) {
        await context.sendActivity(t('staff:handover.colleagueNote', { name: safeText(ticket.staff.name || t('staff:handover.someone')) }));
      }
      return;
    }
    const plain = plainFromTeams(typed);
    if (END_WORDS.has(normaliseCommandText(plain))) return this.staffEnd(context, ticket.id);
    const send = addressed ? SEND.exec(normaliseCommandText(plain)) : null;
    if (send?.[1]) return this.offerToSend(context, ticket, plain.replace(/^\s*\S+\s+/, ''));
    if (!plain) return;
    const delivered = await this.deps.resident.deliver(ticket.conversationId, ticket.lang, [{ text: plain }], { name: ticket.staff?.name || this.t(ticket.lang)('handover.aWorker') });
    if (!delivered) {
      await this.finish(ticket, 'resident');
      await context.sendActivity(t('staff:handover.residentGone'));
    }
  }

  /** Staff search inside a conversation: the best few activities, each with a button that sends it to the resident. */
  private async offerToSend(context: TurnContext, ticket: HandoverTicket, query: string): Promise<void> {
    const lang = await this.queueLang();
    const t = this.t(lang);
    const result = this.deps.matcher.match({ text: query.slice(0, 500), lang, ...(ticket.municipality ? { facets: { municipality: ticket.municipality } } : {}) });
    const top = result.results.slice(0, 3);
    if (top.length === 0) {
      await context.sendActivity(t('staff:handover.sendNone'));
      return;
    }
    const body = [text(t('staff:handover.sendPick'), { weight: 'Bolder' })];
    for (const r of top) {
      body.push(text(`${safeText(r.activity.title[lang])} – ${safeText(r.activity.organisation.name)}`, { separator: true }));
      body.push(actionSet([submit(t('staff:handover.sendButton'), { action: 'handoffSend', ticket: ticket.id, id: r.id })]));
    }
    await context.sendActivity(cardMessage(card(body, [], { summary: t('staff:handover.sendPick'), lines: top.map((r) => r.activity.title[lang]) })));
  }

  private async send(context: TurnContext, ticketId: string, activityId: string): Promise<void> {
    const lang = await this.queueLang();
    const t = this.t(lang);
    const ticket = await this.deps.store.get(ticketId);
    const activity = this.deps.catalogue.activityById.get(activityId);
    if (ticket?.state !== 'active' || !activity || (ticket.staff && ticket.staff.id !== this.staffOf(context).id)) {
      await context.sendActivity(t('staff:handover.notActive'));
      return;
    }
    const rt = this.t(ticket.lang);
    const name = ticket.staff?.name || rt('handover.aWorker');
    const situationNames = ticket.situations.map((id) => this.deps.catalogue.situations.get(id as never)?.name[ticket.lang]).filter((n): n is string => Boolean(n));
    const result = { id: activity.id, activity, title: activity.title[ticket.lang], typeIds: activity.typeIds, score: 1, why: [] };
    const delivered = await this.deps.resident.deliver(ticket.conversationId, ticket.lang, [
      { text: rt('handover.sentActivity', { name }) },
      relayCard(resultCard(rt, ticket.lang, this.deps.catalogue, { result, situationNames, saved: false })),
    ], { name });
    await context.sendActivity(delivered ? t('staff:handover.sent', { title: safeText(activity.title[lang]) }) : t('staff:handover.residentGone'));
  }

  private async staffEnd(context: TurnContext, ticketId: string): Promise<void> {
    const ticket = await this.deps.store.get(ticketId);
    const t = this.t(await this.queueLang());
    if (ticket?.state !== 'active') {
      await context.sendActivity(t('staff:handover.notActive'));
      return;
    }
    await this.end(ticket, 'staff');
  }

  // --- either side ----------------------------------------------------------------------------------------

  /** Marks the ticket ended (once, whoever is first) and updates the card; undefined when it was no longer open. */
  private async finish(ticket: HandoverTicket, by: 'resident' | 'staff'): Promise<HandoverTicket | undefined> {
    const ended = await this.deps.store.transition(ticket.id, ['waiting', 'active'], 'ended', { endedAt: this.now(), endedBy: by });
    if (!ended) return undefined;
    this.count('handover_ended', { by });
    await this.updateCard(ended, { kind: 'ended', by, at: this.now() });
    return ended;
  }

  /** Ends the conversation: both sides are told, and the resident is back with Luotsi and asked whether it helped. */
  private async end(ticket: HandoverTicket, by: 'resident' | 'staff', context?: TurnContext, s?: Session): Promise<void> {
    const ended = await this.finish(ticket, by);
    if (!ended) {
      if (context && s) await context.sendActivity(s.t('handover.notOpen'));
      return;
    }
    const rt = this.t(ended.lang);
    const name = ended.staff?.name || rt('handover.aWorker');
    const back = messageCard(rt(by === 'staff' ? 'handover.endedByStaff' : 'handover.endedByYou', { name }) + '\n\n' + rt('handover.backToBot'), [
      { title: rt('feedback.yes'), data: { action: 'handoffFeedback', helpful: 'yes' } },
      { title: rt('feedback.no'), data: { action: 'handoffFeedback', helpful: 'no' } },
    ]);
    const qt = this.t(await this.queueLang());
    if (by === 'resident' && context && s) {
      s.data.handover = undefined;
      await context.sendActivity(cardMessage(back));
      await this.postThread(ended, qt('staff:handover.endedByResident'));
    } else {
      await this.deps.resident.deliver(ended.conversationId, ended.lang, [relayCard(back)]);
      await this.postThread(ended, qt('staff:handover.endedByYou'));
    }
  }

  /** Waiting requests past their deadline, found by whichever instance looks first: the resident is told, the card updated. */
  async expireDue(): Promise<number> {
    const ids = await this.deps.store.due(this.now());
    let expired = 0;
    for (const id of ids) {
      const ticket = await this.deps.store.transition(id, ['waiting'], 'expired', { endedAt: this.now(), endedBy: 'expiry' });
      if (!ticket) continue;
      expired++;
      this.count('handover_expired', { lang: ticket.lang });
      await this.updateCard(ticket, { kind: 'expired', at: this.now() });
      await this.deps.resident.deliver(ticket.conversationId, ticket.lang, [{ text: this.unavailableText(ticket.lang, 'noAnswer') }])
        .catch((err: unknown) => this.deps.onError(err, 'handover expiry notice'));
    }
    return expired;
  }

  private async updateCard(ticket: HandoverTicket, status: RequestStatus, queueLang?: Lang): Promise<void> {
    if (!ticket.card) return;
    const lang = queueLang ?? await this.queueLang();
    const t = this.t(lang);
    const updated = requestCard(t, lang, ticket, this.deps.catalogue, status);
    await this.deps.staff.updateRequest(ticket, updated.content as Record<string, unknown>, t('staff:handover.request.title'))
      .catch((err: unknown) => this.deps.onError(err, 'handover card update'));
  }

  private async postThread(ticket: HandoverTicket, message: string): Promise<void> {
    if (!ticket.card) return;
    await this.deps.staff.postInThread(ticket, { text: message }).catch((err: unknown) => this.deps.onError(err, 'handover thread note'));
  }

  private async queueLang(): Promise<Lang> {
    const lang = (await this.deps.store.getQueue())?.lang;
    return lang && (LANGS as readonly string[]).includes(lang) ? lang : 'fi';
  }
}


const WHEN: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
  sv: new Intl.DateTimeFormat('sv-SE', { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
};
const formatWhen = (at: Date, lang: Lang) => WHEN[lang].format(at);
