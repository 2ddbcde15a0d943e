// Situations and activity types scored against a message: TF-IDF over word features (stems "s:" and character
// 3–5-grams "g:") of their names, descriptions, phrasings and keywords, by centroid cosine and by the closest phrase.
import { charNgrams, contentTokens, stem, type Term } from '../normalise.js';
import type { Lang } from '../vocabulary.js';

type Vec = Map<number, number>;

/** The feature vocabulary and its idf, shared by every label index. */
export class FeatureSpace {
  readonly ids = new Map<string, number>();
  private df: number[] = [];
  private docs = 0;
  idf: Float32Array = new Float32Array(0);

  private id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
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
      const id = this.id(f);
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

export function wordFeatures(word: string, stemmed: string, prefixOnly = false): string[] {
  const grams = charNgrams(word).filter((g) => !prefixOnly || !g.endsWith(' '));
  const out = grams.map((g) => `g:${g}`);
  if (!prefixOnly) out.push(`s:${stemmed}`);
  return out;
}

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

/** The catalogue's words are stemmed once; words from residents' messages fill it only up to a bound, so it cannot grow without end. */
const STEM_CACHE_MAX = 50_000;
export class StemCache {
  private readonly cache: Record<Lang, Map<string, string>> = { fi: new Map(), sv: new Map(), en: new Map() };
  get(word: string, lang: Lang): string {
    const c = this.cache[lang];
    let s = c.get(word);
    if (s === undefined) { s = stem(word, lang); if (c.size < STEM_CACHE_MAX) c.set(word, s); }
    return s;
  }
}

/** One text of a label: a name or phrasing ("phrase", scored on its own too), a description, or a keyword stem. */
export interface LabelText { text: string; lang: Lang; phrase: boolean; prefixOnly?: boolean }

/** A query word with the feature ids it carries in the shared space. */
export interface QueryTerm extends Term { features: number[] }

/** Per query term, how much it contributed to one label's score. */
export type Contrib = (label: number) => number[];

export interface LabelScores { cent: Float32Array; best: Float32Array; contrib: Contrib }

/** Scores a group of labels (situations or types) by centroid cosine and by their closest single phrase. */
export class LabelIndex {
  private constructor(
    private readonly space: FeatureSpace,
    readonly size: number,
    private readonly centroid: PostingTable,
    private readonly phrases: PostingTable,
    private readonly phraseOwner: Int32Array,
  ) {}

  /** Builds one index per group of labels over one shared feature space (the idf is the whole vocabulary's). */
  static build(groups: readonly LabelText[][][], stems: StemCache): { space: FeatureSpace; indexes: LabelIndex[] } {
    const space = new FeatureSpace();
    const docs = groups.map((labels) => labels.map((texts) => texts.map((t) => ({ t, tf: space.addDoc(docFeatures(t, stems)) }))));
    space.finish();
    return { space, indexes: docs.map((d) => LabelIndex.fromDocs(space, d)) };
  }

  private static fromDocs(space: FeatureSpace, docs: Array<Array<{ t: LabelText; tf: Vec }>>): LabelIndex {
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
    return new LabelIndex(space, docs.length, PostingTable.from(cent, space.ids.size), PostingTable.from(phr, space.ids.size), Int32Array.from(owners));
  }

  /** Per-label centroid cosine and closest-phrase cosine; per-term contributions are computed only when asked (for `why`). */
  score(terms: readonly QueryTerm[]): LabelScores {
    const { space } = this;
    // Query weights: idf of each feature, L2-normalised over the whole message.
    const qWeight = new Map<number, number>();
    for (const t of terms) for (const f of t.features) qWeight.set(f, (qWeight.get(f) ?? 0) + space.idf[f]!);
    let norm = 0;
    for (const w of qWeight.values()) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const cent = new Float32Array(this.size);
    const phraseScore = new Float32Array(this.phraseOwner.length);
    for (const [f, w] of qWeight) {
      const q = w / norm;
      const c = this.centroid;
      for (let k = c.start(f), end = c.end(f); k < end; k++) cent[c.docs[k]!]! += q * c.weights[k]!;
      const p = this.phrases;
      // Features in a quarter of all phrasings barely separate them and cost the most: the closest phrase ignores them.
      const pEnd = p.end(f);
      if (pEnd - p.start(f) <= this.phraseOwner.length * 0.25) for (let k = p.start(f); k < pEnd; k++) phraseScore[p.docs[k]!]! += q * p.weights[k]!;
    }
    const best = new Float32Array(this.size);
    for (let p = 0; p < phraseScore.length; p++) {
      const owner = this.phraseOwner[p]!;
      if (phraseScore[p]! > best[owner]!) best[owner] = phraseScore[p]!;
    }
    const contrib: Contrib = (label) => terms.map((t) => {
      let sum = 0;
      for (const f of t.features) {
        const c = this.centroid;
        for (let k = c.start(f), end = c.end(f); k < end; k++) if (c.docs[k] === label) sum += (space.idf[f]! / norm) * c.weights[k]!;
      }
      return sum;
    });
    return { cent, best, contrib };
  }
}

function docFeatures(t: LabelText, stems: StemCache): string[] {
  const words = contentTokens(t.text);
  const features: string[] = [];
  for (const w of words) features.push(...wordFeatures(w, stems.get(w, t.lang), t.prefixOnly && words.length === 1));
  return features;
}

/** A message's terms with their feature ids in the space (features the catalogue never had are dropped). */
export function withFeatures(space: FeatureSpace, terms: readonly Term[]): QueryTerm[] {
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
