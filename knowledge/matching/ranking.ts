// Ranks the activities for one message: every scoring term and weight is named here, at the top, so that a newcomer
// can see what an answer is made of and tune one thing at a time (measure each change with `npm run eval`).
import type { AgeGroup, MatchQuery, RankedActivity } from '../contracts.js';
import type { Activity, ActivityType } from '../schema.js';
import { AGE_SPECIFIC } from '../facets.js';
import { STOP_WORDS } from '../normalise.js';
import type { Lang } from '../vocabulary.js';
import { langKey, type ActivityIndex } from './activity-index.js';
import { ageSituation } from './person.js';
import type { QueryTerm } from './label-index.js';

// ---- the score of an activity: (W_SIT × situation + W_TYPE × type² + W_TEXT × own words + preferred type) × fit
/** Situation fit first, then the activity's own words; measured on test/eval/cases.jsonl (0.55/0.2 → 0.5/0.25: hit@1 .952 → .956). */
export const W_SIT = 0.5;
export const W_TEXT = 0.25;
/** The type the message reads as (squared, so only a clear type reading counts). */
export const W_TYPE = 0.25;
/** A type the resident asked for ("more like this"). */
export const PREFERRED_TYPE = 0.25;
/** The other situations an activity serves add this share of their part to its best one. */
export const OTHER_SITUATIONS = 0.15;
/** A weak situation guess (score under 0.4) must not weigh like a sure one: the activity's own words then count for more. */
export const SIT_FLOOR = 0.4;
/** Below this an activity is no answer at all. */
export const MIN_SCORE = 0.05;

// ---- fit to the person: soft factors on the score, never filters
/** A regional activity when the resident's place is not known; a one-town activity is almost surely another town's. */
export const NO_PLACE_LOCAL = 0.65;
export const NO_PLACE_ONE_TOWN = 0.4;
/** An activity of the resident's own municipality: what a service-guidance worker names first when it fits. */
export const IN_OWN_MUNICIPALITY = 1.1;
/** An activity not offered in the resident's language: most are Finnish-only, so an English speaker is still better served by them than by none. */
export const OTHER_LANGUAGE: Readonly<Record<Lang, number>> = { fi: 0.6, sv: 0.9, en: 1 };
/**
 * One who writes in English often reads some Finnish (a spouse of a Finn, a long-time resident) and an activity without
 * English stays in the list; a Swedish-only group, though, is rarely theirs and steps down like a Finn's would.
 */
export const ENGLISH_READER_SWEDISH_ONLY = 0.7;
export const ENGLISH_READER_FINNISH = 0.92;
/**
 * A place to give help (its first type volunteering or experience expertise) when the resident asks for a helper
 * ("is there a volunteer who could visit him"): they want the service, not to join it.
 */
export const HELPER_SOUGHT_GIVING = 0.4;
/** …and the reverse: one who offers their time is not first offered a service that takes no volunteers. */
export const HELPER_OFFERED_RECEIVING = 0.5;
/** A service made first for newcomers, for a message that does not read as a newcomer's (a Finn who moved town, a lonely student). */
export const NOT_A_NEWCOMER = 0.3;
/** An association asking for volunteers or partners: what serves associations steps up, a resident's service down. */
export const FOR_ASSOCIATIONS = 1.5;
export const NOT_FOR_ASSOCIATIONS = 0.6;
/** A close one who asks support for themselves: the activities for close ones lead, the affected person's own step back. */
export const FOR_CLOSE_ONES = 1.3;
export const FOR_THE_AFFECTED = 0.6;
/** A place named outside every region the catalogue covers: another region's or town's activities are not near. */
export const ELSEWHERE_LOCAL = 0.15;
const GIVING_TYPES: ReadonlySet<string> = new Set(['volunteering', 'experience-expertise']);
/** An organisation the resident rules out by name ("AA ei oo mun juttu", "not SPR"): it gives way to the others. */
export const RULED_OUT_BY_NAME = 0.2;
/** An activity for a circumstance (a suicide, a homicide, a child's death) the resident did not name. */
export const UNNAMED_CIRCUMSTANCE = 0.3;
/** …and one the resident did name: a specific topic match outranks a generic situation-and-type match. */
export const NAMED_CIRCUMSTANCE = 1.4;
/**
 * The person's life stage, when the text gives it: an activity made first for another stage (a youth association for a
 * pensioner, a children's line for a man on sick leave) steps down.
 */
