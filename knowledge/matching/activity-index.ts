// The activities as the ranking reads them: an inverted index from each language's stems to activities, the
// activities of each situation (best-serving first) and of each type, and how well each serves each situation.
import type { Vocabulary } from '../normalise.js';
import { contentTokens } from '../normalise.js';
import type { Activity, ActivityType, Situation } from '../schema.js';
import { fold } from '../text.js';
import { LANGS, type Lang, type SituationId, type TypeId } from '../vocabulary.js';
import type { StemCache } from './label-index.js';

/** An inverted index from a stem to (activity, weight), packed into typed arrays. */
export interface Postings { docs: Int32Array; weights: Float32Array }

/** A word is evidence only in its own language: the text index keys a stem by its language. */
export function langKey(lang: Lang, stem: string): string {
  return `${lang}\u0001${stem}`;
}

/** Title and keywords weigh fully as an activity's own words; its description half. */
const DESCRIPTION_WEIGHT = 0.5;
/** How much an activity serves a situation it is not listed for, through its types alone. */
const UNLISTED_SERVES = 0.3;
/** How much a later type in the situation's list counts less: 1 / (1 + k × position). */
const TYPE_POSITION = 0.25;
/** An activity listing many situations is a little less focused on each. */
const SPREAD = 0.06;

export class ActivityIndex {
  readonly bySituation: Int32Array[];
  readonly byType: Int32Array[];
  readonly text = new Map<string, Postings>();
  /** Stems more common than this rank nothing and cost the most: skipped. */
  readonly maxTextDf: number;
  /** activity × situation: how well the activity serves the situation (0 when not at all). */
  readonly serves: Float32Array;
  /** Each activity's type indexes, flat with offsets: compact at national size and quick to walk. */
  readonly typeStart: Int32Array;
  readonly typeFlat: Int32Array;
  /** Activities for a circumstance the resident must name (`onlyWhen`), each with the folded word beginnings that name it. */
  /** `names` is global, read by namesAffirmed from the start each time. */
  private readonly conditional: Array<{ ai: number; names: RegExp }>;
  /** Conditional activities (their places in `conditional`) by how one of their words begins: see mayName. */
  private readonly conditionalByStart = new Map<string, number[]>();
  /** …and those with an empty word, which may match anywhere. */
  private readonly conditionalAnywhere: number[] = [];
  private readonly acronyms: Array<{ ais: number[]; at: RegExp }>;
  /** Per kind a resident may rule out ("EI mitään urheilua", "not religious"), the activities of that kind. */
  private readonly kinds: Array<{ ais: number[]; said: RegExp }>;
  /** Each municipality's own activities, filled on first ask: one list of indexes per code a resident has named. */
  private readonly byMunicipality = new Map<string, number[]>();

