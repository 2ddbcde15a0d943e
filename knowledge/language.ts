// Detects whether a short resident message is Finnish, Swedish, English or something else, with the conversation's language as a prior.
import { detectAll } from 'tinyld';
import { fold } from './text.js';
import type { Lang } from './vocabulary.js';
import type { DetectedLang } from './contracts.js';

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
/** No word in any of the three languages is longer (as normalise.ts's MAX_WORD_CHARS); longer runs are pasted junk. */
const MAX_WORD_CHARS = 40;

// Function words and very common short words: in 1–10-word messages these decide more reliably than
// any statistical model. Words shared between the languages ("en", "on", "i") are left out on purpose.
const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  fi: ('ja olen oon ole olla oli ei en et emme mä mun mulla mulle mua minä minun minulla minua sä sun sinä hän he me te se '
    + 'että kun mutta tai jos niin nyt vaan myös mitä mikä missä mistä miten onko voisin voiko voisko joka kuin ihan vähän tosi '
    + 'kyllä jo vielä sitten koska siis kanssa apua tarvitsen haluan tarviin haluun asun olisi ois tää tämä jotain joku mitään '
    + 'minulle meillä meidän hei moi kiitos kiitti joo juu eikä ootko oletko onks mitäs kuka mikäs missäpäin pitäisi pitäis '
    + 'saisin saako pitää enää aina koko mun mä ite itse tänään huomenna').split(' '),
  sv: ('och att jag är det ett som på av för med till har inte men kan vill min mitt mina mig den vi du dig hon så hur vad '
    + 'finns någon något eller också nu bara sig från efter när där här mycket lite skulle kunde ska vara blir blev nog då vår '
    + 'ni deras dom dem hos mej behöver hjälp hej tack känner mår orkar bor jobbet kan ingen inga några längre barn '
    + 'jätte väldigt själv hemma idag imorgon').split(' '),
  en: ('the and or i i\'m im am is are was were be been to of in for with my me it its that this have has had do does did '
    + 'don\'t dont can could would should will any some there what where how at from about so but not just really very you '
    + 'your we our they them he she his her if than then also get got need want help feel hi hello thanks please lonely '
    + 'anyone someone nobody who why when here home today tomorrow').split(' '),
};

const FUNCTION_INDEX = new Map<string, Lang[]>();
for (const lang of LANGS) {
  for (const w of FUNCTION_WORDS[lang]) {
    const f = fold(w);
    const list = FUNCTION_INDEX.get(f) ?? [];
    if (!list.includes(lang)) list.push(lang);
    FUNCTION_INDEX.set(f, list);
  }
}

/** Words that belong to one language only, from the knowledge base (situation phrases, type examples). */
export type LanguageLexicon = ReadonlyMap<string, Lang>;

/** Builds a lexicon of folded words that occur in exactly one language's texts. */
export function buildLexicon(textsByLang: Record<Lang, Iterable<string>>): LanguageLexicon {
  const seen = new Map<string, Set<Lang>>();
  for (const lang of LANGS) {
    for (const text of textsByLang[lang]) {
      for (const w of fold(text).match(/\p{L}+/gu) ?? []) {
        if (w.length < 3) continue;
        const set = seen.get(w) ?? new Set<Lang>();
        set.add(lang);
        seen.set(w, set);
      }
    }
  }
  const lexicon = new Map<string, Lang>();
  for (const [w, langs] of seen) if (langs.size === 1) lexicon.set(w, [...langs][0]!);
  return lexicon;
}

function isLatinLetter(ch: string): boolean {
  return /\p{Script=Latin}/u.test(ch);
}

/**
 * fi, sv, en or other. `previous` is the conversation's language so far: kept unless the message
 * is clearly in another language. Text with no letters (empty, emoji) keeps `previous`.
 */
export function detectLanguage(text: string, previous?: Lang, lexicon?: LanguageLexicon): DetectedLang {
  const sample = text.slice(0, 600);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return previous ?? 'other';
  const latin = letters.filter(isLatinLetter).length;
  // Arabic, Cyrillic, CJK and other scripts: whatever the prior, the message is not in our three languages.
  if (latin < letters.length * 0.5) return 'other';

  const lower = sample.toLowerCase();
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  const score: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  let evidence = 0;
  for (const raw of words) {
    // Pasted junk gives no evidence, and the cues' patterns below would scan it again and again.
    if (raw.length > MAX_WORD_CHARS) continue;
    const w = fold(raw);
    const hits = FUNCTION_INDEX.get(w);
    if (hits) {
      for (const l of hits) score[l] += 1.5 / hits.length;
      evidence++;
    }
    const lex = lexicon?.get(w);
    if (lex && !hits) { score[lex] += 1; evidence++; }
    // Character cues: å is Swedish; Finnish has long vowels, ä/ö with case endings; th/w are English.
    if (raw.includes('å')) score.sv += 1;
    if (/(aa|ee|ii|uu|yy|ää|öö)/.test(raw) && raw.length > 3) score.fi += 0.4;
    if (/(ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|nen|ista|ään|een)$/.test(raw)) score.fi += 0.4;
    if (/y[aä]|[aä]y|ä.*ä|ö.*ä|ä.*ö/.test(raw)) score.fi += 0.3;
    else if (/[äö]/.test(raw)) { score.fi += 0.2; score.sv += 0.15; }
    if (/^(th|wh)|w/.test(raw)) score.en += 0.4;
    if (/(ing|tion|ly|ed)$/.test(raw) && raw.length > 4) score.en += 0.3;
    if (/(sj|skj|stj|tj|kj|ck|ngen|het|erna|arna)/.test(raw)) score.sv += 0.3;
  }

  // tinyld is good on longer text and a reasonable tie-breaker on short text; skipped when the words already decide.
  const sorted = LANGS.map((l) => score[l]).sort((a, b) => b - a);
  if (!(sorted[0]! >= 3 && sorted[0]! >= 2.5 * sorted[1]!)) {
    for (const d of detectAll(sample, { only: ['fi', 'sv', 'en'] })) {
      const l = d.lang as Lang;
      if (l in score) score[l] += Math.min(1.5, d.accuracy * 2.5);
    }
  }

  const total = score.fi + score.sv + score.en;
  if (total === 0) {
    // Latin letters with no sign of fi/sv/en: another language, unless it is too short to say.
    if (words.length >= 3) {
      const any = detectAll(sample);
      const top = any[0];
      if (top && !['fi', 'sv', 'en'].includes(top.lang) && top.accuracy > 0.3) return 'other';
    }
    // One or two unknown Latin words: the service's main language is the least surprising guess.
    return previous ?? 'fi';
  }
  if (previous) score[previous] += words.length <= 3 ? 1.2 : 0.8;
  let best: Lang = 'fi';
  for (const l of LANGS) if (score[l] > score[best]) best = l;
  // A long Latin-script message with almost no evidence for any of the three is another language.
  if (evidence === 0 && words.length >= 4 && score[best] < 1.5) {
    const any = detectAll(sample);
    const top = any[0];
    if (top && !['fi', 'sv', 'en'].includes(top.lang) && top.accuracy > 0.5) return 'other';
  }
  return best;
}
