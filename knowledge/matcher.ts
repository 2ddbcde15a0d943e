// Finds the life situations behind a resident's message and ranks the activities that help. The parts live in
// knowledge/matching/: label-index (situations and types read from the text), keywords, activity-index, ranking (every
// weight named) and explain (`why`); this file builds them once over the catalogue and runs one query through them.
import type {
  Catalogue, CrisisResult, DetectedLang, Facets, Matcher, MatchKnown, MatchQuery, MatchReading, MatchResult, RankedActivity, ScoredSituation,
} from './contracts.js';
import { detectCrisis } from './crisis-guard.js';
import { FIGURATIVE } from './crisis-lexicon.js';
import { createFacetExtractor, filterByFacets, formWishGivesWay, passes, saysNewcomerNeed, saysNoNewcomer, withoutAgeWords, withoutHomeCountry, withoutLanguageWishes, withoutCostQuestions, writesAsChild, type FacetKey, type OnTopic } from './facets.js';
import type { Activity } from './schema.js';
import { buildLexicon, detectLanguage } from './language.js';
import { ActivityIndex } from './matching/activity-index.js';
import { explain, whyWords } from './matching/explain.js';
import { KeywordIndex } from './matching/keywords.js';
import { LabelIndex, StemCache, withFeatures, type Contrib, type LabelText, type QueryTerm } from './matching/label-index.js';
import { AGE_EVIDENCE, ageSituation, closeOneAsks, digitalHowTo, grownUp, helperRole, organisationAsks, personGender, withoutOwnHelperRole } from './matching/person.js';
import { diversify, Ranker, round, type Candidate, type Fit } from './matching/ranking.js';
import { analyse, clean, contentTokens, createVocabulary, tokenize, tokens, type Vocabulary } from './normalise.js';
import { fold } from './text.js';
import { LANGS, type Lang, type SituationId } from './vocabulary.js';

/** Learning to use a device or an online service leads the task's own situation by this much. */
const DIGITAL_HOWTO_LEAD = 1.1;
/** …and the task's own situations (bills, a village) weigh this much of what their words alone would give. */
const DIGITAL_HOWTO_TASK = 0.5;

export interface MatcherOptions {
  /** Results returned when the query sets no limit. */
  defaultLimit?: number;
}

/** Below this the text gave no usable evidence: the result says understood=false. */
const UNDERSTOOD_MIN = 0.2;
/** A situation's score: centroid cosine, closest phrase and keywords, capped at 1. */
const SITUATION_WEIGHTS = { centroid: 0.45, phrase: 0.45, keywords: 0.5 } as const;
/** Situations shown: at most this many, each at least this share of the best. */
const MAX_SITUATIONS = 4;
const SITUATION_SHARE_OF_BEST = 0.5;
/**
 * A circumstance the resident named in words an activity's `onlyWhen` lists (psoriasis, a suicide, a war veteran) is
 * evidence of that activity's first situation, unless the rest of the message already reads clearly (a cause of death named
 * in a grief, a course on suicide risk): the `onlyWhen` words are broad on purpose, to lift an activity, not to set a topic.
 */
const NAMED_CIRCUMSTANCE_EVIDENCE = { score: 0.3, unless: 0.5 } as const;
/** A type's reading: centroid cosine and closest example; a clear type reading alone counts this much towards understanding. */
const TYPE_WEIGHTS = { centroid: 0.5, phrase: 0.5 } as const;
const TYPE_CONFIDENCE = 0.8;

/** The newcomer reading without a word of a move, a status or the language (a nationality, "Finnish only"): mostly not the need. */
const NO_NEWCOMER_CUE = 0.35;
/** How much the clause said to matter most adds to what it is about. */
const FOCUS_WEIGHT = 0.5;
/** In a long message with an ask, the own-word weight of the words outside it. */
const BACKGROUND_WORDS = 0.6;
const FOCUS = /(?:eniten (?:huolettaa|mietityttaa|painaa|stressaa|pelottaa)|tarkeinta (?:on|olisi|ois)|ennen kaikkea|paaasia on|paahuoli on|suurin huoli(?:ni)? on|isoin huoli(?:ni)? on|(?:the )?main (?:thing|worry|problem|issue|concern) (?:is|right now is)|my (?:main|biggest) (?:worry|concern|problem) is|above all|what worries me most is|most of all|framfor allt|mest oroar|det som oroar mig mest|det viktigaste (?:ar|vore)|min storsta oro ar|storsta problemet ar)\s+([^.!?]+)/u;

