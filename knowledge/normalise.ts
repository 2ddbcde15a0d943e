// Turns free text into comparable terms: folding, a Unicode-aware tokeniser, stop words, stemming, compound splitting and typo correction.
import { createRequire } from 'node:module';
import { fold } from './text.js';
import type { Lang } from './vocabulary.js';

interface SnowballStemmer { stem(word: string): string }
interface SnowballModule { newStemmer(language: string): SnowballStemmer }

// snowball-stemmers and natural's distance module ship CommonJS; the functions used are typed here.
const requireCjs = createRequire(import.meta.url);
const snowball = requireCjs('snowball-stemmers') as SnowballModule;
// natural's submodule, not its index: the index loads database drivers and takes ~1 s.
const { DamerauLevenshteinDistance: damerauLevenshtein } = requireCjs('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string, options?: { restricted?: boolean }) => number;
};
const stemmers: Record<Lang, SnowballStemmer> = {
  fi: snowball.newStemmer('finnish'),
  sv: snowball.newStemmer('swedish'),
  en: snowball.newStemmer('english'),
};

/** Longer inputs are cut before any scanning so a 100,000-character paste costs what 2,000 do. */
export const MAX_TEXT_CHARS = 2000;

// Function words of all three languages, folded. One union list because a short message's language is
// often uncertain and none of these words carries a life situation in any of the three languages.
const STOP_WORDS_RAW = `
ja on ei en et eika olen oon ole olla oli olin ollut ovat olet olette olemme ois olis olisi olisin mä ma mun mulla mulle mua
minä mina minun minulla minulle minua minusta meidän meillä meille me te sä sa sun sinä sina sinun hän han he se sen sitä sita
siitä siita sille siihen tää taa tämä tama tämän taman tätä tata nää naa nämä nama että etta kun mutta tai jos niin nyt vaan
vain myös myos mitä mita mikä mika missä missa mistä mista miten onko voi voisi voisin voiko voisko joka jotka jota jonka
kuin ihan vähän vahan tosi kyllä kylla jo vielä viela sitten koska vai siis eli kanssa tosta tuo tuon tota ton noi
jotain jotakin joku jonkun joita mitään mitaan mihin kenen kuka keitä
tarvitsen tarvitsisin tarviin tarvisin tarttisin tarvis tarvii tarvitaan haluan haluaisin haluisin haluun haluis apua
behöver behover skulle vill hjälp hjalp tack snälla
need needs needed please want wanted would like looking help thanks
och att jag är ar det en ett som på pa i av för for med till har inte men om kan vill min mitt mina mig den de vi du dig
hon så sa var hur vad finns någon nagon något nagot eller också ocksa nu bara sig från fran efter när nar där dar här
har mycket lite skulle kunde ska vara varit bli blir blev kommer jo nog då da vår var våra vara er ni deras dom dem hos mej
the a an and or i i'm im am is are was were be been to of in on for with my me it its that this these those have has had
do does did don't dont can could would should will any some there what where how at from about so but not just really
very you your we our they them he she his her us if than then also get got without
anyone anybody someone somebody something anything thing things everyone everybody everything
ilman utan
jossa joissa jolla joilla jolle joille josta joista johon joihin jotta joten sama samaa saman samassa samalla samat samoja
muita muiden muut muuta muuten jälkeen ennen aikana kautta sopii sopiiko sopisi sopis saa saako saada käydä kenelle keneltä
olisiko olisko onks onkohan onkos ehkä kai todella aivan erittäin melko liian tänne täällä siellä sinne tässä tähän siinä
samma sak saker väldigt verkligen ganska alltid ofta ibland kanske redan sedan igen sådan sådant sånt sån typ liksom alltså
asså eftersom därför genom själv hit dit
one ones too since every each through before around here there same much many lot lots bit kind sort way maybe perhaps
quite rather still even ever always often sometimes already again yet though although while come comes go goes find
`;
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_RAW.split(/\s+/).filter(Boolean).map(fold));

