// The crisis guard's concept lexicon: what acute danger sounds like in Finnish, Swedish and English, written
// over case- and diacritic-folded text ("tapan itteni", "ta mitt liv", "haluun kuolla" all arrive as plain a–z).
// Concepts combine word stems (first person + wish + death, method + self, threat + object) rather than list
// exact phrases: design.md measured an exact-phrase list at 1/26 unseen cases, a concept lexicon at 25/26.
import type { CrisisKind } from './vocabulary.js';

export type QuietContext = 'topic' | 'loss' | 'distant-past' | 'history' | 'past-attempt' | 'bullying' | 'instruction' | 'sport' | 'recent-past' | 'habitual' | 'remote' | 'medicine' | 'disposal' | 'hobby' | 'course';
const TERM_QUIET: readonly QuietContext[] = ['topic', 'loss', 'distant-past', 'course'];

export interface CrisisConcept {
  /** Signal name reported in CrisisResult.signals. */
  readonly name: string;
  readonly kind: CrisisKind;
  /**
   * Contexts that, within a few words, turn a match into talk rather than a disclosure. Bare topic words
   * ("itsemurha", "suicidal") also appear in training, prevention and grief talk; past violence ("löi minua")
   * is a history, not an emergency, when placed far back ("lapsena"). Statements of intent have none.
   */
  readonly quietWhen?: readonly QuietContext[];
  /** Whether a negation just before it ("en ole", "I'm not", "inga") cancels it; false where the phrase carries its own negation. */
  readonly negatable: boolean;
  /** Worrying but never acute by itself (fear of a person without a threat): a match gives the concern tier. */
  readonly concernOnly?: boolean;
  readonly patterns: readonly RegExp[];
}

export const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;
/** Up to n filler words between two parts of a concept, never a negation word (so "vill inte dö" is not "vill dö"). */
export const gap = (n: number): string => `(?:(?!(?:not|never|no|inte|aldrig|ej|inga|ingen|inget|ei|en|et|eika|don't|dont|didn't|didnt|isn't|isnt|won't|wont)\\b)[a-z0-9']+\\s+){0,${n}}`;
export const re = (...parts: string[]): RegExp => new RegExp(`\\b${parts.join('')}\\b`, 'g');

// ---- building blocks (folded spelling: ä→a, ö→o, å→a) ----
const FI_WANT = alt('haluan', 'haluun', 'halun', 'halluun', 'halluan', 'tahon', 'tahtosin', 'aattelin', 'ajattelin', 'oon aatellu', 'oon ajatellu', 'mietin', 'taijan', 'taitaa olla paras', 'halusin', 'haluaisin', 'haluisin', 'haluis', 'haluais', 'tahdon', 'tahtoisin', 'toivon', 'toivoisin',
  'aion', 'aijon', 'meinaan', 'paatin', 'oon paattany', 'olen paattanyt', 'paattany', 'paattanyt', 'suunnittelen', 'taidan', 'yritin', 'yritan', 'voisin', 'pitais', 'pitaisi', 'kunpa', 'kunpa vaan');
const FI_DIE = alt('kuolla', 'kuol', 'kuolisin', 'kuolen', 'kuolleeksi', 'kuollut', 'kuolemaan', 'kuoltua', 'kuolis');
const FI_KILL = alt('tapan', 'tappaa', 'tapaa', 'tappaisin', 'tappamaan', 'tappais', 'tappasin', 'tapa', 'tapaan', 'tappaan', 'tappavansa', 'tappaakseen', 'tappaisi');
const FI_SELF = 'it[st](?:e|ee|ea|ia|i)?(?:ni|ani|ani|aan|ani|mme)';
const FI_SELF_OTHER = 'it[st](?:e|ee|ea|ia)?(?:nsa|aan|ansa)';
const FI_END = alt('lopettaa', 'lopetan', 'lopettaisin', 'lopettais', 'lopetin', 'paattaa', 'paatan', 'paattaisin', 'riistaa', 'riistan', 'vieda', 'vien', 'veisin', 'viemaan');
const FI_OBJ = alt('minua', 'mua', 'minut', 'mut', 'meita', 'meidat', 'lasta', 'lapsia', 'lapset', 'lastani', 'lapsiani', 'lapsen',
  'vauvaa', 'vauvan', 'aitia', 'vaimoa', 'poikaa', 'tyttoa', 'tyttareni', 'poikani', 'naista', 'naapuria', 'jotakuta', 'vaimoaan', 'lastaan', 'lapsiaan',
  'siskoa', 'siskoani', 'veljea', 'veljeani', 'aitiani', 'koko perheen', 'perheen', 'meidat kaikki', 'kaikki meidat', 'tyttoystavaansa', 'hanta', 'mun (?:lasta|lapsia|vauvaa|aitia|poikaa|tyttoa)');
const FI_HIT_NOW = alt('lyo', 'lyovat', 'hakkaa', 'hakkaavat', 'paiskoo', 'runttaa', 'raahaa', 'ravistelee', 'ravistaa', 'hakkaa', 'hakkaavat', 'potkii', 'potkivat', 'kuristaa', 'kuristelee', 'repii', 'raahaa', 'tonii',
  'pahoinpitelee', 'raiskaa', 'puukottaa', 'satuttaa', 'uhkailee', 'uhkaa', 'heittelee', 'hakataan', 'lyodaan', 'uhataan', 'uhkaillaan');
const FI_HIT_PAST = alt('loi', 'lo', 'hakkas', 'hakkasivat', 'potkas', 'potkaisi', 'kuris', 'pahoinpitelivat', 'repi', 'raahas', 'raahasi', 'paiskas', 'paiskasi', 'tonas', 'runttas', 'hakkasi', 'potki', 'kuristi', 'uhkasi', 'uhkaili', 'pahoinpiteli', 'raiskasi', 'puukotti', 'satutti', 'tonaisi');

const SV_SELF_END = alt('ta mitt (?:eget )?liv', 'ta livet (?:av|a) (?:mig|mej)', 'sluta finnas', 'forsvinna for gott', 'kasta (?:mig|mej) framfor', 'hoppa framfor', 'doda mig sjalv', 'avsluta mitt liv', 'hanga mig', 'skjuta mig',
  'ta bort mig sjalv', 'do', 'sluta leva', 'inte leva langre', 'inte finnas');
const SV_WANT = alt('vill', 'ja vill', 'ja ska', 'ja tanker', 'he kanns som om ja ska', 'kanns som om jag ska', 'ville', 'ska', 'skall', 'tanker', 'kommer att', 'kommer', 'planerar att', 'funderar pa att', 'forsoker', 'bestamt mig for att', 'beslutat att', 'bestamde mig for att',
  'forsokte', 'orkar', 'tankte', 'borde', 'vill bara', 'skulle vilja');
const SV_OBJ = alt('mig', 'mej', 'oss', 'hela familjen', 'familjen', 'oss alla', 'barnen', 'barnet', 'mina barn', 'mitt barn', 'min son', 'min dotter', 'bebisen', 'mamma', 'henne', 'en kvinna', 'ett barn', 'min mamma', 'min syster', 'min bror');
const SV_HIT = alt('slar', 'sparkar', 'stryper', 'misshandlar', 'hotar', 'skadar', 'attackerar', 'knivhugger', 'valdtar', 'forfoljer',
  'nyper', 'sliter', 'drar i', 'knuffar');

const EN_WANT = alt('want', 'wanna', 'wish', 'going', 'gonna', 'plan', 'planning', 'ready', "(?<=(?:i'm|im|i am|am|we're|we are|i was) )about", 'need', 'trying', 'try', 'tried',
  'deserve', 'should', 'could', 'would like', 'intend', 'decided', 'have decided', 'will', 'just want');
const EN_SELF = alt('myself', 'my self', 'meself');
const EN_OBJ = alt('me', 'us', 'my (?:father|dad|husband|wife|grandma|grandmother|grandpa|grandfather|gran|nan)', 'his (?:mum|mom|mother|dad|father|sister|brother)', 'her (?:kids?|children|son|daughter|husband|mum|mom)', 'his wife', 'his girlfriend', 'his partner', 'his kids', 'her kids', 'the woman', 'a neighbou?r', 'the (?:whole )?family', 'everyone', 'all of us', 'my wife', 'my partner', 'my girlfriend', 'my mum', 'my mom', 'my (?:kids?|child|children|son|daughter|baby|mom|mum|mother|sister|brother)', 'my (?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]?(?:year|yr)[ -]?olds?(?: (?:daughter|son|girl|boy|child|kid))?', 'my (?:little|baby|small|youngest|eldest) (?:daughter|son|girl|boy|one|sister|brother)', 'both of us', 'all of us', 'us both', 'the (?:kids|children|baby)', 'her', 'a woman', 'a girl', 'a child', 'a kid', 'someone');
const EN_SUBJ = alt('he', 'she', 'they', 'someone', 'somebody', 'my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mom|mother|ex|brother|son|neighbou?r)',
  'husband', 'boyfriend', 'partner', 'dad', 'father', 'ex', 'man', 'guy');
const EN_BE = alt('is', "'s", 's', 'are', "'re", 're', 'keeps', 'keep', 'has been', 'was', 'started', 'just', 'will', "'ll", 'll', 'is going to', 'is gonna');
export const PILLS_QTY = alt('all', 'whole', 'levyllista', 'levyllisia', 'purkillista', 'purkillisia', 'pakkauksellista', 'pakkausta', 'allt', 'alltihop', 'kourallinen', 'kourallisen', 'kourallisia', 'kourallinen', 'purkki', 'purkin', 'purkillinen', 'purkillisen', 'purkit', 'purkeittain', 'levy', 'levyn', 'levyllinen', 'levyllisen', 'paketin', 'paketti', 'paketillisen', 'pari levya', 'koko purkin', 'koko paketin', 'monta', 'satoja', 'kymmenia', 'tusinan', 'pussillisen', 'nyrkillisen',
  'kaik', 'askar', 'asken', 'kartor', 'burkar', 'boxes of', 'packs of', 'purkkia', 'pakettia', 'paketillinen', 'paketilline', 'a bag of', 'bag of', 'pussillinen', 'the jar of', 'the jar', 'the whole jar', 'the bottle', 'the box', 'the lot',
  'en handfull', 'handfull', 'en hel karta', 'en hel burk', 'flera kartor', 'burken', 'hela burken', 'hela kartan', 'alla mina', 'a handful', 'handfuls of', 'a jar of', 'a whole bottle of', 'the whole bottle of', 'the whole box of', 'two boxes of', 'dozens of', 'hundreds of', 'a strip of', 'strips of', 'enough', 'too many', 'a lot of', 'lots of', 'a handful of', 'handful of', 'a bunch of', 'a bottle of', 'a box of',
  'bottle of', 'box of', 'a pack of', 'loads of', 'every', '[0-9]+', 'kaikki', 'kaikkia', 'koko', 'liikaa', 'purkillisen', 'kourallisen',
  'paljon', 'kasan', 'pino', 'alla', 'hela', 'for manga', 'massa', 'en burk', 'en hel burk', 'en karta', 'mycket');
export const PILLS = alt('pills?', 'tablets?', 'meds', 'medications?', 'medicines?', 'paracetamol', 'tylenol', 'ibuprofen', 'sleeping pills',
  '[a-z]*pilleri[a-z]*', '[a-z]*tablet[a-z]*', 'tabuja', 'tabut', 'tabui', '[a-z]*laak(?:k?e|ke)[a-z]*', 'nappi(?:a|ja|en)', 'nappej[a-z]*', 'napit',
  'zzpills', 'unilaak[a-z]*', 'sarkylaak[a-z]*', 'buranaa', 'panadolia', 'paras?etamol[a-z]*', 'xanax[a-z]*', 'diapam[a-z]*', 'oxamin[a-z]*', 'tenox[a-z]*', 'opamox[a-z]*', 'ketipinor[a-z]*', 'mirtatsapiini[a-z]*', 'lyrica[a-z]*',
  'pregabaliin[a-z]*', 'somntablett[a-z]*', 'vark?tablett[a-z]*', 'sleeping tablets', 'benzos?', 'xannies', 'percs?', 'oxys?', 'burana[a-z]*', 'panadol[a-z]*', 'antidepressants?', 'painkillers?',
  'insulin[a-z]*', 'opioids?', 'oxy[a-z]*', '[a-z]*piller', '[a-z]*pill(?:ret|ren|erna)', '[a-z]*tabletter', '[a-z]*tablett(?:en|erna)', '[a-z]*medicin(?:er|erna|en)?', 'alvedon', 'panodil', 'sobril', 'opaat[a-z]*', 'pamit', 'pameja');