export const OTHER_LIFE_STAGE = 0.55;
/** A group for women or girls only for a boy or a man, and one for men only for a girl or a woman. */
export const OTHER_GENDER = 0.3;
const STAGE_TARGETS: Readonly<Record<AgeGroup, readonly string[]>> = { child: ['children'], youth: ['youth', 'young-adults'], adult: ['adults'], senior: ['seniors'] };
/** The situations that are life stages: an activity whose first situation is one is made for that stage. */
const STAGE_SITUATIONS: ReadonlySet<string> = new Set(['youth', 'senior']);

/**
 * Said in its own first sentence to be for people of working age ("työikäisten leskien"): not a pensioner's first answer.
 * Read only where the fit factors are built, once per cached combination (see fitFactors).
 */
const WORKING_AGE = /työikäi|working[- ]age|i arbetsför ålder/;
function forWorkingAge(a: Activity): boolean {
  return !a.targetGroups.includes('seniors') && !a.targetGroups.includes('everyone')
    && [a.description.fi, a.description.sv, a.description.en].some((d) => WORKING_AGE.test(d.split('. ')[0] ?? ''));
}

/** Whether an activity is made for another life stage: its first situation is another stage's, or all its age groups are. */
function forAnotherStage(a: Activity, stage: AgeGroup): boolean {
  if (stage === 'senior' && forWorkingAge(a)) return true;
  const first = a.situationIds[0] ?? '';
  if (STAGE_SITUATIONS.has(first) && first !== ageSituation(stage)) return true;
  if (a.targetGroups.includes('everyone') || a.targetGroups.includes('adults')) return false;
  const specific = a.targetGroups.filter((g) => AGE_SPECIFIC.has(g));
  return specific.length > 0 && !specific.some((g) => STAGE_TARGETS[stage].includes(g));
}

/** A child who writes for themselves: what is made for children steps up. */
export const CHILD_WRITER_OWN = 1.3;
/** Made for parents and families (a parents' line, a family café) or for grown-ups only (AA, an adults' group). */
const GROWN_UP_GROUPS: ReadonlySet<string> = new Set(['adults', 'seniors', 'caregivers']);
function forGrownUps(a: Activity): boolean {
  return a.targetGroups.includes('parents') || a.targetGroups.includes('families') || (a.targetGroups.length > 0 && a.targetGroups.every((g) => GROWN_UP_GROUPS.has(g)));
}
/** Made for children or young people themselves. */
function forYoungThemselves(a: Activity): boolean {
  return a.targetGroups.includes('children') || a.targetGroups.includes('youth');
}

// ---- the list: variety and no near-duplicates
/** A third activity of the same first type steps down a little. */
export const SAME_TYPE_AGAIN = 0.85;
/** The same organisation's same kind of help a second time gives way to a different answer. */
export const NEAR_DUPLICATE = 0.6;
/** With a place known, the local card of an organisation replaces its national one when it scores at least this share. */
export const LOCAL_OVER_NATIONAL = 0.8;
/** With a place known and none of its own activities among the first three, the best one takes the third place if it scores this share of it. */
export const OWN_TOWN_IN_TOP_THREE = 0.4;

/** Activities read per detected situation and for the best-matching type: bounds a query's cost on a national catalogue. */
const SITUATION_SCAN = 300;
const TYPE_SCAN = 150;
/** Terms of a message read against the activities' own words (the mask of which matched is 32 bits). */
const MAX_TEXT_TERMS = 30;

