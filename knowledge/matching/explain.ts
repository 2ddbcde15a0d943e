// Why an activity was suggested, in the resident's own words: the words that made the situation reading, the words
// the activity shares with the message, and the words that made the type reading when the type decided.
import type { RankedActivity } from '../contracts.js';
import type { Activity, Situation } from '../schema.js';
import type { Lang, SituationId } from '../vocabulary.js';
import type { Contrib, QueryTerm } from './label-index.js';
import { round, type Candidate } from './ranking.js';

/** A term explains a label when it gave at least this share of the strongest term's contribution. */
const SHARE_OF_BEST = 0.35;
const MIN_CONTRIBUTION = 0.03;
/** The type's words are quoted only when the type reading decided the activity. */
const TYPE_DECIDED = 0.7;
const MAX_TEXT_TERMS = 30;

/** The message's words (as written) that carried a label's score, plus any given term indexes (keyword hits). */
export function whyWords(terms: readonly QueryTerm[], contrib: Contrib, label: number, extra: readonly number[] = []): string[] {
  const c = contrib(label);
  let max = 0;
  for (const v of c) if (v > max) max = v;
  const picked = new Set<number>(extra);
  if (max > 0) c.forEach((v, ti) => { if (v >= max * SHARE_OF_BEST && v > MIN_CONTRIBUTION) picked.add(ti); });
  return [...picked].sort((a, b) => a - b).map((ti) => terms[ti]!.surface).filter((w, i, all) => all.indexOf(w) === i);
}

export interface ExplainInput {
  terms: readonly QueryTerm[];
  /** The terms in the order the ranker read the activities' own words (its mask's bits); absent, `terms`. */
  textTerms?: readonly QueryTerm[];
  sitWhy: ReadonlyMap<SituationId, string[]>;
  typeContrib: Contrib | undefined;
  exclude: ReadonlySet<string>;
  lang: Lang;
  confidence: number;
}

/** Ranked activities with titles and `why`; an activity nothing in the message explains is left out. */
export function explain(
  scored: readonly Candidate[], input: ExplainInput,
  catalogue: { activities: readonly Activity[]; situations: readonly Situation[] },
): RankedActivity[] {
  const { terms, sitWhy, typeContrib, exclude, lang, confidence } = input;
  const textTerms = input.textTerms ?? terms;
  const typeWhyCache = new Map<number, string[]>();
  const typeWhy = (t: number): string[] => {
    let w = typeWhyCache.get(t);
    if (!w) { w = typeContrib ? whyWords(terms, typeContrib, t) : []; typeWhyCache.set(t, w); }
    return w;
  };
  const ranked: RankedActivity[] = [];
  for (const c of scored) {
    const a = catalogue.activities[c.ai]!;
    if (exclude.has(a.id)) continue;
    const why: string[] = [];
    const push = (w: string): void => { if (!why.includes(w)) why.push(w); };
    const bestSituation = c.bestSituation >= 0 ? catalogue.situations[c.bestSituation]!.id : undefined;
    // A situation explains an activity only when the activity is meant for it.
    if (bestSituation && a.situationIds.includes(bestSituation)) for (const w of sitWhy.get(bestSituation) ?? []) push(w);
    for (let ti = 0; ti < textTerms.length && ti < MAX_TEXT_TERMS; ti++) if (c.mask & (1 << ti)) push(textTerms[ti]!.surface);
    if (c.bestType >= 0 && c.typePart > TYPE_DECIDED) for (const w of typeWhy(c.bestType)) push(w);
    if (why.length === 0 && bestSituation) push(bestSituation);
    if (why.length === 0) continue;
    ranked.push({
      id: a.id, activity: a, title: a.title[lang], typeIds: [...a.typeIds],
      score: round(Math.min(1, c.score) * Math.min(1, 0.4 + confidence)), why,
    });
  }
  return ranked;
}