  constructor(
    readonly activities: readonly Activity[], situations: readonly Situation[], types: readonly ActivityType[],
    vocabulary: Vocabulary, stems: StemCache,
  ) {
    const situationIdx = new Map<SituationId, number>(situations.map((s, i) => [s.id, i]));
    const typeIdx = new Map<TypeId, number>(types.map((t, i) => [t.id, i]));
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
        add(a.description[l], l, DESCRIPTION_WEIGHT);
      }
      const norm = Math.sqrt(terms.size) || 1;
      for (const [term, w] of terms) {
        let list = termLists.get(term);
        if (!list) { list = { docs: [], weights: [] }; termLists.set(term, list); }
        list.docs.push(ai);
        list.weights.push(w / Math.sqrt(norm));
      }
    });
    const n = activities.length || 1;
    for (const [term, { docs, weights }] of termLists) {
      const idf = Math.log(1 + n / docs.length);
      this.text.set(term, { docs: Int32Array.from(docs), weights: Float32Array.from(weights, (w) => w * idf) });
    }
    this.maxTextDf = Math.max(50, activities.length * 0.02);

    // How well each activity serves each situation, by how early its types come in the situation's list:
    // precomputed so ranking touches only the situations the text mentioned.
    const nSit = situations.length;
    this.serves = new Float32Array(activities.length * nSit);
    activities.forEach((a, ai) => {
      situations.forEach((sit, s) => {
        let pos = 0;
        for (const t of a.typeIds) {
          const i = sit.typeIds.indexOf(t);
          if (i >= 0) pos = Math.max(pos, 1 / (1 + TYPE_POSITION * i));
        }
        // Among equals, an activity made for this situation beats one that lists many situations.
        const focus = 1 / (1 + SPREAD * Math.max(0, a.situationIds.length - 1));
        this.serves[ai * nSit + s] = a.situationIds.includes(sit.id) ? (0.4 + 0.6 * pos) * focus : UNLISTED_SERVES * pos * focus;
      });
    });
    // Each situation's activities best-serving first, so a query reads only the head of a long national list.
    this.bySituation = sitLists.map((list, si) => Int32Array.from([...list].sort((x, y) => this.serves[y * nSit + si]! - this.serves[x * nSit + si]! || x - y)));
    this.byType = typeLists.map((l) => Int32Array.from(l));
    this.typeStart = new Int32Array(activities.length + 1);
    const typeFlatList: number[] = [];
    activities.forEach((a, ai) => {
      this.typeStart[ai] = typeFlatList.length;
      for (const t of a.typeIds) { const i = typeIdx.get(t); if (i !== undefined) typeFlatList.push(i); }
    });
    this.typeStart[activities.length] = typeFlatList.length;
    this.typeFlat = Int32Array.from(typeFlatList);
    // Organisations residents call by their letters ("AA", "SPR", "MLL"): a name a resident can rule out.
    const byAcronym = new Map<string, number[]>();
    activities.forEach((a, ai) => {
      for (const acronym of new Set(`${a.organisation.name} ${a.title.fi}`.match(/(?<![\p{L}])[A-ZÅÄÖ]{2,5}(?![\p{L}])/gu) ?? [])) {
        const key = fold(acronym);
        byAcronym.set(key, [...(byAcronym.get(key) ?? []), ai]);
      }
    });
    this.kinds = KINDS.map((k) => ({ said: k.said, ais: activities.flatMap((a, ai) => (k.is.test(fold(`${a.organisation.name} ${a.title.fi} ${a.title.sv} ${a.title.en}`)) ? [ai] : [])) }));
    this.acronyms = [...byAcronym].map(([key, ais]) => ({ ais, at: new RegExp(`(?:^|[^\\p{L}])${key}(?![\\p{L}])`, 'gu') }));
    this.conditional = activities.flatMap((a, ai) => (a.onlyWhen ? [{
      ai, names: new RegExp(`(?:^|[^\\p{L}])(?:${LANGS.flatMap((l) => a.onlyWhen![l].map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|')})`, 'gu'),
    }] : []));
    this.conditional.forEach(({ ai }, c) => {
      for (const key of new Set(LANGS.flatMap((l) => activities[ai]!.onlyWhen![l].map((w) => fold(w).slice(0, START))))) {
        if (key === '') this.conditionalAnywhere.push(c);
        else this.conditionalByStart.set(key, [...(this.conditionalByStart.get(key) ?? []), c]);
      }
    });
  }

  /** The activities scoped to one or more municipalities that include this one (a code like "091"). */
  inMunicipality(code: string): readonly number[] {
    let list = this.byMunicipality.get(code);
    if (list === undefined) {
      list = [];
      this.activities.forEach((a, ai) => { if (a.area.scope === 'municipality' && a.area.municipalities.includes(code)) list!.push(ai); });
      if (this.byMunicipality.size < 1000) this.byMunicipality.set(code, list); // codes come from residents: bounded
    }
    return list;
  }

  /** The activities that are only for a circumstance the resident must name. */
  conditionalActivities(): readonly number[] {
    return this.conditional.map((c) => c.ai);
  }

  /** The activities of an organisation the resident rules out by its letters ("AA ei oo mun juttu", "not AA"). */
  rejectedByName(folded: string): Set<number> {
    const out = new Set<number>();
    for (const { ais, at } of this.acronyms) {
      at.lastIndex = 0;
      for (let m = at.exec(folded); m !== null; m = at.exec(folded)) {
        if (ruledOut(folded, m.index, m.index + m[0].length)) { for (const ai of ais) out.add(ai); break; }
      }
    }
    return out;
  }

  /** The activities of a kind the resident rules out ("EI mitään urheilua", "nothing religious", "inget med idrott"). */
  rejectedByKind(folded: string): Set<number> {
    const out = new Set<number>();
    for (const { ais, said } of this.kinds) {
      said.lastIndex = 0;
      for (let m = said.exec(folded); m !== null; m = said.exec(folded)) {
        if (ruledOut(folded, m.index, m.index + m[0].length)) { for (const ai of ais) out.add(ai); break; }
      }
    }
    return out;
  }

  /** The conditional activities whose circumstance the folded text names, and not only to rule it out ("not gambling"). */
  circumstancesNamed(folded: string): Set<number> {
    const may = this.mayName(folded);
    return new Set(this.conditional.filter((c, i) => may[i] === 1 && namesAffirmed(c.names, folded)).map((c) => c.ai));
  }

  /**
   * Which conditional activities' words may stand in the text (1), by places in `conditional`: a word matches only
   * where a word may begin (the text's start, or after a character that is no letter), so one of its words begins
   * there with the same first letters. The hundred-odd expressions then run only for the few whose words could be
   * there; one that cannot match is never run, so the answer is the same.
   */
  private mayName(folded: string): Uint8Array {
    const may = new Uint8Array(this.conditional.length);
    for (const c of this.conditionalAnywhere) may[c] = 1;
    for (let at = 0; at < folded.length; at++) {
      if (at > 0 && isLetter(folded, at - 1)) continue;
      for (let n = 1; n <= START && at + n <= folded.length; n++) {
        for (const c of this.conditionalByStart.get(folded.slice(at, at + n)) ?? []) may[c] = 1;
      }
    }
    return may;
  }
}