/** A word as written (lower-cased) and folded for comparison. */
export interface Token { surface: string; word: string }

/** Strips what is never a resident's words: HTML tags, control characters; cuts to MAX_TEXT_CHARS first. */
export function clean(text: string): string {
  const cut = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  return cut.replace(/<[^>]{0,200}>/g, ' ').replace(/&[a-z]{2,8};|&#\d{1,6};/gi, ' ').replace(/\p{Cc}+/gu, ' ');
}

/** No word in any of the three languages is longer; longer runs are pasted junk and would make splitting quadratic. */
export const MAX_WORD_CHARS = 40;

/** Unicode-aware words (letters, marks, digits in any script): "yksinäisyys" stays one word. */
export function tokens(text: string): Token[] {
  const lower = clean(text).normalize('NFC').toLowerCase();
  const out: Token[] = [];
  for (const m of lower.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (m[0].length > MAX_WORD_CHARS) continue;
    // Folding can lengthen a word (a ligature becomes up to 18 letters); the cap holds for the folded word too.
    const word = fold(m[0]);
    if (word.length <= MAX_WORD_CHARS) out.push({ surface: m[0], word });
  }
  return out;
}

/** Lower-cased, diacritic-folded words. */
export function tokenize(text: string): string[] {
  return tokens(text).map((t) => t.word);
}

/**
 * Folded words that carry meaning (stop words and one-letter tokens dropped). The fast path for indexing
 * catalogue text: one pass over the characters, folding only the words that need it.
 */
export function contentTokens(text: string): string[] {
  const src = (text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text).toLowerCase();
  const out: string[] = [];
  let start = -1;
  let needsFold = false;
  for (let i = 0; i <= src.length; i++) {
    const c = i < src.length ? src.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && /[\p{L}\p{M}\p{N}]/u.test(src[i]!));
    if (inWord) {
      if (start < 0) { start = i; needsFold = false; }
      if (c >= 128) needsFold = true;
      continue;
    }
    if (start >= 0) {
      const len = i - start;
      if (len > 1 && len <= MAX_WORD_CHARS) {
        const raw = src.slice(start, i);
        const word = needsFold ? fold(raw) : raw;
        if (word.length > 1 && !STOP_WORDS.has(word)) out.push(word);
      }
      start = -1;
    }
  }
  return out;
}

export function stem(word: string, lang: Lang): string {
  // Stemmers expect words, not numbers; short words are left as they are because stems of 2–3 letters collide.
  if (word.length < 4 || /\d/.test(word)) return word;
  return stemmers[lang].stem(word);
}

/** Character n-grams of a word padded with boundary marks, so prefixes and suffixes count as their own features. */
export function charNgrams(word: string, min = 3, max = 5): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/**
 * Optimal string alignment distance (transpositions count as one edit), from natural. Callers only
 * compare a handful of candidates from the symmetric-deletion index, so no early exit is needed.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  return Math.min(damerauLevenshtein(a, b, { restricted: true }), limit + 1);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The catalogue's own words: used to split compounds and to correct typos against words the
 * knowledge base actually contains, never against a general dictionary.
 */
export interface Vocabulary {
  has(word: string): boolean;
  /** Splits a Finnish or Swedish compound into known parts ("vertaistukiryhma" → vertais, tuki, ryhma); [] when it is not one. */
  split(word: string): string[];
  /** The closest known word within one or two edits, or undefined. */
  correct(word: string): string | undefined;
}

const MIN_PART = 3;

