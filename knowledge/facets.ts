// Reads filters from a resident's words (place, for whom, age, channel, language, anonymity, cost) and applies them to activities, relaxing any that would leave too little.
import type { AgeGroup, Catalogue, Facets, ForWhom } from './contracts.js';
import { editDistance } from './normalise.js';
import type { Activity, Municipality } from './schema.js';
import { fold } from './text.js';
import type { Channel, TargetGroup } from './vocabulary.js';
import { PLACES_ELSEWHERE } from './places-elsewhere.js';

// Finnish case endings a place name takes in a resident's message, folded (ssä → ssa).
const LOCATIVE_ENDINGS = ['ssa', 'sta', 'lla', 'lta', 'lle', 'seen', 'hin', 'aan', 'een', 'iin', 'oon', 'uun', 'yyn', 'an', 'en', 'in', 'on', 'un', 'yn'];
const OTHER_ENDINGS = ['', 'n', 'ksi', 'na', 'sa'];
// Consonant gradation in the last syllable: Helsinki → Helsingissä, Hanko → Hangossa, Vihti → Vihdissä.
const WEAKENING: ReadonlyArray<[string, string]> = [
  ['nk', 'ng'], ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['lt', 'll'], ['rt', 'rr'], ['nt', 'nn'], ['mp', 'mm'],
  ['ht', 'hd'], ['lk', 'l'], ['rk', 'r'], ['hk', 'h'],
];
const VOWEL = /[aeiouy]/;

/** Word stems a Finnish place name takes before a case ending, most of them over-generated on purpose. */
export function finnishStems(name: string): string[] {
  const n = fold(name);
  const stems = new Set<string>([n]);
  if (n.endsWith('nen')) {
    const base = n.slice(0, -3);
    for (const s of ['se', 'si', 'ste']) stems.add(base + s); // Kauniainen → Kauniaisissa, Kauniaisten
  }
  if (n.endsWith('i') && !n.endsWith('ii')) stems.add(n.slice(0, -1) + 'e'); // Rovaniemi → Rovaniemellä
  for (const s of [...stems]) {
    const lastVowelRun = s.match(/[aeiouy]+$/);
    if (!lastVowelRun || lastVowelRun[0].length > 1) continue; // long vowels (Vantaa, Espoo) do not grade
    const body = s.slice(0, -1);
    const end = s.slice(-1);
    for (const [strong, weak] of WEAKENING) {
      if (body.endsWith(strong)) stems.add(body.slice(0, -strong.length) + weak + end);
    }
    // Single k, t, p between vowels: Riihimäki → Riihimäellä, joki → joella.
    const c = body.slice(-1);
    const before = body.slice(-2, -1);
    if (VOWEL.test(before)) {
      if (c === 'k') stems.add(body.slice(0, -1) + end);
      if (c === 't') stems.add(body.slice(0, -1) + 'd' + end);
      if (c === 'p') stems.add(body.slice(0, -1) + 'v' + end);
    }
  }
  return [...stems];
}

interface PlaceForm { municipality: Municipality; strong: boolean }

const CONTEXT_WORDS = new Set(['i', 'in', 'fran', 'from', 'near', 'till', 'to', 'at', 'kunta', 'kaupunki', 'kommun', 'stad', 'asun', 'bor', 'live', 'lives']);

/**
 * Short names' inflected forms collide with ordinary words ("Pellon" is also "pellon", of a field), so for names of
 * five letters or fewer only the bare name and the locative endings count without a preposition. Municipalities that
 * are also given names or ordinary words ("Salla", "Simo", "Inari", "hanko") need a locative ending or a preposition.
 */
const SHORT_NAME = 5;
const NOT_ALONE = new Set(['salla', 'simo', 'inari', 'hanko', 'karjaa']);
/** Places elsewhere whose names are also ordinary words (a bay, an eagle, the wilds): read only after "asun", "i", "in". */
const AMBIGUOUS_ELSEWHERE = new Set(['lahti', 'salo', 'kotka', 'hamina', 'outokumpu', 'kitee']);

/** Facets are read from the first 2,000 characters of a message, which hold at most 1,000 words. */
const MAX_FACET_CHARS = 2000;
const MAX_FACET_WORDS = MAX_FACET_CHARS / 2;

export interface FacetExtractor {
  extract(text: string): Facets;
  /** Whether a folded word only states a filter (a place, a channel, a language wish), so it should not rank by content. */
  isFacetWord(word: string): boolean;
  /** Whether a folded word names a place (a catalogue municipality or a town elsewhere, inflected): never evidence of a topic. */
  isPlaceWord(word: string): boolean;
  /** The municipality a free-form name refers to ("Vantaalla", "Vanda", "vantaa"), for --municipality and the dialogs. */
  municipality(name: string): Municipality | undefined;
}