/** The clause after a marker that it matters most, if the message has one ("…, eniten huolettaa kuitenkin velat: …"). */
function focusClause(folded: string): string | undefined {
  const m = FOCUS.exec(folded);
  const clause = m?.[1]?.trim();
  return clause && clause.length >= 3 ? clause : undefined;
}

/**
 * In a long message, the sentences that ask ("Onko Kajaanissa …?", "Finns det grupper för karlar …?", "Is there anyone
 * local who could check in on him?"): the background before them names many hard things, the ask names the need. A
 * message shorter than this, or one that is all asking, has no background to weigh down.
 */
const ASK_MIN_WORDS = 35;
const ASK_START = /^(?:ja |och |and |but |mut |men |so |eli |niin )?(?:onko|onks|olisiko|olisko|oisko|loytyyko|loytyisiko|loytyyks|mista|mihin|kenelle|keneen|kuka|ketka|miten|voisiko|voisinko|voiko|voinko|saako|saisiko|kannattaako|finns det|finns|var kan|var finns|vart|vem|hur|kan man|kan jag|kan ni|gar det|is there|are there|any |where|who|how|can i|can we|can someone|could|do you|does anyone|what can|what should)/u;
function askClause(folded: string): string | undefined {
  const sentences = folded.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.trim()).filter((s) => s.length > 0);
  if (sentences.length < 2 || folded.split(/\s+/u).length < ASK_MIN_WORDS) return undefined;
  const asking = sentences.filter((s) => s.endsWith('?') || ASK_START.test(s));
  if (asking.length === 0 || asking.length === sentences.length) return undefined;
  return asking.join(' ');
}

/** The share of the first answer's score an on-topic activity needs to take the first place (see topicFirst). */
const TOPIC_LEADS_AT = 0.8;

/**
 * …and, scoring less but still this share of the first, takes the third place when none of the first three is for the
 * circumstance named ("kertoi olevansa poika", "tagit pengar från hennes konto"): a general answer leads, the specific
 * association is not left out of sight.
 */
const TOPIC_IN_THREE_AT = 0.35;
const TOPIC_PLACE = 3;

/** The best activity for the circumstance the resident named moves to the first place when it scores near the first. */
function topicFirst(list: RankedActivity[], pool: readonly RankedActivity[], onTopic: OnTopic): RankedActivity[] {
  const first = list[0];
  if (first === undefined || onTopic(first.activity)) return list;
  const best = pool.find((r) => onTopic(r.activity));
  if (best === undefined || best.score < first.score * TOPIC_IN_THREE_AT) return list;
  const rest = list.filter((r) => r.id !== best.id);
  if (best.score >= first.score * TOPIC_LEADS_AT) return [{ ...best, score: first.score }, ...rest].slice(0, list.length);
  const at = Math.min(TOPIC_PLACE, list.length) - 1;
  if (at < 1 || list.slice(0, at + 1).some((r) => onTopic(r.activity))) return list;
  return [...rest.slice(0, at), { ...best, score: Math.min(best.score, rest[at - 1]!.score) }, ...rest.slice(at)].slice(0, list.length);
}

/** Words of a country or its languages: evidence of a newcomer's need only where the message states one (saysNewcomerNeed). */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(['finnish', 'finland', 'english', 'suomi', 'suomen', 'finska', 'finlands', 'engelska', 'englanti', 'englanniksi', 'language', 'languages', 'kieli', 'kielen', 'sprak', 'spraket']);

