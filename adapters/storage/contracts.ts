// Storage interfaces beyond botbuilder's Storage: the Direct Line conversation store, summaries,
// aggregate counters and the per-conversation turn lock. Memory and Redis implement each one.
import type { Activity } from 'botbuilder';

export interface StoredConversation {
  conversationId: string;
  createdAt: number;
  /** Activities in order; the watermark of an activity is the first watermark + its index + 1. */
}

/**
 * How much of a conversation is kept: the last MAX_KEPT_ACTIVITIES activities (older ones are dropped as new ones
 * arrive, and the first watermark moves up by as many), so a flood of posts cannot grow one conversation without bound.
 * 100 activities are some 40 exchanges: more than a web chat panel shows again after a reload.
 */
export const MAX_KEPT_ACTIVITIES = 100;

/** One read of a conversation (a poll, or one frame of the stream) hands out at most this much; the rest on the next read. */
export const PAGE_MAX_ACTIVITIES = 50;
export const PAGE_MAX_BYTES = 256 * 1024;

export interface PageBounds {
  /** At most this many activities (default: all after the watermark). */
  limit?: number;
  /** Stop before the activity that would take the page past this many bytes of JSON; the first always comes. */
  maxBytes?: number;
}

/** A conversation is open, unknown (never made, expired or lost), or ended by "forget me" (its tokens revoked). */
export type ConversationStatus =
  | { state: 'open' }
  | { state: 'missing' }
  /** `readable` while the short grace after "forget me" lasts: the client may still read the confirmation. */
  | { state: 'revoked'; readable: boolean };

/** What happened to a conversation, for the WebSocket streams of every instance. */
export type ConversationChange =
  | { kind: 'appended'; conversationId: string }
  | { kind: 'revoked'; conversationId: string }
  /** Changes may have been missed (the notification channel reconnected): look at every conversation again. */
  | { kind: 'resync' };

export interface RevokeOptions {
  /** The log restarts at this watermark with `keep` in it (the request and its confirmation), readable for `graceMs`. */
  firstWatermark: number;
  keep: Partial<Activity>[];
  graceMs: number;
  /** How long the revocation is remembered: longer than any token issued for the conversation lives. */
  rememberMs: number;
}

export interface ConversationStore {
  /**
   * Creates an empty conversation; false if the id exists. A conversation reopened after its log was lost starts
   * at `firstWatermark`, above any watermark a client may still hold, so that client gets everything new.
   */
  create(conversationId: string, options?: { firstWatermark?: number }): Promise<boolean>;
  exists(conversationId: string): Promise<boolean>;
  /** Open, missing or revoked, in one look-up (every request of a conversation asks). */
  status(conversationId: string): Promise<ConversationStatus>;
  /** Marks the conversation started (its client called POST /conversations); true only the first time. */
  start(conversationId: string): Promise<boolean>;
  /**
   * Appends activities and returns the new watermark (first watermark + number of activities stored). Keeps the last
   * MAX_KEPT_ACTIVITIES (or the store's own bound), and tells every instance's streams (see onChange).
   */
  append(conversationId: string, activities: Partial<Activity>[]): Promise<number>;
  /**
   * Activities after `watermark` (0, or anything below the first watermark = from the start), at most `page` of them,
   * and the watermark after the last one handed out (the current watermark when nothing is left to hand out).
   */
  list(conversationId: string, watermark: number, page?: PageBounds): Promise<{ activities: Partial<Activity>[]; watermark: number }>;
  /** `list`, each activity as the JSON text it is kept as: a page a client reads is sent as it is, never parsed first. */
  listJson(conversationId: string, watermark: number, page?: PageBounds): Promise<{ activities: string[]; watermark: number }>;
  delete(conversationId: string): Promise<void>;
  /**
   * "Forget me": in one step the log is replaced by `keep` (readable for a short grace, then gone), the summary codes
   * it remembered are dropped, and the conversation is marked revoked on every instance: its tokens stop working.
   */
  revoke(conversationId: string, options: RevokeOptions): Promise<void>;
  /** Remembers that a summary page was made in this conversation (for "forget me"); kept as long as the conversation. */
  rememberSummary(conversationId: string, code: string): Promise<void>;
  summaryCodes(conversationId: string): Promise<string[]>;
  /** Calls `listener` on every append and revocation, from any instance; returns the unsubscribe. */
  onChange(listener: (change: ConversationChange) => void): () => void;
}

export type { CounterStore, SummaryRecord, SummaryStore } from '../../dialogs/ports.js';
export type { HandoverQueue, HandoverState, HandoverStore, HandoverTicket } from '../../bot/handover/ports.js';

/** A first watermark for a reopened conversation: the clock in seconds, beyond any count a lost log reached. */
export function reopenedWatermark(now = Date.now()): number {
  return Math.floor(now / 1000);
}

/** Serialises turns of one conversation across instances. */
export interface TurnLock {
  /**
   * Runs `fn` while holding the lock of `key`; waits up to `waitMs` for it, then throws LockTimeoutError. The wait
   * outlasts a lease, so the lock of a holder that died is always taken over; `fn` is then told what that holder noted.
   */
  withLock<T>(key: string, fn: (held: HeldLock) => Promise<T>, waitMs?: number): Promise<T>;
}

/** What a turn holding a conversation's lock may learn and leave behind. */
export interface HeldLock {
  /**
   * What the previous holder noted (see `note`) and never cleared: its process died in the middle of that turn
   * (`kill -9`, a crash, a lost machine). Undefined otherwise.
   */
  readonly interrupted?: string;
  /** Notes what this turn is doing (e.g. the id of the message it answers); cleared when the turn ends, alive or failed. */
  note(value: string): Promise<void>;
}

/** Another turn held the conversation's lock for longer than a turn may wait: the conversation is busy, not broken. */
export class LockTimeoutError extends Error {
  readonly code = 'lock-timeout';
  /** When a client may try again: by then the holder has finished, or its lease has run out. */
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds = 5) {
    super(message);
    this.name = 'LockTimeoutError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isLockTimeout(err: unknown): boolean {
  return err instanceof LockTimeoutError;
}

/** Whether the backing store answers (for /readyz). */
export interface HealthCheck {
  ping(): Promise<boolean>;
}

/** The shared store does not answer (Redis down or unreachable): an outage to ride out, not a bug. */
export class StoreUnavailableError extends Error {
  readonly code = 'state-unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(err: unknown): boolean {
  return err instanceof StoreUnavailableError;
}
