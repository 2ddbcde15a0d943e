// The per-conversation state the dialogs share, and turn-scoped access to it and to the bot's dependencies.
import type { TurnContext } from 'botbuilder';
import type { Catalogue, Facets, Matcher, MatchQuery, MatchResult } from '../knowledge/contracts.js';
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
}

/**
 * A turn's session over the conversation's and the user's state: texts in the conversation's language at the moment
 * they are asked for (a switch halfway through a turn takes effect at once), the matcher remembered for the turn.
 */
export function createSession(deps: DialogDeps, i18n: I18n, data: ConversationData, user: UserData): Session {
  const matches = new Map<string, MatchResult>();
  return {
    data, user, i18n, catalogue: deps.catalogue, matcher: deps.matcher, summaries: deps.summaries,
    counters: deps.counters, publicBaseUrl: deps.publicBaseUrl, now: deps.now ?? Date.now,
    get lang() { return data.lang ?? 'fi'; },
    t: (key: string, vars?: Vars) => i18n.t(data.lang ?? 'fi', key, vars),
    match: (query) => {
      const key = JSON.stringify(query);
      let result = matches.get(key);
      if (!result) matches.set(key, (result = deps.matcher.match(query)));
      return result;
    },
  };
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
