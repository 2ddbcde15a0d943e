// Storage interfaces beyond botbuilder's Storage: the Direct Line conversation store, summaries,
// aggregate counters and the per-conversation turn lock. Memory and Redis implement each one.
import type { Activity } from 'botbuilder';

export interface StoredConversation {
  conversationId: string;
  createdAt: number;
  /** Activities in order; the watermark of an activity is the first watermark + its index + 1. */
}

export interface ConversationStore {
  /**
   * Creates an empty conversation; false if the id exists. A conversation reopened after its log was lost starts
   * at `firstWatermark`, above any watermark a client may still hold, so that client gets everything new.
   */
  create(conversationId: string, options?: { firstWatermark?: number }): Promise<boolean>;
  exists(conversationId: string): Promise<boolean>;
  /** Appends activities and returns the new watermark (first watermark + number of activities stored). */
  append(conversationId: string, activities: Partial<Activity>[]): Promise<number>;
  /** Activities after `watermark` (0, or anything below the first watermark = from the start) and the current watermark. */
  list(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }>;
  delete(conversationId: string): Promise<void>;
}

/** A print-friendly summary a resident can show to a service-guidance worker; no personal data. */
export interface SummaryRecord {
  code: string;
  lang: 'fi' | 'sv' | 'en';
  activityIds: string[];
  situationIds: string[];
  createdAt: number;
}

export interface SummaryStore {
  put(record: SummaryRecord, ttlSeconds: number): Promise<void>;
  get(code: string): Promise<SummaryRecord | undefined>;
}

/** Aggregate, anonymous counts only (unmet needs per situation and municipality, feedback). Never text. */
export interface CounterStore {
  increment(name: string, labels: Record<string, string>): Promise<void>;
  /** All counters of a name: labels joined as "key=value,key=value" → count. */
  read(name: string): Promise<Record<string, number>>;
}

/** A first watermark for a reopened conversation: the clock in seconds, beyond any count a lost log reached. */
export function reopenedWatermark(now = Date.now()): number {
  return Math.floor(now / 1000);
}

/** Serialises turns of one conversation across instances. */
export interface TurnLock {
  /** Runs `fn` while holding the lock of `key`; waits up to `waitMs` for it, then throws LockTimeoutError. */
  withLock<T>(key: string, fn: () => Promise<T>, waitMs?: number): Promise<T>;
}

/** Another turn held the conversation's lock for longer than a turn may wait: the conversation is busy, not broken. */
export class LockTimeoutError extends Error {
  readonly code = 'lock-timeout';
  constructor(message: string) {
    super(message);
    this.name = 'LockTimeoutError';
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
