// What the dialogs need from the world, as narrow ports: the catalogue and the matcher (knowledge/), where summaries
// and anonymous counters are kept (implemented in adapters/storage/), the public address and the clock. The dialogs
// receive these through their constructors and import nothing above their layer.
import type { Catalogue, Matcher } from '../knowledge/contracts.js';

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
  /** Takes the pages down ("forget me" of the conversation that made them). */
  delete(codes: string[]): Promise<void>;
}

/** Aggregate, anonymous counts only (unmet needs per situation and municipality, feedback). Never text. */
export interface CounterStore {
  increment(name: string, labels: Record<string, string>): Promise<void>;
  /** All counters of a name: labels joined as "key=value,key=value" → count. */
  read(name: string): Promise<Record<string, number>>;
}

/** The dialogs' dependencies; the bot adds its own (storage for state, the crisis guard, i18n) in bot/create-bot.ts. */
export interface DialogDeps {
  catalogue: Catalogue;
  matcher: Matcher;
  summaries: SummaryStore;
  counters: CounterStore;
  publicBaseUrl: string;
  now?: () => number;
}