/** `place`: the resident's municipality code, when known. */
export interface Fit {
  place: string | undefined; lang: Lang | undefined; langAsked: boolean; named: ReadonlySet<number>; seeksHelper?: boolean; offersHelp?: boolean; stage?: AgeGroup | undefined;
  /** Grown up by what the message says (a spouse, widowhood) though no age is given. */
  grownUp?: boolean;
  /** Activities of an organisation the resident ruled out by name ("AA ei oo mun juttu"). */
  rejected?: ReadonlySet<number>;
  /** Whether the message reads as a newcomer's (the immigrant situation is among those shown); absent, as if it did. */
  newcomer?: boolean;
  /** The resident named a place outside the catalogue's regions. */
  elsewhere?: boolean;
  /** An association's own request (volunteers, partners, premises, funding): the services for associations lead. */
  organisation?: boolean;
  /** A close one asks support for themselves as one: the activities for close ones lead. */
  closeOne?: boolean;
  /** The writer is a child writing for themselves ("oon 12"): what is made for parents or adults only is not theirs. */
  childWriter?: boolean;
  /** The person in need is a boy or a man, a girl or a woman, by what the message says (a son, "olen nainen"). */
  gender?: 'male' | 'female' | undefined;
}

/** Whether an activity is for one gender only, by its target groups (women or men, and not everyone). */
function genderOnly(a: Activity): 'male' | 'female' | undefined {
  const g = a.targetGroups;
  if (g.includes('everyone')) return undefined;
  if (g.includes('women') && !g.includes('men')) return 'female';
  if (g.includes('men') && !g.includes('women')) return 'male';
  return undefined;
}

/** One activity on its way to the list, with what made its score (for `why`). */
export interface Candidate { ai: number; score: number; mask: number; bestSituation: number; bestType: number; typePart: number }

export interface RankInput {
  query: MatchQuery;
  terms: readonly QueryTerm[];
  /** Per term, how much its own-word evidence counts (absent: all 1); the words of a long message's background count less. */
  termWeights?: readonly number[];
  /** Per situation, how sure the reading is (0 for those not shown). */
  sitScore: Float32Array;
  /** Per type, how much the message reads as asking for it. */
  typeDirect: Float32Array;
  lang: Lang;
  keep: ((a: Activity) => boolean) | undefined;
  fit: Fit;
  /** How many to keep before explaining: facet filtering and diversity never look deeper. */
  head: number;
  isFacetWord: (word: string) => boolean;
}

export class Ranker {
  // Scratch arrays sized to the catalogue, reset through the touched list: no per-query allocation that grows with it.
  private readonly seen: Uint8Array;
  private readonly textAcc: Float32Array;
  private readonly termMask: Int32Array;
  private readonly fitCache = new Map<string, { usual: Float32Array; plain: Float32Array }>();

  constructor(private readonly index: ActivityIndex, private readonly types: readonly ActivityType[]) {
    const n = index.activities.length;
    this.seen = new Uint8Array(n);
    this.textAcc = new Float32Array(n);
    this.termMask = new Int32Array(n);
  }

