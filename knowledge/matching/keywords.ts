// The situations' keywords, stems residents use: a keyword counts when a message's word starts with it, contains it
// inside a compound, or (a phrase keyword) when the message has its words in order.
import type { Situation } from '../schema.js';
import { fold } from '../text.js';
import { LANGS, type Lang } from '../vocabulary.js';
import type { QueryTerm } from './label-index.js';

interface Keyword { situation: number; lang: Lang; weight: number; text: string }

/** How much a keyword says: a phrase more than a word, a long word more than a short one, each shared keyword less. */
const PHRASE_WEIGHT = 1.25;
const WORD_WEIGHT = { long: 1, four: 0.85, short: 0.6 } as const;
/** A keyword in another language than the message's. */
const OTHER_LANGUAGE = 0.7;
/** A keyword found inside a compound rather than at a word's start. */
const INSIDE_COMPOUND = 0.8;
/**
 * A Swedish or English keyword of four letters or fewer opens many unrelated words ("våld" opens "väldigt", "kris" opens
 * "Kristinestad", "roma" "romance", "app" "appointment", "sop" the Finnish "sopii"): it counts only for the word itself or
 * the word with one of its language's inflectional endings. Finnish ones keep counting as prefixes, because Finnish joins
 * its short stems into compounds ("velkaneuvonta", "digitaidot") and inflects them with many endings.
 */
const SHORT_KEYWORD = 4;
const ENDINGS: Readonly<Partial<Record<Lang, ReadonlySet<string>>>> = {
  sv: new Set(['', 'a', 'n', 't', 's', 'r', 'en', 'et', 'er', 'ar', 'or', 'an', 'na', 'at', 'ad', 'ade', 'are', 'erna', 'arna', 'orna', 'ens', 'ets', 'ande', 'ning']),
  en: new Set(['', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'y', 'ies', 'ied', 'ness', 'al', 'als', 'or', 'ors', 'ager', 'agers']),
};
/** How fast keyword evidence saturates: 1 - exp(-k × sum). */
const SATURATION = 1.3;

export interface KeywordEvidence { score: Float32Array; hits: number[][] }

export class KeywordIndex {
  private readonly single = new Map<string, Keyword[]>();
  private readonly phrases: Keyword[] = [];

  constructor(private readonly situations: readonly Situation[]) {
    const owners = new Map<string, Set<number>>();
    const each = (visit: (key: string, i: number, lang: Lang) => void): void => {
      situations.forEach((s, i) => {
        for (const l of LANGS) {
          for (const k of s.keywords[l]) {
            const key = fold(k).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
            if (key.length >= 3) visit(key, i, l);
          }
        }
      });
    };
    each((key, i) => {
      const set = owners.get(key) ?? new Set<number>();
      set.add(i);
      owners.set(key, set);
    });
    each((key, i, l) => {
      const base = key.includes(' ') ? PHRASE_WEIGHT : key.length >= 5 ? WORD_WEIGHT.long : key.length === 4 ? WORD_WEIGHT.four : WORD_WEIGHT.short;
      const kw: Keyword = { situation: i, lang: l, weight: base / owners.get(key)!.size, text: key };
      if (key.includes(' ')) { this.phrases.push(kw); return; }
      const list = this.single.get(key) ?? [];
      if (!list.some((x) => x.situation === i && x.lang === l)) list.push(kw);
      this.single.set(key, list);
    });
  }

  /** Per situation: the saturated keyword score and the query terms that hit it. */
  evidence(terms: readonly QueryTerm[], allWords: readonly string[], lang: Lang): KeywordEvidence {
    const n = this.situations.length;
    const perTerm = terms.map(() => new Float32Array(n));
    const hits: number[][] = this.situations.map(() => []);
    const consider = (ti: number, kws: Keyword[] | undefined, factor: number, rest?: string): void => {
      for (const kw of kws ?? []) {
        const endings = rest === undefined || kw.text.length > SHORT_KEYWORD ? undefined : ENDINGS[kw.lang];
        if (endings !== undefined && !endings.has(rest!)) continue;
        const w = kw.weight * factor * (kw.lang === lang ? 1 : OTHER_LANGUAGE);
        if (w > perTerm[ti]![kw.situation]!) perTerm[ti]![kw.situation] = w;
      }
    };
    terms.forEach((t, ti) => {
      for (const word of [t.word, ...t.extra.map((e) => e.word)]) {
        // Prefix: the keyword is the start of the word ("omaishoi" in "omaishoitajana").
        for (let len = 3; len <= word.length; len++) consider(ti, this.single.get(word.slice(0, len)), 1, word.slice(len));
        // Inside a compound ("vertaistuki" in "omaishoitajavertaistuki"): longer keywords only.
        for (let start = 2; start <= word.length - 5; start++) {
          for (let len = 5; start + len <= word.length; len++) consider(ti, this.single.get(word.slice(start, start + len)), INSIDE_COMPOUND);
        }
      }
    });
    if (this.phrases.length > 0 && terms.length > 0) {
      // Phrase keywords ("help others", "pengarna slut") are matched on every word, stop words included.
      const joined = ` ${allWords.join(' ')} `;
      for (const kw of this.phrases) {
        if (!joined.includes(` ${kw.text}`)) continue;
        const parts = kw.text.split(' ');
        let idx = terms.findIndex((t) => parts.some((p) => t.word.startsWith(p)));
        if (idx < 0) idx = 0;
        const w = kw.weight * (kw.lang === lang ? 1 : OTHER_LANGUAGE);
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
    for (let s = 0; s < n; s++) score[s] = 1 - Math.exp(-SATURATION * sums[s]!);
    return { score, hits };
  }
}