export function createFacetExtractor(municipalities: Iterable<Municipality>): FacetExtractor {
  const forms = new Map<string, PlaceForm>();
  const put = (form: string, m: Municipality, strong: boolean): void => {
    const had = forms.get(form);
    if (!had || (strong && !had.strong)) forms.set(form, { municipality: m, strong });
  };
  for (const m of municipalities) {
    const short = fold(m.fi).length <= SHORT_NAME;
    for (const stem of finnishStems(m.fi)) {
      for (const e of LOCATIVE_ENDINGS) put(stem + e, m, true);
      for (const e of OTHER_ENDINGS) put(stem + e, m, !short);
    }
    put(fold(m.fi), m, !NOT_ALONE.has(fold(m.fi)));
    if (m.sv) {
      const sv = fold(m.sv);
      put(sv, m, !NOT_ALONE.has(fold(m.fi)));
      put(sv + 's', m, sv.length > SHORT_NAME);
    }
  }
  // Former municipalities and parts (Tammisaari, Ekenäs, Karjaa → Raasepori), inflected like a Finnish name, added after
  // every municipality's own forms so an alias never takes a municipality's word; ambiguous ones need a context word.
  for (const m of new Set([...forms.values()].map((f) => f.municipality))) {
    for (const [names, clear] of [[m.aliases ?? [], true], [m.ambiguousAliases ?? [], false]] as const) {
      for (const name of names) {
        const a = fold(name);
        const add = (form: string, strong: boolean): void => { if (!forms.has(form)) forms.set(form, { municipality: m, strong }); };
        add(a, clear && !NOT_ALONE.has(a)); // "karjaa" is also cattle; "Karjaalla" is only the place
        add(a + 's', clear && a.length > SHORT_NAME); // Swedish genitive: Ekenäs → Ekenäs' (folded "ekenass" is harmless)
        const stems = finnishStems(name);
        // A name ending in a consonant takes -i- in Finnish (Ekenäsissä, Karisissa); a Finnish -s name -kse- (Tuuloksessa).
        if (!VOWEL.test(a.slice(-1))) stems.push(a + 'i', a.slice(0, -1) + 'kse');
        for (const stem of stems) {
          for (const e of LOCATIVE_ENDINGS) add(stem + e, clear);
          for (const e of OTHER_ENDINGS) add(stem + e, clear && a.length > SHORT_NAME);
        }
      }
    }
  }
  // Places outside the catalogue's regions ("Kuopiossa", "i Vasa", "Pohjois-Karjalassa"), inflected the same way but
  // never taking a word of a catalogue municipality; a hyphenated name is read as its last part after its first.
  // A hyphenated name's forms are kept under "first-form", which no single token is: only the pair of tokens reads it.
  const elsewhere = new Map<string, { name: string; strong: boolean }>();
  for (const place of PLACES_ELSEWHERE) {
    const parts = place.fi.split('-');
    const lastName = parts.pop()!;
    const last = fold(lastName);
    const prefix = parts.length > 0 ? `${fold(parts.join('-'))}-` : '';
    const ambiguous = AMBIGUOUS_ELSEWHERE.has(fold(place.fi));
    const add = (form: string, strong: boolean): void => {
      if (!forms.has(prefix + form) && !elsewhere.has(prefix + form)) elsewhere.set(prefix + form, { name: place.fi, strong });
    };
    for (const stem of finnishStems(lastName)) {
      for (const e of LOCATIVE_ENDINGS) add(stem + e, !ambiguous);
      for (const e of OTHER_ENDINGS) add(stem + e, !ambiguous && last.length > SHORT_NAME);
    }
    add(last, !ambiguous);
    if (place.sv !== undefined && !/[\s:]/u.test(place.sv)) {
      const sv = fold(place.sv);
      add(sv, true);
      add(sv + 's', sv.length > SHORT_NAME);
    }
  }
  /** A place outside the catalogue's regions that a token (after the one before it) names, if any. */
  function placeElsewhere(token: string, previous: string | undefined): string | undefined {
    const hyphenated = previous === undefined ? undefined : elsewhere.get(`${previous}-${token}`);
    if (hyphenated) return hyphenated.name;
    const hit = elsewhere.get(token);
    if (!hit) return undefined;
    return hit.strong || (previous !== undefined && CONTEXT_WORDS.has(previous)) ? hit.name : undefined;
  }

  // Typos in longer place names ("Vantaala", "Helsingisa"): one edit away from a generated form of 7+ letters.
  const fuzzy = new Map<string, string[]>();
  for (const form of forms.keys()) {
    if (form.length < 7) continue;
    for (let i = 0; i < form.length; i++) {
      const key = form.slice(0, i) + form.slice(i + 1);
      const list = fuzzy.get(key);
      if (list) list.push(form); else fuzzy.set(key, [form]);
    }
  }

  // A word longer than every form by more than one letter can neither be a form nor one edit from one: it is not
  // looked at, so a pasted 10,000-letter word costs nothing instead of 10,000 one-letter deletions of itself.
  let longestForm = 0;
  for (const form of forms.keys()) longestForm = Math.max(longestForm, form.length);

  function lookup(token: string, previous: string | undefined): Municipality | undefined {
    if (token.length > longestForm + 1) return undefined;
    const hit = forms.get(token);
    if (hit) return hit.strong || (previous !== undefined && CONTEXT_WORDS.has(previous)) ? hit.municipality : undefined;
    if (token.length < 7) return undefined;
    const keys = [token];
    for (let i = 0; i < token.length; i++) keys.push(token.slice(0, i) + token.slice(i + 1));
    for (const k of keys) {
      for (const form of fuzzy.get(k) ?? []) {
        const f = forms.get(form);
        if (f?.strong && editDistance(token, form, 1) <= 1) return f.municipality;
      }
      const direct = forms.get(k);
      if (direct?.strong && k.length >= 7) return direct.municipality;
    }
    return undefined;
  }

  function municipality(name: string): Municipality | undefined {
    const words = (fold(name.slice(0, MAX_FACET_CHARS)).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_FACET_WORDS);
    if (words.length === 1 && /^\d{3}$/.test(words[0]!)) {
      for (const f of forms.values()) if (f.municipality.code === words[0]) return f.municipality;
    }
    for (const w of words) {
      const m = forms.get(w)?.municipality ?? lookup(w, 'i');
      if (m) return m;
    }
    return undefined;
  }

  function extract(text: string): Facets {
    // Folding can lengthen text (one ligature becomes up to 18 letters): the folded text is cut again, and at most
    // as many words are read as 2,000 characters of ordinary text can hold.
    const folded = fold(text.slice(0, MAX_FACET_CHARS)).slice(0, 2 * MAX_FACET_CHARS);
    const tokens = (folded.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_FACET_WORDS);
    const facets: Facets = {};
    // The first place named, where the resident is rather than where they came from ("muutin Kuopiosta Helsinkiin",
    // "moved to Kuopio from Helsinki"); a place named only as an origin still counts when it is the only one.
    let origin: { municipality?: string; elsewhere?: string } | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const previous = tokens[i - 1];
      // A place elsewhere read exactly wins over a catalogue name only one letter away ("Karjalassa" is not "Karjaalla").
      const away = forms.has(token) ? undefined : placeElsewhere(token, previous);
      const m = away === undefined ? lookup(token, previous) : undefined;
      if (away === undefined && m === undefined) continue;
      const found = m !== undefined ? { municipality: m.code } : { elsewhere: away! };
      if (isOrigin(token, previous)) { origin ??= found; continue; }
      Object.assign(facets, found);
      break;
    }
    if (facets.municipality === undefined && facets.elsewhere === undefined && origin !== undefined) Object.assign(facets, origin);
    const forWhom = readForWhom(folded);
    if (forWhom) facets.forWhom = forWhom;
    const age = readAge(folded, forWhom);
    if (age !== undefined) { facets.age = age; facets.ageGroup = ageGroupOf(age); } else {
      const group = readAgeGroup(folded, forWhom);
      if (group) facets.ageGroup = group;
    }
    const channel = readChannel(folded);
    if (channel) facets.channel = channel;
    const language = readLanguage(folded);
    if (language) facets.language = language;
    if (has(folded, ANONYMOUS)) facets.anonymous = true;
    if (has(folded, FREE)) facets.free = true;
    return facets;
  }

  function isPlaceWord(word: string): boolean {
    return forms.get(word)?.strong === true || elsewhere.get(word)?.strong === true;
  }

  function isFacetWord(word: string): boolean {
    if (isPlaceWord(word)) return true;
    return CHANNELS.some(([, p]) => p.test(word)) || LANGUAGE_WISHES.some(([, p]) => p.test(word));
  }

  return Object.freeze({ extract, municipality, isFacetWord, isPlaceWord });
}