  /** The best `head` activities, and separately the best that pass every facet (`keep`). */
  rank(input: RankInput): { all: Candidate[]; filtered: Candidate[] | undefined } {
    const { index, seen, textAcc, termMask } = this;
    const { sitScore, typeDirect, terms, query, keep, head } = input;
    const nSit = sitScore.length;
    const active: number[] = [];
    let topSit = 0;
    sitScore.forEach((v, s) => { if (v > 0) { active.push(s); topSit = Math.max(topSit, v); } });
    const touched: number[] = [];
    const touch = (a: number): void => { if (!seen[a]) { seen[a] = 1; touched.push(a); } };
    for (const s of active) {
      const list = index.bySituation[s]!;
      for (let k = 0; k < list.length && k < SITUATION_SCAN; k++) touch(list[k]!);
    }
    let topType = 0;
    let topTypeIdx = -1;
    typeDirect.forEach((v, t) => { if (v > topType) { topType = v; topTypeIdx = t; } });
    if (topTypeIdx >= 0) {
      const list = index.byType[topTypeIdx]!;
      for (let k = 0; k < list.length && k < TYPE_SCAN; k++) touch(list[k]!);
    }

    // Direct text evidence over the activity inverted index (common terms skipped: they rank nothing).
    terms.slice(0, MAX_TEXT_TERMS).forEach((t, ti) => {
      // "Vantaa", "puhelin", "ruotsiksi" are filters, not content: they must not pull in every activity titled with them.
      if (input.isFacetWord(t.word)) return;
      const weight = input.termWeights?.[ti] ?? 1;
      // …nor as a compound's part: "smarttelefon" is a phone to learn, not a wish to be called.
      const keys = new Set([t.stem, ...t.extra.filter((e) => e.kind !== 'part' || !input.isFacetWord(e.word)).map((e) => e.stem)]);
      for (const stem of keys) {
        if (stem.length < 3 || STOP_WORDS.has(stem)) continue;
        const p = index.text.get(langKey(input.lang, stem));
        if (!p || p.docs.length > index.maxTextDf) continue;
        for (let k = 0; k < p.docs.length; k++) {
          const a = p.docs[k]!;
          touch(a);
          textAcc[a]! += p.weights[k]! * weight;
          termMask[a]! |= 1 << ti;
        }
      }
    });
    let topText = 0;
    for (const a of touched) if (textAcc[a]! > topText) topText = textAcc[a]!;

    const prefer = new Set(query.preferTypeIds ?? []);
    const all: Candidate[] = [];
    const filtered: Candidate[] = [];
    // Per-query weights hoisted out of the candidate loop, which runs thousands of times on a national catalogue.
    const nActive = active.length;
    const fitFactor = this.fitFactors(input.fit);
    const activeIdx = Int32Array.from(active);
    const activeWeight = Float32Array.from(active, (s) => sitScore[s]! / Math.max(topSit, SIT_FLOOR));
    const typeRel = new Float32Array(this.types.length);
    const typeBonus = new Float32Array(this.types.length);
    for (let i = 0; i < this.types.length; i++) {
      typeRel[i] = topType > 0 ? typeDirect[i]! / topType : 0;
      typeBonus[i] = prefer.has(this.types[i]!.id) ? PREFERRED_TYPE : 0;
    }
    for (let n = 0; n < touched.length; n++) {
      const ai = touched[n]!;
      let sitBest = 0;
      let sitSum = 0;
      let bestSituation = -1;
      const row = ai * nSit;
      for (let k = 0; k < nActive; k++) {
        const part = activeWeight[k]! * index.serves[row + activeIdx[k]!]!;
        sitSum += part;
        if (part > sitBest) { sitBest = part; bestSituation = activeIdx[k]!; }
      }
      const sitRaw = sitBest + OTHER_SITUATIONS * (sitSum - sitBest);
      const sitPart = sitRaw > 1 ? 1 : sitRaw;
      let typePart = 0;
      let bestType = -1;
      let preferred = 0;
      for (let k = index.typeStart[ai]!, end = index.typeStart[ai + 1]!; k < end; k++) {
        const i = index.typeFlat[k]!;
        if (typeRel[i]! > typePart) { typePart = typeRel[i]!; bestType = i; }
        if (typeBonus[i]! > preferred) preferred = typeBonus[i]!;
      }
      const textPart = topText > 0 ? textAcc[ai]! / topText : 0;
      const score = (W_SIT * sitPart + W_TYPE * typePart * typePart + W_TEXT * textPart + preferred) * fitFactor[ai]!;
      const mask = termMask[ai]!;
      seen[ai] = 0; textAcc[ai] = 0; termMask[ai] = 0;
      if (score <= MIN_SCORE) continue;
      const intoAll = all.length < head || score > all[all.length - 1]!.score;
      // A second head of those passing every facet, so a municipality filter is not starved by other cities' activities.
      const intoFiltered = keep !== undefined && (filtered.length < head || score > filtered[filtered.length - 1]!.score) && keep(index.activities[ai]!);
      if (!intoAll && !intoFiltered) continue;
      const c: Candidate = { ai, score, mask, bestSituation, bestType, typePart };
      if (intoAll) insertBounded(all, c, head);
      if (intoFiltered) insertBounded(filtered, c, head);
    }
    return { all, filtered: keep ? filtered : undefined };
  }