export const CONCEPTS: readonly CrisisConcept[] = [
  {
    name: 'suicidal-intent', kind: 'suicide', negatable: true, quietWhen: ['past-attempt', 'sport'],
    patterns: [
      re(FI_WANT, '\\s+', gap(3), FI_DIE),
      re(FI_KILL, '\\s+', gap(1), FI_SELF),
      re(FI_END, '\\s+', gap(1), alt('elamani', 'paivani', 'henkeni', 'tan kaiken', 'kaiken', 'taman elaman', 'tan elaman', 'koko homman', 'koko elaman', 'taman kaiken')),
      re(alt('lopetan', 'lopetan sen', 'lopetan taman', 'lopetan tan'), '\\s+', gap(1), alt('tana yona', 'tana iltana', 'tanaan', 'huomenna', 'yolla', 'illalla', 'nyt')),
      re(alt('ajan', 'ajaisin', 'ajan autolla', 'drive', 'driving', 'kora', 'kor'), '\\s+', gap(2), alt('puuhun', 'kallioon', 'seinaan', 'rekan alle', 'rekkaan', 'vastaantulevien', 'into a tree', 'into a truck', 'into a wall', 'off the road', 'off a cliff', 'in i ett trad', 'in i en lastbil', 'in i en bergvagg')),
      re(alt('do away with', 'off'), '\\s+', EN_SELF),
      re(alt('jag', 'ja'), '\\s+', alt('inte', 'int'), '\\s+', alt('ska', 'kommer att'), '\\s+', alt('finnas', 'leva', 'vara kvar'), '(?:\\s+(?:till|kvar))?', '\\s+', alt('imorgon', 'i morgon', 'efter', 'over', 'nasta', 'till jul', 'mer')),
      re(alt('teen', 'tehda', 'tekisin', 'aion tehda', 'meinaan tehda'), '\\s+', '(?:(?![a-z]*(?:tyota|tyon|tutkielma[a-z]*|esseeta|esitelmaa|opinnayte[a-z]*|gradu[a-z]*|kyselya|haastattelu[a-z]*|projektia)\\b)[a-z]+\\s+)?', alt('itsemurhan', 'itsarin', 'itarin', 'itsemurha')),
      re(alt('nukkua', 'nukahtaa', 'nukun', 'nukahtaisin', 'nukkuisin'), '\\s+', gap(1), 'pois(?!\\s+(?:vasymysta|vasymyksen|flunssaa|flunssan|krapulaa|krapulan|univelkoja|univelat)\\b)'),
      // Disappearing tonight and nobody noticing: "ingen skulle märka om jag försvann i natt", "would anyone notice if I disappeared tonight".
      re(alt('om jag forsvann', 'om jag forsvinner', 'om ja forsvann', 'if i disappeared', 'if i disappear', 'if i vanished', 'if i was gone', 'jos katoaisin', 'jos ma katoaisin', 'jos mina katoaisin', 'jos katoan', 'jos mua ei ois', 'jos minua ei olisi'), '\\s+', gap(1), alt('i natt', 'ikvall', 'i kvall', 'idag', 'tonight', 'today', 'tomorrow', 'tana yona', 'tana iltana', 'tanaan', 'huomenna')),
      re(alt('itsaroin', 'itsaroida', 'itsaroimaan', 'itaroin', 'itaroida')),
      re('(?<!\\b(?:nagon|nan|den|de|dom|folk|personer|manniskor|klienter|ungdomar|elever|patienter)\\s(?:som\\s)?)', SV_WANT, '\\s+', gap(2), SV_SELF_END),
      // Worth more gone: "the life insurance would cover it all if I just wasn't around", "henkivakuutus kattaisi kaiken jos mua ei olisi".
      re(alt('insurance', 'vakuutus[a-z]*', 'forsakring[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', alt("if i (?:just )?(?:wasn't|weren't|was not|were not) (?:around|here|alive)", 'jos (?:mua|minua) ei (?:enaa )?(?:olis|olisi|ois)', 'om jag inte (?:fanns|levde)')),
      // An end of everything, not of a relationship ("göra slut med" is breaking up): "innan jag gör slut på alltihop".
      re(alt('gor', 'gora', 'gjort', 'ska gora', 'tanker gora'), '\\s+', 'slut pa', '\\s+', alt('alltihop', 'alltihopa', 'allting', 'allt(?! (?:godis|snus|socker|kaffe|spel)\\b)', 'mig', 'mej', 'mitt liv', 'livet', 'det hela')),
      re(alt('ta mitt liv', 'ta livet (?:av|a) (?:mig|mej)', 'tar mitt liv', 'tar livet (?:av|a) (?:mig|mej)', 'doda mig sjalv', 'dodar mig sjalv', 'bega sjalvmord', 'begar sjalvmord')),
      re(alt("i'm", 'im', 'i am'), '\\s+', alt('ending it', 'ending my life', 'ending everything', 'checking out', 'going to end it', 'gonna end it'), '(?!\\s+(?:with|between|for (?:good|real) with|off with)\\b)'),
      re(alt('ending it', 'ending my life', 'ending everything', 'end it all'), '\\s+', alt('tonight', 'today', 'tomorrow', 'this weekend', 'now', 'soon')),
      re(alt('going to', 'gonna', 'will', "i'll", 'ill'), '\\s+', alt('die', 'end it', 'end my life'), '\\s+', alt('tonight', 'today', 'tomorrow', 'this weekend', 'soon', 'tonite', '2nite')),
      // "planning not to be around after this weekend", "won't be around by Monday".
      re(alt('planning', 'plan', 'going', 'decided', 'intend', 'intending', 'gonna'), '\\s+', alt('not to be', 'to not be'), '\\s+', alt('around', 'here', 'alive'), '(?:\\s+(?:anymore|any more|after|by|for much longer|much longer))?'),
      // Not coming back anywhere: "I won't be coming back at all, not anywhere", "en tule takaisin enää minnekään".
      re(alt("won't", 'wont', 'will not', "i'm not", 'im not'), '\\s+', alt('be coming back', 'be going back', 'be back', 'come back', 'be returning'), '\\s+', gap(2), '(?:,\\s+)?', alt('not anywhere', 'nowhere', 'anywhere', 'to anything', 'to anyone')),
      re(alt('en tule', 'en tuu', 'en palaa'), '\\s+', gap(2), alt('minnekaan', 'mihinkaan', 'kenenkaan luo')),
      re(alt('kommer inte', 'kommer int', 'ska inte', 'ska int'), '\\s+', alt('tillbaka', 'komma tillbaka'), '\\s+', gap(2), alt('nagonstans', 'nanstans', 'till nagonting')),
      re(alt("won't be", 'wont be', 'will not be', "i'll not be"), '\\s+', alt('around', 'alive'), '\\s+', alt('to see', 'after', 'by', 'for much longer', 'much longer', 'anymore')),
      re(alt('wish i could', 'want to', 'wanna', 'just want to', 'i want to'), '\\s+', gap(1), alt('stop existing', 'not exist', 'not be here', 'disappear', 'stop being alive', 'cease to exist'),
        // …for a while only is a wish for a break: "not exist for like a week".
        '(?!\\s+(?:for (?:like |about |just )?(?:a|one|two|a few|a couple of) (?:week|weeks|day|days|while|bit|month|hour|hours)|for a (?:while|bit)|till|until)\\b)'),
      re(alt('disappointed', 'sad', 'angry'), '\\s+', gap(2), alt("i'm still here", 'im still here', 'i am still here', 'still alive', 'i woke up', 'to wake up')),
      re(alt('walk into the sea', 'walk into the lake', 'walk into the water', 'drown myself', 'jump off(?! (?:the |a )?(?:pier|dock|jetty|rocks?|boat|diving board|board|sauna)\\b)', 'jump in front of')),
      re('(?<!\\b(?:they|he|she|patients|clients|residents|people|kids|students|pupils|customers|callers|some|many|who)\\s+)', EN_WANT, '\\s+', gap(2), '(?:to\\s+)?', alt('die', 'be dead', 'end it all', 'end my life', 'end everything', 'not exist(?!\\s+(?:for (?:like |about |just )?(?:a|one|two|a few|a couple of) (?:week|weeks|day|days|while|bit|month|hour|hours)|for a (?:while|bit)|till|until)\\b)', 'disappear forever')),
      re('kill(?:ing|ed|s)?\\s+', EN_SELF),
      re(alt('end(?:ing)? my (?:own )?life', 'end(?:ing)? it all', 'take my (?:own )?life', 'taking my (?:own )?life', 'commit(?:ting)? suicide',
        'unalive ' + EN_SELF, 'off ' + EN_SELF, 'top ' + EN_SELF, 'end ' + EN_SELF, 'delete ' + EN_SELF, 'hang(?:ing)? ' + EN_SELF, 'shoot(?:ing)? ' + EN_SELF, 'go to sleep and never wake up', 'sleep forever', '(?:finally )?sleep for good', 'sleep for ever')),
      new RegExp(`(?<![0-9]\\s?)\\b(?:kms|ctb)\\b`, 'g'),
      re(alt('herra', 'jumala', 'taivaan isa', 'luoja', 'gud', 'herren', 'god'), '\\s+', gap(1), alt('ottais', 'ottaisi', 'ottas', 'veis', 'veisi', 'korjais', 'korjaisi', 'tog', 'tar', 'would take', 'took'), '\\s+', gap(1), alt('pois', 'minut', 'mut', 'mig', 'mej', 'me')),
      re(alt('mua', 'minua', 'mnua', 'minuu'), '\\s+', alt('ei enaa ole', 'ei enaa oo', 'ei ole enaa', 'ei oo enaa')),
      re(alt('en ole', 'en oo', 'en mina ole', 'ma en oo'), '\\s+', alt('enaa elossa', 'elossa enaa', 'enaa taalla', 'taalla enaa')),
      re(alt(FI_WANT, 'toivon', 'toivoisin', 'kunpa'), '\\s+', alt('etta', 'et', 'vaan etta', 'vaan et'), '\\s+', gap(1), alt('kaikki', 'tama', 'taa', 'elama', 'elamani', 'tama elama', 'taa elama'), '\\s+', gap(1), alt('loppuu', 'loppuis', 'loppuisi', 'paattyy', 'paattyis', 'paattyisi', 'olis ohi', 'olisi ohi')),
      re(SV_WANT, '\\s+', alt('att', 'bara att'), '\\s+', gap(1), alt('allt', 'livet', 'det har'), '\\s+', alt('tar slut', 'ska ta slut', 'ar over', 'ska vara over')),
      re(alt('want out for good', 'checking out for good', 'check out for good', 'done with life', 'done with living', 'done with being alive', 'finished with life', 'over with life')),
      re(FI_WANT, '\\s+', gap(2), alt('pois tasta maailmasta', 'pois taalta maailmasta', 'pois elamasta', 'pois tasta elamasta', 'pois lopullisesti', 'taalta lopullisesti')),
      re(alt('want', 'wanna', 'going', 'gonna', 'ready', 'wish i could'), '\\s+', gap(1), '(?:to\\s+)?', alt('leave this world', 'leave this life', 'be gone forever')),
      re(SV_WANT, '\\s+', gap(2), alt('lamna (?:den har )?varlden', 'lamna livet', 'forsvinna for alltid')),
    ],
  },
  {
    // A wish not to wake up or to be dead, without intent, means or a plan: passive thoughts of death. Acute unless the resident
    // says plainly they will not act on them ("mut en mä mitään tee"), which makes them a concern.
    name: 'death-wish', kind: 'suicide', negatable: true, quietWhen: ['past-attempt'],
    patterns: [
      re(alt('kunpa', 'toivon etta', 'toivon et', 'toivoisin etta', 'olisipa', 'jospa', 'kunhan'), '\\s+', gap(1), alt('en', 'ma en', 'mina en', 'mie en'), '\\s+', alt('heraisi', 'heraa', 'heraisi enaa', 'heraisi huomenna')),
      re(alt('wish(?:ed)?', 'hope'), '\\s+', alt('i was', 'i were', 'i could be', "i'd be", 'id be'), '\\s+', alt('dead', 'never born', 'gone forever')),
      re(alt('wish', 'hope', 'want', 'wanna', 'would like', 'just want'), '\\s+', gap(6), alt('never wake up', 'not wake up', 'not to wake up', "don't wake up", 'dont wake up', 'never to wake up'), '(?!\\s+(?:before|until|till|early|in time|on time|at|for|(?:tomorrow|tmrw)\\s+(?:with|at|early|before|feeling|hungover|in time|on time)))'),
      re(alt('nukahtaa', 'nukkua', 'nukkuu', 'nukkumaan', 'nukahtaisin', 'nukun', 'nukahdan', 'somna', 'sova', 'fall asleep', 'go to sleep', 'sleep'), '\\s+', gap(2), alt('enka', 'ja en', 'eika', 'ja etta en', 'och aldrig', 'och inte', 'och int', 'and never', 'and not'), '\\s+', gap(2), alt('herata', 'heraisi', 'heraa', 'vakna', 'wake up', 'wake')),
      re(alt('jos en', 'etten', 'et en', 'ettei', 'jos ma en', 'jos mina en', 'kun en', 'en enaa'), '\\s+', gap(1), alt('heraisi', 'heraisi aamulla', 'heraisin', 'heraa enaa', 'heraisi enaa', 'olisi enaa', 'olis enaa')),
      re(alt('en', 'ei', 'emma'), '\\s+', gap(2), alt('halu(?:a|u|ais|aisi|is|isi)', 'tahdo', 'tahtois', 'tahtoisi'), '\\s+', gap(2), alt('herata', 'herata aamulla', 'heraamaan'),
        // Not waking up to a Monday, at six or for work is a grumble about mornings.
        '(?!(?:\\s+(?:enaa|ikina|koskaan|aamulla|huomenna))*\\s+(?:tahan|tuohon|siihen|aikaisin|kuudelta|viidelta|seitsemalta|[0-9]+|toihin|kouluun|tyohon|[a-z]+(?:aihin|aihin|ntaihin|iin))\\b)'),
      // Not having to wake up: "toivon, ettei tarvitsisi herätä", "I wish I didn't have to wake up", "önskar att jag slapp vakna".
      re(alt('kunpa', 'toivon', 'toivoisin', 'toivoo', 'olisipa', 'wish', 'hope', 'onskar', 'vill'), '\\s+(?:,\\s+)?', gap(2), alt('ettei tarvitsisi', 'etten tarvitsisi', 'ettei tarttis', 'ettei tarvis', 'ei tarvitsisi', "i didn't have to", 'i didnt have to', "i wouldn't have to", 'i did not have to', 'jag slapp', 'att slippa'), '\\s+', gap(1), alt('herata', 'wake up', 'vakna')),
      re(alt('kunpa', 'toivon', 'toivoisin', 'haluaisin', 'haluan', 'haluun'), '\\s+', gap(3), alt('en heraisi', 'etten heraisi', 'etten heraa', 'en enaa heraisi', 'etten enaa heraisi', 'nukahtaa ikuisesti', 'nukkua ikuisesti')),
      re(alt('vill', 'onskar', 'hoppas', 'vill bara'), '\\s+', gap(4), alt('aldrig vakna', 'inte vakna', 'inte ska vakna', 'inte skulle vakna', 'aldrig ska vakna', 'slippa vakna', 'somna for alltid', 'somna in for alltid')),
      re(alt('hope', 'wish'), '\\s+', alt('i die', "i don't wake up", 'i dont wake up', 'i never wake up')),
      re(alt("wouldn't mind", 'wouldnt mind', 'would not mind', "don't mind", 'dont mind', 'skulle int ha na emot', 'skulle inte ha nagot emot', 'ha nat emot'), '\\s+', gap(2), alt('not waking up', 'never waking up', 'not waking', 'dying', 'att somna in', 'somna in', 'att inte vakna', 'int vakna', 'inte vakna')),
      re(alt('waiting to join', 'waiting to be with', 'vantar pa att fa komma till', 'vantar pa att fa traffa', 'odotan etta paasen'), '\\s+', alt('him', 'her', 'them', 'my (?:husband|wife|partner|son|daughter)', 'honom', 'henne', 'hanen luokseen', 'heidan luokseen', 'miehen luo', 'vaimon luo')),
      // "It wouldn't matter if I didn't wake up": "det skulle inte göra något om jag inte vaknade", "ei haittaisi vaikka en heräisi".
      re(alt('skulle inte gora nagot', 'inte skulle gora nagot', 'skulle inte spela nagon roll', 'vore skont', "wouldn't mind", 'wouldnt mind', 'would not mind', "wouldn't matter", 'wouldnt matter', 'ei haittaisi', 'ei haittais', 'olisi ihan sama', 'ois ihan sama', 'ei olisi vaarin'),
        '\\s+', gap(2), alt('om jag inte vaknade', 'om jag aldrig vaknade', 'om jag inte vaknar', "if i didn't wake up", 'if i didnt wake up', 'if i did not wake up', 'if i never woke up', 'jos en heraisi', 'jos en enaa heraisi', 'vaikka en heraisi', 'jos en heraa')),
    ],
  },
  {
    // A knot tied, a rope already hanging: unless the rope is a sailor's, a climber's or a clothesline.
    name: 'rope-ready', kind: 'suicide', negatable: true, quietWhen: ['hobby'],
    patterns: [re(alt('knuten ar klar', 'knuten ar knuten', 'solmu on valmis', 'solmu valmiina', 'the knot is (?:tied|ready|done)', 'hanger redan', 'roikkuu jo', 'is already hanging', 'already hanging'))],
  },
  {
    name: 'hopelessness', kind: 'suicide', negatable: false,
    patterns: [
      re(alt('en', 'ei', 'emma', 'etta en', 'etten'), '\\s+', gap(2), alt('jaksa', 'halua', 'haluu', 'tahdo', 'kannata', 'viitsi', 'pysty', 'kesta', 'keksi syyta'),
        '\\s+', gap(3), alt('elaa', 'elella', 'elamaa', 'olla olemassa', 'olemassa', 'elossa', 'enaa herata', 'koskaan herata', 'ikina herata')),
      re(alt('syyta', 'syy', 'jarkea', 'jarki', 'tarkoitusta', 'merkitysta', 'kannata'), '\\s+', gap(1), alt('elaa', 'elella', 'jatkaa elamaa')),
      re(alt('ei', 'en'), '\\s+', alt('ole', 'oo'), '\\s+', gap(2), alt('mitaan', 'ketaan', 'mitaan mita varten', 'ketaan jonka takia'), '\\s+', gap(2), alt('elaa', 'elaisi', 'elaisin', 'elaa varten')),
      re(alt('mita varten', 'minka takia', 'kenen takia', 'jonka takia', 'kenen vuoksi'), '\\s+', gap(1), alt('elaa', 'elaisi', 'elaisin')),
      // Asking oneself why one lives: "miksi minä elän", "varför lever jag ens", "why am I even alive".
      re(alt('miksi', 'miks', 'minka takia', 'varfor', 'why'), '\\s+', alt('mina elan', 'ma elan', 'mie elan', 'elan', 'edes elan', 'ma edes elan', 'mina edes elan', 'lever jag', 'jag lever', 'jag ens lever', 'lever jag ens', 'am i (?:even |still )?alive', 'do i (?:even )?(?:live|exist)', 'i (?:even )?exist')),
      re(alt('elama', 'elamalla', 'elamallani', 'elamani'), '\\s+', gap(2), alt('ei ole', 'ei oo', 'ei ois'), '\\s+', gap(1), alt('merkitysta', 'tarkoitusta', 'jarkea', 'arvoa')),
      re(alt('kyllastynyt', 'kyllastyny', 'vasynyt', 'vasyny', 'kyllainen'), '\\s+', alt('elamaan', 'elaan', 'koko elamaan', 'tahan elamaan')),
      re(alt('parempi', 'paremmin', 'helpompaa', 'helpompi', 'helpompi', 'helpottais', 'helpottaisi'), '\\s+', gap(3), alt('jos ma kuolisin', 'jos mina kuolisin', 'jos olisin poissa', 'jos ma olisin poissa', 'ilman minua', 'ilman mua', 'ilman minuu', 'jos olisin kuollut', 'jos kuolisin', 'jos mua ei ois', 'jos minua ei olisi', 'kuolleena')),
      re(alt('vill', 'orkar', 'kan', 'vet', 'ser', 'gitter'), '\\s+(?:inte|int)\\s+', gap(2), alt('leva', 'finnas', 'vara vid liv', 'existera', 'vakna mer', 'vakna igen', 'mening med att leva'),
        '(?!\\s+(?:med|i|pa|tillsammans|ihop|har|dar|sa dar|utan)\\b)'),
      re(alt('ingen', 'inget', 'ingenting'), '\\s+', gap(1), alt('mening', 'anledning', 'ide', 'att leva for', 'skal att leva', 'kvar att leva for'),
        '(?:\\s+(?:med\\s+)?att\\s+leva)?', '(?!\\s+(?:(?:med\\s+)?att|for\\s+(?:mig|mej)\\s+att|i\\s+att|pa)\\s+(?!leva\\b|finnas\\b)[a-z]+)'),
      re(alt('battre', 'lattare', 'enklare'), '\\s+', gap(3), alt('om jag inte fanns', 'om jag inte fanns till', 'om jag var borta', 'om jag inte levde', 'om jag dog', 'om jag var dod', 'utan mig')),
      re(alt('better', 'easier'), '\\s+', gap(3), alt("if i wasn't here", 'if i wasnt here', 'if i was gone', 'if i were gone', "if i didn't exist", 'if i didnt exist', 'if i died', 'if i were dead', 'if i was dead', 'without me')),
      re(alt('less pa livet', 'trott pa livet', 'trott pa att leva', 'livet ar inte vart att leva', 'battre utan mig', 'battre om jag var dod', 'battre dod',
        'meningslost att leva', 'somna in for alltid', 'aldrig vakna igen')),
      re(alt("don't", 'dont', 'do not', "doesn't", 'no longer', "can't", 'cant', 'cannot'), '\\s+', gap(2), alt('want', 'wanna', 'wish', 'see a reason', 'see the point'),
        '\\s+(?:to\\s+)?', alt('live', 'be alive', 'exist', 'be here anymore', 'be here any more', 'go on living', 'go on anymore', 'wake up anymore', 'wake up again', 'keep living', 'be around anymore'),
        '(?!\\s+(?:in|with|here|there|at|near|on|alone|together|abroad|anywhere|next)\\b)'),
      re(alt('point', 'reason', 'sense', 'meaning', 'use'), '\\s+', alt('in', 'of', 'to', 'for'), '\\s+', alt('living', 'being alive', 'going on', 'live', 'keep living', 'staying alive', 'me being alive', 'me living')),
      re(alt('no', 'nothing', 'not any'), '\\s+', alt('reason', 'point', 'purpose', 'meaning'), '\\s+', alt('to live', 'in living', 'to go on', 'in going on', 'to keep living', 'to be alive', 'left')),
      re(alt('nothing (?:left )?to live for', 'not worth living', "isn't worth living", 'better off dead', 'better off without me', 'better without me',
        'tired of living', 'tired of being alive', 'sick of living', 'sick of being alive', "can't go on(?! (?:(?:her|his|my|their|our) own|alone|by (?:her|him|my|them)sel(?:f|ves)|a trip|holiday|vacation|outings?|the (?:bus|train|trip))\\b)", 'cant go on(?! (?:(?:her|his|my|their|our) own|alone|by (?:her|him|my|them)sel(?:f|ves)|a trip|holiday|vacation|outings?|the (?:bus|train|trip))\\b)', 'cannot go on(?! (?:(?:her|his|my|their|our) own|alone|by (?:her|him|my|them)sel(?:f|ves)|a trip|holiday|vacation|outings?|the (?:bus|train|trip))\\b)', 'want it all to end', 'want it to be over',
        'want everything to end', 'want to disappear forever')),
    ],
  },
  {
    name: 'suicidal-feelings', kind: 'suicide', negatable: true, quietWhen: ['past-attempt'],
    patterns: [
      // Worth more dead: "I'd be more use to everyone as a life insurance payout", "olisin arvokkaampi kuolleena", "mer värd död".
      re(alt("(?:i'd|id|i would) be (?:more use|worth more|better)(?: to (?:everyone|everybody|them|my family))? (?:dead|as an? (?:life )?insurance (?:payout|payment|claim))", 'worth more dead', '(?:would|will|\'d) (?:all )?be better off with (?:the |my |his |her |a )?(?:life )?insurance(?: money| payout)?', 'paremmin (?:toimeen|parjaisi[a-z]*) (?:henki)?vakuutusrahoilla', 'klarar (?:sig|oss) battre (?:med|pa) (?:livforsakringen|forsakringspengarna)', 'olisin (?:arvokkaampi|hyodyllisempi) kuolleena', 'henkivakuutus (?:maksaisi|hoitaisi)', 'mer vard (?:som )?dod', 'livforsakringen (?:skulle )?(?:betala|rakna)')),
      re(alt('olen', 'oon', 'olin', 'oon ollu', 'olen ollut', 'tunnen itseni', 'mulla on', 'minulla on', 'mul on', 'mulla oli', 'on ollut', 'tulee', 'tuli', 'mietin', 'mietin taas',
        'ajattelen', 'suunnittelen', 'yritin', 'mulle tulee'), '\\s+', gap(2), alt('itsetuho[a-z]*', 'itsemurh[a-z]*', 'itsari[a-z]*', 'itari[a-z]*', 'kuolemantoive[a-z]*', 'kuolemanajatu[a-z]*', 'itsetuhoi[a-z]*')),
      re(alt('ajattelen', 'mietin', 'mietin vaan', 'haaveilen', 'fantasioin', 'ajattelen vaan'), '\\s+', gap(2), alt('kuolemaa', 'kuolemista', 'kuolemasta', 'omaa kuolemaa', 'kuolla', 'etta kuolisin')),
      re(alt('think', 'thinking', 'thought', 'fantasi[sz]e', 'fantasi[sz]ing', 'dream', 'dreaming', 'obsessing'), '\\s+', gap(2), alt('about death', 'about dying', 'about being dead', 'about ending it', 'about not being alive', 'of dying', 'of ending it')),
      re(alt('tanker', 'fantiserar', 'drommer', 'tanker mycket', 'tankte'), '\\s+', gap(1), alt('pa doden', 'pa att do', 'om att do', 'pa att inte finnas')),
      re(alt("i'm", 'im', 'i am', 'i feel', 'feeling', "i've been", 'ive been', 'i have', "i've had", 'i keep having', 'having', 'i get', 'i had'), '\\s+', gap(2),
        alt('more use (?:to (?:everyone|everybody|them|my family) )?(?:dead|as an? (?:life )?insurance payout)', 'worth more dead', 'suicidal', 'suicide thoughts', 'thoughts of suicide', 'thoughts of killing myself', 'thoughts of ending it', 'thoughts about suicide', 'thoughts about killing myself', 'self[- ]?harm[a-z]*', 'urges to (?:die|hurt myself|cut)', 'a plan to die', 'death wish')),
      re(alt('jag ar', 'jag kanner mig', 'jag har', 'jag har haft', 'har', 'jag far', 'jag tanker pa'), '\\s+', gap(2), alt('sjalvmord[a-z]*', 'suicid[a-z]*', 'dodslangtan', 'dodstankar', 'sjalvskad[a-z]*')),
    ],
  },
  {
    name: 'self-harm', kind: 'suicide', negatable: true, quietWhen: ['history'],
    patterns: [
      re(alt('tekee mieli', 'teki mieli', 'tekee (?:niin|tosi|ihan|hirveesti|kauheesti|taas|nyt|jo|vaan|vain) mieli', 'teki (?:niin|tosi|taas|jo) mieli', 'pakko', 'haluan', 'haluun', 'himottaa'), '\\s+', gap(1), alt('viiltaa', 'viillella', 'satuttaa itseani', 'satuttaa itteani', 'satuttaa itseaan')),
      re(alt('skar jag', 'ska jag skara', 'kommer jag att skara'), '\\s+', alt('mig', 'mej'), '(?:\\s+igen)?'),
      // Cutting deeper now: "skar jag så djupt att det gapar", "cut so deep it won't stop", "viilsin niin syvälle".
      re(alt('skar jag', 'skar (?:mig|mej)', 'cut myself', 'i cut', 'viilsin', 'viilsin itseani'), '\\s+', gap(2), alt('sa djupt', 'for djupt', 'djupare', 'so deep', 'too deep', 'deeper', 'niin syvalle', 'liian syvalle', 'syvemmalle', 'syvaan')),
      // A plan to cut, in spoken word order: "ikväll tänker ja skära mej djupare", "jag ska skada mig".
      re(alt('tanker', 'ska', 'kommer', 'vill', 'maste'), '\\s+', '(?:(?:ja|jag)\\s+)?(?:att\\s+)?', alt('skara', 'skada', 'branna'), '\\s+', alt('mig', 'mej'), '(?!\\s+(?:pa|i|av misstag|nar)\\b)'),
      re(alt('viillelly', 'viillellyt', 'viiltelly', 'viiltellyt', 'oon viillelly', 'viillin', 'viilsin taas', 'viillan taas', 'viiltelen', 'viiltelin', 'viillan', 'viilsin', 'viiltelyy', 'viillella', 'viillan itseani', 'satutan itseani', 'satutan itteeni', 'satutan ittea', 'satutan itseani',
        'viillan ranteeni', 'viillan ranteet', 'ranteet auki', 'vedan ranteet auki', 'polttelen itseani', 'hakkaan paatani seinaan')),
      re(alt('skurit (?:mig|mej)', 'skar (?:mig|mej)', 'skar (?:mig|mej)', 'skadat (?:mig|mej)', 'skar mig sjalv', 'skar mig i armarna', 'skar mig i armen', 'skar mig pa armarna', 'skadar mig sjalv', 'skada mig sjalv', 'skadat mig sjalv', 'jag skar mig igen',
        'brannar mig sjalv', 'skar upp handlederna')),
      re(alt('cutting', 'harming', 'burning', 'hurting'), '\\s+', EN_SELF, '(?!\\s+(?:on|while|by accident|accidentally))'),
      re(alt('want', 'wanna', 'going', 'gonna', 'keep', 'kept', 'started', 'urge', 'urges', 'need', 'going to'), '\\s+', gap(1), '(?:to\\s+)?', alt('cut', 'hurt', 'harm', 'burn'), '\\s+', EN_SELF),
      re(alt('cut', 'hurt', 'burned', 'burnt', 'harmed', 'hit'), '\\s+', EN_SELF, '\\s+', alt('on purpose', 'deliberately', 'intentionally', 'to feel something', 'to cope', 'again')),
      re('cut\\s+', EN_SELF, '\\s+', alt('again', 'on purpose', 'every', 'to feel', 'deep', 'last night', 'today')),
      re(alt('slit(?:ting)? my wrists', 'cut my wrists', 'cutting my wrists', 'been cutting(?=\\s+(?:again|myself|every|at night|more|deeper|for|since)\\b|\\s+[.,]|\\s*$)', 'cutting again', 'cut again', 'relapsed', 'sh urges?', 'sh again', 'sh relapse', "blade's out", 'blades out', 'blade is out')),
      re('sh\\s+', alt('taas', 'eilen', 'tanaan', 'tanaa', 'igen', 'again', 'today', 'yesterday', 'urges?', 'relapse')),
    ],
  },
  {
    name: 'method+first-person', kind: 'suicide', negatable: true, quietWhen: ['sport', 'hobby'],
    patterns: [
      re(alt('hyppaan', 'hypata', 'hyppaisin', 'hypannen', 'hyppaamaan', 'heittaydyn', 'heittaytya', 'menen', 'meen', 'kavelen'), '\\s+', gap(2),
        alt('sillalta', 'katolta', 'parvekkeelta', 'ikkunasta', 'kalliolta', 'junan alle', 'auton alle', 'rekan alle', 'metron alle', 'jokeen', 'mereen', 'avantoon')),
      re(alt('hirtan', 'hirttaa', 'hirttaydyn', 'hirttaytya', 'ammun', 'ampua'), '\\s+', gap(1), alt(FI_SELF, 'ja', 'kun', 'tanaan', 'huomenna', '$')),
      re(alt('hirttaydyn', 'hirttaytya', 'hirttaydyn', 'ostin koyden', 'ostanu koyden', 'ostin narun')),
      re(alt('hoppa', 'hoppar', 'kasta mig'), '\\s+', gap(1), alt('fran bron', 'fran taket', 'fran balkongen', 'framfor taget', 'framfor tunnelbanan', 'framfor en bil', 'i alven', 'fran ett hus')),
      re(alt('jump', 'jumping', 'throw myself', 'step'), '\\s+', alt('off', 'from', 'in front of', 'under'), '\\s+', gap(1), alt('bridge', 'building', 'roof', 'train', 'balcony', 'cliff', 'car', 'bus', 'window', 'tower')),
      re(alt('rope', 'noose', 'koysi', 'koyden', 'koydet', 'narun', 'naru', 'silmukan', 'rep', 'repet', 'snara', 'snaran'), '\\s+', gap(3), alt('ready', 'is ready', 'valmiina', 'valmis', 'valmiiksi', 'klart', 'klar', 'redo', 'tied', 'hung up', 'kiinni')),
      re(alt('mun', 'minun', 'mu', 'elamani'), '\\s+', alt('viimeinen', 'viimenen', 'viimonen'), '\\s+', alt('ilta', 'paiva', 'yo', 'aamu'), '(?!\\s+[a-z]*(?:ssa|lla|sta|lta|na|ksi)\\b)'),
      re(alt('my last', 'min sista'), '\\s+', alt('night', 'day', 'kvall', 'dag', 'natt'), '\\s+', alt('alive', 'on earth', 'i livet', 'pa jorden', 'i varlden')),
      re(alt('hyvasti ikuisesti', 'goodbye forever', 'goodbye everyone forever', 'farewell forever', 'adjo for alltid', 'hejda for alltid')),
      re(alt('bought a rope', 'tied a noose', 'made a noose', 'have a noose', 'loaded the gun', 'wrote (?:a|my) suicide (?:note|letter)')),
    ],
  },
  {
    name: 'someone-else-at-risk', kind: 'suicide', negatable: true, quietWhen: ['distant-past', 'topic'],
    patterns: [
      re(FI_KILL, '\\s+', gap(1), FI_SELF_OTHER),
      re(alt('viiltaa', 'viiltelee', 'viilteli', 'satuttaa', 'vahingoittaa'), '\\s+', gap(1), FI_SELF_OTHER),
      re(alt('aikoo', 'meinaa', 'haluaa', 'puhuu', 'suunnittelee', 'yrittaa', 'yritti', 'mietti', 'miettii'), '\\s+', gap(2), alt('itsemurh[a-z]*', 'itsari[a-z]*', 'itari[a-z]*', 'kuolla', 'hypata', 'lopettaa elamansa', 'paattaa paivansa')),
      re(alt('skadar sig sjalv', 'skar sig sjalv', 'skar sig', 'skadar sig', 'skadat sig sjalv', 'satuttaa itseaan', 'satuttaa itteensa', 'viiltelee', 'viilteli', 'viiltelemaan')),
      re(alt('ta sitt (?:eget )?liv', 'ta livet av sig', 'tar sitt liv', 'tar livet av sig', 'doda sig sjalv', 'hoppa fran', 'vill do', 'pratar om sjalvmord', 'pratar om att do', 'hotar med sjalvmord')),
      re(alt('kill(?:ing|s)?', 'hurt(?:ing|s)?', 'harm(?:ing|s)?', 'cut(?:ting|s)?'), '\\s+', alt('himself', 'herself', 'themselves', 'themself')),
      re(alt('talks?', 'talking', 'talked', 'threaten(?:s|ed|ing)?', 'going'), '\\s+', gap(1), alt('about suicide', 'about killing', 'about ending (?:it|his life|her life|their life)', 'suicide', 'to end (?:it|his life|her life|their life)', 'about dying')),
      re(alt('he', 'she', 'they', 'friend', 'sister', 'brother', 'son', 'daughter', 'mom', 'dad', 'mother', 'father', 'partner'), '\\s+', gap(2), alt('wants', 'want', 'is going', "'s going", 'is gonna', 'plans', 'is planning', 'tried'), '\\s+(?:to\\s+)?', alt('die', 'end (?:it|his life|her life|their life)')),
      re(alt('overdosed', "od'd", 'took all (?:his|her|their) (?:pills|meds)', 'swallowed (?:all )?(?:his|her|their) (?:pills|meds)')),
    ],
  },
  {
    name: 'suicide-term', kind: 'suicide', quietWhen: TERM_QUIET, negatable: true,
    patterns: [
      re(alt('itsemurh[a-z]*', 'itsari[a-z]*', 'itsemurhaa', 'itari', 'itarin', 'itaria', 'itsetuho[a-z]*', 'itsetuhoi[a-z]*', 'kuolemantoive[a-z]*', 'viiltely[a-z]*',
        'unaliv[a-z]*', 'sewerslide', 'sewer slide', 'self delete', 'selfdelete', 'suicidal', 'kys myself', 'catch the bus',
        'sjalvmord[a-z]*', 'suicid[a-z]*', 'sjalvskad[a-z]*', 'self[- ]?harm[a-z]*', 'dodslangtan')),
    ],
  },
  {
    // An overdose years ago told as recovery ("two years ago I overdosed on purpose, I'm mostly okay now") is a history, not now.
    name: 'overdose-now', kind: 'overdose', negatable: true, quietWhen: ['medicine', 'course', 'distant-past', 'past-attempt'],
    patterns: [
      re(alt('swallowed', 'took', 'otti', 'nieli', 'tog', 'svalde', 'veti', 'vetanyt', 'has taken', 'har tagit'), '\\s+', gap(2), alt('a whole bottle of', 'a bottle of', 'koko purkin', 'purkillisen', 'en hel burk', 'en hel flaska', 'a bunch of', 'a handful of', 'loads of', 'nagot', 'nanting'), '\\s+', alt('something', 'jotain', 'nagot', 'nanting', 'pills', 'tablets', 'meds')),
      re(alt('nappasin', 'napsin', 'popsin', 'nielaisin', 'on ottanut', 'otin', 'ottanu', 'ottanut', 'oon ottanu', 'olen ottanut', 'nielin', 'nielly', 'niellyt', 'vedin', 'vetany', 'vetanyt', 'soin', 'syonyt', 'syony',
        'took', 'taken', 'swallowed', 'ate', 'downed', 'popped', 'have taken', 'just took',
        'tog', 'tagit', 'har tagit', 'svalde', 'svalt', 'har svalt', 'at'), '\\s+', gap(3), PILLS_QTY, '\\s+', gap(3), PILLS),
      // Poison or a battery swallowed: "I swallowed a battery and some bleach", "join valkaisuainetta", "drack blekmedel".
      re(alt('swallowed', 'drank', 'drunk', 'ate', 'took', 'have swallowed', 'have drunk', "i've swallowed", "i've drunk", 'nielin', 'nielaisin', 'nieli', 'join', 'joi', 'juonut', 'juonu', 'soin', 'soi',
        'svalde', 'svalt', 'drack', 'druckit', 'har druckit', 'har svalt'), '\\s+', gap(3), alt('bleach', 'drain cleaner', 'antifreeze', 'rat poison', 'poison', 'weed ?killer', 'batter(?:y|ies)', 'button batter(?:y|ies)',
        'chlorine', 'lye', 'valkaisuaine[a-z]*', 'kloriitti[a-z]*', 'myrkky[a-z]*', 'myrkkya', 'jaahdytinneste[a-z]*', 'rotanmyrkky[a-z]*', 'lipea[a-z]*', 'viemarinavaaja[a-z]*', 'paristo[a-z]*', 'nappiparisto[a-z]*',
        'blekmedel', 'klorin', 'gift', 'giftet', 'rattgift', 'frostskyddsvatska', 'lut', 'propplosare', 'batteri[a-z]*', 'knappcell[a-z]*')),
      re(alt('otin yliannoksen', 'otin yliannostuksen', 'olen ottanut yliannoksen', 'ottanut yliannostuksen', 'veti overit', 'vetany overit', 'vedin overit', 'otin overit', 'i overdosed', "i've overdosed", "i od'd", 'im overdosing', "i'm overdosing",
        'i overdose', 'tog en overdos', 'tagit en overdos', 'har tagit overdos')),
      re(alt('ottanu', 'otin', 'took', 'tog'), '\\s+', gap(1), alt('kaikki', 'all', 'alla'), '\\s+', alt('pillerit', 'tabletit', 'laakkeet', 'laakkeeni', 'pillerini', 'my pills', 'my meds', 'the pills', 'mina tabletter', 'mina piller', 'tabletterna')),
    ],
  },
  {
    name: 'overdose-plan', kind: 'overdose', negatable: true, quietWhen: ['medicine', 'disposal'],
    patterns: [
      re(alt('saastanyt', 'saastany', 'saastin', 'keranny', 'kerannyt', 'kerainnyt', 'kerannu', 'hamstrannu', 'hamstrannut', 'samlat', 'samlat pa mig', 'sparat', 'sparat pa mig', 'hamstrat',
        'saved up', 'stockpiled', 'stockpiling', 'hoarding', 'collecting', 'been saving'), '\\s+', gap(2), PILLS),
      re(alt('ottaa', 'otan', 'syon', 'syoda', 'nielen', 'niella', 'ta', 'tar', 'svalja', 'take', 'swallow'), '\\s+', gap(1), alt('ne kaikki', 'kaikki', 'dem alla', 'alla', 'them all', 'all of them', 'all'), '\\s+', alt('kerralla', 'kerrallaan', 'yhdella kertaa', 'pa en gang', 'samtidigt', 'at once', 'at the same time', 'tonight', 'ikvall', 'tana iltana')),
      re(alt('tanker ta dem', 'ska ta dem', 'aion ottaa ne', 'meinaan ottaa ne', 'going to take them', 'gonna take them'), '\\s+', alt('ikvall', 'i natt', 'nu', 'alla', 'tonight', 'now', 'all', 'tana iltana', 'tanaan', 'nyt', 'kaikki')),
      // How much of a medicine it takes not to wake up: "paljonko äidin sydänlääkkeitä pitää ottaa ettei enää herää", "how many of these would kill me".
      re(alt('paljonko', 'kuinka paljon', 'kuinka monta', 'montako', 'how many', 'how much', 'hur manga', 'hur mycket'), '\\s+', gap(4), PILLS, '\\s+', gap(4),
        alt('ettei (?:enaa )?heraa', 'ettei (?:enaa )?heraisi', 'etten (?:enaa )?heraa', 'etten (?:enaa )?heraisi', 'et ei heraa', "(?:so )?(?:that )?(?:you|i|one|he|she|they) (?:don't|dont|do not|won't|wont|will not|wouldn't|wouldnt|never) wake(?: up)?", 'kuolee', 'kuolisi', 'kuolla', 'tappaa', 'tappaisi', 'tappava[a-z]*', 'to die', 'to not wake up', 'not to wake up', 'never wake up', 'would kill', 'to kill', 'lethal', 'fatal',
          'for att do', 'for att inte vakna', 'dor man', 'dodlig[a-z]*', 'ihjal')),
    ],
  },
  {
    name: 'overdose-term', kind: 'overdose', quietWhen: TERM_QUIET, negatable: true,
    patterns: [re(alt('overdose', 'overdos', 'overdosed', 'overdosing', "od'd", 'oding', "od'ed", 'yliannostus', 'yliannos', 'yliannoksen', 'yliannostu[a-z]*', 'overit'))],
  },
  {
    // Hitting among schoolchildren is bullying, for family and youth support; threats to kill stay in violence-threat.
    name: 'violence-now', kind: 'violence', negatable: true, quietWhen: ['bullying', 'habitual', 'remote', 'recent-past'],
    patterns: [
      re(FI_HIT_NOW, '\\s+', gap(2), FI_OBJ),
      re(FI_OBJ, '\\s+', gap(3), alt('lyodaan', 'hakataan', 'uhataan', 'uhkaillaan', 'kuristetaan', 'lyo', 'hakkaa', 'potkii', 'uhkaa', 'satuttaa', 'raiskataan')),
      re(alt('lukinnut', 'lukinnu', 'lukitsi', 'lukitsee', 'teljennyt', 'locked', 'locks', 'keeps', 'last in', 'laste in', 'laser in'), '\\s+', alt('mut', 'minut', 'meidat', 'me', 'us', 'both of us', 'all of us', 'us both', 'mig', 'oss', 'hanet', 'hanta', 'lapset', 'lapsen', 'aidin', 'her', 'him', 'them', 'the kids', 'henne', 'honom', 'dem', 'barnen', 'barnet', 'mamma'), '\\s+', gap(1),
        alt('kotiin', 'sisaan', 'huoneeseen', 'huoneeseensa', 'makuuhuoneeseen', 'kellariin', 'vessaan', 'in', 'inside', 'hemma', 'i rummet', 'i kallaren', 'i [a-z]*rummet', 'i lagenheten', 'i huset', 'asuntoon', 'in the (?:flat|apartment|house)', 'in (?:the|her|his|their|a) (?:room|bedroom|basement|cellar|closet|bathroom|toilet)')),
      re('(?<!\\bjag\\s)', SV_HIT, '\\s+', gap(1), SV_OBJ, '(?!\\s+(?:inte|aldrig)\\b)'),
      re(alt('hitting', 'beating', 'choking', 'strangling', 'kicking', 'punching', 'attacking', 'stabbing', 'raping', 'hurting', 'threatening', 'assaulting', 'slapping', 'abusing',
        'hits', 'beats', 'chokes', 'strangles', 'kicks', 'punches', 'slaps', 'attacks', 'hurts', 'threatens', 'abuses'), '\\s+', EN_OBJ),
    ],
  },
  {
    // Violence that just happened usually goes on; only a clearly distant past ("lapsena", "years ago") makes it a history.
    name: 'violence-recent', kind: 'violence', negatable: true, quietWhen: ['distant-past', 'bullying', 'recent-past', 'habitual'],
    patterns: [
      re(FI_HIT_PAST, '\\s+', gap(2), FI_OBJ),
      re(FI_OBJ, '\\s+', gap(1), alt('lyotiin', 'hakattiin', 'uhattiin', 'kuristettiin', 'raiskattiin', 'potkittiin', 'pahoinpideltiin')),
      re('(?<!\\bjag\\s)', alt('slog', 'sparkade', 'strop', 'strypte', 'misshandlade', 'hotade', 'knivhogg', 'valdtog', 'skadade', 'attackerade', 'knuffade', 'slagit', 'sparkat', 'strypt', 'misshandlat', 'knuffat', 'hotat'), '\\s+', gap(1), SV_OBJ),
      re("(?<!\\b(?:i|i've|ive|i have|we|we've)\\s)", alt('hit', 'beat', 'choked', 'strangled', 'kicked', 'punched', 'attacked', 'stabbed', 'raped', 'slapped', 'assaulted', 'pushed', 'threw', 'shoved'), '\\s+', EN_OBJ, '(?!\\s+(?:up|out|at|with the|hard that)\\b)'),
      re(alt('tog strypgrepp pa', 'tog ett strypgrepp pa', 'kuristusote', 'otti kuristusotteen', 'chokehold', 'put me in a chokehold', 'strypte'), '(?:\\s+(?:mig|mej|musta|minusta))?'),
    ],
  },
  {
    name: 'violence-threat', kind: 'violence', negatable: true,
    patterns: [
      // Running away answered with death: "if I run they will find me and I will not be alive", "jos karkaan, en ole elossa".
      re(alt('if i (?:run|leave|escape|refuse|say no)', 'jos (?:karkaan|lahden|kieltaydyn)', 'om jag (?:rymmer|sticker|vagrar|sager nej)'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', alt("(?:i )?(?:will not|won't|wont) be alive", '(?:they|he)(?:\'ll| will) kill me', 'en (?:ole|oo) (?:enaa )?elossa', 'tappavat minut', '(?:jag )?(?:kommer inte att|ska inte) leva', 'dodar (?:de|han) mig')),
      re(alt('uhkaa', 'uhkasi', 'uhkailee', 'uhkaili', 'uhannut', 'uhkaillut', 'aikoo', 'meinaa', 'lupasi', 'sanoi etta', 'sano etta'), '\\s+', gap(3), alt('tappaa(?!\\s+it[st])', 'tappavansa(?!\\s+it[st])', 'tappaa minut', 'tappaa mut', 'satuttaa', 'lyoda', 'puukottaa', 'ampua', 'kuristaa', 'tapan sut', 'tappaa meidat')),
      re(alt('han', 'se', 'ne', 'he', 'joku', 'mies[a-z]*', 'miehe[a-z]*', 'exa[a-z]*', 'ex', 'isa[a-z]*', 'isi', 'faija', 'poikaystava[a-z]*', 'puoliso[a-z]*', 'avomie[a-z]*', 'kumppani[a-z]*',
        'naapuri[a-z]*', 'vaimo[a-z]*', 'tyttoystava[a-z]*', 'aiti[a-z]*', 'veli', 'velje[a-z]*', 'poika[a-z]*', 'isapuoli', 'sisko[a-z]*', 'jengi', 'ne tyypit', 'tyyppi'), '\\s+', gap(2),
      alt('tappaa', 'tappaisi', 'tappais', 'tappamaan', 'tappaa viela', 'tappaa kohta', 'tappavat'), '\\s+', gap(1), alt('minut', 'mut', 'meidat', 'meita', 'minua', 'mua', 'lapset', 'lapsen', 'lapsemme', 'lapseni', 'vauvan', 'aidin')),
      re(alt('etta', 'et', 'sanoo', 'huutaa', 'uhoaa', 'lupaa', 'sano', 'sanoi', 'huusi', 'huus'), '\\s+', gap(1), alt('tappaa', 'tappaisi', 'tappais', 'tappavansa', 'tapan', 'tappaa viela'), '\\s+', gap(1), alt('minut', 'mut', 'meidat', 'lapset', 'kaikki', 'meita', 'sut', 'sinut', 'akkansa', 'vaimonsa', 'eukkonsa', 'naisensa', 'tyttoystavansa', 'lapsensa', 'aitinsa', 'isansa', 'miehensa')),
      re(alt('mut', 'minut', 'meidat', 'mua', 'minua'), '\\s+', gap(1), alt('tapetaan', 'tapetaan viela', 'tapetaan kohta')),
      // A threat reported in a clause whose subject is left out ("sanoi että tulee hakemaan lapset ja tappaa minut").
      re(alt('ja', 'etta', 'et', 'sanoi', 'sano', 'uhkasi', 'lupasi', 'huusi'), '\\s+', gap(5), alt('tappaa', 'tappais', 'tappaisi', 'tappavansa', 'ampuu', 'ampuvansa', 'puukottaa', 'kuristaa'), '\\s+', alt('minut', 'mut', 'meidat', 'lapset', 'koko perheen', 'meidat kaikki')),
      re(alt('dodar', 'doda', 'skjuter', 'sla ihjal', 'slar ihjal', 'kniva'), '\\s+', SV_OBJ),
      re(alt('han', 'hon', 'pappa', 'min man', 'mannen', 'sambon', 'pojkvannen', 'exet', 'brorsan', 'han sa att han', 'hon sa att hon'), '\\s+', gap(2), alt('tar livet av', 'ska ta livet av', 'dodar', 'skjuter', 'slar ihjal'), '\\s+', SV_OBJ),
      re(alt('kill', 'kills', 'shoot', 'stab', 'murder', 'finish'), '\\s+', alt('me', 'us', 'us all', 'all of us', 'the kids', 'the job'), '\\s+', gap(3), alt('if', 'when', 'next time', 'once', 'unless', 'tonight', 'after')),
      re(alt('pelkaan', 'pelkaan etta', 'mua pelottaa etta', 'pelottaa etta', 'pelkaan henkeni', 'pelkaan hengestani'), '\\s+',
        // Thoughts or moods that come back are no person coming back: "pelkään että ne ajatukset tulee takaisin".
        '(?!(?:[a-z]+\\s+){0,2}(?:ajatu[a-z]*|tunteet|masennus|ahdistus|oireet|olo|kivut|paniikki[a-z]*|painajai[a-z]*)\\b)', gap(4), alt('tappaa', 'tappaisi', 'tappais', 'satuttaa', 'lyo', 'hakkaa', 'puukottaa', 'tulee takaisin', 'tulee kotiin')),
      re(alt('pelkaan', 'pelkaan omaa'), '\\s+', alt('henkeni puolesta', 'hengestani')),
      re(alt('hotar', 'hotade', 'hotat', 'har hotat'), '\\s+', gap(2), alt('att doda', 'med att doda', 'doda', 'att skada', 'att sla', 'med kniv', 'mig till livet', 'att ta livet av mig', 'att skjuta', 'skjuta', 'att knivhugga', 'att strypa', 'att sla ihjal', 'att morda', 'med vapen')),
      re(alt('ska', 'kommer att', 'kommer', 'vill', 'tanker', 'forsoker', 'forsokte'), '\\s+', alt('doda', 'sla ihjal', 'skada', 'morda'), '\\s+', SV_OBJ),
      re(alt('radd', 'radd att', 'radd for att'), '\\s+', gap(4), alt('dodar', 'doda', 'slar ihjal', 'skadar', 'slar', 'kommer tillbaka')),
      re(alt('going to', 'gonna', 'will', "'ll", 'll', 'wants to', 'want to', 'threaten(?:s|ed|ing)?(?: to)?', 'trying to', 'tries to', 'tried to', 'said (?:he|she)(?:\'d| would| will)', 'swore to'), '\\s+',
        alt('kill', 'hurt', 'murder', 'stab', 'shoot', 'strangle', 'choke', 'beat'), '\\s+', EN_OBJ),
      re(alt('afraid', 'scared', 'terrified', 'fear'), '\\s+', gap(4), alt('kill', 'hurt', 'hit', 'beat', 'attack', 'come back'), '\\s+', alt('me', 'us', 'my', 'the kids', 'the children', 'home', 'tonight')),
      re(EN_SUBJ, '\\s+', EN_BE, '\\s+', gap(1), alt('killing', 'murdering'), '\\s+', EN_OBJ),
      // A weapon taken to work or school, or "there" with a menace: "i mårgo tar ja me bössan dit å då ska di få si", "vien aseen kouluun".
      re(alt('tar (?:ja|jag) (?:me|med)', 'tar med (?:mig|mej)', 'tar jag med', 'tar med', 'otan', 'otan mukaan', 'vien', 'viedaan', 'bring', 'bringing', "i'll bring", 'taking', 'take'), '\\s+', gap(2),
        alt('bossan', 'bossa', 'hagelbossan', 'gevaret', 'gevar', 'kniven', 'pistolen', 'vapnet', 'aseen', 'aseet', 'haulikon', 'kivaarin', 'puukon', 'veitsen', 'pyssyn', 'the gun', 'a gun', 'my gun', "dad's gun", 'dads gun', 'the rifle', 'a knife', 'a rifle', 'the shotgun'), '\\s+', gap(2),
        alt('till jobbet', 'till skolan', 'pa jobbet', 'i skolan', 'to work', 'to school', 'to the office', 'to class', 'toihin', 'kouluun', 'tyopaikalle', 'duuniin', 'luokkaan')),
      re(alt('bossan', 'bossa', 'gevaret', 'kniven', 'pistolen', 'vapnet', 'aseen', 'haulikon', 'kivaarin', 'puukon', 'the gun', 'a gun', 'my gun', 'the rifle', 'a knife'), '\\s+', gap(3),
        alt('dit', 'sinne', 'there'), '\\s+', gap(2), alt('(?:a|o|och) (?:da|sen|sedan) (?:ska|skall) (?:di|de|dom) fa (?:se|si|betala)', '(?:ska|skall) (?:di|de|dom) fa (?:se|si|betala)', 'niin ne (?:saa|nakee|naekee)', 'ne saa nahda', 'ne saa maksaa', "then they'll (?:see|pay|regret)", 'they will (?:see|pay|regret)', "they'll (?:see|pay|regret)")),
      // Learner's English drops the tense and the auxiliary: "he say he kill me", "husband want kill me".
      re(alt('he', 'she', 'husband', 'boyfriend', 'partner', 'father', 'brother'), '\\s+', '(?:(?:say|said|want|wants|go|will|try|tell)\\s+(?:he\\s+|she\\s+|to\\s+)?)?', alt('kill', 'murder', 'stab', 'shoot'), '\\s+',
        alt('me', 'us', 'my (?:kids|children|son|daughter|baby)', 'the (?:kids|children|baby)'), '(?!\\s+(?:in|at|on)\\s+(?:the\\s+)?(?:game|games|fortnite|minecraft|fifa|cod|[a-z]*craft|chess)\\b)'),
    ],
  },
  {
    // Fear of a person without a threat, an act or a weapon named ("I'm scared of him", "pelkään miestäni"): a concern.
    // "afraid he'll kill me" and "pelkään että hän tappaa" stay threats in violence-threat.
    name: 'fear-of-person', kind: 'violence', negatable: true, concernOnly: true,
    patterns: [
      re(alt('pelkaan', 'pelkaan omaa'), '\\s+', alt('miesta', 'miestani', 'puolisoani', 'poikaystavaani', 'exaani', 'exaa', 'isaani', 'isaa', 'entista', 'avomiestani', 'vaimoani', 'kumppaniani', 'hanta')),
      re(alt('radd for min', 'radd for', 'radd av'), '\\s+', alt('man', 'sambo', 'pojkvan', 'ex', 'pappa', 'fru', 'partner', 'mitt ex', 'min man', 'min sambo', 'min pojkvan', 'honom', 'henne')),
      re(alt('afraid of', 'scared of', 'terrified of'), '\\s+', alt('my husband', 'my partner', 'my boyfriend', 'my ex', 'my dad', 'my father', 'my wife', 'my girlfriend', 'him', 'her')),
    ],
  },
  {
    // Control and violence told as a history or a pattern, with no act or threat now: money taken or watched, a violent ex left,
    // beaten "last spring" in the passive voice. A concern: the gentle line to the violence helplines, results as usual.
    name: 'abuse-history', kind: 'violence', negatable: false, concernOnly: true,
    patterns: [
      re(alt('bestammer over', 'kontrollerar', 'tar', 'tar hand om'), '\\s+', gap(1), alt('alla (?:vara |mina )?pengar', 'mina pengar', 'var ekonomi', 'min lon', 'mitt bankkonto', 'min ekonomi')),
      re(alt('controls', 'takes', 'checks', 'keeps', 'has taken'), '\\s+', gap(1), alt('all (?:our|my|the) money', 'my money', 'my salary', 'my wages', 'my bank (?:account|card)', 'my benefits', 'my passport', 'my phone and')),
      re(alt('kontrolloi', 'ottaa', 'vie', 'tarkistaa', 'valvoo', 'pitaa', 'paattaa'), '\\s+', gap(1), alt('kaikki (?:meidan |mun |minun )?rahat', 'mun rahat', 'minun rahani', 'rahani', 'mun palkan', 'palkkani', 'tilini', 'mun tilin', 'pankkikortti[a-z]*', 'kaikista rahoista', 'meidan rahoista', 'rahoista')),
      re(alt('vakivaltaise[a-z]*', 'violent', 'abusive', 'vakivallan', 'vakivallasta', 'valdsam[a-z]*', 'misshandlande'), '\\s+', alt('miehesta', 'suhteesta', 'exasta', 'puolisosta', 'kumppanista', 'isasta', 'partner', 'relationship', 'ex', 'husband', 'boyfriend', 'man', 'relation', 'relationen', 'forhallande[a-z]*', 'exet', 'pojkvan[a-z]*', 'mannen', 'sambo[a-z]*')),
      // A rape told in the passive, with no "now": "my friend was raped at a party", "blev våldtagen", "tuli raiskatuksi".
      re(alt('was raped', 'got raped', 'been raped', 'blev valdtagen', 'har blivit valdtagen', 'tuli raiskatuksi', 'raiskattiin', 'on raiskattu', 'joutui raiskatuksi')),
      re(alt('uhkausviest[a-z]*', 'uhkailuviest[a-z]*', 'threatening (?:messages|texts)', 'hotfulla meddelanden', 'hotande meddelanden', 'hotelser')),
      re(alt('blev slagen', 'blev misshandlad', 'was beaten', 'got beaten', 'was hit by', 'got hit by', 'was assaulted', 'joutui (?:vakivallan|pahoinpitelyn) uhriksi', 'pahoinpideltiin', 'lyotiin'),
        '\\s+', gap(5), alt('i varas', 'i hostas', 'i somras', 'i vintras', 'forra aret', 'i fjol', 'last (?:spring|summer|autumn|fall|winter|year)', 'kevaalla', 'syksylla', 'kesalla', 'talvella', 'viime vuonna')),
    ],
  },
  {
    // Voices that command harm: "rösterna säger att jag måste straffa min sambo", "äänet käskee satuttaa", "the voices tell me to hurt".
    name: 'command-voices', kind: 'violence', negatable: true, quietWhen: ['topic'],
    patterns: [
      // The command may be reported with a that-clause whose subject is the resident: "äänet sanoo et mun pitää satuttaa itteeni".
      re(alt('rosterna', 'rosten', 'roster', 'aanet', 'aani', 'aanien', 'the voices', 'voices', 'a voice', 'the voice'), '\\s+', gap(3), alt('sager', 'sager at', 'sa', 'befaller', 'tvingar', 'vill', 'kaskee', 'kaskevat', 'kaskis', 'kaski', 'kaskenyt', 'sanoo', 'sanovat', 'kaskivat', 'pakottaa', 'vaatii', 'vaativat', 'tell', 'tells', 'telling', 'told', 'say', 'says', 'keep telling', 'keep saying', 'want', 'command', 'order', 'orders', 'uppmanar', 'kraver'), '\\s+', '(?:(?:et|etta|att|that)\\s+)?', gap(4),
        alt('straffa', 'skada', 'doda', 'sla ihjal', 'doda', 'hurt', 'kill', 'punish', 'harm', 'stab', 'satuttaa', 'tappaa', 'rangaista', 'vahingoittaa', 'puukottaa', 'ta livet av',
          // Finnish commands take the third infinitive: "käskee mua satuttamaan siskoa", "käskevät tappamaan".
          'satuttama[a-z]*', 'tappama[a-z]*', 'vahingoittama[a-z]*', 'puukottama[a-z]*', 'rankaisema[a-z]*', 'lyomaan', 'hyppaamaan', 'polttamaan')),
      // Fire commanded: "the voices say I must cleanse the apartment with fire tonight", "äänet käskee polttaa kaiken".
      re(alt('rosterna', 'rosten', 'aanet', 'aani', 'the voices', 'voices', 'a voice', 'the voice'), '\\s+', gap(3), alt('sager', 'sa', 'befaller', 'tvingar', 'kaskee', 'kaskevat', 'kaski', 'sanoo', 'sanovat', 'vaatii', 'tell', 'tells', 'telling', 'told', 'say', 'says', 'want', 'command', 'order', 'orders', 'kraver'),
        '\\s+', gap(8), alt('with fire', 'set (?:a )?fire', 'on fire', 'burn', 'burning', 'petrol', 'gasoline', 'tulella', 'tuleen', 'polttaa', 'sytyttaa', 'bensa[a-z]*', 'bensiini[a-z]*', 'med eld', 'branna', 'tanda eld', 'satta eld', 'bensin')),
    ],
  },
  {
    // Fire as a threat: "he will burn the house with me inside", "uhkaa polttaa talon", "hotar att bränna ner huset".
    name: 'arson-threat', kind: 'violence', negatable: true,
    patterns: [
      re(alt('burn', 'burn down', 'set fire to', 'torch', 'polttaa', 'poltan', 'sytyttaa', 'branna', 'branna ner', 'tanda eld pa', 'satta eld pa'), '\\s+', gap(2), alt('the house', 'the flat', 'the apartment', 'our house', 'the home', 'talon', 'asunnon', 'kodin', 'talo', 'huset', 'lagenheten', 'hemmet', 'me', 'us', 'minut', 'meidat', 'mig', 'oss'),
        '\\s+', gap(2), alt('with me', 'with us', 'with the kids', 'inside', 'sisalla', 'sisaan', 'kanssa', 'med mig', 'med oss', 'med barnen', 'inne', 'tonight', 'tana yona', 'i natt')),
    ],
  },
  {
    name: 'intruder-or-weapon', kind: 'violence', negatable: true, quietWhen: ['recent-past', 'distant-past'],
    patterns: [
      re(alt('murtautuu', 'yrittaa murtautua', 'murtautumassa', 'yrittaa tulla sisaan', 'yrittaa paasta sisaan', 'hakkaa ovea', 'potkii ovea', 'on oven takana', 'on asunnossa', 'on kotona ja', 'tunkeutuu')),
      re(alt('silla', 'sill', 'hanella', 'miehella', 'jollain', 'joltain', 'isalla', 'exalla'), '\\s+on\\s+', gap(1), alt('veitsi', 'ase', 'puukko', 'kirves', 'pistooli', 'kivaari')),
      re(alt('uhka[a-z]*', 'uhkail[a-z]*', 'heiluttaa', 'heiluttelee', 'huitoo', 'hotar', 'hotade', 'viftar', 'threaten[a-z]*', 'waving', 'pointing', 'swinging'), '\\s+', gap(3),
        alt('puuko[a-z]*', 'puukko[a-z]*', 'veit[a-z]*', 'asee[a-z]*', 'asetta', 'ase', 'kirve[a-z]*', 'pistooli[a-z]*', 'kivaari[a-z]*', 'kniv[a-z]*', 'pistol[a-z]*', 'vapn[a-z]*', 'vapen', 'yxa[a-z]*', 'knife', 'gun', 'weapon', 'axe', 'pistol', 'rifle')),
      re(alt('heiluttaa', 'uhkaa'), '\\s+', gap(1), alt('veitsella', 'veista', 'asetta', 'aseella', 'puukolla', 'puukkoa', 'kirveella')),
      re(alt('bryta sig in', 'bryter sig in', 'forsoker ta sig in', 'bankar pa dorren', 'star utanfor dorren')),
      re(alt('han', 'hon', 'nagon', 'de', 'pojkvan', 'man', 'sambo', 'pappa'), '\\s+har\\s+', gap(1), alt('kniv', 'pistol', 'vapen', 'gevar', 'yxa')),
      re(alt('kick (?:our|the|my|her|his) door in', 'kicking (?:our|the|my) door in', 'trying to get in', 'yrittaa potkia oven', 'potkii ovea', 'sparkar in dorren', 'forsoker sparka in')),
      re(alt('smashing', 'breaking', 'rikkoo', 'hakkaa', 'krossar', 'slar sonder', 'paiskoo'), '\\s+', gap(3), alt('windows?', 'door', 'ikkun[a-z]*', 'ove[a-z]*', 'fonst[a-z]*', 'rutor', 'rutan', 'dorren'), '\\s+', gap(2), alt('hammer', 'axe', 'bat', 'baseball bat', 'vasara[a-z]*', 'kirvee[a-z]*', 'mailal[a-z]*', 'yxa', 'yxan', 'slagga', 'slaggan', 'balltra', 'basebolltra')),
      re(alt('with a', 'with his', 'med en', 'med sin', 'jolla on', 'kadessa'), '\\s+', alt('baseball bat', 'bat', 'hammer', 'axe', 'machete', 'basebolltra', 'slagtra', 'yxa', 'hammare', 'pesapallomaila', 'vasara', 'kirves', 'maila')),
      re(alt('break in', 'breaking in', 'breaking into (?:my|our|the) (?:house|home|flat|apartment)', 'broke in', 'kicking the door', 'banging on (?:my|our|the) door', 'in my house right now', 'inside (?:my|our) (?:house|home|flat|apartment)')),
      re(EN_SUBJ, '\\s+', alt('has', 'got', 'is holding', 'is waving', 'pulled', 'with'), '\\s+', gap(1), alt('knife', 'gun', 'weapon', 'axe', 'pistol', 'rifle')),
    ],
  },
  {
    // Sexual violence told as happening: "he made me do it and says we go again", "pakotti mut", "tvingade mig". Told of years ago it is a history.
    name: 'sexual-violence', kind: 'violence', negatable: true, quietWhen: ['distant-past', 'history', 'recent-past', 'habitual', 'topic'],
    patterns: [
      re(alt('made me', 'forced me', 'is forcing me', 'forces me', 'forcing me', 'makes me', 'pakotti (?:minut|mut|mua)', 'pakottaa (?:minut|mut|mua)', 'pakottaa', 'tvingade (?:mig|mej)', 'tvingar (?:mig|mej)'), '\\s+', gap(2),
        alt('do it', 'have sex', 'sleep with', 'do things', 'do stuff', 'seksiin', 'sankyyn', 'tekemaan sita', 'ha sex', 'gora det', 'ligga med', 'go again')),
      re(alt('raped me', 'raping me', 'is raping', 'raiskaa (?:minut|mut|mua)', 'raiskasi (?:minut|mut|mua)', 'valdtar (?:mig|mej)', 'valdtog (?:mig|mej)')),
    ],
  },
  {
    // A child denied food as a punishment: "hasn't been given food since Saturday as punishment", "ei ole saanut ruokaa rangaistukseksi".
    name: 'child-deprived', kind: 'violence', negatable: false,
    patterns: [
      re(alt("(?:hasn't|hasnt|has not|haven't|havent|have not) (?:been )?(?:given|allowed|let have) (?:any )?(?:food|anything to eat|to eat)", 'locks the (?:fridge|food|kitchen)', 'locked the (?:fridge|food)', 'ei (?:ole|oo) saanut (?:yhtaan )?ruokaa', 'ei anna (?:sille |hanelle |lapselle |lapsille )?ruokaa', 'lukitsee jaakaapin', 'lukitsi jaakaapin',
        'far (?:ingen|inte) mat', 'har inte fatt (?:nagon )?mat', 'lasser kylskapet', 'lasser in maten'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('since', 'sitten', 'for (?:two|three|four|several|[0-9]+) days', 'as (?:a )?punishment', 'rangaistu[a-z]*', 'rangaistukseksi', 'som straff', 'sedan', 'paivaan', 'paiviin', 'dagar', 'days')),
    ],
  },
  {
    // "Hengenvaarassa soita 112", "if the person is not breathing, call 112": advice text, not an emergency.
    name: 'life-in-danger', kind: 'general', negatable: true, quietWhen: ['instruction', 'course'],
    patterns: [
      re(alt('hengenvaara', 'hengenvaarassa', 'hengenvaaraan', 'henkeni on vaarassa', 'henki on vaarassa', 'hengen on vaarassa', 'ei hengita', 'lakannut hengittamasta', 'lopetti hengittamisen', 'tajuton', 'tajuttomana', 'ei saa herattya', 'en saa herattya')),
      re(alt('olen', 'oon', 'olemme', 'ollaan', 'lapsi on', 'lapseni on', 'lapset on', 'lapset ovat', 'vauva on', 'han on', 'se on'), '\\s+', alt('vaarassa', 'hengenvaarassa'),
        '(?!\\s+(?:menettaa|menettamaan|joutua|joutumaan|jaada|jaamaan|pudota|putoamaan|syrjaytya|syrjaytymaan|kaatua|ajautua|ajautumaan|sairastua|uupua|uupumaan|tulla|saada|kadottaa|luisua|vajota)\\b)'),
      re(alt('livsfara', 'i livsfara', 'andas inte', 'slutat andas', 'medvetslos', 'gar inte att vacka', 'kan inte vacka')),
      re(alt('jag ar', 'vi ar', 'barnet ar', 'barnen ar', 'mitt barn ar', 'han ar', 'hon ar'), '\\s+i\\s+', alt('fara', 'livsfara'), '(?!\\s+(?:att|for att)\\b)'),
      re(alt('not breathing', "isn't breathing", 'isnt breathing', 'stopped breathing', 'unresponsive', 'unconscious', "won't wake up", 'wont wake up', "can't wake (?:him|her|them)", 'life is in danger', 'lives are in danger', 'danger to my life', 'fear for my life', 'fearing for my life')),
      re(alt("i'm", 'im', 'i am', "we're", 'we are', 'child is', 'kid is', 'baby is', 'son is', 'daughter is', 'kids are', 'children are'), '\\s+', gap(1), 'in\\s+(?:immediate\\s+|serious\\s+)?danger(?!\\s+of\\b)'),
    ],
  },
];

/**
 * Figurative uses, removed before scanning so they cannot feed a concept. "tää työ tappaa mut" is here on purpose:
 * an inanimate subject (work, school, heat, "this") with "tappaa mut" is the everyday hyperbole for being worn out;
 * exhaustion is routed to mental-health support by the matcher, not to the crisis interrupt. A person as subject
 * ("hän tappaa mut") is never removed.
 */
export const FIGURATIVE: readonly RegExp[] = [
  // Titles of films, series and games that carry a danger word: "Suicide Squad", "Dead by Daylight", "Kill Bill".
  re(alt('suicide squad', 'dead by daylight', 'the walking dead', 'walking dead', 'red dead redemption', 'dying light', 'kill bill', 'killing eve', '13 reasons why', 'thirteen reasons why', 'dead poets society', 'death note', 'final destination')),
  // Dying "a little" is a shrug: "makes me want to die a little lol", "kuolen vähän sisältä", "jag dör lite inombords".
  re(alt('die', 'dying', 'died', 'kuolla', 'kuolen', 'kuolin', 'do', 'dor', 'dog'), '\\s+', alt('a little(?: bit)?(?: inside)?', 'inside a little', 'vahan(?: sisalta)?', 'vahasen', 'lite(?: inombords)?', 'inombords')),
  // An exam or a shift that will "kill" one, laughed at: "final exam tmrw and im gonna die lmao".
  re(alt('exams?', 'tests?', 'tentti[a-z]*', 'tentissa', 'koe', 'kokeet', 'prov(?:et)?', 'tentan', 'presentation', 'deadline', 'shift', 'meeting', 'interview'), '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', alt("(?:i'?m |im |i am )?(?:gonna|going to) die", 'kuolen', 'dor jag', 'ja dor'), '\\s+', alt('lol', 'lmao', 'haha', 'hah', 'xd', 'rofl', 'lmfao')),
  // "Shoot me a message", "shoot us an email": to send, not a weapon.
  re('shoot\\s+', alt('me', 'us', 'him', 'her', 'them'), '\\s+', alt('a', 'an'), '\\s+(?:quick\\s+)?', alt('message', 'text', 'email', 'e-mail', 'mail', 'line', 'dm', 'pm', 'note', 'msg', 'reply')),
  // What friends tease a daredevil with: "my friends say I have a death wish", "people think I've got a death wish".
  re(alt('say', 'says', 'said', 'think', 'thinks', 'joke', 'joking', 'tease', 'teasing'), '\\s+(?:that\\s+)?', alt('i', "i've", 'ive', 'he', 'she'), '\\s+', alt('have', 'has', 'had', 'got', 'have got'), '\\s+a\\s+death\\s+wish'),
  re('kuol[a-z]*\\s+', alt('tylsyyteen', 'tylsyydesta', 'nalkaan', 'nauruun', 'hapeaan', 'ikavaan', 'jannitykseen', 'uteliaisuu[a-z]*', 'janoon', 'kuumuuteen', 'kylmaan', 'vasymykseen', 'stressiin', 'innosta', 'nauramaan')),
  re('[a-z]+\\s+kuoliaaksi'),
  re(alt('tyo', 'tama tyo', 'taa tyo', 'koulu', 'kiire', 'stressi', 'helle', 'kuumuus', 'tylsyys', 'liikenne', 'ruuhka', 'taa', 'tama', 'nama', 'naa', 'flunssa',
    'odotus', 'jannitys', 'nalka', 'opiskelu', 'tentti', 'kokeet', 'deadline', 'projekti', 'kurssi', 'matikka', 'selka', 'paansarky', 'migreeni', 'nama kengat', 'naa kengat'),
  '\\s+', gap(1), alt('tappaa', 'tappaa viela', 'tappaa kohta'), '\\s+', alt('mut', 'minut', 'mua', 'minua', 'meidat')),
  re(alt('aiti', 'isa', 'iska', 'aiska', 'mutsi', 'faija', 'vanhemmat', 'pomo', 'esimies', 'opettaja', 'ope', 'valmentaja', 'mummo', 'vaimo', 'siskoni', 'veljeni', 'aitini', 'isani'), '\\s+', gap(2),
    alt('tappaa', 'tappaa viela', 'tappaa kohta', 'tappais', 'tappaisi'), '\\s+', alt('mut', 'minut', 'meidat'), '\\s+', alt('kun', 'jos', 'ku'), '(?:\\s+[a-z\']+){0,4}'),
  re(alt('aiti', 'isa', 'iska', 'aiska', 'mutsi', 'faija', 'pomo', 'ope', 'valmentaja'), '\\s+', alt('sanoi', 'sano', 'sanoo', 'uhkas', 'uhkasi', 'lupas'), '\\s+', alt('etta', 'et'), '\\s+', gap(1),
    alt('tappaa', 'tappaa viela', 'tappais', 'tappaisi'), '\\s+', alt('mut', 'minut'), '\\s+', alt('kun', 'jos', 'ku'), '(?:\\s+[a-z\']+){0,4}'),
  re(alt('tapoin', 'tappaa', 'tappamaan', 'tappaen', 'tapan', 'tappaisin'), '\\s+aikaa'),
  re(alt('bored', 'scared', 'worried', 'freezing', 'starving', 'tired', 'sick', 'frightened', 'laughed', 'laughing', 'loved'), '\\s+(?:' + EN_SELF + '\\s+)?to\\s+death'),
  re(alt('dying', 'die'), '\\s+', alt('to (?:know|see|meet|learn|try|hear|go|get|find|eat|tell|ask|read|watch|visit|have|start|move|join|travel|play|sing|dance)', 'for (?:a|some|coffee|chocolate|pizza|cake|sleep|holidays?|summer|it|that|this)', 'of laughter', 'of embarrassment', 'of shame', 'of boredom', 'laughing')),
  re(alt('kill(?:ed|ing)?', 'nearly killed', 'almost killed'), '\\s+', EN_SELF, '\\s+', alt('laughing', 'with laughter')),
  re(alt('died', 'nearly died', 'almost died'), '\\s+', alt('laughing', 'of laughter')),
  // "If I have to queue at Migri one more time I will actually die": a chore, then dying of it.
  re(alt('if i have to', 'if i need to', 'if i must', 'if i hear', 'jos mun pitaa', 'jos minun pitaa', 'om jag maste'), '\\s+', gap(8), alt('one more time', 'again', 'once more', 'viela kerran', 'taas', 'en gang till', 'igen'), '\\s+', alt("i(?:'ll| will) (?:actually |literally |just )?die", 'kuolen', 'mina kuolen', 'ma kuolen', 'dor jag', 'jag dor')),
  re(alt('to die for', 'killing time', 'kill time', 'killed it', 'kill it', 'kill for', 'could kill for', 'would kill for', 'die my hair', 'die (?:her|his|your) hair')),
  re(alt('traffic', 'work', 'job', 'heat', 'my boss', 'the boss', 'the kids', 'this week', 'this job', 'uni', 'college', 'my back', 'the commute', 'the cold', 'this', 'that', 'it', 'these', 'those', 'school', 'exams?', 'commute', 'back', 'head', 'feet', 'knees?', 'boss', 'waiting',
    'suspense', 'deadlines?', 'studying', 'homework', 'stress', 'shoes', 'hangover', 'cold', 'weather', 'noise'), '(?!\\s+(?:he|she|they|someone|somebody|my|his|her|your|the (?:man|guy))\\b)', '\\s+', gap(2), alt('killing', 'kills', 'will kill', "'ll kill", 'is going to kill', 'gonna kill'), '\\s+', alt('me', 'us')),
  re(alt('mom', 'mum', 'mother', 'dad', 'father', 'parents', 'boss', 'teacher', 'coach', 'manager', 'sister', 'brother', 'grandma', 'nan', 'wife'), "(?:'s|s)?", '\\s+', gap(3), alt('kill', 'murder'), '\\s+', alt('me', 'us'), '\\s+', alt('when', 'if', 'once', 'for'), '(?:\\s+[a-z\']+){0,4}'),
  re(alt('kill', 'murder'), '\\s+', alt('me', 'us'), '\\s+', alt('for', 'lol', 'haha', 'lmao')),
  // A parent's wrath over a mishap: "my mum is literally going to kill me, I lost my bus card again", "mamma dödar mig, jag tappade…".
  re(alt('mom', 'mum', 'mother', 'dad', 'father', 'parents', 'teacher', 'coach', 'grandma', 'nan', 'mamma', 'pappa', 'morsan', 'farsan', 'lararen', 'aiti', 'isa', 'mutsi', 'faija', 'ope'), '\\s+', gap(4),
    alt('kill', 'murder', 'doda', 'dodar', 'morda', 'tappaa', 'tappais'), '\\s+', alt('me', 'mig', 'mej', 'mut', 'minut'), '(?:\\s+,)?\\s+', alt('i', "i've", 'ive', 'cause i', 'because i', 'cuz i', 'since i', 'jag', 'for jag', 'eftersom jag', 'ma', 'mina', 'kun ma', 'koska ma'), '\\s+',
    gap(1), alt('lost', 'forgot', 'broke', 'failed', 'missed', 'crashed', 'dropped', 'spent', 'ruined', 'flunked', 'scratched', 'dented', 'tappade', 'glomde', 'forlorade', 'missade', 'kuggade', 'hade sonder', 'kraschade',
      'hukkasin', 'kadotin', 'unohdin', 'hajotin', 'rikoin', 'mokasin', 'reputin', 'myohastyin', 'tuhlasin')),
  // Too much of something good: "overdosed on pulla and coffee", "kahvin yliannostus", "överdos av kaffe".
  re(alt('overdosed', 'overdose', 'overdosing', "od'd", 'oded', 'overdoserade', 'overdos'), '\\s+', alt('on', 'of', 'av', 'pa'), '\\s+', gap(1), alt('coffee', 'caffeine', 'pulla', 'buns?', 'sugar', 'candy', 'sweets', 'chocolate', 'cake', 'netflix', 'tv', 'memes', 'christmas', 'kaffe', 'koffein', 'socker', 'godis', 'bullar', 'choklad', 'kakor')),
  re(alt('kahvin', 'kofeiinin', 'sokerin', 'pullan', 'karkin', 'suklaan', 'joulutorttujen', 'piparien'), '\\s+', alt('yliannostu[a-z]*', 'yliannos', 'yliannoksen', 'overit')),
  // The object after it: "join yliannostuksen kahvia", "an overdose of coffee".
  re(alt('yliannostu[a-z]*', 'yliannos', 'yliannoksen', 'overdose', 'overdos'), '\\s+', alt('kahvia', 'kofeiinia', 'sokeria', 'pullaa', 'karkkia', 'suklaata', 'of coffee', 'of caffeine', 'of sugar', 'kaffe', 'av kaffe', 'socker')),
  re(alt('kahviyliannostu[a-z]*', 'kofeiiniyliannostu[a-z]*', 'sokeriyliannostu[a-z]*', 'koffeinoverdos[a-z]*', 'kaffeoverdos[a-z]*', 'caffeine overdose')),
  // A self-correction that names what is ended: "haluun lopettaa tän kaiken… siis kuntosalijäsenyyden", "I want to end it all, I mean my gym contract".
  re(alt('lopettaa', 'lopetan', 'lopettaisin', 'end', 'ending', 'avsluta', 'avslutar', 'quit', 'quitting'), '\\s+', gap(3), '(?:\\.\\s+|,\\s+)*', alt('siis', 'eli', 'tarkoitan', 'i mean', 'i meant', 'alltsa', 'jag menar', 'menar jag'),
    '\\s+(?!(?:elamani|elaman|itseni|ittes?ni|mun elaman|minun elamani|my life|myself|it all|mitt liv|mig|mej|livet)\\b)[a-z]+'),
  re(alt('beating', 'beat', 'beats'), '\\s+', alt('me', 'us'), '\\s+', alt('at (?:chess|cards|games?|tennis|football|golf|poker|monopoly|scrabble|[a-z]*ball|running|it|everything|fifa|mario ?kart|video ?games|board ?games|sudoku)', 'in (?:the race|the final|the match|the game|chess|a race)', 'to it')),
  re(alt('kick(?:ing|ed|s)?', 'threw', 'throwing'), '\\s+', alt('me', 'us'), '\\s+out'),
  re(alt('hit(?:s|ting)?'), '\\s+', alt('me', 'us'), '\\s+', alt('up', 'like a', 'how much')),
  re(alt('it', 'reality', 'this', 'that', 'loneliness', 'grief', 'sadness', 'depression', 'the news', 'panic'), '\\s+', gap(1), alt('hits', 'hit', 'is hitting'), '\\s+', alt('me', 'us')),
  re(alt('cut', 'hurt'), '\\s+', EN_SELF, '\\s+', alt('while', 'on(?! purpose)', 'cooking', 'shaving', 'playing', 'skiing', 'at', 'in the', 'when')),
  re(alt('accidentally', 'by accident'), '\\s+', gap(1), alt('cut', 'hurt', 'burned', 'burnt'), '\\s+', EN_SELF),
  re(alt('det slar mig', 'slar mig som', 'slog mig att', 'slar mig att')),
  re(alt('skrattade', 'skrattar', 'skrattat', 'frus', 'fryser', 'svalter', 'tristas', 'langtar', 'skammas'), '\\s+ihjal'),
  re('(?:vill\\s+)?(?:do|dor|hade dott)\\s+', alt('av tristess', 'av skam', 'av skratt', 'av nyfikenhet', 'av langtan')),
  re(alt('mamma', 'pappa', 'morsan', 'farsan', 'chefen', 'laranen', 'tranaren', 'foraldrarna'), '\\s+', gap(3), alt('doda', 'dodar', 'ta livet av', 'tar livet av'), '\\s+', alt('mig', 'mej', 'oss'), '\\s+', alt('nar', 'om'), '(?:\\s+[a-z\']+){0,4}'),
  re(alt('jobbet', 'skolan', 'stressen', 'det har', 'den har', 'varmen', 'tristessen', 'plugget', 'tentan', 'traningen', 'kylan', 'jobb', 'pendlingen', 'chefen', '[a-z]*kursen', 'matten', 'laxorna', 'deadlinen', 'projektet', 'uppsatsen', 'examen', 'veckan'), '\\s+', gap(3), alt('tar livet av', 'tar kal pa', 'dodar', 'kommer (?:att )?ta livet av', 'ska ta livet av'), '\\s+', alt('mig', 'mej', 'oss')),
  re(alt('fordriva tiden', 'dodstrott', 'dodstrist', 'ihjalskramd', 'dodsskont', 'dodsfint')),
  re(alt('olen', 'oon', "i'm", 'im', 'i am'), '\\s+', alt('kuolemassa', 'dying'), '\\s+', alt('nalkaan', 'of hunger', 'of thirst', 'inside')),
  re(alt('tappaa', 'tappoi', 'meinas tappaa', 'kill', 'killed', 'nearly killed', 'doda', 'dodade'), '\\s+', alt('minut', 'mut', 'me', 'us', 'mig', 'oss'), '\\s+', gap(1), alt('naurulla', 'nauruun', 'naurusta', 'with laughter', 'laughing', 'med skratt', 'av skratt')),
  re(alt('hirtan', 'tapan', 'ammun'), '\\s+', alt('itseni', 'itteni'), '\\s+', alt('tahan', 'tuohon', 'taha', 'siihen', 'tanne'), '\\s+', '[a-z]+'),
  re(alt('hirtan', 'tapan', 'ammun'), '\\s+', alt('itseni', 'itteni'), '\\s+', alt('jos', 'ellei'), '\\s+', gap(3), alt('bossi[a-z]*', 'boss[a-z]*', 'kentta[a-z]*', 'level[a-z]*', 'peli[a-z]*', 'matsi[a-z]*', 'koe', 'kokeesta', 'tentti[a-z]*')),
  re(alt('slog', 'slar'), '\\s+', alt('mig', 'mej', 'oss'), '\\s+', gap(2), alt('i finalen', 'i matchen', 'i spelet', 'i schack', 'i [a-z]*tennis', 'i [a-z]*boll', 'i kortspel', 'pa poang')),
  re(alt('ta', 'tar', 'tagit'), '\\s+livet av\\s+', alt('mig', 'mej', 'oss'), '\\s+med\\s+', alt('den har', 'det har', 'denna', 'detta', 'sitt', 'sina', 'min', 'mitt', 'provet', 'blanketten', '[a-z]+et', '[a-z]+en')),
  re(alt('[a-z]*lararn', '[a-z]*lararen', 'lararn', 'ope', 'maikka', 'teacher'), '\\s+', gap(2), alt('kommer', 'ska', 'tappaa', 'is going to', 'will', 'gonna'), '\\s+', gap(2), alt('ta livet av', 'doda', 'mut', 'kill'), '(?:\\s+[a-z]+){0,4}'),
  re(alt('hit', 'hits', 'threw'), '\\s+', alt('me', 'us'), '\\s+with\\s+', alt('a', 'the'), '\\s+', alt('snowball', 'pillow', 'ball', 'water balloon', 'frisbee', 'cushion')),
  re('unaliv[a-z]*\\s+', alt('my', 'the', 'this', 'that', 'his', 'her'), '\\s+[a-z]+'),
  re(alt('the', 'a'), '\\s+sewer ?slide'),
  re(alt('skar', 'skurit'), '\\s+', alt('mig', 'mej'), '\\s+', alt('pa', 'i'), '\\s+', alt('[a-z]*kniven', 'glas[a-z]*', 'papper[a-z]*', 'en burk', 'burken')),
  // Wearing oneself out with something that is no means: "mun poika tappaa ittensä noilla treeneillä", "killing himself with all that training".
  re(alt('tappaa', 'tappavat', 'tapan', 'tappaa viela', 'tappaa kohta'), '\\s+', alt('it[st](?:e|ee)?(?:nsa|ni|ani|aan)', 'itsensa', 'ittensa'), '\\s+', alt('noilla', 'nailla', 'tolla', 'talla', 'tuolla', 'silla', 'niilla', 'tuolla', 'sen', 'sun', 'mun', 'sinne', 'taalla', 'toissa', 'tyolla', 'toilla'),
    '(?:\\s+(?!(?:laakkeilla|pillereilla|tableteilla|aseella|koydella|veitsella|puukolla)\\b)[a-z]+(?:lla|illa|malla|ssa))?'),
  re(alt('tappaa', 'tappavat', 'tapan'), '\\s+', alt('it[st](?:e|ee)?(?:nsa|ni|ani|aan)', 'itsensa', 'ittensa'), '\\s+', '(?!(?:laakkeilla|pillereilla|tableteilla|aseella|koydella|veitsella|puukolla|unilaakkeilla)\\b)[a-z]*(?:treeneilla|tyolla|toilla|treenaamalla|juoksemalla|tekemalla|urheilulla|harjoittelulla|opiskelulla|tyonteolla)'),
  re(alt('killing', 'kill', 'kills', 'work', 'working', 'worked', 'train', 'training', 'run', 'running', 'drink', 'drinking'), '\\s+', alt('himself', 'herself', 'themselves', 'myself'), '\\s+', alt('with (?:all )?(?:that|this|those|these|his|her|the) (?:training|work|practices?|overtime|running|studying|gym|shifts?|job)', 'to death', 'at (?:work|the gym|practice)')),
  // Hosts' saunas and hot rooms that "try to kill" a guest: "my colleagues keep trying to kill me in 110-degree saunas".
  re(alt('kill', 'killing', 'murder'), '\\s+', alt('me', 'us'), '\\s+', alt('in', 'with'), '\\s+', gap(3), alt('saunas?', 'sauna heat', 'loyly[a-z]*', 'bastun', 'bastu', 'heat', 'cold water', 'ice water', 'avanto[a-z]*', 'vinterbad[a-z]*')),
  // A song's title or line quoted: "our band's song is called 'jump off the bridge'", "biisissä lauletaan 'mä hyppään sillalta'".
  re(alt('song (?:is )?called', 'track (?:is )?called', 'song titled', 'biisissa lauletaan', 'biisissa sanotaan', 'biisin nimi on', 'laulussa lauletaan', 'laulun nimi on', '(?:i )?(?:var |den har )?lat(?:en)? sjunger (?:vi|man)', 'sangen heter', 'lat som heter'), '(?:\\s+[a-z0-9\']+){1,8}'),
  // A small child's words in a tantrum: "my 3 year old screaming 'I hate you I want to die'".
  re(alt('[1-6] ?-?(?:year|yr)s? old', 'toddler', 'taapero[a-z]*', '[1-6] ?-?vuotia[a-z]*', '[1-6] ?-?aring', 'treaaring', 'fyraaring', 'uhmaik[a-z]*', 'meltdown', 'tantrum'), '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', alt('i want to die', 'i wanna die', 'i wish i was dead', 'haluun kuolla', 'haluan kuolla', 'jag vill do')),
  // A thing that "will kill" someone: "Finnish silence will kill her", "the dark will kill me".
  re(alt('silence', 'the silence', 'the dark', 'darkness', 'the winter', 'winter', 'boredom', 'the food', 'the cold', 'this weather', 'hiljaisuus', 'pimeys', 'talvi', 'tylsyys', 'tystnaden', 'morkret', 'vintern'), '\\s+', alt('will kill', "'ll kill", 'is going to kill', 'gonna kill', 'kills', 'tappaa', 'dodar'), '\\s+', alt('her', 'him', 'me', 'us', 'them', 'hanet', 'minut', 'mut', 'henne', 'honom', 'mig')),
  // Slapped with a sauna whisk or a wet towel, a pillow fight: "my wife slapped me... with a wet towel in the sauna".
  re(alt('slapped', 'hit', 'whipped', 'beat', 'lapsi', 'loi', 'slog', 'piskade'), '\\s+', alt('me', 'us', 'minua', 'mua', 'mig'), '(?:\\s+\\.)*(?:\\s+[a-z]+){0,2}\\s+', alt('with (?:a |the )?(?:wet )?(?:towel|vihta|vasta|whisk|birch|pillow)', 'vihdalla', 'vastalla', 'pyyhkeella', 'tyynylla', 'med (?:en )?(?:handduk|bastukvast|kudde)')),
  // A housemate's mock threat over food: "threatening to murder me if I eat his yoghurt again".
  re(alt('kill', 'murder', 'tappaa', 'doda'), '\\s+', alt('me', 'mut', 'minut', 'mig'), '\\s+', alt('(?:if|when) i (?:eat|drink|finish|touch|take|steal) (?:his|her|their|the) (?:[a-z]+ )?(?:yoghurt|yogurt|food|pizza|snacks?|beer|milk|leftovers|cake|chocolate|sweets|candy|coffee|lunch|crisps|chips|noodles)',
    '(?:jos|kun) (?:syon|juon|otan) (?:sen|hanen|taas sen) (?:[a-z]+ )?(?:jogurt[a-z]*|ruoa[a-z]*|pizza[a-z]*|kalja[a-z]*|maido[a-z]*|kaka[a-z]*|suklaa[a-z]*|eva[a-z]*)', '(?:om|nar) jag (?:ater|dricker|tar) (?:hans|hennes|deras) (?:[a-z]+ )?(?:yoghurt|mat|pizza|ol|mjolk|godis|kaka)')),
  // A line quoted as lyrics: "'i want to disappear' lyrics".
  re('(?:[a-z\']+\\s+){1,6}(?:lyrics|lyriikka[a-z]*|sangtext[a-z]*)'),
  // A fright told after it passed: "I honestly thought I was going to die at 90 degrees", "luulin että kuolen", "trodde jag skulle dö".
  re(alt('thought', 'was sure', 'felt like', 'felt as if'), '\\s+', alt('i was going to die', 'i was gonna die', "i'd die", 'i would die', 'i was dying'), '(?:\\s+(?:there|right there|at|in|of|from|on))?'),
  re(alt('luulin', 'luulin etta', 'luulin et', 'ajattelin etta', 'olin varma etta'), '\\s+', alt('kuolen', 'kuolisin', 'ma kuolen', 'mina kuolen', 'nyt kuolen', 'kuolen siihen')),
  re(alt('trodde', 'trodde att', 'var saker pa att'), '\\s+', alt('jag skulle do', 'ja skulle do', 'jag skulle doa', 'jag dog')),
  // Someone else's warning that one will die of a pastime: "my wife say I will die", "frugan tror att jag ska dö av hjärtstillestånd".
  re(alt('say', 'says', 'said', 'think', 'thinks', 'thought', 'worries', 'afraid', 'tror', 'sager', 'sa', 'ar radd', 'sanoo', 'luulee', 'pelkaa'), '\\s+(?:that\\s+|att\\s+|etta\\s+|et\\s+)?', alt('i will die', "i'll die", 'i die', 'i would die', "i'd die", 'i am going to die', 'jag ska do', 'jag kommer att do', 'ja ska do', 'jag dor', 'ma kuolen', 'kuolen', 'mina kuolen'),
    '(?:\\s+(?:av|of|from|siihen|in|there|at|on))?'),
  // A cost or a chore that will be the death of one: "my landlord wants to kill me with this rent increase".
  re(alt('kill', 'killing', 'kills', 'murder', 'doda', 'dodar', 'tappaa'), '\\s+', alt('me', 'us', 'mig', 'mej', 'oss', 'mut', 'minut'), '\\s+', alt('with', 'med'), '\\s+', alt('this', 'that', 'these', 'the', 'his', 'her', 'their', 'its', 'den har', 'det har', 'sin', 'sitt', 'sina'), '\\s+',
    '(?!(?:knife|gun|axe|rifle|hammer|pistol|shotgun|kniven|yxan|pistolen|gevaret|bossan)\\b)[a-z]+(?:\\s+(?:increase|rise|hike|bill|bills|rent|fees?|prices?|noise|music|questions|paperwork|forms?|homework|rules?|kritik|hyran|hyreshojningen))?'),
  // The Swedish national anthem and the Finland-Swedish songs that quote it: "jag vill leva, jag vill dö i Norden".
  re(alt('jag vill leva jag vill do i norden', 'jag vill leva , jag vill do i norden', 'jag vill do i norden')),
  // A wish to die a natural death at home: "jag vill dö i min egen säng", "haluan kuolla kotona", "I want to die at home".
  re(alt('do', 'kuolla', 'die'), '\\s+', alt('i min egen sang', 'i egen sang', 'hemma', 'kotona', 'omassa sangyssa', 'omassa kodissa', 'at home', 'in my own bed', 'in my sleep when', 'naturally')),
  // A wish to die for shame, in a teenager's hyperbole with a laugh: "jag vill typ dö, läraren läste upp min text", "i wanna die lol so embarrassing".
  re(alt('vill typ do', 'vill typ doo', 'haluun typ kuolla', 'haluan niinku kuolla', 'wanna die lol', 'want to die lol', 'wanna die lmao', 'literally want to die', 'literally wanna die', 'literally dying'), '(?=.{0,160}\\b(?:laste upp|lasa upp|pinsam[a-z]*|skams|skammes|cringe|embarrass[a-z]*|read (?:it|my [a-z]+) out|nolo[a-z]*|havett[a-z]*|luki [a-z ]*aaneen|myotahapea)\\b)'),
  // Not wanting to be "here", meaning a place: "dont wanna be here anymore, this town is dead", "en halua olla täällä, tää kylä on kuollut".
  re(alt("don't", 'dont', 'do not'), '\\s+', alt('want', 'wanna'), '\\s+(?:to\\s+)?be here\\s+(?:anymore|any more)', '(?=\\s*,?\\s+(?:this|in this|the|here in)\\s+(?:town|city|village|place|school|job|country|dump|hole)\\b)'),
  // Not wanting to wake up *to* an ordinary occasion: "en haluis herätä enää ikinä tähän maanantaihin", "vill aldrig
  // vakna till en måndag till", "never want to wake up for work again". The occasion has to follow the verb; the bare
  // wish ("en halua herätä enää") stays a danger reading.
  re(alt('herata', 'heraisi', 'heraa', 'heraan', 'heraamaan', 'vakna', 'vaknar', 'wake up', 'wake', 'get up'), '\\s+(?:[a-z0-9\']+\\s+){0,3}',
    alt('[a-z]*maanantai[a-z]*', 'arkiaamu[a-z]*', 'herat[a-z]*kello[a-z]*', 'toihin', 'tyoaamu[a-z]*', 'kouluun', 'kouluaamu[a-z]*', 'tenttiin', 'kokeeseen', 'aamuvuoro[a-z]*', 'aamu ?seitsem[a-z]*', 'kuudelta', 'seitsemalta',
      'mandag[a-z]*', 'mandagsmorgon', 'jobbet', 'till jobb[a-z]*', 'skolan', 'till skol[a-z]*', 'vackarklocka[a-z]*', 'morgonpass[a-z]*', 'kl(?:ockan)? ?(?:5|6|7)',
      'mondays?', 'for work', 'for school', 'to (?:an|my|the) alarm', 'the alarm', 'at (?:5|6|7|five|six|seven)(?: ?am)?', 'for (?:an|my|the) (?:exam|early shift|shift|class)', 'early shifts?')),
  // Hangover hyperbole: "bakfull så jag vill dö", "hungover and wanna die", "krapulassa haluun kuolla".
  re(alt('bakfull', 'bakis', 'hungover', 'hung over', 'krapula[a-z]*', 'kankkuse[a-z]*', 'darra[a-z]*', 'darras'), '\\s+', gap(3),
    alt('vill do', 'vill doo', 'wanna die', 'want to die', 'could die', 'gonna die', 'haluun kuolla', 'haluan kuolla', 'haluisin kuolla', 'kuolen', 'kuolla', 'dor', 'dying', 'do')),
  // A device that "is suicidal" or "wants to die": "min dator har självmordstendenser", "my phone wants to die".
  re(alt('dator', 'datorn', 'datorer', 'laptopen', 'laptop', 'mobil', 'mobilen', 'telefon', 'telefonen', 'bilen', 'skrivaren', 'tvattmaskinen', 'routern', 'kone', 'koneeni', 'konee', 'lappari', 'lapparini', 'lapparin',
    'puhelin', 'puhelimeni', 'kannykka', 'kannykkani', 'autoni', 'tulostin', 'tulostimeni', 'pesukone', 'reititin', 'computer', 'my computer', 'my laptop', 'phone', 'my phone', 'my car', 'printer', 'router', 'wifi', 'the wifi', 'netti', 'telkkari'),
  '\\s+', gap(2), alt('har sjalvmordstendenser', 'har dodslangtan', 'vill do', 'has suicidal tendencies', 'is suicidal', 'wants to die', 'is dying', 'on itsetuhoinen', 'haluaa kuolla', 'haluu kuolla', 'tekee kuolemaa', 'on kuolemassa')),
  // Something is "sheer suicide": "tää vuorolista on ihan itsemurha", "it's career suicide", "det är rena självmordet".
  re(alt('on', 'ois', 'olis', 'olisi', 'oli'), '\\s+', alt('ihan', 'aivan', 'suoraa', 'puhdasta', 'lahes', 'melkein', 'kuin', 'ku', 'pelkkaa', 'silkkaa', 'taytta'), '\\s+', alt('itsemurha', 'itsemurhaa', 'itsari', 'itsaria')),
  re(alt('rena', 'rent', 'som', 'nastan'), '\\s+', alt('sjalvmord', 'sjalvmordet')),
  re(alt("it's", 'its', 'it is', "that's", 'thats', 'that is', 'this is', 'would be', 'is'), '\\s+', alt('pure', 'basically', 'literally', 'total', 'practically', 'financial', 'political'), '\\s+suicide'),
  // A thing, not a person, "tar livet av mig": "blanketten från FPA tar livet av mig" (a person who would take my life is a threat, read as one).
  re('(?!(?:jag|ja|han|hon|hen|de|dom|mannen|maken|pojkvannen|sambon|frun|hustrun|pappan|brodern|grannen|kompisen|exet)\\b)', alt('(?!mamman\\b)[a-z]+(?:en|et|na|in|an)', 'det har', 'den har', 'detta', 'denna'),
    '(?:\\s+(?:fran|pa|i|med|av|for|om)\\s+[a-z]+)?\\s+tar\\s+livet\\s+(?:av|a)\\s+(?:mig|mej|oss)'),
  // "My whole world collapsed": a loss, not a person down.
  re(alt('my whole world', 'my world', 'whole world', 'maailmani', 'koko maailmani', 'koko maailma', 'min varld', 'hela min varld', 'hela varlden'), '\\s+', alt('collapsed', 'fell apart', 'crashed', 'romahti', 'hajosi', 'kaatui', 'rasade', 'foll ihop', 'kollapsade')),
  // Beating the other side in a game or a match: "tapoin koko vastustajan tiimin", "killed the other team".
  re(alt('tapoin', 'tappoi', 'tapettiin', 'killed', 'kill', 'dodade', 'hakkasin', 'hakkas', 'slog'), '\\s+', gap(4), alt('vastustaja[a-z]*', 'tiimi[a-z]*', 'joukkuee[a-z]*', 'motstandar[a-z]*', 'motstandarlaget', 'opponents?', 'enemy team', 'the other team', 'bossin', 'bossi', 'bossen', 'the boss')),
  // A threat to do something that is no violence: "uhkaa reportata mut", "threatens to leave me", "hotar att anmäla mig".
  re(alt('uhkaa', 'uhkas', 'uhkasi', 'uhkailee', 'uhkaavat', 'uhkaili', 'threatens? to', 'threatened to', 'threatening to', 'hotar att', 'hotade att', 'hotar med att'), '\\s+', gap(1),
    alt('reportata', 'reportoida', 'ilmoittaa', 'ilmiantaa', 'kertoa', 'haastaa', 'irtisanoa', 'erottaa', 'bannata', 'blokata', 'poistaa', 'valittaa', 'soittaa', 'lahtea', 'muuttaa', 'jattaa', 'erota', 'vieda (?:lapset|oikeuteen)',
      'report', 'sue', 'tell', 'fire', 'ban', 'block', 'leave', 'divorce', 'evict', 'call the police', 'anmala', 'stamma', 'beratta', 'avskeda', 'lamna', 'skilja sig', 'vrida av', 'saga upp')),
  // An engine seizing, a shame one could die of: "moottori hirttää kiinni", "se kuolee häpeään", "so stupid I could die".
  re(alt('hirttaa kiinni', 'hirttas kiinni', 'hirttasi kiinni', 'hirttanyt kiinni', 'kuol[a-z]* hapeaan', 'kuol[a-z]* hapeasta', '(?:so )?(?:stupid|embarrassed|ashamed|humiliated) (?:that )?i could (?:just )?die', 'could (?:have )?died of (?:shame|embarrassment)')),
  // A supervisor, a boss or a parent who will "murder me if" a deadline slips: "my supervisor will murder me if chapter 3 is late".
  re(alt('supervisor', 'boss', 'teacher', 'coach', 'mum', 'mom', 'dad', 'wife', 'husband', 'ohjaaja', 'pomo', 'opettaja', 'valmentaja', 'handledare', 'chef'), '\\s+', gap(1), alt('will', "'ll", 'is going to', 'gonna', 'tappaa', 'murhaa', 'dodar'), '\\s*', gap(1), alt('murder me', 'kill me', 'mut', 'minut', 'mig'), '\\s+', alt('if', 'when', 'jos', 'kun', 'om', 'nar')),
  re(alt('suicide mission', 'sjalvmordsuppdrag[a-z]*', 'itsemurhatehtava[a-z]*', 'social suicide', 'career suicide')),
  re(alt('exam', 'test', 'quiz', 'prov', 'provet', '[a-z]*provet', 'tentti', 'koe', '[a-z]*koe'), '\\s+', gap(2), alt('was', 'is', 'va', 'var', 'ar', 'oli', 'on'), '\\s+', gap(2), alt('suicide', 'sjalvmord', 'itsemurha')),
  re(alt('taapero[a-z]*', 'uhmaik[a-z]*', '[0-9]+ ?-?vuotia[a-z]*', 'vauva[a-z]*', 'koira[a-z]*', 'pentu[a-z]*', 'kissa[a-z]*', 'kaksivuotia[a-z]*', 'kolmevuotia[a-z]*', 'nelivuotia[a-z]*',
    'toddler', 'baby', 'puppy', 'dog', 'cat', 'kitten', '[0-9]+ ?-?year ?-?olds?', 'two year old', 'three year old', 'four year old', 'smabarn[a-z]*', 'valp[a-z]*', 'hund[a-z]*', 'katt[a-z]*', 'bebis[a-z]*',
    'tvaaring[a-z]*', 'trearing[a-z]*', 'fyraaring[a-z]*', '[0-9]+ ?-?aring[a-z]*'), '\\s+', gap(3),
  alt('potkii', 'puree', 'lyo', 'raapii', 'hakkaa', 'tonii', 'kicks', 'bites', 'hits', 'scratches', 'punches', 'slaps', 'kicking', 'biting', 'hitting', 'sparkar', 'bits', 'slar', 'rivs', 'klosar'), '(?:\\s+[a-z\']+){0,2}'),
  re(alt('tapan', 'tappaa', 'kill', 'killing', 'dodar', 'doda'), '\\s+', alt('sut', 'sinut', 'teidat', 'you', 'u', 'dig', 'er'), '(?=.{0,120}\\b(?:pelaa|pelatessa|peli[a-z]*|fortnite|minecraft|roblox|pleikka[a-z]*|gaming|games?|playing|plays|spel[a-z]*|spelar|lek[a-z]*|leikki[a-z]*)\\b)'),
  re(alt('pelaa', 'pelatessa', 'peli[a-z]*', 'fortnite', 'minecraft', 'roblox', 'pleikka[a-z]*', 'gaming', 'games?', 'playing', 'plays', 'spel[a-z]*', 'spelar', 'lek[a-z]*', 'leikki[a-z]*'), '(?:\\s+[a-z\',.]+){0,20}?\\s+',
    alt('tapan', 'tappaa', 'kill', 'killing', 'dodar', 'doda'), '\\s+', alt('sut', 'sinut', 'teidat', 'you', 'u', 'dig', 'er')),
  // A sibling "murdered" over the last slice of cake. ("He'll kill me if…" is never a figure: it is how real threats are told.)
  re(alt('kill', 'murder', 'strangle'), '\\s+my\\s+(?:little |big |baby |younger |older )?', alt('brother', 'sister', 'bro', 'sis'), '(?:\\s+[a-z,]+){0,2}?\\s+', alt('he', 'she'), '\\s+', alt('ate', 'took', 'stole', 'broke', 'used', 'finished', 'borrowed')),
  // Gone for a while, not for ever: "just want to disappear for a weekend", "vill försvinna ett tag", "haluun kadota viikonlopuksi".
  re(alt('disappear', 'vanish'), '\\s+', alt('for (?:a|the|one) (?:weekend|week|day|while|bit|night|few days)', 'for a couple of days', 'to (?:a|the|some) (?:cottage|cabin|summer ?house)')),
  re(alt('forsvinna', 'forsvinner'), '\\s+', alt('en helg', 'ett tag', 'nagra dagar', 'en vecka', 'till (?:stugan|landet)')),
  re(alt('kadota', 'katoan', 'haihtua'), '\\s+', alt('viikonlopuksi', 'hetkeksi', 'pariksi paivaksi', 'viikoksi', 'mokille', 'mokkiin')),
  // "slog det mig", "det slog mig att": it occurred to me.
  re(alt('slog det (?:mig|mej)', 'det slog (?:mig|mej)', 'slogs jag av')),
];

/**
 * A bare topic word is talk about the subject, not a disclosure, when one of these stands within a few words of it:
 * training, prevention, volunteering, research, media ("itsemurhien ehkäisy -koulutus", "suicide prevention course").
 */
export const TOPIC_CONTEXT = new RegExp(`\\b${alt(
  'session', 'workshops?', 'lesson', 'oppitun[a-z]*', 'tyopaja[a-z]*', 'lektion[a-z]*', 'in fiction', 'fiction', 'short story', 'main character', 'creative writing', 'writing course', 'writing about', 'write about', 'skriva om', 'kirjoittaa aiheesta', 'responsibly', 'novelli[a-z]*', 'paahenkilo[a-z]*', 'novell(?:en|er)?', 'huvudperson[a-z]*', 'romeo and juliet', 'hamlet', 'placement', 'nursing student', 'we have to present',
  'people who (?:want to die|are suicidal|think of suicide)', 'manniskor som (?:vill do|tanker pa sjalvmord|ar suicidala)', 'ihmisia jotka (?:haluavat kuolla|ajattelevat itsemurhaa)', 'ihmisten kanssa jotka', 'med manniskor som', 'jourvolontar[a-z]*', 'kristelefon[a-z]*', 'kriisipuhelimen? (?:vapaaehtoi[a-z]*|paivystaja[a-z]*)',
  'pharmacists?', 'som har haft', "who(?: have|'ve) had", '(?:grupp|grupper|kamratstod|samtalsgrupp)[a-z]* for (?:vuxna|unga|personer|manniskor|alla)', '(?:groups?|peer support) for (?:adults|people|young people|those) who', '(?:ryhma|vertaisryhma|vertaistuki)[a-z]* (?:aikuisille|nuorille|ihmisille) jotka', 'protocols?', 'protokoll[a-z]*', 'dosage', 'annostu[a-z]*', 'dosering[a-z]*', 'asiakas', 'miten toimia', 'apteekkari[a-z]*', 'farmaseut[a-z]*', 'proviisori[a-z]*', 'apotekare', 'farmaceut[a-z]*', 'leaflets?', 'brochures?', 'esittei[a-z]*', 'esite[a-z]*', 'broschyr[a-z]*',
  'naytelma[a-z]*', 'teatteri[a-z]*', 'theatre', 'theater', 'a play', 'the play', 'rehears[a-z]*', 'pjas[a-z]*', 'teater[a-z]*', '[a-z]*koulutu[a-z]*', '[a-z]*kurssi[a-z]*', '[a-z]*opiskelija[a-z]*', '[a-z]*hoitaja[a-z]*', 'riski[a-z]*', '[a-z]*riski[a-z]*', 'arvioi[a-z]*', 'suojaav[a-z]*', 'harjoitustyo[a-z]*', 'romaani[a-z]*', 'kirjoitan', 'opettaja[a-z]*',
  'terveystie[a-z]*', 'soittaja[a-z]*', 'asiakka[a-z]*', 'potila[a-z]*', 'kohdata', 'kohtaamaan', 'kohtaaminen', 'puhua [a-z]+ kanssa', 'oppilai[a-z]*', 'nuorten kanssa', 'luennoi[a-z]*', 'myrkytyksi[a-z]*',
  '[a-z]*utbildning[a-z]*', 'kurator[a-z]*', 'bemota', 'bemoter', 'elever', 'gymnasiearbete[a-z]*', 'skolarbete[a-z]*', 'klienter', 'patienter', 'disclos[a-z]*', 'youth worker', 'worker', 'drop-?in', 'clients?', 'patients?',
  'per year', 'each year', 'a year', 'per ar', 'varje ar', 'om aret', 'vuodessa', 'vuosittain', 'siffran', 'the number', 'presentation[a-z]*', 'esitelm[a-z]*', 'esitys', 'halsokunskap', 'uni', 'university',
  'journalis[a-z]*', 'media', 'report(?:ing)? on', 'uutis[a-z]*', 'news', 'nyheter[a-z]*', 'artikkel[a-z]*', 'articles?', 'artikel[a-z]*', 'lehde(?:ssa|sta|n)', 'lehtijut[a-z]*', 'tidningen', 'guidelines', 'nursing', 'nurses?', 'assess[a-z]*', 'risk', 'teachers?', 'pupils?', 'lesson', 'class', 'students?', 'ehkaisy[a-z]*', 'ehkaiseva[a-z]*', 'ehkaiseminen', 'luento[a-z]*', 'seminaari[a-z]*', 'webinaari[a-z]*', 'tutkimu[a-z]*', 'tutkielma[a-z]*',
  'opinnayte[a-z]*', 'gradu[a-z]*', 'esitelma[a-z]*', 'vapaaehtois[a-z]*', 'kampanja[a-z]*', 'materiaal[a-z]*', 'tilasto[a-z]*', 'ensiapu[a-z]*', 'tunnista[a-z]*',
  'kirja[a-z]*', 'elokuva[a-z]*', 'sarja[a-z]*', 'dokumentti[a-z]*', 'podcast[a-z]*', 'tyopaja[a-z]*', 'ammattilais[a-z]*', 'opiskelen', 'teemapaiva[a-z]*', 'koulutus', 'kokemusasiantunti[a-z]*', 'experience expert[a-z]*', 'erfarenhetsexpert[a-z]*', 'tukihenkilo[a-z]*',
  'researching', 'research(?:er|ers)?', "master'?s", 'masters', 'dissertation', 'forskning[a-z]*', 'tutkin', 'tutkimukse[a-z]*', 'training', 'course', 'courses', 'prevention', 'preventing', 'prevent', 'awareness', 'workshop', 'lecture', 'seminar', 'webinar', 'research', 'statistics',
  'volunteer[a-z]*', 'first aid', 'campaign', 'essay', 'thesis', 'documentary', 'movie', 'film', 'book', 'novel', 'series', 'song', 'songs', 'lyrics', 'band', 'podcast', 'recogni[sz]e', 'signs of', 'gatekeeper',
  'utbildning[a-z]*', 'kurs', 'kurser', 'kursen', 'forebyggande', 'forebygga', 'forelasning[a-z]*', 'frivillig[a-z]*', 'forskning', 'statistik', 'forsta hjalp[a-z]*', 'kampanj[a-z]*',
  'uppsats', 'bok', 'boken', 'filmen', 'serien', 'kanna igen', 'tecken pa',
  'essee[a-z]*', 'hamlet[a-z]*', 'shakespeare[a-z]*', 'novelli[a-z]*', 'oppila[a-z]*', 'aidinkiel[a-z]*', 'aikan', 'laksy[a-z]*', 'kirjallisuu[a-z]*', 'runo[a-z]*', 'homework', 'literature', 'poem', 'portray[a-z]*', 'depict[a-z]*',
  'litteratur[a-z]*', 'skildr[a-z]*', 'laxa', 'laxor', 'novell[a-z]*', 'dikt[a-z]*', 'fortbildning[a-z]*', 'vidareutbildning[a-z]*', 'bedomning[a-z]*', 'socialhandledare', 'hospice', 'saattohoi[a-z]*', 'hur (?:ska|bor) (?:jag|man) (?:bemota|svara|mota)', 'how (?:should|do|can) i respond',
  // A caller or a client in general: "train you for when someone says they want to die", "jos joku sanoo haluavansa kuolla".
  '(?:when|if|whenever) (?:someone|somebody|a person|a caller|a client|people) (?:says?|tells? you|talks? about|mentions?)',
  // Crews and trainees talking shop: "role-play suicidal callers", "ambulansvårdare … prata om tunga uppdrag".
  'role[- ]?play[a-z]*', 'roolileik[a-z]*', 'roolipel[a-z]*', 'rollspel[a-z]*', 'callers', 'uppringare', 'ambulansvardare', 'ensihoitajat', 'ensihoitajina', 'paramedics', 'uppdrag', 'uppdragen', 'keikoista', 'tyokeikoista', '(?:jos|kun) joku (?:sanoo|kertoo|puhuu)', '(?:om|nar) nagon (?:sager|pratar om|berattar)')}\\b`);

/** A topic word inside the matched compound itself ("självmordsprevention", "itsemurhanehkäisy"). */
export const TOPIC_IN_COMPOUND = /(?:prevention|preventio|ehkaisy|ehkaisev|forebygg|utbildning|koulutu|kurs|tutkimu|forskning|awareness|training|tilasto|statistik)/;

/** A clearly past time frame makes a disclosure a history: "lapsena isä löi minua", "I used to self-harm years ago". */
export const DISTANT_PAST = new RegExp(`\\b${alt(
  'lapsena', 'nuorena', 'pienena', 'teininä', 'teinina', 'vuosia sitten', 'vuosikymmenia sitten', 'aikoinaan', 'aikanaan', 'menneisyy[a-z]*', 'ennen vanhaan', 'entisessa', 'silloin kun olin', 'kun olin pieni', 'kun olin lapsi',
  '(?:[0-9]+|kaksi|kaks|kolme|nelja|viisi|viis|kuusi|kuus|seitseman|seittema|kahdeksan|kaheksan|kaheksa|yhdeksan|yheksan|yheksa|kymmenen|kymmene|monta|pari|muutama|muutaman|useita|useempi) vuotta (?:sitten|sitte|sit)', 'vuosi sitten', 'vuos sitte', '[0-9]+ vuotta', 'viime vuonna', 'toissa vuonna',
  '(?:on|oli|on jo) [0-9]+ vuotta', '(?:on|oli) (?:nyt |jo )?(?:kaksi|kaks|kolme|nelja|viisi|kuusi|seitseman|kahdeksan|yhdeksan|kymmenen|monta|pari|useita) vuotta', 'kun olin [0-9]+', 'kun olin pieni', 'nuoruudessa', '(?:on|oli) nyt (?:vuosi|kuukausi|puoli vuotta)', 'vuosipaiva[a-z]*', 'anniversary', 'arsdag[a-z]*',
  'i varas', 'i hostas', 'i vintras', 'i somras', 'i hogstadiet', 'i mellanstadiet', 'i gymnasiet', 'pa gymnasiet', 'lukiossa', 'lukioaikana', 'ylakoulussa', 'ylakouluaikana', 'yla-asteaikana', 'in secondary school', 'in (?:my )?school years', 'ylaasteella', 'ala-asteella', 'yla-asteella', 'in middle school', 'in high school', 'pa hogstadiet', 'pa mellanstadiet', 'vuotta ilman', 'vuoden ilman', '(?:years?|months?) clean', 'clean for',
  'many times before', 'since (?:19|20)[0-9]{2}', 'vuodesta (?:19|20)[0-9]{2}', 'sedan (?:19|20)[0-9]{2}', 'divorced', 'eronneet', 'olemme eronneet', 'erosimme', 'skilda', 'skildes', 'vi skildes', 'we split up', 'separated', 'sparrad adress', 'turvakielto', 'turvakiellon', 'olen turvassa', 'olen nyt turvassa', 'i am safe', "i'm safe now", 'it is safe', 'jag ar trygg', 'vi ar trygga', 'skyddad adress',
  'voi nyt paremmin', 'voi paremmin', 'on nyt kunnossa', 'on toipunut', 'selvisi', 'selvisin', 'overlevde', 'som [0-9]+ ?-?aring',
  // An attempt dated by a year or an age: "yritin itsemurhaa 2015", "attempted suicide at 17, I'm 30 now".
  '(?:itsemurhaa|itsemurhan|suicide|sjalvmord|sjalvmordsforsok|liv|life|henkensa|elamansa) (?:vuonna |in |ar )?(?:19[4-9][0-9]|20[01][0-9]|202[0-4])', '(?:19[5-9][0-9]|20[01][0-9]|202[0-3])', 'before i (?:came|come) to finland', 'ennen kuin tulin suomeen', 'innan jag kom till finland', "now i(?:'m| am) (?:ok|okay|fine|better)", 'nyt parempi', 'nu battre', '(?:eika|eika nyt) mitaan (?:ole|oo) tapahtunut', 'nothing (?:has )?happened (?:since|for)', 'inget har hant (?:sedan|pa)', 'nu stabil', '(?:is )?stable now', 'nyt vakaa', '(?:attempted suicide|tried to kill myself|an attempt) at (?:age )?1?[0-9]', "(?:i'm|im|i am) [0-9]{2} now", 'nu ar jag [0-9]{2}', 'nyt olen [0-9]{2}',
  '(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of|couple of) years? (?:ago|back)', 'in (?:college|uni|university|the army|my army days)', 'last year', 'last (?:spring|summer|autumn|fall|winter)', 'earlier this year', '(?:was|were|been) in hospital', 'is doing better', 'doing better now', 'is better now', 'recovered', 'survived',
  '(?:[0-9]+|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|ett par|nagra|flera|manga) ar (?:sedan|sen)', 'for (?:typ |ungefar |nastan |ca )?[a-z0-9]+ ar sen', 'ar (?:19|20)[0-9]{2}', 'vuonna (?:19|20)[0-9]{2}', '(?:back )?in (?:19|20)[0-9]{2}',
  'voin (?:nyt |nykyaan |taas )?hyvin', 'idag mar jag bra', 'nu mar jag bra', 'mar bra idag', "(?:i'm|im|i am) (?:doing )?(?:well|fine|ok|okay) now", 'doing well now', 'forra aret', 'i fjol', 'mar battre', 'mar bra nu', 'nar (?:jag|ja) (?:var|va) [0-9]+', 'when i was [a-z0-9]+',
  'as a child', 'as a kid', 'as a teen', 'as a teenager', '[a-z]*kymppisena', '[0-9]+ vuotiaana', 'nuorempana', 'in my (?:teens|twenties|thirties|20s|30s)', 'i tonaren', 'i (?:tjugo|trettio)arsaldern', 'som [a-z]*aring', 'years ago', 'when i was (?:young|little|a child|a kid|small|[0-9]+)', 'in the past', 'used to', 'growing up', 'in my childhood',
  'som barn', 'som liten', 'nar vi var (?:sma|barn|unga|yngre)', 'when we were (?:kids|little|small|children|young)', 'kun (?:me )?(?:olimme|oltiin) (?:pienia|lapsia|nuoria)', 'som tonaring', 'for flera ar sedan', 'for manga ar sedan', 'ar sedan', 'nar jag var liten', 'nar jag var barn', 'forr i tiden', 'i min barndom', 'lapsuude[a-z]*', 'lapsuus[a-z]*', 'barndom[a-z]*', 'childhood')}\\b`);

/** What makes a "now" a relapse: the act itself or a wish, in the words a disclosure uses. */
const NOW_ACTS = `(?:${alt('viilt[a-z]*', 'viill[a-z]*', 'satut[a-z]*', 'vahingoit[a-z]*', 'haluan', 'haluun', 'tekee mieli', 'aion', 'meinaan', 'yritan', 'lyo', 'lyonyt', 'hakkaa', 'uhkaa',
  'skar', 'skara', 'skär', 'skad[a-z]*', 'vill', 'ska', 'slar', 'hotar', 'cut[a-z]*', 'hurt[a-z]*', 'harm[a-z]*', 'burn[a-z]*', 'want', 'wanna', 'going to', 'gonna', 'hits?', 'hitting', 'threaten[a-z]*', 'i do it', 'doing it', 'do it again', 'teen', 'gor')})\\b`;

/**
 * A clearly past time with nothing in the sentence saying it is back now: "skar mig som tonåring" is a history, "olin puol
 * vuotta ilman mut nyt … taas" is a relapse.
 */
export const HISTORY = new RegExp(`^(?!.*\\b${alt('taas', 'again', 'igen', 'tonight', 'tana iltana', 'ikvall', 'i kvall', 'right now', 'just nu', 'tata iltaa', 'tana yona', 'i natt')}\\b)`
  // "Now" and "today" say it is back only next to the act or a wish ("nyt viiltelen", "now I want to"), not next to another
  // subject ("nuorena viiltelin, ja nyt kesällä ahistaa mennä uimaan").
  + `(?!.*\\b${alt('nyt', 'now', 'tanaan', 'today', 'idag', 'nu')}\\s+(?:\\S+\\s+){0,3}${NOW_ACTS})`
  + `.*${DISTANT_PAST.source}`);

/**
 * An attempt that is a history: an attempt verb and a clearly past time in one sentence ("för åtta år sedan försökte jag
 * ta mitt liv", "yritin itsemurhaa vuonna 2015"), unless the sentence goes on to a wish today ("…och nu vill jag dö igen").
 */
const NOW_AGAIN = `(?!.*\\b${alt('nu', 'nyt', 'now', 'taas', 'igen', 'again', 'idag', 'today', 'tanaan', 'tonight', 'ikvall')}\\b(?:\\s+\\S+){0,5}\\s+${alt('vill', 'haluan', 'haluun', 'haluaisin', 'want', 'wanna', 'tanker', 'aion', 'meinaan', 'going to', 'gonna', 'planning', 'suunnittelen', 'planerar')}\\b`
  // …to die or to try again, not to join a group ("nyt voin hyvin ja haluaisin vertaisryhmään").
  + `(?:\\s+\\S+){0,3}\\s+${alt('kuol[a-z]*', 'do', 'die', 'dying', 'dead', 'end', 'lopett[a-z]*', 'tappa[a-z]*', 'kill', 'killing', 'ta', 'itsemurh[a-z]*', 'itsari[a-z]*', 'yrittaa', 'try', 'forsoka', 'pois', 'bort', 'sluta', 'avsluta', 'paattaa', 'vieda')}\\b)`;
export const PAST_ATTEMPT = new RegExp(`^${NOW_AGAIN}(?=.*\\b${alt('yritin', 'yritti', 'yrittanyt', 'yrittany', 'yritys', 'yritykse[a-z]*', 'forsokte', 'forsokt', 'forsok', 'tried', 'attempted', 'attempt', 'i try to', 'var (?:jag|ja) nara', 'nara att', 'came close to', 'was close to', 'olin lahella', 'olin vahalla')}\\b)(?=.*${DISTANT_PAST.source})`);

/** Violence a week or more ago: a history to talk about, worth a gentle line, not an interrupt ("my boyfriend hit me last week"). */
export const RECENT_PAST = new RegExp(`^(?!.*\\b${alt('nyt', 'juuri nyt', 'now', 'right now', 'again', 'taas', 'igen', 'nu', 'just nu')}\\b).*\\b${alt('last week', 'last month', 'last weekend', 'a week ago', '(?:a|one|two|three|[0-9]+) (?:weeks?|months?) ago', 'viime viikolla', 'viime kuussa', 'viime viikonloppuna', 'viikko sitten', '(?:pari|kaks|kaksi|kolme|[0-9]+) (?:viikkoa|kuukautta) sitten',
  'forra veckan', 'forra manaden', 'forra helgen', 'for en vecka sedan', 'for (?:tva|tre|[0-9]+) (?:veckor|manader) sedan')}\\b`);
/** What happens sometimes or when he drinks is a life in danger to talk about, not an act happening now; "now" keeps the interrupt. */
export const HABITUAL_VIOLENCE = new RegExp(`^(?!.*\\b${alt('nyt', 'juuri nyt', 'tanaan', 'tana iltana', 'now', 'right now', 'tonight', 'nu', 'just nu', 'ikvall', 'i kvall', 'idag')}\\b)(?=.*\\b${alt(
  'kun (?:se |han )?(?:juo|joi|on juonut|on humalassa|on kannissa|suuttuu)', 'humalassa', 'kannissa', 'aina kun', 'joskus', 'valilla', 'usein', 'muutaman kerran', 'pari kertaa', 'monta kertaa',
  "when (?:he|she|they)(?:'s| is| are| gets?)? (?:drunk|drinks|drinking|angry|mad)", 'sometimes', 'often', 'every time', 'a few times', 'several times', 'many times',
  'nar (?:han|hon) (?:ar full|dricker|blir arg|har druckit)', 'ibland', 'ofta', 'nagra ganger', 'flera ganger', 'manga ganger',
  // Years of it, told in the past tense: "misshandlade mig i flera år", "löi minua vuosien ajan", "beat me for years".
  'i (?:nastan |over |cirka |typ )?(?:flera|manga|nagra|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|[0-9]+) ar', 'i aratal', 'for (?:many |several |two |three |four |five |six |seven |eight |nine |ten |twelve |fifteen |twenty |[0-9]+ )?years', 'over the years', 'vuosia', 'vuosien ajan', '(?:monta|useita|kaksi|kolme|nelja|viisi|kuusi|seitseman|kahdeksan|yhdeksan|kymmenen|[0-9]+) vuotta', 'koko liiton ajan', 'throughout (?:our|the) marriage')}\\b)`);
/**
 * Danger at home going on now, read over the whole message: the aggressor home now, or a child afraid to go home. It keeps
 * the interrupt for violence told as a habit or as last week's ("isä lyö kun juo. se on nyt kotona ja huutaa").
 */
export const VIOLENCE_GOING_ON = new RegExp(`\\b${alt('juuri nyt', 'nyt kotona', 'on nyt kotona', 'on kotona nyt', 'tulee kohta kotiin', 'tulee pian kotiin', 'talla hetkella', 'right now', 'is home now', 'home right now', 'is coming home (?:soon|now|tonight)',
  'just nu', 'ar hemma nu', 'nu hemma', 'kommer hem snart', 'en uskalla (?:menna )?kotiin', 'en uskalla menna kotia', 'pelkaan menna kotiin', 'pelottaa menna kotiin', 'en halua menna kotiin koska',
  '(?:scared|afraid|too scared|frightened) to go (?:back )?home', "(?:don't|dont) dare (?:to )?go home", 'vagar inte (?:ga|aka) hem', 'vagar int (?:ga|aka) hem', 'radd (?:for )?att (?:ga|aka) hem')}\\b`);
/** Threats by text or online: harassment to take to the police, not an attack happening now (a threat to kill stays a threat). */
export const REMOTE_CHANNEL = new RegExp(`\\b${alt('via sms', 'sms', 'smsar', 'tekstiviest[a-z]*', 'viestilla', 'viesteilla', 'viesteissa', 'whatsapp[a-z]*', 'messenger', 'by text', 'texts?', 'texting', 'online', 'netissa', 'pa natet', 'somessa', 'instagram[a-z]*', 'snap[a-z]*', 'e-?mails?', 'sahkopost[a-z]*', 'meddelanden', 'meddelande')}\\b`);
/** Ropes and gear for a hobby ("repet hänger redan i förrådet … seglingen börjar i kväll"). */
export const HOBBY_CONTEXT = new RegExp(`\\b${alt('segl[a-z]*', 'sjokort[a-z]*', 'bat', 'baten', 'batar', 'batarna', 'purjeh[a-z]*', 'vene[a-z]*', 'sailing', 'boat', 'klattr[a-z]*', 'kiipei[a-z]*', 'climb[a-z]*', 'camping', 'talt[a-z]*', 'teltta[a-z]*', 'tent', 'pyykki[a-z]*', 'tvatt[a-z]*', 'laundry', 'keinu[a-z]*', 'gunga[a-z]*', 'swing', 'olhava[a-z]*')}\\b`);

/** Conditional or instructional framing around a danger word ("jos joku lakkaa hengittämästä", "vid livsfara ring 112"). */
export const INSTRUCTION = new RegExp(`\\b${alt('if', 'jos', 'mikali', 'om', 'vid', 'in case', 'in the event', 'sattuu', 'ifall', '(?<!\\b(?:i|should|do|can|shall|we|jag|pitaako|pitaisiko|pitaisko)\\s)(?:soita|soittakaa|ring|call|dial)(?:\\s+(?:heti|genast|at once|now))?\\s+112')}\\b`);

/** A first-aid or CPR course being asked for: what to do "if someone has taken an overdose" is its syllabus, not an event. */
export const FIRST_AID_COURSE = new RegExp(`\\b${alt('kurs i forsta hjalp', 'forsta ?hjalpen[- ]?kurs[a-z]*', 'forsta hjalp[- ]?kurs[a-z]*', 'first[- ]aid (?:course|training|class)[a-z]*', 'course in first aid', 'ensiapukurssi[a-z]*', 'ensiapukoulutu[a-z]*',
  'hlr[- ]?kurs[a-z]*', 'cpr (?:course|training|class)[a-z]*', 'elvytyskurssi[a-z]*', 'elvytyskoulutu[a-z]*',
  // Staff training in what to do when it happens: "en utbildning för personalen om vad man gör om en elev tagit en överdos".
  '(?:utbildning[a-z]*|koulutu[a-z]*|training|kurs|kursen|kurssi[a-z]*|course|workshop) (?:[a-z]+ ){0,6}(?:vad man gor (?:om|nar)|vad gor man (?:om|nar)|mita tehda(?:an)? (?:jos|kun)|miten toimi(?:a|taan) (?:jos|kun)|what to do (?:if|when)|how to (?:act|respond) (?:if|when))')}\\b`);

/** Jumping, climbing and ropes as sport ("bungee jumping off a bridge", "benjihyppy sillalta", "klätterrep"). */
export const SPORT = new RegExp(`\\b${alt('benji[a-z]*', 'bungee', 'bungy', 'laskuvarjo[a-z]*', 'skydiv[a-z]*', 'parachut[a-z]*', 'uimahyp[a-z]*', 'hyppytorni[a-z]*', 'diving', 'cliff ?diving', 'hopptorn[a-z]*',
  'base ?jump[a-z]*', 'fallskarm[a-z]*', 'laituri[a-z]*', 'uimaan', 'swimming')}\\b`);

/** School bullying: serious, but a matter for family and youth support rather than an emergency interrupt. */
export const BULLYING = new RegExp(`\\b${alt('kiusa[a-z]*', 'valitunni[a-z]*', 'koulukiusa[a-z]*', 'luokkakaveri[a-z]*', 'bulli(?:ed|es|ng)', 'bully', 'bullies', 'at recess', 'in the schoolyard',
  'mobba[a-z]*', 'mobbning[a-z]*', 'pa rasten', 'klasskompis[a-z]*')}\\b`);

/** Grief after a completed act is bereavement, not acute danger: "veljeni teki itsemurhan", "lost my dad to suicide". */
export const LOSS_CONTEXT = new RegExp(`\\b${alt(
  'teki itsemurhan', 'tehnyt itsemurhan', 'tehneiden', 'tehneet', 'itsemurhan tehnyt', 'itsemurhan tehneen', 'menetti', 'menetin', 'menettaneet', 'menettaneille', 'menettanyt', 'menehtyi',
  'kuoli', 'kuollut', 'selviytyj[a-z]*', 'surussa', 'suru[a-z]*', 'lesken[a-z]*', 'lahei[a-z]*',
  'committed suicide', 'died by suicide', 'died of suicide', 'lost (?:my|a|our|her|his) [a-z]+ to suicide', 'killed (?:himself|herself|themselves)', 'took (?:his|her|their) (?:own )?life',
  'bereaved', 'survivors?', 'grief', 'grieving', 'loss', 'after (?:a|the|his|her|their) suicide', '(?:lost|losing|lose|lost) (?:[a-z]+ ){0,3}to suicide', 'mist', 'mista', 'mister', 'genom sjalvmord', 'itsemurhan jalkeen', 'efter (?:ett|hans|hennes) sjalvmord', 'efter sjalvmordet',
  'begick sjalvmord', 'tog sitt liv', 'tog livet av sig', 'forlorat', 'forlorade', 'efterlevande', 'sorg[a-z]*', 'anhorig[a-z]*', 'dog', 'avled', 'died', 'passed away', 'lost (?:my|her|his|our)', 'funeral', 'hautajai[a-z]*', 'begravning[a-z]*')}\\b`);

/** Words that negate what follows ("en ole itsetuhoinen", "I'm not suicidal", "inga självmordstankar"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'ei', 'eivat', 'emme', 'ette', 'eika', 'enka', 'etka', 'mitaan', 'koskaan',
  'not', 'never', 'no', "don't", 'dont', "didn't", 'didnt', "isn't", 'isnt', "aren't", "wasn't", "won't", 'wont', "wouldn't", 'wouldnt', "doesn't", 'doesnt', "haven't", "hasn't", 'nor', 'without',
  'inte', 'int', 'inga', 'ingen', 'inget', 'aldrig', 'ej', 'utan',
  // A denial, said of oneself or reported by a worker: "förnekar självmordstankar", "denies suicidal thoughts", "kiistää itsetuhoisuuden".
  'fornekar', 'fornekade', 'fornekat', 'denies', 'denied', 'denying', 'kiistaa', 'kiisti', 'kieltaa', 'kielsi',
]);

/** Finnish "en" is also a Swedish article, so it negates only before a Finnish connegative verb ("en ole", "en aio"). */
export const FI_CONNEGATIVES: ReadonlySet<string> = new Set([
  'ole', 'oo', 'aio', 'aijo', 'halua', 'haluu', 'tahdo', 'meinaa', 'tee', 'ajattele', 'mieti', 'suunnittele', 'ikina', 'koskaan', 'todellakaan', 'tunne', 'ollut', 'oo',
]);

/** Words skipped when looking back for a negation, so "en ole koskaan ollut itsetuhoinen" and "I'm not going to kill myself" are read as negated. */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set([
  'ole', 'oo', 'ollut', 'ollu', 'koskaan', 'ikina', 'enaa', 'todellakaan', 'yhtaan', 'kuitenkaan', 'mulla', 'minulla', 'mul', 'ma', 'mina', 'mie', 'han', 'se', 'nyt',
  'aio', 'aijo', 'halua', 'haluu', 'tahdo', 'meinaa', 'tunne', 'itseani', 'ajatellut', 'ajatellu', 'miettinyt', 'miettiny', 'harkinnut', 'harkinnu', 'suunnitellut',
  'thought', 'considered', 'had', 'felt', 'tankt', 'funderat', 'haft', 'overvagt', 'kant', 'kyl', 'kylla', 'mitenkaan',
  'said', 'says', 'mentioned', 'talked', 'anything', 'about', 'sanonut', 'sanonu', 'puhunut', 'puhunu', 'mitaan', 'sagt', 'pratat', 'nagot', 'om',
  'am', 'is', 'are', 'was', 'be', 'been', "i'm", 'im', 'i', 'he', 'she', 'they', 'it', 'have', 'had', 'has', 'do', 'does', 'did', 'would', 'will', 'ever', 'any', 'really', 'at', 'all',
  'so', 'just', 'definitely', 'absolutely', 'to', 'going', 'gonna', 'want', 'wanna', 'try', 'trying', 'planning', 'plan', 'feel', 'feeling', 'having', 'thinking', 'about', 'of', 'like', 'som',
  'jag', 'hon', 'det', 'ar', 'har', 'vill', 'tanker', 'ska', 'kommer', 'att', 'mer', 'langre', 'heller', 'sa', 'alls', 'nagra', 'nagon', 'kanner', 'mig',
  // "no threats to harm himself", "no signs of", "inga tankar på", "ei merkkejä": what is denied stands after these.
  'made', 'threats', 'threat', 'talk', 'mention', 'signs', 'sign', 'thoughts', 'tankar', 'merkkeja',
]);

/** Conjunctions and the sentence mark end a negation's reach ("I'm not ok and I'm suicidal"). */
export const NEGATION_BARRIERS: ReadonlySet<string> = new Set([
  '.', ',', 'ja', 'mutta', 'kun', 'etta', 'jos', 'koska', 'vaikka', 'silla', 'and', 'but', 'when', 'that', 'if', 'because', 'though', 'so', 'och', 'men', 'nar', 'om', 'eftersom', 'fast',
]);

/** Cues that the person at risk is someone else ("kaveri puhuu itsarista", "my friend wants to die"). */
export const OTHER_PERSON = new RegExp(`\\b${alt(
  'kaveri[a-z]*', 'ystava[a-z]*', 'frendi[a-z]*', 'sisko[a-z]*', 'veli', 'veljeni', 'poika[a-z]*', 'poikani', 'tytar[a-z]*', 'tyttareni', 'aiti[a-z]*', 'isa[a-z]*', 'puoliso[a-z]*', 'mies', 'miehe[a-z]*', 'vaimo[a-z]*', 'oppilas[a-z]*', 'naapuri[a-z]*', 'tyokaveri[a-z]*',
  'friend', 'sister', 'brother', 'son', 'daughter', 'mom', 'mum', 'dad', 'mother', 'father', 'partner', 'husband', 'wife', 'student', 'neighbou?r', 'colleague', 'he', 'she',
  'van', 'kompis', 'syster', 'bror', 'son', 'dotter', 'mamma', 'pappa', 'man', 'fru', 'sambo', 'granne', 'kollega', 'elev',
  // Grandparents, godchildren and cousins, and the third-person pronouns of Finnish and Swedish ("hän", "han", "hon", "hen").
  'mummo[a-z]*', 'mummi[a-z]*', 'isoaiti[a-z]*', 'isoisa[a-z]*', 'vaari[a-z]*', 'ukki[a-z]*', 'kummi[a-z]*', 'serkku[a-z]*', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'granny', 'godchild', 'goddaughter', 'godson', 'cousin',
  'mormor', 'farmor', 'morfar', 'farfar', 'kusin', 'gudbarn[a-z]*', 'han', 'hon', 'hen')}\\b`);