/** A place named as where one came from: "from Helsinki", "från Vasa", "Kuopiosta", "Oulusta". */
function isOrigin(token: string, previous: string | undefined): boolean {
  if (previous === 'from' || previous === 'fran') return true;
  return /(?:sta|lta)$/u.test(token) && token.length > 5;
}

function has(folded: string, pattern: RegExp): boolean {
  return pattern.test(folded);
}

// Patterns run on folded text (ä → a, å → a, ö → o); (?<!\p{L}) stands for a word start in any script.
const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}])';
const rx = (body: string): RegExp => new RegExp(`${W}(?:${body})`, 'u');

const CHILD = rx(`lapse(?:ni|mme|lle|n)|lapsi(?:ni|ani|mme)|lapsia(?:ni|mme)|poika(?:ni|ani|mme)|poja(?:ni|llani|lle)|tytta(?:reni|rtani|relle|remme)|tyttare(?:ni|llani)|vauva|taapero|teini(?:ni|ikainen)|esikoi|koululai|murrosikai`
  + `|(?:mitt|vart|vara|mina|vart) (?:barn|barnen)|(?:min|var) (?:son|dotter|tonaring|bebis)|barnet${E}|barnen${E}|sonen${E}|dottern${E}`
  + `|(?:my|our) (?:child|children|kid|kids|son|daughter|baby|toddler|teen|teenager)`);
const CLOSE_ONE = rx(`aiti(?:ni|ani|a|lle|n|mme)?${E}|aidi(?:n|lle|ni|lleni|stani)|isa(?:ni|ani|lle|n|mme)?${E}|isalle|mieh(?:eni|elleni|estani|eni)|mies(?:tani|ni)|vaimo(?:ni|ani|lleni|stani)|puoliso(?:ni|ani|lleni|stani|a)|kumppani(?:ni|ani)`
  + `|laheise(?:ni|n|lle|lleni)|laheinen|vel(?:jeni|i|jelleni)${E}|sisko(?:ni|ani|lleni)|sisare(?:ni|lleni)|mummo|mummi|ukki|pappa(?:ni)?|isoaiti|isoisa|ystava(?:ni|ani|lleni)|kaveri(?:ni|ani|lleni)|appi|anoppi|omai(?:nen|seni|sta|seni)`
  + `|(?:min|mitt) (?:mamma|mor|pappa|far|man|fru|hustru|make|maka|sambo|partner|bror|syster|van|mormor|farmor|morfar|farfar|pojkvan|flickvan)|narstaende`
  + `|(?:my) (?:mother|mom|mum|father|dad|husband|wife|partner|spouse|brother|sister|friend|grandmother|grandma|grandfather|grandpa|boyfriend|girlfriend|parents?)|loved one|close one`);