  // Fit to the person: with no place known, another town's activity is not a first answer; a Finnish speaker does not
  // get Swedish-only groups first unless asked; an activity for a circumstance the resident did not name steps down.
  // Cached per place-known/language combination (a handful); the town itself and the circumstances named are applied
  // per query to the few activities they touch, so the cache does not grow with the number of municipalities.
  private fitFactors(fit: Fit): Float32Array {
    const hasPlace = fit.place !== undefined;
    const key = `${hasPlace}|${fit.lang ?? ''}|${fit.langAsked}|${fit.seeksHelper === true}|${fit.offersHelp === true}|${fit.stage ?? ''}|${fit.grownUp === true}|${fit.newcomer === false}|${fit.elsewhere === true}|${fit.organisation === true}|${fit.closeOne === true}|${fit.gender ?? ''}|${fit.childWriter === true}`;
    let cached = this.fitCache.get(key);
    if (!cached) {
      const plain = Float32Array.from(this.index.activities, (a) => {
        let f = 1;
        if (!hasPlace && a.area.scope !== 'national') f *= a.area.scope === 'municipality' ? NO_PLACE_ONE_TOWN : NO_PLACE_LOCAL;
        if (fit.lang !== undefined && !fit.langAsked && !a.languages.includes(fit.lang)) f *= fit.lang === 'en' && !a.languages.includes('fi') ? ENGLISH_READER_SWEDISH_ONLY : fit.lang === 'en' ? ENGLISH_READER_FINNISH : OTHER_LANGUAGE[fit.lang];
        if (fit.seeksHelper === true && GIVING_TYPES.has(a.typeIds[0] ?? '')) f *= HELPER_SOUGHT_GIVING;
        if (fit.childWriter === true) f *= forGrownUps(a) ? OTHER_LIFE_STAGE : forYoungThemselves(a) ? CHILD_WRITER_OWN : 1;
        else if (fit.stage !== undefined && forAnotherStage(a, fit.stage)) f *= OTHER_LIFE_STAGE;
        else if (fit.stage === undefined && fit.grownUp === true && a.situationIds[0] === 'youth') f *= OTHER_LIFE_STAGE;
        if (fit.offersHelp === true && !a.typeIds.includes('volunteering') && !a.situationIds.includes('volunteering')) f *= HELPER_OFFERED_RECEIVING;
        if (fit.newcomer === false && (a.typeIds[0] === 'integration-support' || a.situationIds[0] === 'immigrant')) f *= NOT_A_NEWCOMER;
        if (fit.elsewhere === true && a.area.scope !== 'national') f *= ELSEWHERE_LOCAL;
        if (fit.organisation === true) f *= a.targetGroups.includes('associations') ? FOR_ASSOCIATIONS : NOT_FOR_ASSOCIATIONS;
        if (fit.closeOne === true) f *= a.targetGroups.includes('close-ones') || a.targetGroups.includes('caregivers') ? FOR_CLOSE_ONES : a.targetGroups.includes('everyone') ? 1 : FOR_THE_AFFECTED;
        const only = fit.gender === undefined ? undefined : genderOnly(a);
        if (only !== undefined && only !== fit.gender) f *= OTHER_GENDER;
        return f;
      });
      const usual = Float32Array.from(plain);
      for (const ai of this.index.conditionalActivities()) usual[ai] = usual[ai]! * UNNAMED_CIRCUMSTANCE;
      cached = { usual, plain };
      this.fitCache.set(key, cached);
    }
    const own = fit.place === undefined ? [] : this.index.inMunicipality(fit.place);
    if (fit.named.size === 0 && own.length === 0 && (fit.rejected?.size ?? 0) === 0) return cached.usual;
    const factors = Float32Array.from(cached.usual);
    for (const ai of fit.named) factors[ai] = cached.plain[ai]! * NAMED_CIRCUMSTANCE;
    for (const ai of own) factors[ai] = factors[ai]! * IN_OWN_MUNICIPALITY;
    for (const ai of fit.rejected ?? []) factors[ai] = factors[ai]! * RULED_OUT_BY_NAME;
    return factors;
  }
}

