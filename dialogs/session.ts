// The per-conversation state the dialogs share, and turn-scoped access to it and to the bot's dependencies.
import type { TurnContext } from 'botbuilder';
import type { Catalogue, CrisisResult, Facets, Matcher, MatchKnown, MatchQuery, MatchReading, MatchResult } from '../knowledge/contracts.js';
import type { Lang, SituationId, TypeId } from '../knowledge/vocabulary.js';
import type { CounterStore, DialogDeps, SummaryStore } from './ports.js';
import type { I18n, Vars } from './i18n.js';

/** What Luotsi remembers of one conversation; ConversationState keeps it, "forget me" deletes it. */
export interface ConversationData {
  lang?: Lang;
  welcomed?: boolean;
  /** The need as last described, capped, so refine can rank against it; deleted with the state. */
  query?: {
    text: string;
    situationIds: SituationId[];
    facets: Facets;
    preferTypeIds?: TypeId[];
    excludeIds?: string[];
  };
  /** Activities shown most recently, best first. */
  shownIds?: string[];
  /** Activities the resident saved for the summary. */
  savedIds?: string[];
  /** The id of this conversation's request for a person (bot/handover), while it may be open. */
  handover?: string;
  /** How many requests for a person this conversation has made (a few at most: each one reaches the staff channel). */
  handoverRequests?: number;
}

/** Only a language preference, so a returning resident is answered in the language they chose. */
export interface UserData {
  lang?: Lang;
}

export const LOCALE_OF: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

/** A date as residents write it in their language, in Finnish time ("7. joulukuuta 2026", "7 december 2026"). */
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat(LOCALE_OF.fi, { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
  sv: new Intl.DateTimeFormat(LOCALE_OF.sv, { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
  en: new Intl.DateTimeFormat(LOCALE_OF.en, { dateStyle: 'long', timeZone: 'Europe/Helsinki' }),
};
export function formatDate(ms: number, lang: Lang): string {
  return DATE_FORMATS[lang].format(new Date(ms));
}

/** Everything the dialogs may use on a turn; the bot puts it in turnState before any dialog runs. */
export interface Session {
  data: ConversationData;
  user: UserData;
  readonly lang: Lang;
  readonly i18n: I18n;
  readonly catalogue: Catalogue;
  readonly matcher: Matcher;
  readonly summaries: SummaryStore;
  readonly counters: CounterStore;
  readonly publicBaseUrl: string;
  readonly now: () => number;
  t: (key: string, vars?: Vars) => string;
  /** The matcher, remembered for the turn: several steps of one turn often ask the same question. */
  match(query: MatchQuery): MatchResult;
  /** What the matcher reads from a query without ranking activities (see Matcher.read), remembered for the turn. */
  read(query: MatchQuery): MatchReading;
  /** The facets a text states on its own ("Vantaalla", "itselleni", "by phone"): `match({ text }).facets`. */
  facetsOf(text: string): Facets;
  /** The crisis guard's reading of this turn's typed text, set by the bot before any dialog runs; the matcher reuses it. */
  guarded?: { text: string; crisis: CrisisResult };
}

/**
 * A turn's session over the conversation's and the user's state: texts in the conversation's language at the moment
 * they are asked for (a switch halfway through a turn takes effect at once), the matcher remembered for the turn.
 */
export function createSession(deps: DialogDeps, i18n: I18n, data: ConversationData, user: UserData): Session {
  const matches = new Map<string, MatchResult>();
  const readings = new Map<string, MatchReading>();
  const { matcher } = deps;
  /** The guard's reading when the query is of exactly the text the bot guarded this turn. */
  const known = (query: MatchQuery): MatchKnown | undefined => {
    const guarded = session.guarded;
    return guarded && guarded.text === query.text ? { crisis: { ...guarded.crisis, signals: [...guarded.crisis.signals] } } : undefined;
  };
  const session: Session = {
    data, user, i18n, catalogue: deps.catalogue, matcher, summaries: deps.summaries,
    counters: deps.counters, publicBaseUrl: deps.publicBaseUrl, now: deps.now ?? Date.now,
    get lang() { return data.lang ?? 'fi'; },
    t: (key: string, vars?: Vars) => i18n.t(data.lang ?? 'fi', key, vars),
    match: (query) => {
      const key = JSON.stringify(query);
      let result = matches.get(key);
      if (!result) matches.set(key, (result = matcher.match(query, known(query))));
      return result;
    },
    read: (query) => {
      if (!matcher.read) return session.match(query);
      const key = JSON.stringify(query);
      let reading = readings.get(key);
      if (!reading) readings.set(key, (reading = matcher.read(query, known(query))));
      return reading;
    },
    facetsOf: (text) => (matcher.readFacets
      ? matcher.readFacets(text)
      : session.match({ text, lang: session.lang, previousLang: session.lang, limit: 1 }).facets),
  };
  return session;
}

const SESSION = Symbol('luotsi.session');

export function setSession(context: TurnContext, session: Session): void {
  context.turnState.set(SESSION, session);
}

/** The turn's session; a dialog running without one is a wiring bug. */
export function session(context: TurnContext): Session {
  const s = findSession(context);
  if (!s) throw new Error('Luotsi session missing from turnState: run dialogs through LuotsiBot');
  return s;
}

/** The turn's session if one was made yet (a turn that broke early has none). */
export function findSession(context: TurnContext): Session | undefined {
  return context.turnState.get<Session | undefined>(SESSION);
}
