// The interfaces the rest of Luotsi uses from knowledge/: a loaded catalogue, the matcher and the crisis guard.
// Implementations live in catalogue.ts, matcher.ts and crisis-guard.ts; dialogs and tests depend on these shapes only.
import type { Activity, ActivityType, Municipality, Persona, Situation } from './schema.js';
import type { Channel, CrisisKind, Lang, RegionId, SituationId, TypeId } from './vocabulary.js';

/** The validated, frozen knowledge base. Built once at start-up; nothing on the turn path reads files. */
export interface Catalogue {
  readonly types: ReadonlyMap<TypeId, ActivityType>;
  readonly situations: ReadonlyMap<SituationId, Situation>;
  readonly personas: ReadonlyMap<string, Persona>;
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly activities: readonly Activity[];
  readonly activityById: ReadonlyMap<string, Activity>;
  /** Municipality by Finnish or Swedish name in any inflection the matcher knows ("Vantaalla", "i Vanda"), or by code. */
  findMunicipality(nameOrCode: string): Municipality | undefined;
  /** Region of a municipality code. */
  regionOf(code: string): RegionId | undefined;
  /** Crisis lines for a kind, best first (activities with crisisLine). */
  crisisLines(kind?: CrisisKind): readonly Activity[];
}

export type DetectedLang = Lang | 'other';
export type ForWhom = 'self' | 'close-one' | 'child';
export type AgeGroup = 'child' | 'youth' | 'adult' | 'senior';

/** Filters a resident or a staff member can set; all optional. */
export interface Facets {
  municipality?: string; // municipality code
  /** A place named outside the catalogue's regions ("Kuopio"): read from text only, never a filter a resident sets. */
  elsewhere?: string;
  language?: string; // ISO 639-1 the activity must be offered in
  channel?: Channel;
  ageGroup?: AgeGroup;
  /** Age in years when the text states it ("olen 16", "17-vuotias"); checked against ageMin/ageMax. */
  age?: number;
  forWhom?: ForWhom;
  anonymous?: boolean;
  free?: boolean;
}

export interface CrisisResult {
  /** Acute danger to life or safety: the conversation is interrupted with 112 and the crisis lines. */
  crisis: boolean;
  /** Worrying but not acute (despair without a wish to die, a past attempt): results as usual with one gentle line to the crisis line. */
  concern?: boolean;
  kind?: CrisisKind;
  /** The concepts that triggered it (never shown to others, never logged with the text). */
  signals: string[];
}

export interface ScoredSituation { id: SituationId; score: number; why: string[] }

export interface RankedActivity {
  id: string;
  activity: Activity;
  title: string; // in the answer language
  typeIds: TypeId[];
  score: number; // higher is better, 0..1
  why: string[]; // words or concepts from the text that produced the match
}

export interface MatchQuery {
  text: string;
  /** Forced language (CLI --lang, or a language the resident chose). */
  lang?: Lang;
  /** The conversation's language so far: a prior for short messages. */
  previousLang?: Lang;
  /** Filters set explicitly; merged over facets extracted from the text. */
  facets?: Facets;
  /** Situations the resident confirmed or edited: replace those detected from the text. */
  situationIds?: SituationId[];
  /** Prefer these types (refine: "more like this"). */
  preferTypeIds?: TypeId[];
  /** Activities already shown (refine: "something else"). */
  excludeIds?: string[];
  limit?: number;
}

export interface MatchResult {
  lang: DetectedLang;
  /** False when nothing in the text could be linked to a situation or an activity. */
  understood: boolean;
  crisis: CrisisResult;
  situations: ScoredSituation[];
  results: RankedActivity[];
  /** Facets read from the text ("asun Vantaalla", "puhelimitse"), merged with the query's. */
  facets: Facets;
  /** Facet filters given up because they would have left fewer than three results, least important first. */
  relaxed?: Array<'municipality' | 'language' | 'channel' | 'age' | 'anonymous' | 'free'>;
}

/** What a match reads from a message before it ranks any activity: a MatchResult without its results. */
export type MatchReading = Omit<MatchResult, 'results' | 'relaxed'>;

/** What a caller already knows of the query's text, so the matcher need not work it out again. */
export interface MatchKnown {
  /** The crisis guard's reading of exactly `query.text` (the bot reads every message before any dialog does). */
  crisis?: CrisisResult;
}

export interface Matcher {
  match(query: MatchQuery, known?: MatchKnown): MatchResult;
  /**
   * What `match` reads from the text (language, understood, crisis, situations, facets) without ranking the activities,
   * for a dialog that needs no results; the same answers as `match`. Optional: without it, callers use `match`.
   */
  read?(query: MatchQuery, known?: MatchKnown): MatchReading;
  /** The facets `match({ text })` reads from the text alone ("Vantaalla", "itselleni", "by phone"). Optional, like `read`. */
  readFacets?(text: string): Facets;
  detectLanguage(text: string, previous?: Lang): DetectedLang;
}
