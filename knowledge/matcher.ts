// Finds the life situations behind a resident's message and ranks the activities that help, from an index built once over the catalogue.
import type {
  Catalogue, CrisisResult, DetectedLang, Facets, Matcher, MatchQuery, MatchResult, RankedActivity, ScoredSituation,
} from './contracts.js';
import { detectCrisis } from './crisis-guard.js';
import { FIGURATIVE } from './crisis-lexicon.js';
import { createFacetExtractor, filterByFacets, passes, type FacetKey } from './facets.js';
import type { Activity } from './schema.js';
import { buildLexicon, detectLanguage } from './language.js';
import {
  analyse, charNgrams, clean, contentTokens, tokenize, createVocabulary, stem, STOP_WORDS, type Term, type Vocabulary,
} from './normalise.js';
import { fold } from './text.js';
import { LANGS, type Lang, type SituationId, type TypeId } from './vocabulary.js';

export interface MatcherOptions {
  /** Results returned when the query sets no limit. */
  defaultLimit?: number;
}

/** Activities read per detected situation and for the best-matching type: bounds a query's cost on a national catalogue. */
const SITUATION_SCAN = 300;
const TYPE_SCAN = 150;
/** Below this the text gave no usable evidence: the result says understood=false. */
const UNDERSTOOD_MIN = 0.2;

// ---------------------------------------------------------------------------------------------
// Sparse TF-IDF vectors over features of words: stems ("s:") and character 3–5-grams ("g:").

type Vec = Map<number, number>;

class FeatureSpace {
  readonly ids = new Map<string, number>();
  df: number[] = [];
  docs = 0;
  idf: Float32Array = new Float32Array(0);

  id(feature: string, create: boolean): number | undefined {
    let id = this.ids.get(feature);
    if (id === undefined && create) {
      id = this.ids.size;
      this.ids.set(feature, id);
      this.df.push(0);
    }
    return id;
  }

  /** Counts a document's features for idf; returns its raw term counts. */
  addDoc(features: string[]): Vec {
    const tf: Vec = new Map();
    for (const f of features) {
      const id = this.id(f, true)!;
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) this.df[id]! += 1;
    this.docs++;
    return tf;
  }

  finish(): void {
    this.idf = new Float32Array(this.df.length);
    for (let i = 0; i < this.df.length; i++) this.idf[i] = Math.log((this.docs + 1) / (this.df[i]! + 1)) + 1;
  }

  weigh(tf: Vec): Vec {
    const out: Vec = new Map();
    let norm = 0;
    for (const [id, c] of tf) {
      const w = (1 + Math.log(c)) * this.idf[id]!;
      out.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, w] of out) out.set(id, w / norm);
    return out;
  }
}

function wordFeatures(word: string, stemmed: string, prefixOnly = false): string[] {
  const grams = charNgrams(word).filter((g) => !prefixOnly || !g.endsWith(' '));
  const out = grams.map((g) => `g:${g}`);
  if (!prefixOnly) out.push(`s:${stemmed}`);
  return out;
}

/** An inverted index from feature id to (document, weight), packed into typed arrays. */
interface Postings { docs: Int32Array; weights: Float32Array }

/**
 * Feature id → (document, weight) lists for dense feature ids, in three flat typed arrays (compressed sparse rows):
 * tens of thousands of small per-feature arrays would cost more in object headers than in data.
 */
class PostingTable {
  private constructor(readonly offsets: Int32Array, readonly docs: Int32Array, readonly weights: Float32Array) {}
  static from(lists: Map<number, Array<[number, number]>>, features: number): PostingTable {
    const offsets = new Int32Array(features + 1);
    for (const [f, list] of lists) offsets[f + 1] = list.length;
    for (let f = 0; f < features; f++) offsets[f + 1]! += offsets[f]!;
    const docs = new Int32Array(offsets[features]!);
    const weights = new Float32Array(offsets[features]!);
    for (const [f, list] of lists) {
      let at = offsets[f]!;
      for (const [d, w] of list) { docs[at] = d; weights[at] = w; at++; }
    }
    return new PostingTable(offsets, docs, weights);
  }
  start(f: number): number { return this.offsets[f] ?? 0; }
  end(f: number): number { return this.offsets[f + 1] ?? 0; }
}

/** Scores a group of labels (situations or types) by centroid cosine and by their closest single phrase. */
interface LabelIndex<Id extends string> {
  ids: Id[];
  centroid: PostingTable;
  phrases: PostingTable;
  phraseOwner: Int32Array;
}

interface LabelText { text: string; lang: Lang; phrase: boolean; prefixOnly?: boolean }

function docFeatures(t: LabelText, stems: StemCache): string[] {
  const words = contentTokens(t.text);
  const features: string[] = [];
  for (const w of words) features.push(...wordFeatures(w, stems.get(w, t.lang), t.prefixOnly && words.length === 1));
  return features;
}

/** The catalogue's words are stemmed once; words from residents' messages fill it only up to a bound, so it cannot grow without end. */
const STEM_CACHE_MAX = 50_000;
class StemCache {
  private readonly cache: Record<Lang, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };
  get(word: string, lang: Lang): string {
    const c = this.cache[lang];
    let s = c.get(word);
    if (s === undefined) { s = stem(word, lang); if (c.size < STEM_CACHE_MAX) c.set(word, s); }
    return s;
  }
}