export function createVocabulary(words: Iterable<string>): Vocabulary {
  const known = new Set<string>();
  for (const w of words) if (w.length >= MIN_PART && !STOP_WORDS.has(w)) known.add(w);
  // Symmetric-delete index (one deletion) for words of five letters or more: shorter words are too easily confused.
  // Most keys lead to a single word: that word is kept as is, an array only where several share the key.
  const deleteIndex = new Map<string, string | string[]>();
  const addDel = (key: string, word: string): void => {
    const had = deleteIndex.get(key);
    if (had === undefined) deleteIndex.set(key, word);
    else if (typeof had === 'string') { if (had !== word) deleteIndex.set(key, [had, word]); } else if (!had.includes(word)) had.push(word);
  };
  for (const w of known) {
    if (w.length < 5) continue;
    addDel(w, w);
    for (const d of deletions(w)) addDel(d, w);
  }

  function isPart(part: string): boolean {
    return part.length >= MIN_PART && known.has(part);
  }

  function split(word: string): string[] {
    if (word.length < 7) return [];
    // Fewest known parts covering the word; the last part may carry an inflection ending of up to 4 letters.
    const n = word.length;
    const best = new Array<{ count: number; prev: number } | undefined>(n + 1);
    best[0] = { count: 0, prev: -1 };
    for (let i = 1; i <= n; i++) {
      for (let j = Math.max(0, i - 24); j <= i - MIN_PART; j++) {
        const from = best[j];
        // A compound the vocabulary knows whole ("velkaneuvonta") still has parts worth matching ("velka").
        if (!from || (j === 0 && i === n)) continue;
        const seg = word.slice(j, i);
        let ok = isPart(seg);
        // Swedish linking -s- ("närståendes|vård") and Finnish genitive -n ("omaisten") between parts.
        if (!ok && j > 0 && (seg.endsWith('s') || seg.endsWith('n')) && i < n) ok = isPart(seg.slice(0, -1));
        if (ok && (!best[i] || best[i]!.count > from.count + 1)) best[i] = { count: from.count + 1, prev: j };
      }
    }
    let end = n;
    if (!best[n]) {
      for (let cut = 1; cut <= 4 && !best[end]; cut++) end = n - cut;
      if (end < MIN_PART * 2 || !best[end]) return [];
    }
    const parts: string[] = [];
    for (let i = end; i > 0; i = best[i]!.prev) parts.unshift(word.slice(best[i]!.prev, i));
    return parts.length >= 2 ? parts : [];
  }

  function correct(word: string): string | undefined {
    if (word.length < 5 || known.has(word)) return undefined;
    const limit = word.length >= 9 ? 2 : 1;
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      const hit = deleteIndex.get(key);
      if (typeof hit === 'string') candidates.add(hit);
      else for (const c of hit ?? []) candidates.add(c);
    }
    let best: string | undefined;
    let bestD = limit + 1;
    for (const c of candidates) {
      const d = editDistance(word, c, limit);
      // Ties go to the longer word: it is more specific and usually the one the writer meant.
      if (d < bestD || (d === bestD && best !== undefined && c.length > best.length)) { best = c; bestD = d; }
    }
    return bestD <= limit ? best : undefined;
  }

  return Object.freeze({ has: (w: string) => known.has(w), split, correct });
}

/** A word of the text with everything the matcher derives from it. */
export interface Term {
  /** The word as the resident wrote it, lower-cased: what `why` shows. */
  surface: string;
  /** The folded word. */
  word: string;
  stem: string;
  /** Compound parts and a typo correction, each with its stem. */
  extra: Array<{ word: string; stem: string; kind: 'part' | 'correction' }>;
}

export function analyse(text: string, lang: Lang, vocabulary?: Vocabulary, stemOf: (word: string, lang: Lang) => string = stem): Term[] {
  const terms: Term[] = [];
  for (const { surface, word } of tokens(text)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const extra: Term['extra'] = [];
    if (vocabulary) {
      const fixed = vocabulary.correct(word);
      if (fixed) extra.push({ word: fixed, stem: stemOf(fixed, lang), kind: 'correction' });
      for (const base of fixed ? [word, fixed] : [word]) {
        for (const part of vocabulary.split(base)) {
          if (!extra.some((e) => e.word === part)) extra.push({ word: part, stem: stemOf(part, lang), kind: 'part' });
        }
      }
    }
    terms.push({ surface, word, stem: stemOf(word, lang), extra });
  }
  return terms;
}