function insertBounded(list: Candidate[], c: Candidate, head: number): void {
  // Bounded insertion: only the best `head` are kept, so a national catalogue costs a scan, not a sort.
  if (list.length >= head && c.score <= list[list.length - 1]!.score) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid]!;
    if (m.score > c.score || (m.score === c.score && m.ai < c.ai)) lo = mid + 1; else hi = mid;
  }
  list.splice(lo, 0, c);
  if (list.length > head) list.pop();
}

/** Keeps the list from being one kind of help only, and from showing one organisation's same help twice. */
export function diversify(ranked: readonly RankedActivity[], limit: number, place?: string): RankedActivity[] {
  const placeKnown = place !== undefined;
  const pool = ranked.slice(0, Math.max(limit * 4, 20)).map((r) => ({ r, s: r.score, keys: r.typeIds.map((t) => `${organisationKey(r.activity)}|${t}`) }));
  const out: RankedActivity[] = [];
  const seenTypes = new Map<string, number>();
  // Near-duplicates, the same organisation's same kind of help twice (a national and a regional card of Muistiliitto),
  // give way to a different answer.
  const seenOrgTypes = new Set<string>();
  while (out.length < limit && pool.length > 0) {
    let bi = 0;
    let bs = -Infinity;
    pool.forEach((p, i) => {
      const n = seenTypes.get(p.r.typeIds[0] ?? '') ?? 0;
      const duplicate = p.keys.some((k) => seenOrgTypes.has(k));
      const s = p.s * (n >= 2 ? SAME_TYPE_AGAIN : 1) * (duplicate ? NEAR_DUPLICATE : 1);
      if (s > bs) { bs = s; bi = i; }
    });
    // With a place known, of the same organisation's national and local card the local one is shown.
    if (placeKnown && pool[bi]!.r.activity.area.scope === 'national') {
      const keys = pool[bi]!.keys;
      const local = pool.findIndex((p) => p.r.activity.area.scope !== 'national' && p.s >= pool[bi]!.s * LOCAL_OVER_NATIONAL && p.keys.some((k) => keys.includes(k)));
      if (local >= 0) { bi = local; bs = pool[bi]!.s; }
    }
    // The third place goes to the resident's own town when nothing of it came first and it fits nearly as well:
    // the national line, the national group, and the association down the road.
    if (place !== undefined && out.length === 2 && !out.some((r) => inTown(r.activity, place)) && !inTown(pool[bi]!.r.activity, place)) {
      const own = pool.findIndex((p) => inTown(p.r.activity, place) && p.s >= bs * OWN_TOWN_IN_TOP_THREE);
      if (own >= 0) { bi = own; bs = Math.min(pool[own]!.s, out[1]!.score); }
    }
    const [picked] = pool.splice(bi, 1);
    // The reported score is the stepped-down one, so scores stay best first.
    out.push(bs === picked!.s ? picked!.r : { ...picked!.r, score: round(bs) });
    const t = picked!.r.typeIds[0] ?? '';
    seenTypes.set(t, (seenTypes.get(t) ?? 0) + 1);
    for (const k of picked!.keys) seenOrgTypes.add(k);
  }
  return out;
}

function inTown(a: Activity, place: string): boolean {
  return a.area.scope === 'municipality' && a.area.municipalities.includes(place);
}

/** An organisation by its web address's host ("muistiliitto.fi"), so its national office and regional members are one. */
const ORGANISATION_KEYS = new WeakMap<Activity, string>();
function organisationKey(a: Activity): string {
  let key = ORGANISATION_KEYS.get(a);
  if (key === undefined) {
    try {
      key = new URL(a.organisation.url).hostname.replace(/^www\./, '');
    } catch {
      key = a.organisation.name;
    }
    ORGANISATION_KEYS.set(a, key);
  }
  return key;
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