// ---------------------------------------------------------------------------------------------

interface Keyword { situation: number; lang: Lang; weight: number; text: string }

interface QueryTerm extends Term { features: number[] }

/** Per query term, how much it contributed to one label's score. */
type Contrib = (label: number) => number[];

export function createMatcher(catalogue: Catalogue, options: MatcherOptions = {}): Matcher {
  const defaultLimit = options.defaultLimit ?? 10;
  const stems = new StemCache();
  const stemOf = (word: string, lang: Lang): string => stems.get(word, lang);
  const situations = [...catalogue.situations.values()];
  const types = [...catalogue.types.values()];
  const situationIdx = new Map<SituationId, number>(situations.map((s, i) => [s.id, i]));
  const typeIdx = new Map<TypeId, number>(types.map((t, i) => [t.id, i]));

  // Vocabulary and language lexicon come from the catalogue's own texts, nothing hand-listed here.
  const textsByLang: Record<Lang, string[]> = { fi: [], sv: [], en: [] };
  for (const s of situations) {
    for (const l of LANGS) textsByLang[l].push(s.name[l], s.description[l], ...s.phrases[l], ...s.keywords[l]);
  }
  for (const t of types) for (const l of LANGS) textsByLang[l].push(t.name[l], t.description[l], ...t.examples[l]);
  const lexicon = buildLexicon(textsByLang);
  const vocabWords = new Set<string>();
  for (const l of LANGS) for (const text of textsByLang[l]) for (const w of contentTokens(text)) vocabWords.add(w);
  const seenActivityText = new Set<string>();
  for (const a of catalogue.activities) {
    for (const l of LANGS) {
      for (const text of [a.title[l], ...(a.keywords?.[l] ?? [])]) {
        if (seenActivityText.has(text)) continue;
        seenActivityText.add(text);
        for (const w of contentTokens(text)) vocabWords.add(w);
      }
    }
  }
  const vocabulary: Vocabulary = createVocabulary(vocabWords);

  // ---- situations and types: TF-IDF over their phrasings
  const space = new FeatureSpace();
  const situationTexts: LabelText[][] = situations.map((s) => LANGS.flatMap((l): LabelText[] => [
    { text: s.name[l], lang: l, phrase: true },
    { text: s.description[l], lang: l, phrase: false },
    ...s.phrases[l].map((text) => ({ text, lang: l, phrase: true })),
    ...s.keywords[l].map((text) => ({ text, lang: l, phrase: false, prefixOnly: true })),
  ]));
  const typeTexts: LabelText[][] = types.map((t) => LANGS.flatMap((l): LabelText[] => [
    { text: t.name[l], lang: l, phrase: true },
    { text: t.description[l], lang: l, phrase: false },
    ...t.examples[l].map((text) => ({ text, lang: l, phrase: true })),
  ]));
  const situationDocs = situationTexts.map((texts) => texts.map((t) => ({ t, tf: space.addDoc(docFeatures(t, stems)) })));
  const typeDocs = typeTexts.map((texts) => texts.map((t) => ({ t, tf: space.addDoc(docFeatures(t, stems)) })));
  space.finish();

  function buildLabelIndex<Id extends string>(ids: Id[], docs: Array<Array<{ t: LabelText; tf: Vec }>>): LabelIndex<Id> {
    const cent = new Map<number, Array<[number, number]>>();
    const phr = new Map<number, Array<[number, number]>>();
    const owners: number[] = [];
    docs.forEach((list, label) => {
      const sum: Vec = new Map();
      for (const { t, tf } of list) {
        for (const [id, c] of tf) sum.set(id, (sum.get(id) ?? 0) + c);
        if (!t.phrase || tf.size === 0) continue;
        const p = owners.length;
        owners.push(label);
        for (const [id, w] of space.weigh(tf)) {
          const l = phr.get(id) ?? [];
          l.push([p, w]);
          phr.set(id, l);
        }
      }
      for (const [id, w] of space.weigh(sum)) {
        const l = cent.get(id) ?? [];
        l.push([label, w]);
        cent.set(id, l);
      }
    });
    return { ids, centroid: PostingTable.from(cent, space.ids.size), phrases: PostingTable.from(phr, space.ids.size), phraseOwner: Int32Array.from(owners) };
  }
  const situationIndex = buildLabelIndex(situations.map((s) => s.id), situationDocs);
  const typeIndex = buildLabelIndex(types.map((t) => t.id), typeDocs);

  // ---- keywords: stems residents use; a keyword counts when a word starts with it (or contains it, in a compound)
  const keywordMap = new Map<string, Keyword[]>();
  const multiWordKeywords: Keyword[] = [];
  {
    const owners = new Map<string, Set<number>>();
    situations.forEach((s, i) => {
      for (const l of LANGS) {
        for (const k of s.keywords[l]) {
          const key = fold(k).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
          if (key.length < 3) continue;
          const set = owners.get(key) ?? new Set<number>();
          set.add(i);
          owners.set(key, set);
        }
      }
    });
    situations.forEach((s, i) => {
      for (const l of LANGS) {
        for (const k of s.keywords[l]) {
          const key = fold(k).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
          if (key.length < 3) continue;
          // A keyword shared by several situations says less about each of them.
          // Phrase keywords ("look after", "pengarna slut") say more than any single word.
          const weight = (key.includes(' ') ? 1.25 : key.length >= 5 ? 1 : key.length === 4 ? 0.85 : 0.6) / owners.get(key)!.size;
          const kw: Keyword = { situation: i, lang: l, weight, text: key };
          if (key.includes(' ')) { multiWordKeywords.push(kw); continue; }
          const list = keywordMap.get(key) ?? [];
          if (!list.some((x) => x.situation === i && x.lang === l)) list.push(kw);
          keywordMap.set(key, list);
        }
      }
    });
  }

  // ---- activities: an inverted index from stems to activities, and lists by situation and type
  const activities = catalogue.activities;
  const bySituation: Int32Array[] = situations.map(() => new Int32Array(0));
  const byType: Int32Array[] = types.map(() => new Int32Array(0));
  const activityTextIndex = new Map<string, Postings>();
  {
    const sitLists: number[][] = situations.map(() => []);
    const typeLists: number[][] = types.map(() => []);
    const termLists = new Map<string, { docs: number[]; weights: number[] }>();
    // Per word and language: its stem and its compound parts' stems, computed once however often the word recurs.
    const keyCache: Record<Lang, Map<string, string[]>> = { fi: new Map(), sv: new Map(), en: new Map() };
    const keysOf = (w: string, lang: Lang): string[] => {
      let k = keyCache[lang].get(w);
      if (!k) {
        k = [...new Set([w, ...vocabulary.split(w)].map((part) => stems.get(part, lang)))];
        keyCache[lang].set(w, k);
      }
      return k;
    };
    activities.forEach((a, ai) => {
      for (const s of a.situationIds) { const i = situationIdx.get(s); if (i !== undefined) sitLists[i]!.push(ai); }
      for (const t of a.typeIds) { const i = typeIdx.get(t); if (i !== undefined) typeLists[i]!.push(ai); }
      const terms = new Map<string, number>();
      const add = (text: string, lang: Lang, weight: number): void => {
        for (const w of contentTokens(text)) {
          for (const stem of keysOf(w, lang)) {
            // A word is evidence only in its own language: Swedish "dog" (died) never meets an English guide dog.
            const key = langKey(lang, stem);
            const had = terms.get(key);
            if (had === undefined || had < weight) terms.set(key, weight);
          }
        }
      };
      for (const l of LANGS) {
        add(a.title[l], l, 1);
        for (const k of a.keywords?.[l] ?? []) add(k, l, 1);
        add(a.description[l], l, 0.5);
      }
      const norm = Math.sqrt(terms.size) || 1;
      for (const [term, w] of terms) {
        let list = termLists.get(term);
        if (!list) { list = { docs: [], weights: [] }; termLists.set(term, list); }
        list.docs.push(ai);
        list.weights.push(w / Math.sqrt(norm));
      }
    });
    sitLists.forEach((l, i) => { bySituation[i] = Int32Array.from(l); });
    typeLists.forEach((l, i) => { byType[i] = Int32Array.from(l); });
    const n = activities.length || 1;
    for (const [term, { docs, weights }] of termLists) {
      const idf = Math.log(1 + n / docs.length);
      activityTextIndex.set(term, { docs: Int32Array.from(docs), weights: Float32Array.from(weights, (w) => w * idf) });
    }
  }
  const maxActivityDf = Math.max(50, activities.length * 0.02);

  const facetExtractor = createFacetExtractor(catalogue.municipalities.values());

  // ---------------------------------------------------------------------------------------------
  // Query side

  function queryTerms(text: string, lang: Lang): QueryTerm[] {
    const terms = analyse(text, lang, vocabulary, stemOf);
    return terms.map((t) => {
      const features = new Set<number>();
      const addFeatures = (word: string, stemmed: string): void => {
        for (const f of wordFeatures(word, stemmed)) {
          const id = space.ids.get(f);
          if (id !== undefined) features.add(id);
        }
      };
      addFeatures(t.word, t.stem);
      for (const e of t.extra) addFeatures(e.word, e.stem);
      return { ...t, features: [...features] };
    });
  }

  /** Per-label centroid cosine and closest-phrase cosine; per-term contributions are computed only when asked (for `why`). */
  function scoreLabels<Id extends string>(index: LabelIndex<Id>, terms: QueryTerm[]): { cent: Float32Array; best: Float32Array; contrib: Contrib } {
    const n = index.ids.length;
    // Query weights: idf of each feature, L2-normalised over the whole message.
    const qWeight = new Map<number, number>();
    for (const t of terms) for (const f of t.features) qWeight.set(f, (qWeight.get(f) ?? 0) + space.idf[f]!);
    let norm = 0;
    for (const w of qWeight.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const cent = new Float32Array(n);
    const phraseScore = new Float32Array(index.phraseOwner.length);
    for (const [f, w] of qWeight) {
      const q = w / norm;
      const c = index.centroid;
      for (let k = c.start(f), end = c.end(f); k < end; k++) cent[c.docs[k]!]! += q * c.weights[k]!;
      const p = index.phrases;
      // Features in a quarter of all phrasings barely separate them and cost the most: the closest phrase ignores them.
      const pEnd = p.end(f);
      if (pEnd - p.start(f) <= index.phraseOwner.length * 0.25) for (let k = p.start(f); k < pEnd; k++) phraseScore[p.docs[k]!]! += q * p.weights[k]!;
    }
    const best = new Float32Array(n);
    for (let p = 0; p < phraseScore.length; p++) {
      const owner = index.phraseOwner[p]!;
      if (phraseScore[p]! > best[owner]!) best[owner] = phraseScore[p]!;
    }
    const contrib: Contrib = (label) => terms.map((t) => {
      let sum = 0;
      for (const f of t.features) {
        const c = index.centroid;
        for (let k = c.start(f), end = c.end(f); k < end; k++) if (c.docs[k] === label) sum += (space.idf[f]! / norm) * c.weights[k]!;
      }
      return sum;
    });
    return { cent, best, contrib };
  }

  function keywordEvidence(terms: QueryTerm[], allWords: readonly string[], lang: Lang): { score: Float32Array; hits: Array<Array<number>> } {
    const n = situations.length;
    const perTerm = terms.map(() => new Float32Array(n));
    const hits: number[][] = situations.map(() => []);
    const consider = (ti: number, kws: Keyword[] | undefined, factor: number): void => {
      for (const kw of kws ?? []) {
        const w = kw.weight * factor * (kw.lang === lang ? 1 : 0.7);
        if (w > perTerm[ti]![kw.situation]!) perTerm[ti]![kw.situation] = w;
      }
    };
    terms.forEach((t, ti) => {
      for (const word of [t.word, ...t.extra.map((e) => e.word)]) {
        // Prefix: the keyword is the start of the word ("omaishoi" in "omaishoitajana").
        for (let len = 3; len <= word.length; len++) consider(ti, keywordMap.get(word.slice(0, len)), 1);
        // Inside a compound ("vertaistuki" in "omaishoitajavertaistuki"): longer keywords only.
        for (let start = 2; start <= word.length - 5; start++) {
          for (let len = 5; start + len <= word.length; len++) consider(ti, keywordMap.get(word.slice(start, start + len)), 0.8);
        }
      }
    });
    if (multiWordKeywords.length > 0 && terms.length > 0) {
      // Phrase keywords ("help others", "pengarna slut") are matched on every word, stop words included.
      const joined = ` ${allWords.join(' ')} `;
      for (const kw of multiWordKeywords) {
        if (!joined.includes(` ${kw.text}`)) continue;
        const parts = kw.text.split(' ');
        let idx = terms.findIndex((t) => parts.some((p) => t.word.startsWith(p)));
        if (idx < 0) idx = 0;
        const w = kw.weight * (kw.lang === lang ? 1 : 0.7);
        if (w > perTerm[idx]![kw.situation]!) perTerm[idx]![kw.situation] = w;
      }
    }
    const score = new Float32Array(n);
    const sums = new Float32Array(n);
    perTerm.forEach((row, ti) => {
      for (let s = 0; s < n; s++) {
        if (row[s]! > 0) { sums[s]! += row[s]!; hits[s]!.push(ti); }
      }
    });
    for (let s = 0; s < n; s++) score[s] = 1 - Math.exp(-1.3 * sums[s]!);
    return { score, hits };
  }

  function whyWords(terms: QueryTerm[], contrib: Contrib, label: number, extra: number[] = []): string[] {
    const c = contrib(label);
    let max = 0;
    for (const v of c) if (v > max) max = v;
    const picked = new Set<number>(extra);
    if (max > 0) c.forEach((v, ti) => { if (v >= max * 0.35 && v > 0.03) picked.add(ti); });
    return [...picked].sort((a, b) => a - b).map((ti) => terms[ti]!.surface).filter((w, i, all) => all.indexOf(w) === i);
  }

  function titleLang(lang: DetectedLang, query: MatchQuery): Lang {
    if (query.lang) return query.lang;
    if (lang !== 'other') return lang;
    return query.previousLang ?? 'en';
  }

  function match(query: MatchQuery): MatchResult {
    // "bored to death", "kuolen tylsyyteen": the boredom is the need; the death word must not suggest grief.
    const raw = typeof query.text === 'string' ? query.text : '';
    const text = clean(raw);
    const detected = query.lang ?? detectLanguage(text, query.previousLang, lexicon);
    const crisis = detectCrisis(text);
    const facets: Facets = { ...facetExtractor.extract(text), ...(query.facets ?? {}) };
    const answerLang = titleLang(detected, query);
    const nonLatinOnly = detected === 'other' && !/\p{Script=Latin}/u.test(text);
    const literal = withoutFigurativeDeath(text);
    const terms = nonLatinOnly ? [] : queryTerms(literal, detected === 'other' ? (query.previousLang ?? 'fi') : detected);

    // Situations: edited by the resident, or read from the text.
    let scoredSituations: ScoredSituation[];
    let confidence: number;
    const sitScore = new Float32Array(situations.length);
    let typeDirect = new Float32Array(types.length);
    let typeContrib: Contrib | undefined;
    if (query.situationIds && query.situationIds.length > 0) {
      scoredSituations = [];
      for (const id of query.situationIds) {
        const i = situationIdx.get(id);
        if (i === undefined) continue;
        sitScore[i] = 1;
        scoredSituations.push({ id, score: 1, why: [] });
      }
      confidence = scoredSituations.length > 0 ? 1 : 0;
    } else {
      const labels = scoreLabels(situationIndex, terms);
      const kw = keywordEvidence(terms, nonLatinOnly ? [] : tokenize(literal), detected === 'other' ? 'fi' : detected);
      for (let s = 0; s < situations.length; s++) {
        sitScore[s] = Math.min(1, 0.45 * labels.cent[s]! + 0.45 * labels.best[s]! + 0.5 * kw.score[s]!);
      }
      const order = [...sitScore.keys()].sort((a, b) => sitScore[b]! - sitScore[a]!);
      const top = sitScore[order[0] ?? 0] ?? 0;
      confidence = top;
      scoredSituations = order
        .filter((s, rank) => sitScore[s]! >= UNDERSTOOD_MIN * 0.75 && sitScore[s]! >= top * 0.5 && rank < 4)
        .map((s) => ({ id: situations[s]!.id, score: round(sitScore[s]!), why: whyWords(terms, labels.contrib, s, kw.hits[s]) }));
      // Only the situations shown steer the ranking.
      const shown = new Set(scoredSituations.map((s) => situationIdx.get(s.id)!));
      for (let s = 0; s < situations.length; s++) if (!shown.has(s)) sitScore[s] = 0;
    }
    if (terms.length > 0) {
      const t = scoreLabels(typeIndex, terms);
      typeDirect = new Float32Array(types.length);
      for (let i = 0; i < types.length; i++) typeDirect[i] = 0.5 * t.cent[i]! + 0.5 * t.best[i]!;
      typeContrib = t.contrib;
      let topType = 0;
      for (const v of typeDirect) topType = Math.max(topType, v);
      if (!query.situationIds?.length) confidence = Math.max(confidence, topType * 0.8);
    }

    if (crisis.crisis && !query.situationIds?.length) {
      // Danger to life outranks whatever else the text says: the crisis (or violence) situation leads.
      const id: SituationId = crisis.kind === 'violence' ? 'violence' : 'crisis';
      const i = situationIdx.get(id);
      if (i !== undefined) {
        sitScore[i] = Math.max(sitScore[i]!, 1);
        scoredSituations = [{ id, score: 1, why: crisis.signals }, ...scoredSituations.filter((s) => s.id !== id)];
        confidence = 1;
      }
    }
    const understood = confidence >= UNDERSTOOD_MIN;
    if (!understood) {
      // Never an empty hand: what was not understood still gets the general, low-threshold options.
      const general = crisis.crisis ? [] : generalOptions(answerLang, query);
      return { lang: detected, understood: false, crisis, situations: [], results: general, facets, relaxed: [] };
    }

    const keys = FACET_KEYS.filter((k) => !passesTrivially(facets, k));
    const keep = keys.length === 0 ? undefined : (a: Activity): boolean => {
      for (const k of keys) if (!passes(a, facets, catalogue, k)) return false;
      return true;
    };
    const fit: Fit = {
      hasPlace: facets.municipality !== undefined, lang: detected === 'other' ? undefined : detected, langAsked: facets.language !== undefined,
      named: circumstancesNamed(fold(literal)),
    };
    const ranked = rankActivities(query, terms, sitScore, typeDirect, typeContrib, scoredSituations, answerLang, confidence, keep, fit);
    const limit = Math.max(1, query.limit ?? defaultLimit);
    const { kept, relaxed } = ranked.filtered && ranked.filtered.length >= Math.min(3, ranked.all.length)
      ? { kept: ranked.filtered, relaxed: [] }
      : filterByFacets(ranked.all, facets, catalogue, 3);
    let list = diversify(kept, limit, fit.hasPlace);
    if (crisis.crisis) list = withCrisisLines(list, crisis, answerLang, limit);
    else if (list.length === 0) list = generalOptions(answerLang, query);
    return { lang: detected, understood: true, crisis, situations: scoredSituations, results: list, facets, relaxed };
  }

  // How well each activity serves each situation, by how early its types come in the situation's list:
  // precomputed so ranking touches only the situations the text mentioned.
  const nSit = situations.length;
  const servesWeight = new Float32Array(activities.length * nSit);
  activities.forEach((a, ai) => {
    situations.forEach((sit, s) => {
      let pos = 0;
      for (const t of a.typeIds) {
        const i = sit.typeIds.indexOf(t);
        if (i >= 0) pos = Math.max(pos, 1 / (1 + 0.25 * i));
      }
      // Among equals, an activity made for this situation beats one that lists many situations.
      const focus = 1 / (1 + 0.06 * Math.max(0, a.situationIds.length - 1));
      servesWeight[ai * nSit + s] = a.situationIds.includes(sit.id) ? (0.4 + 0.6 * pos) * focus : 0.3 * pos * focus;
    });
  });
  // Each situation's activities best-serving first, so a query reads only the head of a long national list.
  situations.forEach((_, si) => {
    const sorted = [...bySituation[si]!].sort((x, y) => servesWeight[y * nSit + si]! - servesWeight[x * nSit + si]! || x - y);
    bySituation[si] = Int32Array.from(sorted);
  });
  // Activity types as one flat array with offsets: compact at national size and quick to walk.
  const typeStart = new Int32Array(activities.length + 1);
  const typeFlatList: number[] = [];
  activities.forEach((a, ai) => {
    typeStart[ai] = typeFlatList.length;
    for (const t of a.typeIds) { const i = typeIdx.get(t); if (i !== undefined) typeFlatList.push(i); }
  });
  typeStart[activities.length] = typeFlatList.length;
  const typeFlat = Int32Array.from(typeFlatList);

  const seen = new Uint8Array(activities.length);
  const textAcc = new Float32Array(activities.length);
  const termMask = new Int32Array(activities.length);

  interface Candidate { ai: number; score: number; mask: number; bestSituation: number; bestType: number; typePart: number }

  function rankActivities(
    query: MatchQuery, terms: QueryTerm[], sitScore: Float32Array, typeDirect: Float32Array, typeContrib: Contrib | undefined,
    scoredSituations: ScoredSituation[], lang: Lang, confidence: number, keep: ((a: Activity) => boolean) | undefined, fit: Fit,
  ): { all: RankedActivity[]; filtered: RankedActivity[] | undefined } {
    const active: number[] = [];
    let topSit = 0;
    sitScore.forEach((v, s) => { if (v > 0) { active.push(s); topSit = Math.max(topSit, v); } });
    // Scratch arrays sized to the catalogue, reset through the touched list: no per-query allocation that grows with it.
    const touched: number[] = [];
    for (const s of active) {
      const list = bySituation[s]!;
      for (let k = 0; k < list.length && k < SITUATION_SCAN; k++) {
        const a = list[k]!;
        if (!seen[a]) { seen[a] = 1; touched.push(a); }
      }
    }
    let topType = 0;
    let topTypeIdx = -1;
    typeDirect.forEach((v, t) => { if (v > topType) { topType = v; topTypeIdx = t; } });
    if (topTypeIdx >= 0) {
      const list = byType[topTypeIdx]!;
      for (let k = 0; k < list.length && k < TYPE_SCAN; k++) {
        const a = list[k]!;
        if (!seen[a]) { seen[a] = 1; touched.push(a); }
      }
    }

    // Direct text evidence over the activity inverted index (common terms skipped: they rank nothing).
    terms.slice(0, 30).forEach((t, ti) => {
      // "Vantaa", "puhelin", "ruotsiksi" are filters, not content: they must not pull in every activity titled with them.
      if (facetExtractor.isFacetWord(t.word)) return;
      const keys = new Set([t.stem, ...t.extra.map((e) => e.stem)]);
      for (const stem of keys) {
        if (stem.length < 3 || STOP_WORDS.has(stem)) continue;
        const key = langKey(lang, stem);
        const p = activityTextIndex.get(key);
        if (!p || p.docs.length > maxActivityDf) continue;
        for (let k = 0; k < p.docs.length; k++) {
          const a = p.docs[k]!;
          if (!seen[a]) { seen[a] = 1; touched.push(a); }
          textAcc[a]! += p.weights[k]!;
          termMask[a]! |= 1 << ti;
        }
      }
    });
    let topText = 0;
    for (const a of touched) if (textAcc[a]! > topText) topText = textAcc[a]!;

    const exclude = new Set(query.excludeIds ?? []);
    const prefer = new Set(query.preferTypeIds ?? []);
    // `why` and titles only for the head of the list: facet filtering and diversity never look deeper.
    const head = Math.max(40, (query.limit ?? defaultLimit) * 4) + exclude.size;
    const scored: Candidate[] = [];
    const filtered: Candidate[] = [];
    // Per-query weights hoisted out of the candidate loop, which runs thousands of times on a national catalogue.
    const nActive = active.length;
    const fitFactor = fitFactors(fit);
    const activeIdx = Int32Array.from(active);
    const activeWeight = Float32Array.from(active, (s) => sitScore[s]! / Math.max(topSit, SIT_FLOOR));
    const typeRel = new Float32Array(types.length);
    const typeBonus = new Float32Array(types.length);
    for (let i = 0; i < types.length; i++) {
      typeRel[i] = topType > 0 ? typeDirect[i]! / topType : 0;
      typeBonus[i] = prefer.has(types[i]!.id) ? 0.25 : 0;
    }
    for (let n = 0; n < touched.length; n++) {
      const ai = touched[n]!;
      let sitBest = 0;
      let sitSum = 0;
      let bestSituation = -1;
      const row = ai * nSit;
      for (let k = 0; k < nActive; k++) {
        const part = activeWeight[k]! * servesWeight[row + activeIdx[k]!]!;
        sitSum += part;
        if (part > sitBest) { sitBest = part; bestSituation = activeIdx[k]!; }
      }
      const sitRaw = sitBest + 0.15 * (sitSum - sitBest);
      const sitPart = sitRaw > 1 ? 1 : sitRaw;
      let typePart = 0;
      let bestType = -1;
      let preferred = 0;
      for (let k = typeStart[ai]!, end = typeStart[ai + 1]!; k < end; k++) {
        const i = typeFlat[k]!;
        if (typeRel[i]! > typePart) { typePart = typeRel[i]!; bestType = i; }
        if (typeBonus[i]! > preferred) preferred = typeBonus[i]!;
      }
      const textPart = topText > 0 ? textAcc[ai]! / topText : 0;
      const score = (W_SIT * sitPart + 0.25 * typePart * typePart + W_TEXT * textPart + preferred) * fitFactor[ai]!;
      const mask = termMask[ai]!;
      seen[ai] = 0; textAcc[ai] = 0; termMask[ai] = 0;
      if (score <= 0.05) continue;
      const intoAll = scored.length < head || score > scored[scored.length - 1]!.score;
      // A second head of those passing every facet, so a municipality filter is not starved by other cities' activities.
      const intoFiltered = keep !== undefined && (filtered.length < head || score > filtered[filtered.length - 1]!.score) && keep(activities[ai]!);
      if (!intoAll && !intoFiltered) continue;
      const c: Candidate = { ai, score, mask, bestSituation, bestType, typePart };
      if (intoAll) insertBounded(scored, c, head);
      if (intoFiltered) insertBounded(filtered, c, head);
    }
    const sitWhyMap = new Map(scoredSituations.map((s) => [s.id, s.why]));
    const finish = (list: Candidate[]): RankedActivity[] => explain(list, terms, sitWhyMap, typeContrib, exclude, lang, confidence);
    return { all: finish(scored), filtered: keep ? finish(filtered) : undefined };
  }

  function explain(
    scored: Candidate[], terms: QueryTerm[], sitWhy: Map<SituationId, string[]>, typeContrib: Contrib | undefined,
    exclude: Set<string>, lang: Lang, confidence: number,
  ): RankedActivity[] {
    const typeWhyCache = new Map<number, string[]>();
    const typeWhy = (t: number): string[] => {
      let w = typeWhyCache.get(t);
      if (!w) { w = typeContrib ? whyWords(terms, typeContrib, t) : []; typeWhyCache.set(t, w); }
      return w;
    };
    const ranked: RankedActivity[] = [];
    for (const c of scored) {
      const a = activities[c.ai]!;
      if (exclude.has(a.id)) continue;
      const why: string[] = [];
      const push = (w: string): void => { if (!why.includes(w)) why.push(w); };
      const bestSituation = c.bestSituation >= 0 ? situations[c.bestSituation]!.id : undefined;
      // A situation explains an activity only when the activity is meant for it.
      if (bestSituation && a.situationIds.includes(bestSituation)) for (const w of sitWhy.get(bestSituation) ?? []) push(w);
      for (let ti = 0; ti < terms.length && ti < 30; ti++) if (c.mask & (1 << ti)) push(terms[ti]!.surface);
      if (c.bestType >= 0 && c.typePart > 0.7) for (const w of typeWhy(c.bestType)) push(w);
      if (why.length === 0 && bestSituation) push(bestSituation);
      if (why.length === 0) continue;
      ranked.push({
        id: a.id, activity: a, title: a.title[lang], typeIds: [...a.typeIds],
        score: round(Math.min(1, c.score) * Math.min(1, 0.4 + confidence)), why,
      });
    }
    return ranked;
  }

  /**
   * Someone to talk to about anything, anywhere in Finland: national, free, for everyone, by phone, chat or online, no
   * crisis line among them (those come with the crisis reply). Best first: those that serve the most situations.
   */
  const generalPool = activities
    .filter((a) => a.area.scope === 'national' && a.crisisLine === undefined && a.cost === 'free' && a.targetGroups.includes('everyone')
      && a.typeIds.includes('conversation-help'))
    .sort((a, b) => b.situationIds.length - a.situationIds.length || a.id.localeCompare(b.id));

  function generalOptions(lang: Lang, query: MatchQuery): RankedActivity[] {
    const exclude = new Set(query.excludeIds ?? []);
    return generalPool.filter((a) => !exclude.has(a.id)).slice(0, Math.min(5, query.limit ?? defaultLimit)).map((a, i) => ({
      id: a.id, activity: a, title: a.title[lang], typeIds: [...a.typeIds], score: round(0.2 - i * 0.01), why: [],
    }));
  }

  /** Activities for a circumstance the resident must name (`onlyWhen`), each with the folded word beginnings that name it. */
  const conditional = activities.flatMap((a, ai) => (a.onlyWhen ? [{
    ai, names: new RegExp(`(?:^|[^\\p{L}])(?:${LANGS.flatMap((l) => a.onlyWhen![l].map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|')})`, 'u'),
  }] : []));

  /** The conditional activities whose circumstance the folded text names. */
  function circumstancesNamed(folded: string): Set<number> {
    return new Set(conditional.filter((c) => c.names.test(folded)).map((c) => c.ai));
  }

  // Fit to the person: with no place known, another town's activity is not a first answer; a Finnish speaker does not
  // get Swedish-only groups first unless asked; an activity for a circumstance the resident did not name steps down.
  // Soft: a factor on the score, never a filter. Cached per combination with nothing named, the usual case.
  const fitCache = new Map<string, { usual: Float32Array; plain: Float32Array }>();
  function fitFactors(fit: Fit): Float32Array {
    const key = `${fit.hasPlace}|${fit.lang ?? ''}|${fit.langAsked}`;
    let cached = fitCache.get(key);
    if (!cached) {
      const plain = Float32Array.from(activities, (a) => {
        let f = 1;
        if (!fit.hasPlace && a.area.scope !== 'national') f *= NO_PLACE_LOCAL;
        if (fit.lang !== undefined && !fit.langAsked && !a.languages.includes(fit.lang)) f *= OTHER_LANGUAGE[fit.lang];
        return f;
      });
      const usual = Float32Array.from(plain);
      for (const { ai } of conditional) usual[ai] = usual[ai]! * UNNAMED_CIRCUMSTANCE;
      cached = { usual, plain };
      fitCache.set(key, cached);
    }
    if (fit.named.size === 0) return cached.usual;
    const factors = Float32Array.from(cached.usual);
    for (const ai of fit.named) factors[ai] = cached.plain[ai]!;
    return factors;
  }

  /** The crisis lines for the kind of danger come first, whatever the text matched; the rest follow. */
  function withCrisisLines(list: RankedActivity[], crisis: CrisisResult, lang: Lang, limit: number): RankedActivity[] {
    const lines = catalogue.crisisLines(crisis.kind).slice(0, 3).map((a): RankedActivity => ({
      id: a.id, activity: a, title: a.title[lang], typeIds: [...a.typeIds], score: 1,
      why: crisis.signals.length > 0 ? [...crisis.signals] : ['crisis'],
    }));
    const ids = new Set(lines.map((l) => l.id));
    return [...lines, ...list.filter((r) => !ids.has(r.id))].slice(0, Math.max(limit, lines.length));
  }

  return Object.freeze({
    match(query: MatchQuery): MatchResult {
      try {
        return match(query);
      } catch {
        // A bug must not take a resident's conversation down: answer "not understood" and let the caller log it.
        const text = typeof query?.text === 'string' ? query.text : '';
        return {
          lang: query?.previousLang ?? 'other', understood: false, crisis: safeCrisis(text), situations: [], results: [],
          facets: {}, relaxed: [],
        };
      }
    },
    detectLanguage(text: string, previous?: Lang): DetectedLang {
      return detectLanguage(clean(text), previous, lexicon);
    },
  });
}

function safeCrisis(text: string): ReturnType<typeof detectCrisis> {
  try { return detectCrisis(text.slice(0, 4000)); } catch { return { crisis: false, signals: [] }; }
}

/** Keeps the list from being one kind of help only: a third activity of the same first type steps down a little. */
function diversify(ranked: readonly RankedActivity[], limit: number, placeKnown = false): RankedActivity[] {
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
      const s = p.s * (n >= 2 ? 0.85 : 1) * (duplicate ? 0.6 : 1);
      if (s > bs) { bs = s; bi = i; }
    });
    // With a place known, of the same organisation's national and local card the local one is shown.
    if (placeKnown && pool[bi]!.r.activity.area.scope === 'national') {
      const keys = pool[bi]!.keys;
      const local = pool.findIndex((p) => p.r.activity.area.scope !== 'national' && p.s >= pool[bi]!.s * 0.8 && p.keys.some((k) => keys.includes(k)));
      if (local >= 0) { bi = local; bs = pool[bi]!.s; }
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

// Situation fit first, then the activity's own words; measured on test/eval/cases.jsonl (0.55/0.2 → 0.5/0.25: hit@1 .952 → .956).
const W_SIT = 0.5;
const W_TEXT = 0.25;
// A weak situation guess (score under 0.4) must not weigh like a sure one: the activity's own words then count for more.
const SIT_FLOOR = 0.4;

/** A local activity when the resident's place is not known. */
const NO_PLACE_LOCAL = 0.65;
/** An activity not offered in the resident's language: most are Finnish-only, so an English speaker is still better served by them than by none. */
const OTHER_LANGUAGE: Readonly<Record<Lang, number>> = { fi: 0.75, sv: 0.9, en: 1 };
/** An activity for a circumstance (a suicide, a homicide, a child's death) the resident did not name. */
const UNNAMED_CIRCUMSTANCE = 0.3;

interface Fit { hasPlace: boolean; lang: Lang | undefined; langAsked: boolean; named: ReadonlySet<number> }

/** The activity text index keys a stem by its language. */
function langKey(lang: Lang, stem: string): string {
  return `${lang}\u0001${stem}`;
}

function insertBounded<T extends { ai: number; score: number }>(list: T[], c: T, head: number): void {
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

const FACET_KEYS: readonly FacetKey[] = ['municipality', 'language', 'channel', 'age', 'anonymous', 'free'];

function passesTrivially(f: Facets, key: FacetKey): boolean {
  switch (key) {
    case 'municipality': return !f.municipality;
    case 'language': return !f.language;
    case 'channel': return !f.channel;
    case 'age': return f.age === undefined && !f.ageGroup;
    case 'anonymous': return !f.anonymous;
    case 'free': return !f.free;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const DEATH_WORD = /\b(?:death|dead|die|dying|dies|killing|kills|kill|murder|kuol[a-z]*|tapp[a-z]*|tapoin|tapan|ihjal|do|dods[a-z]*|dod|doda[a-z]*)\b/g;

/** Folded text with the death words of figurative phrases removed; the rest of each phrase stays as evidence. */
export function withoutFigurativeDeath(text: string): string {
  let out = fold(text);
  for (const figure of FIGURATIVE) out = out.replace(figure, (m) => m.replace(DEATH_WORD, ' '));
  return out;
}