/**
 * Kinds of activity a resident rules out in so many words, whatever the organisation: sport and exercise, and religion.
 * `said` is how a resident names the kind; `is` tells the activities of that kind by their organisation and title.
 */
const KINDS: ReadonlyArray<{ said: RegExp; is: RegExp }> = [
  {
    said: /(?<![\p{L}])(?:urheilu\p{L}*|liikunta\p{L}*|liikuntaa|jumppa\p{L}*|kuntosal\p{L}*|sport\p{L}*|idrott\p{L}*|motion(?![\p{L}])|gym(?:s)?(?![\p{L}])|exercise|workouts?|fitness)/gu,
    is: /liikun|urheil|sport|idrott|motion(?![a-z])|exercise|jumpp|kuntosal|gym|fitness|voimistel|gymnast|frisksport/,
  },
  {
    said: /(?<![\p{L}])(?:uskonno\p{L}*|uskonnolli\p{L}*|hengelli\p{L}*|kirkko\p{L}*|kirko\p{L}*|seurakun\p{L}*|relig\p{L}*|church\p{L}*|christian\p{L}*|kristilli\p{L}*|kristen\p{L}*|kyrk\p{L}*|forsamling\p{L}*|faith)/gu,
    is: /seurakun|forsamling|parish|church|kirkko|kirkon|kyrk|diakoni|evankeli|helluntai|kristill|kristen|christian|missio/,
  },
];

/** Ruled out after it is named: "AA ei oo mun juttu", "AA är inte för mig", "AA isn't for me". */
const NOT_FOR_ME = /^\s*(?:\p{L}+\s+){0,2}?(?:ei\s+(?:oo|ole|ois|olisi)\s+(?:mun|minun|mulle|minulle|meidan)|ei\s+(?:sovi|kiinnosta|passaa|tunnu omalta)|(?:ar|e|var|va)\s+(?:inte|int)\s+(?:for\s+mig|min\s+grej|min\s+sak|nagot\s+for\s+mig)|(?:is|was)\s*(?:n't|nt|\s+not)\s+(?:for\s+me|my\s+thing|my\s+cup)|not\s+for\s+me|not\s+my\s+thing)/u;
/** Words that rule out what follows them within a few words: "ei mitään rahapelejä", "not gambling", "aren't just about drinking", "inte spel om pengar". */
const RULED_OUT = /(?:^|[^\p{L}])(?:ei|eika|ilman|not|no|never|without|inte|int|ingen|inga|inget|utan|aldrig|(?:is|are|was|were|do|does|did)n'?t)(?:\s+\p{L}+){0,2}\s*$/u;

/** Whether the words at [start, end) are ruled out: a negation just before them, or "not for me" just after. */
function ruledOut(folded: string, start: number, end: number): boolean {
  return RULED_OUT.test(folded.slice(Math.max(0, start - 40), start + 1)) || NOT_FOR_ME.test(folded.slice(end, end + 40));
}

/** How many first characters of a conditional activity's word key it (a shorter word is its own key). */
const START = 3;
const LETTER = /\p{L}/u;

/**
 * Whether the UTF-16 unit at `i` is a letter: ASCII by its code, anything else as `\p{L}` reads it alone (half a
 * surrogate pair is no letter, so a word may begin after it: more places, never fewer).
 */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

/** Whether a circumstance's words stand in the text at least once without a negation just before them. */
function namesAffirmed(names: RegExp, folded: string): boolean {
  names.lastIndex = 0;
  for (let m = names.exec(folded); m !== null; m = names.exec(folded)) {
    if (!ruledOut(folded, m.index, m.index + m[0].length)) return true;
    if (m[0].length === 0) names.lastIndex++;
  }
  return false;
}
