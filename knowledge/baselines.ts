// Plain reference rankers for `npm run eval -- --baseline fuse|bm25`: the same activities' text, no knowledge of situations, no tuning.
import Fuse from 'fuse.js';
import type { Catalogue } from './contracts.js';
import { tokenize } from './normalise.js';
import type { Activity } from './schema.js';
import { LANGS } from './vocabulary.js';

export interface Baseline {
  name: 'fuse' | 'bm25';
  /** Activities best first. */
  rank(text: string, limit?: number): Activity[];
}

/** Everything a resident could read about an activity, in all three languages. */
export function activityText(a: Activity): string {
  return LANGS.flatMap((l) => [a.title[l], a.description[l], ...(a.keywords?.[l] ?? [])]).join(' ');
}

export function createFuseBaseline(catalogue: Catalogue): Baseline {
  const docs = catalogue.activities.map((activity) => ({ activity, text: activityText(activity) }));
  // ignoreLocation: the defaults only look near the start of a field, which would make a full-text baseline a straw man.
  const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true });
  return {
    name: 'fuse',
    rank(text, limit = 10) {
      if (!text.trim()) return [];
      return fuse.search(text.slice(0, 2000), { limit }).map((r) => r.item.activity);
    },
  };
}

/** Okapi BM25 (k1 = 1.2, b = 0.75) over folded words; no stemming, no stop words. */
export function createBm25Baseline(catalogue: Catalogue): Baseline {
  const k1 = 1.2;
  const b = 0.75;
  const docs = catalogue.activities.map((a) => {
    const tf = new Map<string, number>();
    const words = tokenize(activityText(a));
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    return { a, tf, len: words.length };
  });
  const avg = docs.reduce((s, d) => s + d.len, 0) / (docs.length || 1);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => { for (const w of d.tf.keys()) { const l = postings.get(w) ?? []; l.push(i); postings.set(w, l); } });
  return {
    name: 'bm25',
    rank(text, limit = 10) {
      const scores = new Map<number, number>();
      for (const w of new Set(tokenize(text))) {
        const list = postings.get(w);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const i of list) {
          const d = docs[i]!;
          const f = d.tf.get(w)!;
          scores.set(i, (scores.get(i) ?? 0) + idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * d.len / avg)));
        }
      }
      return [...scores].sort((x, y) => y[1] - x[1]).slice(0, limit).map(([i]) => docs[i]!.a);
    },
  };
}