export function createMatcher(catalogue: Catalogue, options: MatcherOptions = {}): Matcher {
  const defaultLimit = options.defaultLimit ?? 10;
  const stems = new StemCache();
  const stemOf = (word: string, lang: Lang): string => stems.get(word, lang);
  const situations = [...catalogue.situations.values()];
  const types = [...catalogue.types.values()];
  const situationIdx = new Map<SituationId, number>(situations.map((s, i) => [s.id, i]));
  const volunteering = situationIdx.get('volunteering');
  const immigrant = situationIdx.get('immigrant');
  const digital = situationIdx.get('digital-skills');
  const volunteeringType = types.findIndex((t) => t.id === 'volunteering') >= 0 ? types.findIndex((t) => t.id === 'volunteering') : undefined;

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

  // ---- situations and types: TF-IDF over their phrasings, in one feature space
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
  const built = LabelIndex.build([situationTexts, typeTexts], stems);
  const { space } = built;
  const [situationIndex, typeIndex] = built.indexes as [LabelIndex, LabelIndex];
  const keywords = new KeywordIndex(situations);
  const activities = catalogue.activities;
  const activityIndex = new ActivityIndex(activities, situations, types, vocabulary, stems);
  const ranker = new Ranker(activityIndex, types);
  const facetExtractor = createFacetExtractor(catalogue.municipalities.values());

  function titleLang(lang: DetectedLang, query: MatchQuery): Lang {
    if (query.lang) return query.lang;
    if (lang !== 'other') return lang;
    return query.previousLang ?? 'en';
  }

  function match(query: MatchQuery, known?: MatchKnown): MatchResult;
  function match(query: MatchQuery, known: MatchKnown | undefined, readOnly: true): MatchReading;
  /** The query read, and unless `readOnly`, the activities ranked for it. */
  function match(query: MatchQuery, known?: MatchKnown, readOnly = false): MatchResult | MatchReading {
    // "bored to death", "kuolen tylsyyteen": the boredom is the need; the death word must not suggest grief.
    const raw = typeof query.text === 'string' ? query.text : '';
    const text = clean(raw);
    const detected = query.lang ?? detectLanguage(text, query.previousLang, lexicon);
    // The guard reads the whole message (it bounds its own work), not the 2,000 characters the topic reading keeps: a danger
    // sentence at the end of a long letter counts here as it does in the bot.
    const crisis = known?.crisis ?? detectCrisis(raw);
    const facets: Facets = { ...facetExtractor.extract(text), ...(query.facets ?? {}) };
    const answerLang = titleLang(detected, query);
    // No Latin letter at all (Arabic, Cyrillic, emoji): no word of the catalogue's three languages can be in it, so none of
    // the Latin-script readings (terms, keywords, named circumstances, names ruled out) runs over it, whatever the
    // conversation's language: a 2,000-character Arabic message costs what a short one does.
    const nonLatinOnly = !/\p{Script=Latin}/u.test(text);
    const literal = withoutFigurativeDeath(text);
    // What the message is about, without the filters it states: a language wish narrows the activities, it is no need.
    const stated = withoutAgeWords(withoutHomeCountry(withoutCostQuestions(withoutLanguageWishes(literal))));
    // Which side of help the resident stands on; one who already helps and asks for others is read by what they ask.
    const role = helperRole(stated);
    const content = role === 'offers' ? stated : withoutOwnHelperRole(stated);
    const termLang = detected === 'other' ? (query.previousLang ?? 'fi') : detected;
    const terms = nonLatinOnly ? [] : withFeatures(space, asWritten(analyse(content, termLang, vocabulary, stemOf), text));
    const foldedLiteral = fold(literal);
    const named = nonLatinOnly ? new Set<number>() : activityIndex.circumstancesNamed(foldedLiteral);
    const foldedContent = fold(content);
    // "Finnish", "Finland", "English" in a message that states no newcomer's need are a nationality or a language, not a topic:
    // a Finnish-British couple's IVF is not integration.
    const newcomerNeed = !nonLatinOnly && saysNewcomerNeed(foldedLiteral);
    const countryWord = (word: string): boolean => !newcomerNeed && COUNTRY_WORDS.has(word);
    // A town's name is where, never what: "Kristinestad" is no crisis ("kris"), "Lohja" no topic of its own.
    const topicTerms = terms.filter((t) => !facetExtractor.isPlaceWord(t.word));
    const ask = nonLatinOnly ? undefined : askClause(foldedContent);

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
      const kwLang = detected === 'other' ? 'fi' : detected;
      /** Each situation's evidence in a text: centroid, closest phrase and keywords. */
      const evidence = (readTerms: typeof terms, tokens: string[]) => {
        const labels = situationIndex.score(readTerms);
        const kw = keywords.evidence(readTerms, tokens, kwLang);
        const at = (s: number): number => SITUATION_WEIGHTS.centroid * labels.cent[s]! + SITUATION_WEIGHTS.phrase * labels.best[s]! + SITUATION_WEIGHTS.keywords * kw.score[s]!;
        return { labels, kw, at };
      };
      const sitTerms = topicTerms.filter((t) => !countryWord(t.word));
      const { labels, kw, at } = evidence(sitTerms, nonLatinOnly ? [] : tokenize(content).filter((w) => !countryWord(w) && !facetExtractor.isPlaceWord(w)));
      for (let s = 0; s < situations.length; s++) sitScore[s] = Math.min(1, at(s));
      // Several needs, one said to matter most ("eniten huolettaa kuitenkin velat", "the main thing is our son"): what that
      // clause is about leads.
      // In a long message, the sentences that ask lead the same way.
      for (const focus of nonLatinOnly ? [] : [focusClause(foldedContent), ask]) {
        if (focus === undefined) continue;
        const inFocus = evidence(withFeatures(space, analyse(focus, termLang, vocabulary, stemOf)), tokenize(focus));
        for (let s = 0; s < situations.length; s++) sitScore[s] = Math.min(1, sitScore[s]! + FOCUS_WEIGHT * inFocus.at(s));
      }
      let read = 0;
      for (const v of sitScore) read = Math.max(read, v);
      if (read < NAMED_CIRCUMSTANCE_EVIDENCE.unless) {
        for (const ai of named) {
          const s = situationIdx.get(activities[ai]!.situationIds[0]!);
          if (s !== undefined) sitScore[s] = Math.max(sitScore[s]!, NAMED_CIRCUMSTANCE_EVIDENCE.score);
        }
      }
      // The person: an age names a life stage; one who asks for a volunteer is not one who wants to become one.
      const ageSit = situationIdx.get(ageSituation(facets.ageGroup) ?? ('' as SituationId));
      if (ageSit !== undefined) sitScore[ageSit] = Math.max(sitScore[ageSit]!, AGE_EVIDENCE);
      if (volunteering !== undefined && role === 'seeks') sitScore[volunteering] = 0;
      if (immigrant !== undefined && saysNoNewcomer(foldedLiteral)) sitScore[immigrant] = 0;
      else if (immigrant !== undefined && !saysNewcomerNeed(foldedLiteral)) sitScore[immigrant] = sitScore[immigrant]! * NO_NEWCOMER_CUE;
      // Learning to use a device or an online service: the skill is the need, whatever task it is for (bills, a doctor).
      if (digital !== undefined && !nonLatinOnly && digitalHowTo(foldedLiteral)) {
        let lead = 0;
        for (const v of sitScore) lead = Math.max(lead, v);
        sitScore[digital] = Math.max(sitScore[digital]!, lead * DIGITAL_HOWTO_LEAD, UNDERSTOOD_MIN);
        for (let s = 0; s < situations.length; s++) if (s !== digital && s !== ageSit) sitScore[s] = sitScore[s]! * DIGITAL_HOWTO_TASK;
      }
      if (volunteering !== undefined && role === 'offers') {
        let lead = 0;
        for (const v of sitScore) lead = Math.max(lead, v);
        sitScore[volunteering] = Math.max(sitScore[volunteering]!, lead, UNDERSTOOD_MIN);
      }
      const order = [...sitScore.keys()].sort((a, b) => sitScore[b]! - sitScore[a]!);
      const top = sitScore[order[0] ?? 0] ?? 0;
      confidence = top;
      scoredSituations = order
        // The life stage of an age the resident states is shown whatever else leads: "79 år" and lonely is a senior's loneliness.
        .filter((s, rank) => sitScore[s]! >= UNDERSTOOD_MIN * 0.75 && (sitScore[s]! >= top * SITUATION_SHARE_OF_BEST || s === ageSit) && rank < MAX_SITUATIONS)
        .map((s) => ({ id: situations[s]!.id, score: round(sitScore[s]!), why: whyWords(sitTerms, labels.contrib, s, kw.hits[s]) }));
      // Only the situations shown steer the ranking.
      const shown = new Set(scoredSituations.map((s) => situationIdx.get(s.id)!));
      for (let s = 0; s < situations.length; s++) if (!shown.has(s)) sitScore[s] = 0;
    }
    if (terms.length > 0) {
      const t = typeIndex.score(topicTerms);
      typeDirect = new Float32Array(types.length);
      for (let i = 0; i < types.length; i++) typeDirect[i] = TYPE_WEIGHTS.centroid * t.cent[i]! + TYPE_WEIGHTS.phrase * t.best[i]!;
      if (role === 'seeks' && volunteeringType !== undefined) typeDirect[volunteeringType] = 0;
      typeContrib = t.contrib;
      let topType = 0;
      for (const v of typeDirect) topType = Math.max(topType, v);
      if (!query.situationIds?.length) confidence = Math.max(confidence, topType * TYPE_CONFIDENCE);
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
    if (readOnly) return { lang: detected, understood, crisis, situations: understood ? scoredSituations : [], facets };
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
      place: facets.municipality, lang: detected === 'other' ? undefined : detected, langAsked: facets.language !== undefined,
      named, seeksHelper: role === 'seeks', offersHelp: role === 'offers', stage: facets.ageGroup, grownUp: grownUp(foldedLiteral), rejected: nonLatinOnly ? new Set<number>() : new Set([...activityIndex.rejectedByName(foldedLiteral), ...activityIndex.rejectedByKind(foldedLiteral)]),
      newcomer: immigrant === undefined || sitScore[immigrant]! > 0, elsewhere: facets.municipality === undefined && facets.elsewhere !== undefined,
      organisation: organisationAsks(foldedContent), closeOne: closeOneAsks(foldedContent), gender: personGender(foldedContent), childWriter: writesAsChild(foldedLiteral),
    };
    const exclude = new Set(query.excludeIds ?? []);
    // `why` and titles only for the head of the list: facet filtering and diversity never look deeper.
    const head = Math.max(40, (query.limit ?? defaultLimit) * 4) + exclude.size;
    // A long message's own words are read ask first: the ranker reads at most its first 30 terms, and the background's
    // words (a spouse, a farm, the money) weigh less than the ask's where the message has one.
    const ownWords = askFirst(terms, ask, termLang);
    const candidates = ranker.rank({
      query, terms: ownWords.terms, termWeights: ownWords.weights, sitScore, typeDirect, lang: answerLang, keep, fit, head,
      isFacetWord: (w) => facetExtractor.isFacetWord(w) || countryWord(w),
    });
    const explained = { terms: topicTerms, textTerms: ownWords.terms, sitWhy: new Map(scoredSituations.map((s) => [s.id, s.why])), typeContrib, exclude, lang: answerLang, confidence };
    const finish = (list: Candidate[]): RankedActivity[] => explain(list, explained, { activities, situations });
    const ranked = { all: finish(candidates.all), filtered: candidates.filtered && finish(candidates.filtered) };
    const limit = Math.max(1, query.limit ?? defaultLimit);
    const namedIds = new Set([...named].map((ai) => activities[ai]!.id));
    const onTopic: OnTopic = (a) => namedIds.has(a.id);
    const { kept, relaxed } = ranked.filtered && ranked.filtered.length >= Math.min(3, ranked.all.length)
      && !formWishGivesWay(facets, ranked.filtered, ranked.all, onTopic)
      ? { kept: ranked.filtered, relaxed: [] }
      : filterByFacets(ranked.all, facets, catalogue, 3, onTopic);
    let list = diversify(kept, limit, facets.municipality);
    // A specific topic leads: where the resident named a circumstance an activity is made for (diabetes, autism, a stoma),
    // that activity comes first rather than a general one for the same family or age, when it fits nearly as well.
    if (crisis.crisis) list = withCrisisLines(list, crisis, answerLang, limit);
    else list = list.length === 0 ? generalOptions(answerLang, query) : topicFirst(list, kept, onTopic);
    return { lang: detected, understood: true, crisis, situations: scoredSituations, results: list, facets, relaxed };
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

  /** The crisis lines for the kind of danger come first, whatever the text matched; the rest follow. */
  function withCrisisLines(list: RankedActivity[], crisis: CrisisResult, lang: Lang, limit: number): RankedActivity[] {
    const lines = catalogue.crisisLines(crisis.kind).slice(0, 3).map((a): RankedActivity => ({
      id: a.id, activity: a, title: a.title[lang], typeIds: [...a.typeIds], score: 1,
      why: crisis.signals.length > 0 ? [...crisis.signals] : ['crisis'],
    }));
    const ids = new Set(lines.map((l) => l.id));
    return [...lines, ...list.filter((r) => !ids.has(r.id))].slice(0, Math.max(limit, lines.length));
  }

  /** The terms with the ask's first, and their own-word weights: BACKGROUND_WORDS for the rest when there is an ask. */
  function askFirst(terms: QueryTerm[], ask: string | undefined, lang: Lang): { terms: QueryTerm[]; weights: number[] | undefined } {
    if (ask === undefined) return { terms, weights: undefined };
    const asked = new Set(analyse(ask, lang, vocabulary, stemOf).map((t) => t.stem));
    const inAsk = terms.filter((t) => asked.has(t.stem));
    if (inAsk.length === 0) return { terms, weights: undefined };
    const rest = terms.filter((t) => !asked.has(t.stem));
    return { terms: [...inAsk, ...rest], weights: [...inAsk.map(() => 1), ...rest.map(() => BACKGROUND_WORDS)] };
  }

  return Object.freeze({
    // A bug throws to the caller, which logs it and answers with the safety fallback (112 and the crisis line): it is
    // not disguised as a need the catalogue could not meet, which would count it among the unmet needs.
    match: (query: MatchQuery, known?: MatchKnown): MatchResult => match(query, known),
    read: (query: MatchQuery, known?: MatchKnown): MatchReading => match(query, known, true),
    readFacets: (text: string): Facets => facetExtractor.extract(clean(typeof text === 'string' ? text : '')),
    detectLanguage(text: string, previous?: Lang): DetectedLang {
      return detectLanguage(clean(text), previous, lexicon);
    },
  });
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

/**
 * The reading runs over folded text (figures of speech are found there), so a term's surface is folded too; `why` quotes
 * the resident's own word, "riitä" and not "riita", so each term gets back the first word of the message that folds to it.
 */
function asWritten<T extends { surface: string; word: string }>(terms: T[], text: string): T[] {
  if (terms.length === 0) return terms;
  const written = new Map<string, string>();
  for (const t of tokens(text)) if (!written.has(t.word)) written.set(t.word, t.surface);
  return terms.map((t) => {
    const surface = written.get(t.word);
    return surface === undefined || surface === t.surface ? t : { ...t, surface };
  });
}

const DEATH_WORD = /\b(?:death|dead|die|dying|dies|killing|kills|kill|murder|kuol[a-z]*|tapp[a-z]*|tapoin|tapan|ihjal|do|dods[a-z]*|dod|doda[a-z]*)\b/g;

/** Folded text with the death words of figurative phrases removed; the rest of each phrase stays as evidence. */
export function withoutFigurativeDeath(text: string): string {
  let out = fold(text);
  for (const figure of FIGURATIVE) out = out.replace(figure, (m) => m.replace(DEATH_WORD, ' '));
  out = out.replace(THING_DEATH, (m, thing: string) => thing + ' '.repeat(m.length - thing.length));
  return out.replace(PET_DEATH, (m) => ' '.repeat(m.length));
}

/**
 * A business, a device or a plan that "died" ("firman dog i våras", "my business died with the electricity prices",
 * "puhelin kuoli"): no one's death. The death word goes; the thing stays as evidence (a failed business is still read).
 */
const THING_DEATH = /\b((?:firma[a-z]*|yritys|yritykseni|yrityksemme|liike|liikkeeni|bisnes[a-z]*|kauppa|kauppani|ravintola[a-z]*|projekti[a-z]*|puhelin|puhelimeni|kannykka|akku|auto|autoni|kone|tietokone|business|company|shop|restaurant|firm|startup|project|phone|battery|laptop|car|engine|plant|plants|foretag[a-z]*|bolag[a-z]*|affar[a-z]*|restaurang[a-z]*|telefon[a-z]*|mobil[a-z]*|batteri[a-z]*|bil[a-z]*|datorn|dator)\s+(?:[a-z]+\s+){0,2}?)(?:kuoli|kuollut|on kuollut|died|is dead|was dead|dog|dott|ar dott|ar dod|dog ut)\b/g;

/**
 * A pet's death ("koira kuoli viime viikolla", "min hund dog", "our cat died"): a grief to be heard, but not a close
 * one's death, so the parish grief groups and the groups for the bereaved are not the answer. The whole phrase goes (the
 * pet too: Swedish "dog" is a death word); what the message says of the loss ("en pääse sängystä") still reads.
 */
const PET_DEATH = /\b(?:koira|koiramme|koirani|kissa|kissamme|kissani|mirri|lemmikki|lemmikkini|hamsteri|kani|undulaatti|hevonen|hevoseni|dog|cat|puppy|kitten|pet|hamster|rabbit|horse|hund|hunden|katt|katten|kanin|hast|hasten|husdjur)\s+(?:[a-z]+\s+){0,2}?(?:kuoli|kuollut|lopetettiin|died|passed away|was put down|had to be put down|dog|dott|avlivades|somnade in)\b/g;