const SELF = rx(`olen|oon|mina|ma${E}|mulla|minulla|mua|minua|itse(?:lleni|ani|stani|ni)|itselle${E}|jag|mig|mej|i${E}|i'm|im${E}|me${E}|my${E}|myself`);

function readForWhom(folded: string): ForWhom | undefined {
  if (CHILD.test(folded)) return 'child';
  if (CLOSE_ONE.test(folded)) return 'close-one';
  if (SELF.test(folded)) return 'self';
  return undefined;
}

/** A number that is an age: years of it, or said of oneself. */
const AGE_OF_ANYONE = /(?<![\p{L}\p{N}])(\d{1,3})\s*-?\s*(?:v(?:uotias|uotiaana|\.|(?![\p{L}]))|ar(?: gammal)?(?![\p{L}])|years?[\s-]old|yo(?![\p{L}])|y\/o)/u;
const AGE_OF_SELF = /(?<![\p{L}\p{N}])(?:olen|oon|ma oon|jag ar|jag e|ja ar|ja e|i am|i'm|im|am)\s+(\d{1,3})(?![\p{N}])(?!\s*(?:lasta|barn|kids|children|euroa|e(?![\p{L}])|€))/u;
/** Whether the writer gives their own age as a child's ("oon 12", "jag är 11 år", "I'm 13"): one who writes for themselves. */
export function writesAsChild(folded: string): boolean {
  const m = folded.match(AGE_OF_SELF);
  const n = m ? Number(m[1]) : NaN;
  return n >= 7 && n < 15;
}
/** What a number after "she is", "hän on" counts when it is not years. */
const NOT_YEARS = '(?:lasta|barn|kids|children|euro|e(?![\\p{L}])|€|kronor|%|procent|prosent|km|kg|kilo|cm|min|tun|timm|hour|week|viik|veck|month|kuuk|manad|day|paiv|dag|time|kerta|gang)';
/** Someone the message is about, named before their age. */
const PERSON = `(?:she|he|han|hon|aiti\\p{L}*|isa(?:ni|mme)?|ema|mummo\\p{L}*|mummi\\p{L}*|isoaiti\\p{L}*|isoisa\\p{L}*|ukki\\p{L}*|vaari\\p{L}*|pappa|mamma|mor|far|mormor|farmor|morfar|farfar|mum|mom|mother|father|dad|grandma|grandpa|granny|grandmother|grandfather|`
  + `asiakas\\p{L}*|klient\\p{L}*|kund\\p{L}*|client|patient|potilas\\p{L}*|poika\\p{L}*|tytar\\p{L}*|lapsi\\p{L}*|son|daughter|sonen|dottern|mies|vaimo\\p{L}*|husband|wife|man|fru|naapuri\\p{L}*|neighbou?r|granne|widow(?:er)?|leski|anka|ankling|woman|nainen|kvinna|pensioner|elakelainen|pensionar)`;
/**
 * An age said of another person: "she's 81", "hän on 78", "hon är 79", "klienter i Karis, 76, änkling", "my son (11)",
 * "aged 81". A relative's or a client's message is about that person's age, not the writer's.
 */
const AGE_OF_OTHER = [
  new RegExp(`(?<![\\p{L}])(?:she|he)(?:['’]s|s| is)\\s+(\\d{1,3})(?![\\p{N}])(?!\\s*${NOT_YEARS})`, 'u'),
  new RegExp(`(?<![\\p{L}])${PERSON}(?:\\s+(?:on|ar|is)|['’]s)\\s+(\\d{1,3})(?![\\p{N}])(?!\\s*${NOT_YEARS})`, 'u'),
  new RegExp(`(?<![\\p{L}])${PERSON}(?:\\s+\\p{L}+){0,4}?,\\s*(\\d{2,3})\\s*,`, 'u'),
  new RegExp(`(?<![\\p{L}])${PERSON}\\s*\\((\\d{1,3})\\)`, 'u'),
  /(?<![\p{L}])(?:aged|age|ika|alder)\s+(\d{1,3})(?![\p{N}])/u,
];

/**
 * The age a message gives: of the person it is about. Writing for a close one or a child, that person's age counts
 * before the writer's own ("I'm 45 and my dad is 80" about the dad: 80).
 */
function readAge(folded: string, forWhom: ForWhom | undefined): number | undefined {
  const first = (...patterns: readonly RegExp[]): number | undefined => {
    for (const p of patterns) {
      const m = folded.match(p);
      const n = m ? Number(m[1]) : NaN;
      if (n >= 5 && n <= 110) return n;
    }
    return undefined;
  };
  const anyone = first(AGE_OF_ANYONE);
  if (anyone !== undefined) return anyone;
  const other = first(...AGE_OF_OTHER);
  const self = first(AGE_OF_SELF);
  return forWhom === 'child' || forWhom === 'close-one' ? other ?? self : self ?? other;
}

const SENIOR = rx('elakelai|elakkeella|ikaihmi|ikaantyn|vanhus|seniori|pensionar|aldre|senior|retired|pensioner|elderly');
const YOUTH = rx('nuori|nuoret|nuorena|teini|ysiluokka|lukiolai|amislai|ungdom|ung(?![\\p{L}])|tonaring|gymnasie|teenager|teen(?![\\p{L}])|young person|high school');

/**
 * A working life said of oneself: sick leave, a boss or colleagues, a mortgage. Teenagers have teachers, not bosses, so
 * children's and youth lines are not offered for it. (A spouse says nothing of age: pensioners have husbands too.)
 */
const ADULT = rx('sairauslomal[a-z]*|saikulla|sjukskriv[a-z]*|sjukledig[a-z]*|off work|on sick leave|signed off work|tyokaveri[a-z]*|kollega[a-z]*|esimieheni|pomoni|my boss|my colleagues?|my manager|min chef|chefen pa jobbet|mina kolleger'
  + '|asuntolaina[a-z]*|mortgage|bolan[a-z]*');

function readAgeGroup(folded: string, forWhom: ForWhom | undefined): AgeGroup | undefined {
  if (SENIOR.test(folded)) return 'senior';
  if (YOUTH.test(folded)) return 'youth';
  // Said of oneself only: one writing about a child or a close one means that person's age, which the text may not give.
  if ((forWhom === undefined || forWhom === 'self') && ADULT.test(folded)) return 'adult';
  return undefined;
}

export function ageGroupOf(age: number): AgeGroup {
  if (age < 13) return 'child';
  if (age < 25) return 'youth';
  if (age < 65) return 'adult';
  return 'senior';
}

const CHANNELS: ReadonlyArray<[Channel, RegExp]> = [
  ['chat', rx('chat|chatti|chatissa|chatin|chattia|chatta|chatten|chätti|verkkokeskustel|kirjoittamalla|skriva|in writing|by text|texting')],
  ['phone', rx('puhelim|puhelin|soitta|soitan|soittais|soittaa|soittamalla|puhelu|per telefon|telefon|ringa|ringer|samtal i telefon|by phone|on the phone|over the phone|phone|call(?![\\p{L}])|calling|helpline')],
  ['home-visit', rx('kotikay|kotiin tule|kotona kay|hembesok|hem till mig|home visit|visit me at home|come to my home')],
  ['online', rx('verkossa|netissa|etana|etayhteyd|videoyhteyd|pa natet|online|distans|video')],
  ['face-to-face', rx('kasvokkain|tavata|tapaamaan|paikan paalla|livena|ansikte mot ansikte|traffa|traffas|personligen|face to face|face-to-face|in person|meet someone|meet people')],
];

/** A phone or a computer as the thing to learn or use ("mummo ei osaa käyttää älypuhelinta", "fick en smarttelefon"): no channel wish. */
const DEVICE = rx('alypuhelin|kannyk|kannykka|smarttelefon|smartphone|mobiltelefon|tabletti|tabletin|tablet|ipad|tietokone|dator|computer|laptop|puhelimen kaytto|kayttaa puhelinta|kayttamaan puhelinta|anvanda (?:telefonen|mobilen)|(?:use|using) (?:a |her |his |my |the )?(?:phone|mobile)');

function readChannel(folded: string): Channel | undefined {
  const device = DEVICE.test(folded);
  for (const [channel, pattern] of CHANNELS) if (pattern.test(folded) && !(device && (channel === 'phone' || channel === 'online'))) return channel;
  return undefined;
}

const LANGUAGE_WISHES: ReadonlyArray<[string, RegExp]> = [
  ['sv', rx('ruotsiksi|ruotsin kielella|ruotsinkielinen|ruotsinkielis[a-z]*|pa svenska|in swedish|svenskspråkig|svensksprakig[a-z]*|swedish-speaking|swedish speaking')],
  ['fi', rx('suomeksi|suomen kielella|suomenkielinen|suomenkielis[a-z]*|pa finska|finsksprakig[a-z]*|in finnish|finnish-speaking|finnish speaking')],
  ['en', rx('englanniksi|englannin kielella|englanninkielinen|englanninkielis[a-z]*|pa engelska|engelsksprakig[a-z]*|in english|english-speaking|english speaking')],
  ['ar', rx('arabiaksi|pa arabiska|in arabic')],
  ['ru', rx('venajaksi|pa ryska|in russian')],
  ['uk', rx('ukrainaksi|pa ukrainska|in ukrainian')],
  ['so', rx('somaliksi|pa somaliska|in somali')],
  ['fa', rx('persiaksi|farsiksi|pa persiska|in persian|in farsi')],
  ['et', rx('viroksi|pa estniska|in estonian')],
];

/**
 * The folded text with every language wish ("in English", "på svenska", "englanniksi") blanked out: the wish is a
 * filter on the activities' languages, not a need, so "a support group in English" must not read as an integration
 * need or pull in the activities whose text names English. A language named any other way ("my Finnish is basic")
 * stays: that is evidence of the resident's situation.
 */
export function withoutLanguageWishes(folded: string): string {
  let out = folded;
  for (const [, pattern] of LANGUAGE_WISHES) out = out.replace(new RegExp(pattern.source, 'gu'), (m) => ' '.repeat(m.length));
  return out;
}

/**
 * The country everyone here lives in, named where it stands ("jota Suomessa on kymmenellä", "no doctor in Finland knows
 * it", "här i Finland"): no evidence of a move to Finland by itself, so it is blanked before the text is read for needs.
 * A move into the country ("muutin Suomeen", "moved to Finland") and the language ("my Finnish is basic") stay.
 */
const HOME_COUNTRY = rx('suomessa|taalla suomessa|taal suomessa|i finland|har i finland|in finland|here in finland|across finland|koko suomessa');
const HOME_COUNTRY_ALL = new RegExp(HOME_COUNTRY.source, 'gu');
export function withoutHomeCountry(folded: string): string {
  return folded.replace(HOME_COUNTRY_ALL, (m) => ' '.repeat(m.length));
}

/**
 * An age said with "old" ("two months old", "5 years old", "tre år gammal"): the age is read as a facet, and the word "old"
 * must not read as an elderly person's situation ("my son is two months old" is no pensioner).
 */
const AGE_OLD = /(?<![\p{L}])(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio)\s*-?\s*(?:months?|years?|weeks?|days?|yrs?|manader|manad|ar|veckor|vecka|dagar)[\s-]+(?:old|gammal|gammalt|gamla)(?![\p{L}])/gu;
export function withoutAgeWords(folded: string): string {
  return folded.replace(AGE_OLD, (m) => ' '.repeat(m.length));
}

/** Said plainly that one is no newcomer: "inte utlänning", "en ole maahanmuuttaja", "I'm Finnish, just new in town". */
const NO_NEWCOMER = rx("inte (?:en )?utlanning|ingen utlanning|inte invandrare|inte (?:en )?invandrare|en ole (?:ulkomaalainen|maahanmuuttaja)|en oo (?:ulkomaalainen|maahanmuuttaja)|ei maahanmuuttaja|not (?:an )?(?:immigrant|foreigner)|not from abroad|(?:i'm|im|i am) finnish|olen (?:syntyjaan )?suomalainen|oon suomalainen|jag ar (?:finlandare|finne|finlandssvensk)|originally from (?:tampere|turku|helsinki|oulu|espoo|vantaa|jyvaskyla|kuopio|lahti|pori|joensuu|vaasa|rovaniemi)");
export function saysNoNewcomer(folded: string): boolean {
  return NO_NEWCOMER.test(folded);
}

/**
 * What makes a message a newcomer's: a move into the country, a status (refugee, residence permit, temporary protection),
 * learning or lacking the language, integration itself, or a country of flight. A nationality, a Finnish spouse, "Finnish
 * only" or writing in English are not: an American carer in Hämeenlinna needs the Parkinson's association, not integration.
 */
const NEWCOMER_NEED = rx('maahanmuut|kotoutu|pakolai|turvapaik|oleskelulu|tilapais\\p{L}* suojel|vastaanottokesk|perheenyhdist|paperiton|paperittom|ulkomaalai'
  + '|(?:muutin|muutimme|muutettiin|tulin|tulimme|tultiin|muutti|muuttivat|tuli) (?:\\p{L}+ )?suomeen|uusi suomessa|vasta suomessa'
  + '|kielikurssi|kieli kurssi|kielikahvil|suomen (?:kielen |kieli )?kurssi|(?:oppia|opiskella|opiskelen|opettelen|harjoitella|harjoittelen|puhua|puhumaan) (?:\\p{L}+ )?suomea|(?:en|ei) (?:\\p{L}+ )?(?:puhu|osaa|ymmarra) (?:\\p{L}+ )?suome|suomi (?:kieli )?(?:vahan|huono|vaikea)|suomen kieli on vaikea'
  + '|invandr|integration|flykting|asyl|uppehallstillstand|tillfalligt skydd|mottagningscentral|familjeaterforening|papperslos|utlanning|nyanland|ny i finland|(?:flyttade|flyttat|kom|kommit) (?:\\p{L}+ )?till finland'
  + '|sprakkurs|sprakkafe|(?:lara mig|lar mig|ova|ova pa) (?:finska|svenska)|(?:kan|talar|forstar) (?:inte|int) (?:\\p{L}+ )?(?:finska|svenska)|finska(?:n)? ar svar'
  + '|immigra|integrat|refugee|asylum|residence permit|work permit|temporary protection|reception cent|family reunification|undocumented|foreigner|newcomer|newly arrived|just arrived|international student|exchange student|expat'
  + '|(?:moved|came|move|coming|relocated) (?:\\p{L}+ )?(?:to|here to) finland|new (?:in|to) finland|(?:learn|learning|practi[cs]e|practi[cs]ing|study|studying) (?:my )?(?:finnish|swedish)|language (?:course|cafe|class|exchange)'
  + '|my (?:finnish|swedish) is(?! (?:fine|good|ok|okay|fluent|decent|pretty good|native|excellent))|(?:don\'t|dont|do not|cannot|can\'t|cant) (?:speak|understand|read) (?:any )?(?:finnish|swedish)|finnish (?:is )?(?:zero|a1|basic|hard|difficult)'
  + '|somali|irak|iraq|syyria|syria|syrien|afganista|afghanistan|ukrain|eritre|україн|украин'
  // Where the writer comes from, named by a country or a nationality the catalogue's newcomers most often name:
  // "olen thaimaasta", "kom från Vietnam", "I am from Nepal", "olen virolainen".
  + '|thaimaa|thailand|nepal|vietnam|filippiin|filippinerna|philippin|filipin|intiasta|intialai|indien|from india|indian (?:woman|man|family|student|worker)'
  + '|kiinasta|kiinalai|fran kina|from china|chinese (?:woman|man|family|student|worker)|venajalta|venalai|ryssland|from russia|russian (?:woman|man|family|speaking)'
  + '|virosta|virolai|estland|estonia|iranista|iranilai|from iran|iranian|kurdi|nigeria|kenia|kenya|ghana|etiopia|ethiopia|etiopien|sudan|kongo|congo|marokko|marocko|morocco|moroccan'
  + '|albania|albanien|kosovo|bosnia|bosnien|romania|rumanien|bulgaria|bulgarien|brasilia|brazil|brasilien|kolumbia|colombia|pakistan|bangladesh|sri lanka|myanmar|jemen|yemen|libya|libyen|gambia|kamerun|cameroon'
  + '|latvia|lettland|liettua|lithuania|litauen|afgaani|afghan');
export function saysNewcomerNeed(folded: string): boolean {
  return NEWCOMER_NEED.test(folded);
}

function readLanguage(folded: string): string | undefined {
  for (const [code, pattern] of LANGUAGE_WISHES) if (pattern.test(folded)) return code;
  return undefined;
}

const ANONYMOUS = rx('nimettoma|anonyymi|anonymt|anonym|anonymous|without my name|ilman nimea|utan namn');
/**
 * A question about the cost of the help asked for, or a fee one cannot pay: "kostar det nåt att vara med", "har inte råd med
 * nån avgift", "maksaako se", "ei oo varaa jäsenmaksuun", "does it cost anything", "can't afford the membership fee". It is a
 * filter on the answer (its cost), not a money need of its own: the money situation must not lead a question about a
 * burnout group's fee. Food, rent and bills one cannot afford are money needs and are not matched here.
 */
const COST_QUESTIONS = new RegExp(rx('(?:kostar (?:det|de|dom|den|gruppen|kursen|verksamheten) (?:nagot|nat|na|nanting|mycket|pengar)|vad kostar (?:det|de)|ar (?:det|de|den) (?:gratis|avgiftsfritt?|kostnadsfritt?)'
  + '|(?:har|hade) (?:inte|int) (?:rad|pengar) (?:med|till|att betala) (?:nan |nagon |en |ngn )?(?:avgift|medlemsavgift|deltagaravgift|kursavgift|avgifter)'
  + '|maksaako (?:se|ne|ryhma|kurssi|osallistuminen|toiminta)|paljonko (?:se |ne )?maksaa|onko (?:se |ne |ryhma |toiminta )?(?:maksullinen|maksullista|ilmainen|ilmaista)|(?:ei ole|ei oo|en pysty maksamaan|ei ole varaa|ei oo varaa) (?:maksaa )?(?:mitaan |yhtaan )?(?:jasenmaksu\\p{L}*|osallistumismaksu\\p{L}*|kurssimaksu\\p{L}*|maksu(?:ja|a|un)?)(?![\\p{L}])'
  + '|(?:does|would|will) (?:it|that|this|the group|the course) cost(?: anything| money| much)?|how much (?:does|would) (?:it|that|the group|the course) cost|is (?:it|that|the group) free|(?:can\'t|cant|cannot|could not|couldn\'t) afford (?:a |the |any )?(?:fee|fees|membership|course fee|subscription))').source, 'gu');
/** The folded text with every cost question blanked out (see COST_QUESTIONS). */
export function withoutCostQuestions(folded: string): string {
  return folded.replace(COST_QUESTIONS, (m) => ' '.repeat(m.length));
}

const FREE = rx('ilmai|maksuto|gratis|avgiftsfri|kostnadsfri|free of charge|for free|no cost|doesn\'t cost|does not cost');

const AGE_GROUP_TARGETS: Record<AgeGroup, readonly TargetGroup[]> = {
  child: ['children', 'families', 'parents'],
  youth: ['youth', 'young-adults'],
  adult: ['adults', 'young-adults', 'parents', 'families'],
  senior: ['seniors', 'adults'],
};
/** The target groups that name an age; "adults" and "everyone" take anyone grown up. */
export const AGE_SPECIFIC: ReadonlySet<TargetGroup> = new Set(['children', 'youth', 'young-adults', 'seniors']);

export type FacetKey = 'municipality' | 'language' | 'channel' | 'age' | 'anonymous' | 'free';

/** Whether an activity is open to someone with these facets; `key` restricts the check to one facet. */
export function passes(activity: Activity, facets: Facets, catalogue: Pick<Catalogue, 'regionOf'>, key: FacetKey): boolean {
  switch (key) {
    case 'municipality': {
      if (!facets.municipality) return true;
      const area = activity.area;
      if (area.scope === 'national') return true;
      if (area.scope === 'region') {
        const region = catalogue.regionOf(facets.municipality);
        return region !== undefined && area.regions.includes(region);
      }
      return area.municipalities.includes(facets.municipality);
    }
    case 'language':
      return !facets.language || activity.languages.includes(facets.language);
    case 'channel': {
      if (!facets.channel) return true;
      // A chat wish is also served by online help, and the other way round.
      if (facets.channel === 'chat' || facets.channel === 'online') {
        return activity.channels.includes('chat') || activity.channels.includes('online');
      }
      return activity.channels.includes(facets.channel);
    }
    case 'age': {
      if (facets.age !== undefined) {
        if (activity.ageMin !== undefined && facets.age < activity.ageMin) return false;
        if (activity.ageMax !== undefined && facets.age > activity.ageMax) return false;
      }
      if (!facets.ageGroup) return true;
      // Open to all ages unless every age-specific group it names is someone else's (no allocation: runs per candidate).
      const fits = AGE_GROUP_TARGETS[facets.ageGroup];
      let specific = false;
      for (const g of activity.targetGroups) {
        if (g === 'everyone') return true;
        // "Adults" takes anyone grown up, so an activity for adults and seniors fits a man of 45.
        if (g === 'adults' && (facets.ageGroup === 'adult' || facets.ageGroup === 'senior')) return true;
        if (AGE_SPECIFIC.has(g)) {
          if (fits.includes(g)) return true;
          specific = true;
        }
      }
      return !specific;
    }
    case 'anonymous':
      return !facets.anonymous || activity.anonymous;
    case 'free':
      return !facets.free || activity.cost === 'free';
  }
}

/** Least important first: these are the filters given up first when too little is left. */
export const RELAX_ORDER: readonly FacetKey[] = ['free', 'anonymous', 'channel', 'language', 'age', 'municipality'];

/**
 * Keeps the activities that pass every facet; a facet that would leave fewer than `minimum`
 * is dropped (least important first) and reported in `relaxed`.
 */
export function filterByFacets<T extends { activity: Activity; score?: number }>(
  ranked: readonly T[], facets: Facets, catalogue: Pick<Catalogue, 'regionOf'>, minimum = 3, onTopic?: OnTopic,
): { kept: T[]; relaxed: FacetKey[] } {
  const active = RELAX_ORDER.filter((k) => isSet(facets, k));
  const relaxed: FacetKey[] = [];
  const available = Math.min(minimum, ranked.length);
  let keys = [...active];
  for (;;) {
    const kept = ranked.filter((r) => keys.every((k) => passes(r.activity, facets, catalogue, k)));
    if (kept.length >= available || keys.length === 0) {
      // A wish about the form of help (a language, a channel, anonymity) gives way when nothing that meets it fits the need: the
      // Parkinson's carers' group in Finnish, said so, before an English crisis line that only shares a word.
      const form = keys.filter((k) => FORM_FACETS.has(k));
      if (form.length === 0 || !fitsBelow(kept, ranked, onTopic)) return { kept, relaxed };
      relaxed.push(...form);
      keys = keys.filter((k) => !FORM_FACETS.has(k));
      continue;
    }
    const drop = keys[0]!;
    relaxed.push(drop);
    keys = keys.slice(1);
  }
}

/** Facets about the form of help, not who may take part: a language, a channel, anonymity ("any anonymous chat for teens with ED?"). */
const FORM_FACETS: ReadonlySet<FacetKey> = new Set(['language', 'channel', 'anonymous']);
/** What meets a form wish must score at least this share of the best answer overall, or the wish gives way. */
const FORM_WISH_FIT = 0.5;

/** Whether an activity is for the very circumstance the resident named (autism, a stutter, psoriasis). */
export type OnTopic = (activity: Activity) => boolean;
/** How many of the first answers are looked at for one on the resident's own topic. */
const TOPIC_PLACES = 3;

/**
 * Whether the best of `kept` scores under FORM_WISH_FIT of the best of `all`, or the best of all is for the circumstance
 * the resident named and none of the first answers that meet the wish is: "peer groups for autistic adults, maybe in
 * English" gets the autism association's Finnish groups, said so, before English youth lines that only share a word.
 */
function fitsBelow(kept: readonly { score?: number; activity?: Activity }[], all: readonly { score?: number; activity?: Activity }[], onTopic?: OnTopic): boolean {
  if ((kept[0]?.score ?? 0) < (all[0]?.score ?? 0) * FORM_WISH_FIT) return true;
  if (onTopic === undefined || all[0]?.activity === undefined || !onTopic(all[0].activity)) return false;
  return !kept.slice(0, TOPIC_PLACES).some((k) => k.activity !== undefined && onTopic(k.activity));
}

/** Whether a wish about the form of help is set and what meets every wish fits the need too poorly to keep it. */
export function formWishGivesWay(facets: Facets, kept: readonly { score?: number; activity?: Activity }[], all: readonly { score?: number; activity?: Activity }[], onTopic?: OnTopic): boolean {
  return [...FORM_FACETS].some((k) => isSet(facets, k)) && fitsBelow(kept, all, onTopic);
}

function isSet(f: Facets, key: FacetKey): boolean {
  switch (key) {
    case 'municipality': return !!f.municipality;
    case 'language': return !!f.language;
    case 'channel': return !!f.channel;
    case 'age': return f.age !== undefined || !!f.ageGroup;
    case 'anonymous': return !!f.anonymous;
    case 'free': return !!f.free;
  }
}
