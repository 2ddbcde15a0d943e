// Handing a resident over to service-guidance staff in Teams: what the handover needs from the world, as ports.
// The state store keeps the queue and the requests (adapters/storage), Teams carries the staff side (adapters/teams),
// Direct Line the resident's (adapters/directline). Nothing here knows either channel's SDK.
import type { Lang } from '../../knowledge/vocabulary.js';

/** The Teams channel that takes requests: registered with a command in that channel, shared by every instance. */
export interface HandoverQueue {
  /** The Bot Framework service URL of the tenant (where messages to the channel are posted). */
  serviceUrl: string;
  /** The channel's conversation id (without `;messageid=`). */
  channelId: string;
  tenantId?: string;
  /** The language the registering staff member wrote in: the queue's cards use it. */
  lang: Lang;
  registeredAt: number;
}

/** Staff marked the queue busy from the queue channel ("tauko"): residents are told at once and not queued until resumed. */
export interface HandoverPause {
  at: number;
  /** The first name of the staff member who paused it (shown in the channel only). */
  by: string;
}

/**
 * waiting: in the queue, nobody has accepted; active: a staff member has it; ended: either side ended it;
 * expired: nobody accepted in time (or the queue closed); cancelled: the resident withdrew before anyone accepted.
 */
export type HandoverState = 'waiting' | 'active' | 'ended' | 'expired' | 'cancelled';
export const OPEN_STATES: readonly HandoverState[] = ['waiting', 'active'];

/** One resident's request for a person. Never holds what was typed unless the resident agreed (`sharedText`). */
export interface HandoverTicket {
  id: string;
  state: HandoverState;
  /** The resident's web chat conversation. */
  conversationId: string;
  lang: Lang;
  /** What the bot understood: situation ids, chosen filters (municipality, age, format…), as ids or short labels. */
  situations: string[];
  municipality?: string;
  filters: Record<string, string>;
  /** The resident's own words, only when they agreed to share them (at most 1000 characters). */
  sharedText?: string;
  createdAt: number;
  /** When a waiting request expires (createdAt + HANDOFF_WAIT_MINUTES). */
  deadline: number;
  acceptedAt?: number;
  endedAt?: number;
  endedBy?: 'resident' | 'staff' | 'expiry' | 'forget';
  /** The staff member who accepted: their channel id and the first name shown to the resident. */
  staff?: { id: string; name: string };
  /** The request card in the queue channel, and its thread (`CHANNEL_ID;messageid=CARD_ID`). */
  card?: { activityId: string; threadId: string; serviceUrl: string; channelId: string };
  /** A colleague's message in the thread has been answered once with who is connected (see HandoverStore.flagOnce). */
  colleagueNoted?: boolean;
}

/** Flags set at most once on a ticket, by whichever instance is first. */
export type TicketFlag = 'colleagueNoted';

export interface HandoverStore {
  setQueue(queue: HandoverQueue): Promise<void>;
  getQueue(): Promise<HandoverQueue | undefined>;
  /** Pauses the queue unless it is paused already; then `{ already }` names the pause in force (the first one wins). */
  pause(pause: HandoverPause): Promise<{ paused: HandoverPause } | { already: HandoverPause }>;
  /** Ends the pause; returns the pause that was in force, undefined when the queue was not paused. */
  resume(): Promise<HandoverPause | undefined>;
  getPause(): Promise<HandoverPause | undefined>;
  /**
   * Stores a new waiting ticket, the conversation's only open one, kept `ttlMs` (then gone, whatever its state).
   * Returns its place in line (1 = next) or `{ existing }` when the conversation already has an open ticket, or
   * `{ full: true }` (nothing stored) when `maxWaiting` (> 0) requests already wait unaccepted before their deadline:
   * counted and decided in the same atomic step, so two instances cannot both take the last place.
   */
  open(ticket: HandoverTicket, ttlMs: number, maxWaiting?: number): Promise<{ position: number } | { existing: HandoverTicket } | { full: true }>;
  /** How many requests wait unaccepted with their deadline after `now` (those past it are about to expire). */
  waitingCount(now: number): Promise<number>;
  /** Sets the flag on a kept ticket; true only for the one caller that set it (false when set already or gone). */
  flagOnce(id: string, flag: TicketFlag): Promise<boolean>;
  get(id: string): Promise<HandoverTicket | undefined>;
  /** The conversation's open (waiting or active) ticket. */
  forConversation(conversationId: string): Promise<HandoverTicket | undefined>;
  /** The ticket whose request card started this thread (open or not, while it is kept). */
  forThread(threadId: string): Promise<HandoverTicket | undefined>;
  /**
   * Compare-and-set across instances: when the ticket's state is one of `from`, applies `patch` and the new state in one
   * step and returns the ticket as it now is; otherwise (or when it is gone) undefined. Leaving `waiting` takes it out
   * of the line; leaving the open states frees the conversation for a new request; a `card` in the patch indexes its
   * thread. So only one of two staff members pressing accept at once gets the ticket.
   */
  transition(id: string, from: readonly HandoverState[], to: HandoverState, patch?: Partial<Omit<HandoverTicket, 'id' | 'state'>>): Promise<HandoverTicket | undefined>;
  /** Place in line of a waiting ticket (1 = next), undefined when it is not waiting. */
  position(id: string): Promise<number | undefined>;
  /** Ids of waiting tickets whose deadline is at or before `now`, oldest first (at most `limit`). */
  due(now: number, limit?: number): Promise<string[]>;
  /** Removes the ticket and every index to it ("forget me"). */
  erase(id: string): Promise<void>;
}

/** A message for one side of a handover, already in the reader's language: text, an Adaptive Card, or both. */
export interface RelayMessage {
  text?: string;
  /** An Adaptive Card attachment's content (its `speak` gives the activity's readable text; see card-kit.ts). */
  card?: Record<string, unknown>;
}

/** The staff side: the Teams queue channel and the threads of its request cards. */
export interface StaffChannel {
  /** Posts a request card as a new post in the queue channel; returns the card's activity id (the thread's root). */
  postRequest(queue: HandoverQueue, card: Record<string, unknown>, summary: string): Promise<string>;
  /** Replaces the request card (accepted by, expired, ended): no stale accept button is left. */
  updateRequest(ticket: HandoverTicket, card: Record<string, unknown>, summary: string): Promise<void>;
  /** Posts into the request's thread. */
  postInThread(ticket: HandoverTicket, message: RelayMessage): Promise<void>;
  /** Shows staff that the resident is typing (where Teams shows it). */
  typingInThread(ticket: HandoverTicket): Promise<void>;
}

/** The resident's side: their web chat conversation, whichever instance serves it. */
export interface ResidentChannel {
  /** Appends to the resident's conversation (the stream or the next poll delivers it); false when it is gone. */
  deliver(conversationId: string, lang: Lang, messages: RelayMessage[], from?: { name: string }): Promise<boolean>;
}
