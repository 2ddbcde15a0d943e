// Frames for danger that is never named: plans, means, farewells and emergencies happening to someone else. A frame
// combines cues (who × what × when) instead of listing phrases: a means (pills in a quantity, a rope, a rifle, a
// bridge railing) becomes a crisis only next to intent, a plan, a farewell or despair; a farewell only next to despair
// or a plan. Each cue can be dampened in its own sentence (a climbing trip, a hunting licence, a move to Oulu), never
// the other cues of the message. Everything runs over the folded text of crisis-text.ts (a–z, digits, " . ").
import { alt, FI_CONNEGATIVES, gap, NEGATION_BARRIERS, NEGATORS, PILLS, PILLS_QTY, re, SPORT } from './crisis-lexicon.js';
import { execAnchored, mayMatch, resumesAtSentenceEnd, testWithin } from './regex-prefilter.js';
import type { CrisisKind } from './vocabulary.js';

interface Cue {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  /** A benign context in the same sentence turns this cue off there (and only there). */
  readonly dampers?: RegExp;
  /** A benign context in the sentence that follows also turns this cue off ("The rope is in the shed. … finally going climbing"). */
  readonly nextSentenceDampers?: RegExp;
  /** A benign context anywhere in the message turns this cue off (pills taken back to the pharmacy, a novel's plot). */
  readonly messageDampers?: RegExp;
}

const words = (...xs: string[]): RegExp => new RegExp(`\\b${alt(...xs)}\\b`);

/** Sport, travel, hobbies and household use of words that are also means. */
const HOBBY = words('bridgeklubb[a-z]*', 'bridgekerho[a-z]*', 'bridge club', 'spela(?:de|r|t)? bridge', 'play(?:ed|ing|s)? bridge', 'pelata bridgea', 'pelasimme bridgea', 'kortspel[a-z]*', 'korttipel[a-z]*', 'card games?', 'pimpel[a-z]*', 'pilkki[a-z]*', 'pilkkimaan', 'ice fishing', 'ice-fishing', 'fiskeklubb[a-z]*', 'skridsko[a-z]*', 'luistel[a-z]*', 'skating', 'grillfest[a-z]*', 'grillibileet', 'makkara[a-z]*', 'korv', 'bbq', 'barbecue', 'scout[a-z]*', 'partio[a-z]*', 'knopar', 'knoparna', 'knots', 'solmuja', 'solmujen', 'kiipei[a-z]*', 'climb[a-z]*', 'klattr[a-z]*', 'retk[a-z]*', 'trip', 'hike', 'hiking', 'vaellu[a-z]*', 'camping', 'leiri[a-z]*', 'purjeh[a-z]*', 'sailing', 'segl[a-z]*',
  'vene[a-z]*', 'boat', 'bat', 'baten', 'batar', 'teltta[a-z]*', 'tent', 'talt', 'pyykki[a-z]*', 'clothesline', 'tvatt[a-z]*', 'hyppynaru[a-z]*', 'jump rope', 'hopprep', 'benji[a-z]*', 'bungee',
  'laskuvarjo[a-z]*', 'skydiv[a-z]*', 'parachut[a-z]*', 'uimahyp[a-z]*', 'hyppytorni[a-z]*', 'diving', 'hopptorn[a-z]*', 'uimaan', 'swimming', 'simma', 'bada', 'avanto[a-z]*', 'ice swimming', 'vinterbad[a-z]*',
  'metsastyskortt[a-z]*', 'metsastysseur[a-z]*', 'metsastyskurs[a-z]*', 'metsastyskau[a-z]*', 'metsastama[a-z]*', 'metsalle', '[a-z]*jahti[a-z]*', 'jahtiin', 'aseen kasittely[a-z]*', 'asekurssi[a-z]*', 'gun safety', 'vapenhantering[a-z]*', 'hunting licen[cs]e', 'hunting course',
  'hunting club', 'hunting season', 'go hunting', 'going hunting', 'jaktkort[a-z]*', 'jaktlag[a-z]*', 'jaktlicens', 'jaktsasong[a-z]*', 'ampumara[a-z]*', 'ampumaseur[a-z]*', 'shooting range',
  'shooting club', 'skyttebana[a-z]*', 'skytteklubb[a-z]*', 'asekurssi[a-z]*', 'aselupa[a-z]*', 'gun licen[cs]e', 'vapenlicens', 'keittio[a-z]*', 'kitchen', 'kokkaa[a-z]*', 'kokki[a-z]*', 'cooking class', 'cooking club', 'matlagning[a-z]*', 'kokkurs[a-z]*', 'kokata', 'ruoanlait[a-z]*', 'cooking',
  'ruokaresepti[a-z]*', 'recipe', 'leipa[a-z]*', 'bread', 'knife set', 'veitsisarja', 'dosett[a-z]*', 'pill organi[sz]er', 'annosjakel[a-z]*', 'siltatyo[a-z]*', 'remont[a-z]*', 'renovat[a-z]*', 'kattoremont[a-z]*', 'roof repair', 'valokuv[a-z]*', 'photo[a-z]*', 'maisema[a-z]*', 'view', 'utsikt[a-z]*');

/** A roof or a house being repaired, not a height to fall from: "när taket började läcka", "katto vuotaa", "shovelling snow off the roof". */
const HOUSE_REPAIR = words('lack[a-z]*', 'leak[a-z]*', 'vuoti', 'vuotaa', 'vuotava', 'korja[a-z]*', 'reparer[a-z]*', 'repair[a-z]*', 'lumit[a-z]*', 'lumitoi[a-z]*', 'snoskott[a-z]*', 'skotta[a-z]*', 'shovel[a-z]*', 'tiilet', 'takpannor', 'shingles', 'ranni[a-z]*', 'hangrann[a-z]*', 'gutter[a-z]*');

/** Moves, retirements and ordinary goodbyes. */
const ORDINARY_GOODBYE = words('muutan', 'muutetaan', 'muutto[a-z]*', 'muuttamassa', 'moving', 'move to', 'moved', 'relocat[a-z]*', 'flyttar', 'flytta[a-z]*', 'elakkeelle', 'elake[a-z]*', 'retir[a-z]*',
  'pension[a-z]*', 'viimeinen tyopaiva', 'last day at work', 'last day of work', 'sista arbetsdag[a-z]*', 'kesaloma[a-z]*', 'lomalle', 'vacation', 'holiday', 'semester[a-z]*', 'reissu[a-z]*',
  'vaihto[a-z]*', 'exchange', 'utbyte[a-z]*', 'kirpputori[a-z]*', 'flea market', 'loppis', 'tori[a-z]*', 'myyn', 'selling', 'saljer', 'kierratys[a-z]*', 'recycl[a-z]*', 'kuolinpesa[a-z]*',
  "(?:i'm|im|i am) off to", 'going abroad', 'go(?:ing)? back to', 'for a year', 'for (?:six|two|three|[0-9]+) months', 'ulkomaille', 'vuodeksi', 'puoleksi vuodeksi', 'palaan (?:kotimaahan|takaisin)', 'muutan takaisin', 'aker tillbaka', 'flyttar tillbaka', 'i ett ar', 'for ett ar', 'utomlands',
  'armeija[a-z]*', 'inttiin', 'intti', 'varusmie[a-z]*', 'army', 'military service', 'militartjanst[a-z]*', 'lumpen', 'edunvalvontavaltuut[a-z]*', 'power of attorney', 'framtidsfullmakt',
  // Going to a funeral is a goodbye of its own kind; one's own funeral paid for in advance is not dampened.
  '(?<!(?:paid for|prepaid|arranged|planned|booked|maksoin|maksanut|jarjestin|varasin|betalat|betalade|ordnat|planerat) (?:the |my |own |min |mina )*)(?:hautajais[a-z]*|funeral|begravning[a-z]*)', 'muutin', 'muuttoon',
  'syopa[a-z]*', 'cancer', 'cancer[a-z]*', 'saattohoito[a-z]*', 'palliat[a-z]*', 'terminal', 'hospice', 'kuolemansairau[a-z]*');

/** Medicines handled as medicines: a pill organiser, the weekly dose, taken as prescribed. */
export const MEDICINE_ROUTINE = words('vitamin[a-z]*', 'vitamiini[a-z]*', 'supplements?', 'lisaravin[a-z]*', 'kosttillskott[a-z]*', 'fish oil', 'kalaoljy[a-z]*', 'omega', 'magnesium', 'kalsium[a-z]*', 'probioti[a-z]*', 'dosett[a-z]*', 'dosetti[a-z]*', 'pill organi[sz]er', 'pill ?box(?:es)?', 'annosjakel[a-z]*', 'weekly pills', 'viikon laakkeet', 'sorted (?:for|into|by) (?:the )?(?:week|day|days)', 'jaettu', 'niinku pitaa', 'niin kuin pitaa', 'niin kuin kuuluu',
  'as prescribed', 'all prescribed', 'prescribed', '(?:a|per) day', 'daily', 'paivassa', 'paivittain', 'om dagen', 'per dag', 'dagligen', 'ordinerade', 'maaratyt', 'as usual', 'like always', 'every morning', 'joka aamu', 'aamulaakkeet', 'som vanligt', 'som jag ska', 'som lakaren sagt', 'laakarin ohjeen mukaan');
/** Medicines on their way back to the pharmacy or out of the house: collected to be returned, not taken. */
export const MEDICINE_RETURNED = words('apteekkiin', 'apteekille', 'palautta[a-z]*', 'palautus[a-z]*', 'havitta[a-z]*', 'havitys', 'vanhentune[a-z]*', 'expired', 'dispose', 'disposal', 'take (?:them |old meds |it )?back',
  'to the pharmacy', 'till apoteket', 'utgangna', 'lamna in', 'ta emot',
  // Leftover medicine to get rid of: "mitä teen vanhoille lääkkeille", "gamla mediciner", "old meds from mum's cupboard".
  '(?:mita|mihin|miten) (?:teen|tehda|laitan|vien) (?:[a-z]+ )?(?:vanhoille|ylimaaraisille|kayttamattomille|jaljelle jaaneille) (?:laakkeille|pillereille|tableteille)', 'vanhat laakkeet', 'vanhoja laakkeita', 'kayttamattomat laakkeet',
  'gamla (?:mediciner|tabletter|piller)', 'hur gor man med gamla', 'vad gor (?:jag|man) med (?:gamla|overblivna) (?:mediciner|tabletter)', 'old (?:meds|medicines?|medication|pills) (?:from|in|at)',
  'what (?:do i|to|should i) do with (?:old|leftover|unused|expired) (?:meds|medicines?|medication|pills)', 'leftover (?:meds|medicines?|pills)');
/** Fiction, school work and presentations about the subject. */
const FICTION_AND_SCHOOLWORK = words("(?:our|my) band(?:'s|s)?", 'song (?:is )?called', 'the song', 'in the song', 'biisi[a-z]*', 'bandin', 'bandimme', 'laulussa lauletaan', 'var lat', 'i sangen', 'visa om', 'en visa', 'sangtext[a-z]*', 'lyrics', 'laulun sanat', 'laulussa', 'kirjan', 'kirjassa', 'kirjaesitelm[a-z]*', 'esitelm[a-z]*', 'paahenkilo[a-z]*', 'novelli[a-z]*', 'romaani[a-z]*', 'essee[a-z]*', 'aikan essee', 'tutkielma[a-z]*',
  'naytelma[a-z]*', 'teatteri[a-z]*', 'theatre', 'theater', 'a play', 'the play', 'rehears[a-z]*', 'pjas[a-z]*', 'teater[a-z]*', 'novel', 'the book', 'a book', 'main character', 'protagonist', 'essay (?:on|about)', 'my essay', 'school essay', 'presentation', 'homework', 'school project', 'uppsats[a-z]*', 'boken', 'huvudperson[a-z]*', 'novell[a-z]*', 'hamlet', 'shakespeare');
/** A past event, told as history: "viime viikolla", "last week", "för tre år sedan", "still after the stroke". */
const PAST_EVENT = words('(?:viime|viimeksi) (?:maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina)', 'forra (?:mandagen|tisdagen|onsdagen|torsdagen|fredagen|lordagen|sondagen)', 'last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'viime viikolla', 'viime kuussa', 'viime vuonna', 'viime kevaana', 'viime syksyna', 'viime talvena', 'viime kesana', '(?<!\\b(?:sen|sedan|since|from) )(?:last winter|last summer|last autumn|last fall|i vintras|i somras|i hostas|i varas)', 'last week', 'last month', 'last year', 'last spring', 'forra veckan', 'forra manaden', 'i fjol',
  '(?:[0-9]+|kaksi|kolme|nelja|viisi|kuusi|seitseman|monta|pari) (?:vuotta|kuukautta|viikkoa) (?:sitten|sitte)', '[a-z0-9]+ (?:years?|months?|weeks?) ago', '(?:for )?[a-z0-9]+ (?:ar|manader|veckor) sedan',
  'aivoinfarkti[a-z]*', 'aivohalvau[a-z]*', 'had a stroke', 'after (?:his|her|the|my) stroke', 'since (?:his|her|the|my) stroke', 'fick (?:en )?stroke', 'efter stroken', 'since (?:19|20)[0-9]{2}', 'vuodesta (?:19|20)[0-9]{2}', 'aikoinaan', 'years ago', 'siita on', 'det var for', 'that was');
/** A world, a plan or a life that "collapsed" is a loss, not a person down. */
const WORLD = words('(?:my|whole|my whole|koko|hela|min|hela min) (?:world|life|maailma[a-z]*|elama[a-z]*|varld[a-z]*|liv[a-z]*)', 'maailmani', 'varlden', 'plans?', 'suunnitelm[a-z]*', 'planer[a-z]*');
/** Pets lie still and sleep all day. */
const PETS = words('cats?', 'dogs?', 'kittens?', 'pupp(?:y|ies)', 'hamsters?', 'rabbits?', 'kissa[a-z]*', 'koira[a-z]*', 'katt[a-z]*', 'hund[a-z]*', 'kanin[a-z]*', 'hamster[a-z]*', 'all day', 'koko paivan', 'hela dagen');
/** Habits, not events: "vaknar inte på morgnarna", "aamuisin". */
const HABITUAL = words('aamuisin', 'iltaisin', 'usein', 'aina', 'joka aamu', 'in the mornings', 'every morning', 'often', 'always', 'pa morgnarna', 'ofta', 'alltid', 'varje morgon', 'joskus', 'toisinaan', 'sometimes', 'ibland');
/** A weapon handled for hunting or sport. */
const WEAPON_BENIGN = words('knife safety', 'knife skills', 'hygien[a-z]*', 'veitsitaido[a-z]*', '[a-z]*jahti[a-z]*', 'metsalle', 'metsastyskau[a-z]*', 'puhdista[a-z]*', 'putsa[a-z]*', '[a-z]*jakt(?!gevar|vapen|kniv|bossa)[a-z]*', 'cleaning', 'hunting(?! (?:rifle|gun|knife|shotgun|weapon))', 'shooting range', 'ampumarata', 'skyttebana');
/** An explicit retraction: "ei se tosissaan", "just kidding". */
export const RETRACTION = new RegExp([
  words('ei se tosissaan', 'ei tosissaan', 'en tosissani', 'leikillaan', 'not seriously', 'not serious', 'just kidding', 'jk', 'pa skamt', 'inte pa riktigt', 'skamtar bara',
    // The resident says plainly that they are safe ("not in danger, I just need someone to talk to").
    "(?:i'm |im |i am )?not in (?:any )?danger", '(?:jag ar )?inte i (?:nagon )?fara', 'en (?:ole|oo) (?:missaan )?vaarassa', 'ei (?:ole|oo) hataa', 'ei mitaan hataa',
    'real question', 'serious question', 'vakava kysymys', 'oikea kysymys', 'allvarlig fraga', 'seriost fragat',
    // Nothing acute, said plainly by one who asks in general: "det är inget akut", "nothing's happening right now".
    '(?:det ar )?inget akut', 'inte akut', 'ei (?:ole |oo )?valitonta (?:uhkaa|vaaraa)', 'no immediate (?:threat|danger)', 'ingen (?:akut|omedelbar) (?:fara|hot)', 'inget (?:akut|omedelbart) hot', 'not an emergency', "(?:there'?s|there is|it'?s|its) no emergency", '(?:ei|eika) (?:ole |oo )?(?:kenellekaan|kellekaan) vaaraksi', 'not (?:a )?danger(?:ous)? to anyone', '(?:inte|int) (?:en )?fara for (?:nagon|nan|andra)', '(?:det ar )?(?:inte|int) (?:en )?nodsituation', 'ei (?:ole |oo )?hatatilanne', "nothing(?:'s| is) (?:happening|going on) (?:right )?now", "(?:it's|it is) not (?:urgent|acute)", 'nothing (?:urgent|acute)', 'ei (?:ole |oo )?(?:mitaan )?akuuttia', 'ei (?:ole |oo )?akuutti'),
  // A dark phrase corrected at once into an ordinary wish: "haluun kuolla pois tästä kylästä / siis muuttaa pois", "jag vill int leva så
  // här mer / alltså i en etta", "I want out, I mean move out".
  re(alt('siis', 'eli', 'tarkoitan', 'alltsa', 'jag menar', 'i mean', 'meaning'), '\\s+(?:,\\s+)?', alt('muuttaa', 'muuttais[a-z]*', 'muutan', 'lahtea pois', 'pois (?:tasta|taalta) (?:kylasta|kaupungista|kunnasta)', 'asua', 'flytta', 'bo ', 'i en (?:etta|tvaa|trea|lagenhet)', 'i (?:den har|denna) (?:lagenhet|stad|by)', 'move', 'moving', 'leave (?:this|the) (?:town|village|city|flat)')),
  // A joke turned into a real question: "men seriöst, finns det…", "but seriously, where can I…".
  re(alt('men', 'but', 'mut', 'mutta', 'no mut'), '\\s+', alt('seriost', 'seriously', 'oikeesti', 'oikeasti', 'tosissaan', 'for real'), '\\s+(?:,\\s+)?',
    alt('finns', 'har', 'var', 'vad', 'hur', 'kan', 'where', 'what', 'how', 'is there', 'are there', 'do you', 'onko', 'onks', 'mista', 'missa', 'miten', 'voiko', 'saako', 'ois', 'olisko', 'tietaako')),
].map((p) => `(?:${p.source})`).join('|'));
/**
 * "I'm not going to do anything", "no plans", "en tee mitään", "men ja gör int nå åt he": passive thoughts the resident says
 * plainly they will not act on. It turns only passive readings (hopelessness, the learned reader) into a concern.
 */
export const DISAVOWAL = words(
  // "inte att jag vill dö", "not that I want to die": hopelessness said plainly not to be a wish to die.
  'inte att (?:jag|ja) vill do', 'not that i want to die', "not that i'?d want to die", 'ei silleen etta (?:haluaisin|haluisin|haluun) kuolla',
  "(?:i'm|im|i am) not (?:going|gonna) (?:to )?do (?:anything|it)", '(?<![a-z] )not (?:going|gonna) (?:to )?do anything(?: (?:dumb|stupid|silly|drastic))?(?! (?:dumb|stupid|silly|drastic)\\b)(?! \\. (?:probably|maybe|i think|i hope|hopefully|i guess))', 'nothing (?:dumb|stupid|drastic)(?! \\. (?:probably|maybe|i think|i hope|hopefully|i guess))', 'not (?:a )?danger(?:ous)? to myself', "i (?:won't|wont|will not) do anything", "(?:i'm|im|i am) not going to act on", "i (?:won't|wont|will not) act on", '(?:no|not any) plans?(?: or anything| to do anything)?(?! (?:for|this|tonight|tomorrow|today|on|at|yet)\\b)', "(?:i )?(?:don't|dont|do not) have (?:any )?plans?(?! (?:for|this|tonight|tomorrow|today|on|at|yet)\\b)",
  'en (?:ma |mina )?(?:tee|aio tehda|tule tekemaan) (?:mitaan|sita)', 'en (?:ikina |koskaan |ma |mina )?(?:tekisi|tekis|tekisin) (?:itselleni |itelleni |mitaan )?(?:mitaan|mitaa)', 'en (?:ikina |koskaan )?satuttaisi itseani',
  "i(?: would|'d|d)? never (?:do anything|hurt myself|act on (?:it|them))", "i (?:don'?t|do not) want to do anything to (?:me|myself)", "i (?:wouldn't|wouldnt|would not) (?:do anything|hurt myself|act on (?:it|them))", '(?:jag|ja) skulle (?:aldrig|inte|int) (?:gora (?:nagot|na|nat|nanting)|skada (?:mig|mej))', '(?:jag|ja) gor (?:mig|mej) (?:inte|int) (?:nagot|na|nat|illa)', 'en ole suunnitellut mitaan', 'ei mitaan suunnitelmia', '(?:ei|ettei|eika) (?:ole|oo) (?:mitaan |mitaa )?suunnitelm(?:aa|ia)', 'ingen plan(?: eller (?:sa|nagot|nat))?', 'en (?:ma |mina |mie )?(?:mitaan |mitaa )?aio teha', 'ei (?:oo|ole) (?:mitaan )?suunnitelmia', 'en aio toteuttaa',
  '(?:jag|ja) (?:gor|gor int|tanker inte gora|kommer inte (?:att )?gora|ska inte gora) (?:inte )?(?:nagot|nat|na|nanting|ingenting)(?: at (?:det|he|de))?', '(?:jag|ja) gor int na', 'inga planer', 'har inga planer', 'gor (?:inget|ingenting|int na|inte nagot|int nagot) at (?:det|he|de)', '(?:jag |ja )?vill (?:inte|int) do', 'en (?:ma |mina )?halua kuolla', '(?:inte|int) har (?:nagra|nan|nagon) planer', 'har (?:inte|int) (?:nagra|nan|nagon) planer', "(?:doesn't|does not|didn't) have (?:any )?plans?(?! (?:for|this|tonight|tomorrow|today|on|at|yet)\\b)",
  // A worker's note that the client denies a plan: "förnekar planer och medel", "denies any plan or means", "kiistää suunnitelmat".
  'fornekar (?:planer|plan|sjalvmordsplaner|medel|avsikt|sjalvmordstankar|sjalvskadetankar|tankar)', '(?:denies|denied) (?:any )?(?:plans?|intent|means|suicidal|thoughts|self-harm)', 'not planning anything', 'en (?:ma |mina )?(?:ole|oo) tappamassa (?:itteeni|itseani|itseni|itteani)', "(?:i'm|im|i am) not (?:going to |gonna )?kill(?:ing)? myself", 'jag tanker (?:inte|int) ta livet av mig', 'kiistaa (?:suunnitelm[a-z]*|aikee[a-z]*|itsetuho[a-z]*)',
  "(?:he|she|they) (?:told me|said|says) (?:he|she|they) (?:isn't|isnt|is not|wasn't|won't|wont|is never) (?:going to |gonna )?(?:hurt|harm|do anything to) (?:himself|herself|themselves)",
  // The object first in spoken Finnish: "mut en mä mitään tee", "en mie mittään tee".
  'en (?:ma |mina |mie |maa )?(?:mitaan|mitaa|mittaan) (?:tee|aio tehda|oo tekemassa)', 'en (?:ma |mina |mie )?(?:ole|oo) tekemassa (?:mitaan|mitaa|mittaan)',
  // Someone else, reported plainly by a worried relative: "hän ei ole puhunut vahingoittamisesta", "he hasn't talked about hurting himself".
  '(?:ei ole|ei oo|eika ole) (?:koskaan )?puhunut (?:itsensa |ittensa )?(?:vahingoittamise[a-z]*|satuttamise[a-z]*|itsetuho[a-z]*|kuolema[a-z]*)', '(?:itsensa |ittensa )?(?:vahingoittamise[a-z]*|satuttamise[a-z]*|itsetuho[a-z]*)(?:sta)? (?:han |se )?(?:ei ole|ei oo) puhunut',
  "(?:he|she|they) (?:hasn't|hasnt|has not|haven't|havent|have not|never) (?:talked|talks|spoken|speaks|said anything|says anything|mentioned|mentions) (?:about )?(?:hurting|harming|killing) (?:himself|herself|themselves)", "(?:he|she) (?:not|no|does not|doesn'?t) say (?:he|she) wants? (?:to )?die", "(?:he|she|they) (?:hasn't|hasnt|has not|never) (?:talked|spoken|said anything) about (?:suicide|self-harm|dying)",
  '(?:han|hon|de) har (?:inte|aldrig) (?:pratat|sagt nagot) om att (?:skada|ta livet av) sig',
  // A relative says plainly nothing alarming was said, or the resident that it is nothing dramatic: "hon har inte sagt nåt oroande",
  // "he hasn't said anything scary", "hän ei ole sanonut mitään huolestuttavaa", "ei mitään dramaattista".
  '(?:han|hon|de) har (?:inte|int|aldrig) sagt (?:nagot|nat|na|nanting) (?:oroande|alarmerande|skrammande|farligt|sant)', "(?:he|she|they) (?:hasn't|hasnt|has not|haven't|havent|have not|didn't|didnt|never) (?:said|mentioned|written|posted) anything (?:scary|worrying|alarming|concerning|dangerous|like that)",
  '(?:han|se|hän|ne) ei (?:ole|oo) (?:sanonut|sanonu|puhunut|puhunu|kirjoittanut|kirjottanu) mitaan (?:huolestuttava[a-z]*|pelottava[a-z]*|halyttava[a-z]*|vaarallis[a-z]*)', 'ei (?:mitaan|mitaa) dramaattista', 'inget dramatiskt', 'nothing dramatic',
  // Not hurting oneself, said plainly: "jag tänker inte göra mig illa", "en tee mitään pahaa itselle", "I'm not going to hurt myself".
  '(?:jag|ja) (?:tanker|kommer|ska|vill) (?:inte|int|aldrig) (?:att )?(?:gora|skada) (?:mig|mej)(?: sjalv)?(?: illa| nagot)?', 'jag skadar (?:inte|int) (?:mig|mej)',
  'en (?:ma |mina |mie )?(?:tee|aio tehda|aio) (?:mitaan )?(?:pahaa )?(?:itselleni|itselle|itelleni|itelle)', 'en (?:ma |mina |mie |maa )?(?:mitaan |mitaa |mittaa |mittaan )?(?:pahaa )?(?:itselleni|itselle|itelleni|itelle|itteleni|ittelleni) (?:tee|tehe|aio tehda)', 'en (?:ma |mina )?aio (?:satuttaa|vahingoittaa) (?:itseani|itteani|itseeni)',
  "(?:i'm|im|i am) not (?:going|gonna) (?:to )?(?:hurt|harm|do anything to) myself", "i (?:won't|wont|will not|would never) (?:hurt|harm|do anything to) myself", "i (?:don't|dont|do not) want to die(?: or anything)?",
  // Said in other words: "I'm not thinking of anything stupid", "not that I'd ever do anything", "im not planning anything",
  // and a learner's "I do not make nothing bad to myself".
  "(?:i'm|im|i am) not (?:thinking|planning) (?:of |about |on )?(?:doing )?anything(?: (?:dumb|stupid|silly|drastic|bad))?(?! \\. (?:probably|maybe|i think|i hope|hopefully|i guess))",
  "not that i(?:'d| would|d)? ever do anything", "(?:i'm|im|i am) not going anywhere", "i (?:do not|don't|dont|will not|won't|wont) (?:make|do) (?:nothing|anything) bad to (?:myself|me)",
  // Not saying one will do anything, in Ostrobothnian too: "ja säger int att ja ska göra nå dumt", "en mä sano et mä tekisin mitään".
  '(?:jag|ja) sager (?:inte|int) att (?:jag|ja) (?:ska|skall|kommer att) gora (?:nagot|na|nat|nanting) (?:dumt|drastiskt)', "(?:i'm|im|i am) not saying (?:i'd|i would|i'll|i will|i'm going to) do anything");

/**
 * Someone else's dark words with the resident's plain word that nothing points to harm: "she says she would never do
 * anything, God forbid", "no signs he'd hurt himself", "hon säger att hon aldrig skulle göra något". A concern, not an alarm.
 */
export const OTHER_DISAVOWAL = words(
  // Asked straight and answered no: "kysyin aikooko hän satuttaa itseään, ja hän sanoi ettei", "I asked if she'd hurt herself and she said no".
  '(?:aikooko|aikoisiko|onko|ajatteleeko) (?:han|se) (?:[a-z]+ ){0,3}(?:satuttaa|vahingoittaa|tehda|pahoja ajatuksia)[a-z ,]{0,40}(?:han|se) (?:sanoi|vastasi) (?:ettei|etta ei|ei)', 'ettei (?:han|se) sellaista', "(?:asked|asking) (?:if|whether) (?:she|he|they)(?:'d| would| will| is going to| was going to) (?:hurt|harm|do anything to) (?:herself|himself|themselves)[a-z ,']{0,30}(?:she|he|they) said no",
  '(?:fragade|fragat) om (?:hon|han) (?:tanker|skulle) (?:skada|gora) (?:sig|nagot)[a-z ,]{0,30}(?:hon|han) sa nej',
  "(?:he|she|they) (?:never|doesn'?t|does not|hasn'?t|has not) (?:talks?|talked|speaks?|spoken|says?|said|mentions?|mentioned) (?:anything )?(?:about )?(?:hurting|harming|killing) (?:himself|herself|themselves)", "(?:he|she) (?:not|no|does not|doesn'?t) say (?:he|she) wants? (?:to )?die",
  'never (?:talks?|talked|speaks?|says?|mentions?) (?:anything )?(?:about )?(?:hurting|harming|killing) (?:himself|herself|themselves)',
  // Well now, said of the other: "she's doing so much better now, honestly in a good place", "hän voi nyt paljon paremmin".
  "(?:she|he|they)(?:'s| is| are) (?:doing )?(?:so much |much |a lot |way )?better now", '(?:honestly |really )?in a (?:good|better) place(?: now)?', "(?:i'?m )?not worried about (?:right )?now", '(?:han|se) voi (?:nyt )?(?:jo )?(?:paljon |huomattavasti )?paremmin', '(?:hon|han) mar (?:mycket )?battre nu',
  // "I don't think she's suicidal", "en usko että hän on itsetuhoinen", "jag tror inte att hon är suicidal".
  "(?:i )?(?:don't|dont|do not) think (?:she|he|they)(?:'s| is| are|'re) suicidal", 'en usko (?:etta )?(?:han|se) (?:on|ois|olisi) itsetuhoi[a-z]*', '(?:jag )?tror (?:inte|int) (?:att )?(?:hon|han|hen) (?:ar|e) (?:suicidal|sjalvmordsbenagen)',
  '(?:att )?(?:han|hon|de) aldrig (?:skulle|sku|ska) gora (?:nagot|nat|na)', '(?:he|she|they) would never (?:do anything|actually do it)', '(?:han|se|hän) ei (?:ikina|koskaan) tekisi (?:mitaan|sita)',
  "(?:he|she|they) (?:says|said|told me|tells me|swears|promised) (?:that )?(?:he|she|they)(?:'d| would| will|'ll)? never (?:do anything|hurt (?:himself|herself|themselves))",
  "no (?:signs?|sign at all|indication) (?:that )?(?:he|she|they)(?:'d| would| will| is| was)? (?:hurt|harm|do anything to) (?:himself|herself|themselves)",
  '(?:han|hon|de) (?:sager|sa|lovar|lovade) (?:att )?(?:han|hon|de) (?:aldrig|inte) (?:skulle|ska|kommer att) (?:gora (?:nagot|nat|na)|skada (?:sig|sig sjalv))',
  'no plans?(?: or anything)? (?:that )?(?:as far as|that) (?:i|we) (?:can tell|know|can see)', 'ei (?:ole |oo )?(?:mitaan )?suunnitelmia (?:ainakaan )?(?:tietaakseni|tietaaksemme)',
  "(?:says|said) (?:she|he|they)(?:'s| is| are|'re) (?:fine|ok|okay|good|well) now", "(?:says|said) (?:she|he|they)(?:'s| is| are|'re) safe", "(?:she|he|they) (?:did not|didn'?t|has not|hasn'?t) say (?:she|he|they) (?:wants?|wanted) to die", '(?:han|se) ei (?:ole )?sanonut haluavansa kuolla', '(?:hon|han) har (?:inte|int) sagt att (?:hon|han) vill do', '(?:old|healed) (?:self-harm |cutting )?scars', '(?:scars|they) are (?:old|healed)', 'vanhat arvet', 'arvet (?:ovat |on )?(?:vanhoja|parantuneet)', 'gamla arr', '(?:han|hän|se) ei (?:ole|oo) (?:mitaan )?uhannut', 'ei (?:han|se) (?:ole|oo) (?:mitaan )?uhannut', "(?:he|she|they) (?:hasn't|hasnt|has not|haven't|have not) threatened (?:anything|to do anything)", '(?:han|hon|hen) har (?:inte|int) hotat (?:med )?(?:nagot|nat)',
  '(?:han|se|hän) (?:sanoo|sanoi|lupasi|vannoo) (?:ettei|ettei han|ettei se) (?:ikina |koskaan )?(?:tekisi|tekis|tee) (?:mitaan|itselleen mitaan)', 'ei (?:mitaan )?merkkeja (?:siita )?etta (?:han|se) (?:satuttaisi|vahingoittaisi) (?:itseaan|itteaan)');
/**
 * A worker's note that the client, asked, denies thoughts or plans of harm: "itsetuhoisia suunnitelmia ei ole kysyttäessä",
 * "förnekar tankar på att skada sig", "inga aktuella tankar enligt henne", "denies suicidal thoughts". With nothing but the bare
 * term or another's risk named, a concern.
 */
export const DENIED_WHEN_ASKED = words('(?:itsetuhoisia|itsemurha)(?: ?ajatuksia| ?suunnitelmia| ?aikeita)? (?:[a-z]+ )?(?:ei (?:ole|oo|ilmene|tule esiin)|ei ilmennyt)(?: kysyttaessa)?', 'kysyttaessa (?:ei|kiistaa|kieltaa)', 'ei (?:ole |oo )?itsetuhoisia (?:ajatuksia|suunnitelmia|aikeita)',
  'fornekar (?:tankar|planer|sjalvmordstankar|sjalvskadetankar)', 'inga (?:aktuella |akuta )?(?:tankar|planer)(?: pa att (?:skada|ta livet av) sig)?(?: enligt (?:henne|honom|hen))?', '(?:denies|denied) (?:any )?(?:suicidal |self-harm )?(?:thoughts|plans|intent)', 'no (?:current |active |acute )?(?:suicidal |self-harm )?(?:thoughts|plans|intent) (?:when asked|per (?:her|him|them)|according to)');
const any = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));

/** Professional, academic and media talk about the subject. */
const TALK_GENERAL = words('koulutu[a-z]*', 'kurssi[a-z]*', 'luento[a-z]*', 'tutkimu[a-z]*', 'essee[a-z]*', 'essay', 'uppsats[a-z]*', 'kirja[a-z]*', 'novel', 'book', 'romaan[a-z]*',
  'elokuva[a-z]*', 'film[a-z]*', 'movie', 'sarja[a-z]*', 'series', 'serie[a-z]*', 'peli[a-z]*', 'game', 'spel', 'spelet', 'spelen', '[a-z]+spel', '[a-z]+spelet', 'hamlet', 'shakespeare', 'runo[a-z]*', 'poem', 'dikt[a-z]*', 'laulu[a-z]*',
  'song', 'lyrics', 'sanoitu[a-z]*', 'uutis[a-z]*', 'news', 'nyheter', 'artikkel[a-z]*', 'article', 'artikel[a-z]*', 'opiskelija[a-z]*', 'student[a-z]*', 'studerande', 'ammattilai[a-z]*', 'professional[a-z]*', 'vapaaehtoi[a-z]*', 'volunteer[a-z]*',
  'frivillig[a-z]*', 'koulutuksessa', 'training', 'utbildning[a-z]*', 'ensiapu[a-z]*', 'first aid', 'forsta hjalp[a-z]*', 'harjoitu[a-z]*', 'ovning[a-z]*', 'exercise', 'drill', 'jos joku', 'if someone',
  'om nagon', 'mita tehda jos', 'what to do if', 'vad gor man om', 'miten toimia', 'how to act');
/** A worker's own clients and patients: talk about the subject when danger is named, but a client's hopelessness is still worth the gentle line. */
const CLIENTS = words('tyossani', 'tyokseni', 'asiakkaa[a-z]*', 'asiakkai[a-z]*', 'client[a-z]*', 'klient[a-z]*', 'potilaa[a-z]*', 'potilai[a-z]*', 'patient[a-z]*');
const TALK_ABOUT = any(TALK_GENERAL, CLIENTS);
/**
 * Clients in general ("asiakkaillani", "my patients", "klienter"), not the one a worker is with now: a home-care worker's
 * "my client fell, she is on the floor and very cold" is an emergency to report, "my clients often fall" is talk.
 */
const CLIENTS_IN_GENERAL = words('tyossani', 'tyokseni', 'asiakkai[a-z]*', 'clients', 'klienter[a-z]*', 'klienterna', 'potilai[a-z]*', 'patients', 'patienter[a-z]*');
const TALK_ON_DUTY = any(TALK_GENERAL, CLIENTS_IN_GENERAL);

const DESPAIR_WORDS = [
  'en jaksa', 'ei jaksa', 'emma jaksa', 'en ma jaksa', 'en maa jaksa', 'en mie jaksa', 'en jaksa enaa', 'en enaa jaksa', 'en kesta', 'en kesta enaa', 'ei kannata', 'mika jarki', 'ei mitaan jarkea',
  'ei mitaan merkitysta', 'kaikki on turhaa', 'ihan turhaa', 'toivoton[a-z]*', 'toivottom[a-z]*', 'kukaa(?:n)? ei (?:kaipaa|kaipais|kaipaisi|valita|huomaa|huomais|ees huomaa)[a-z]*',
  'kaikki olis parempi', 'kaikilla olis parempi', 'olen taakka', 'oon taakka', 'taakkana', 'ei ole ulospaasya', 'ei oo ulospaasya', 'loppu on', 'tama on loppu', 'taa on loppu', 'en pysty enaa',
  'en jaksa tata', 'en aio enaa roikkua', 'en jaksa enaa roikkua', 'nyt riittaa', 'riittaa nyt', 'anteeksi kaikille', 'anteeksi kaikesta', 'antakaa anteeksi', 'ei lopu koskaan', 'masentunut', 'masentunu', 'ei tasta elamasta', 'mithaan tule',
  "(?:i )?(?:cannot|can't|cant) continue(?! (?:with|to|the|my|working|studying|paying)\\b)", 'kan inte fortsatta(?! med| att| pa| studera| jobba)', 'en voi jatkaa(?! [a-z]+(?:ta|ta|aa|maan|mista)\\b)',
  "can't anymore", 'cant anymore', "can't do this anymore", 'cant do this anymore', "can't take it", 'cant take it', "can't go on(?! (?:(?:her|his|my|their|our) own|alone|by (?:her|him|my|them)sel(?:f|ves)|a trip|holiday|vacation|outings?|the (?:bus|train|trip))\\b)", 'cant go on(?! (?:(?:her|his|my|their|our) own|alone|by (?:her|him|my|them)sel(?:f|ves)|a trip|holiday|vacation|outings?|the (?:bus|train|trip))\\b)', 'no point', 'pointless', 'hopeless',
  'nobody would miss', 'no one would miss', 'nobody cares', 'no one cares', 'nobody will care', 'no 1 cares', 'done with everything', 'done with it all', 'give up', 'giving up', 'burden', 'no way out',
  'had enough', "i'm done", 'im done', 'over it all', 'empty inside', 'tired of everything', 'so tired of it all', 'just sorry', 'said sorry', 'sorry for everything', 'forgive me',
  'never ends', 'depressed', 'falling apart', 'nobody in this house', 'nobody even looks',
  'orkar inte', 'orkar int', 'klarar inte mer', 'klarar int', 'ingen mening', 'ingen bryr sig', 'ingen skulle sakna', 'hopplost', 'ger upp', 'meningslost', 'en borda', 'ingen utvag', 'det ar slut',
  'pallar inte', 'pallar int', 'jag ar klar med allt', 'trott pa allt', 'forlat mig', 'forlat mamma', 'forlat pappa', 'forlat for allt', 'deprimerad', 'tar aldrig slut', 'lattast for alla',
  // How quick it would be, said next to a means: "I reckon that'd make it quick", "se kävis nopeesti", "det skulle gå fort".
  "(?:that'?d|that would|it would|it'?d|would) (?:make it|be) (?:quick|quicker|fast|painless|over quickly)", '(?:se|siina) (?:kavis|kavisi|olis|olisi) (?:nopeesti|nopeasti|nopee|nopea)', 'det (?:skulle|kommer att) ga (?:fort|snabbt)',
  // Dead rather than shamed, and sleeping for ever: "I'd rather be dead than have everyone see", "vill ba sova för alltid".
  "(?:i'd|id|i would) rather be dead", 'mieluummin kuollut', 'hellre dod', 'sova for alltid', 'somna for alltid', 'sleep forever', 'sleep for ever', 'nukkua ikuisesti', 'nukahtaa ikuisesti', 'ikuiseen uneen',
  'zzcoffin',
];
const DESPAIR = words(...DESPAIR_WORDS);

const TIME_SOON = alt("(?:after|when|once) (?:everyone|everybody|they|the others|the kids|my (?:wife|husband|parents|mum|mom))(?:'s| is| are|'re)? (?:asleep|gone to bed|in bed)", '(?:kun|ku) (?:muut|kaikki|vaimo|mies|lapset|vanhemmat|aiti|isa) (?:on )?(?:nukkuu|nukkuvat|nukahtaa|nukahtanut|nukkumassa|menny nukkumaan|mennyt nukkumaan)', 'nar (?:alla|de andra|[a-z]+) (?:har |ha )?(?:somnat|somna|sover|gatt och lagt sig)', 'tanaan', 'tanaa', 'tnaan', 'tnaa', '(?:kun|ku) kello (?:on|lyo|tulee) [a-z0-9]+', 'nar klockan (?:blir|ar|slar) [a-z0-9]+', 'when the clock (?:strikes|hits) [a-z0-9]+', 'tana iltana', 'tana yona', 'tanaan illalla', 'illalla', 'illal', 'yolla', 'huomenna', 'huomena', 'huomen', 'ylihuomenna', 'viikonloppuna', 'maanantaina',
  'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina', 'nyt', 'heti', 'kohta', 'pian', 'ennen joulua', 'joulun jalkeen', 'syntymapaivanani', 'ensi viikolla',
  'kun lumet sulaa', '(?:kun|ku) [a-z]+ (?:lahtee|lahtoo|menee|on poissa|on toissa|on tyomatkalla|nukkuu|nukahtaa|on nukahtanut)', 'kun kaikki nukkuu', 'keskiyolla', 'toiden jalkeen', 'vuoron jalkeen',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'ensi viikon [a-z]+', 'after work', 'after my shift', 'after the shift', 'efter jobbet', 'efter skiftet', 'nar alla (?:har )?somnat', 'nar alla sover', "when (?:everyone|everybody|they|the others)(?:'s|'re| is| are) asleep", 'kun muut (?:nukkuu|nukkuvat|on nukahtaneet)',
  'mandag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag',
  'ikvall', 'i kvall', 'i natt', 'i dag', 'idag', 'imorgon', 'i morgon', 'imorron', 'nu', 'snart', 'i helgen', 'pa mandag', 'pa tisdag', 'pa onsdag', 'pa torsdag', 'pa fredag', 'pa lordag', 'pa sondag',
  'tonight', 'tonite', '2nite', 'tn', 'today', 'tomorrow', 'tmrw', 'this weekend', 'this evening', 'right now', 'rn', 'now', 'soon', 'at midnight', 'on monday', 'on tuesday', 'on wednesday', 'on thursday',
  'on friday', 'on saturday', 'on sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'before christmas', 'on my birthday',
  // An occasion chosen: a holiday, the exams, a funeral, when the family has left ("på julafton när alla åkt", "after the matriculation exams").
  'jouluaattona', 'joulupaivana', 'juhannuksena', 'juhannuksen jalkeen', 'vappuna', 'uutenavuotena', 'uudenvuodenaattona', 'syntymapaivana', 'synttareina', 'synttarien jalkeen',
  '(?:kirjoitusten|ylioppilaskirjoitusten|yo-kirjoitusten|kokeiden|tenttien|paattareiden|hautajaisten|haiden|juhlien) jalkeen', 'kun (?:lapset|muut|kaikki) (?:on|ovat) (?:isallaan|lahteneet|lahtenyt|poissa)',
  'pa julafton', 'julafton', 'pa midsommar', 'efter midsommar', 'pa nyarsafton', 'pa (?:min|hans|hennes) fodelsedag', 'efter (?:studentskrivningarna|skrivningarna|proven|provet|examen|begravningen|brollopet|julen|jul)',
  'nar (?:alla|barnen|barnbarnen) (?:har )?(?:akt|farit|rest) (?:hem|harifran|bort)?', '(?:nar )?barnen (?:ar|e) hos (?:sin|sina|min) (?:pappa|mamma|far|mor)', 'lapset (?:on|ovat) isallaan', 'on christmas(?: eve| day)?', "on new year'?s(?: eve)?", 'at midsummer', 'after midsummer', 'on (?:his|her) birthday',
  'after (?:the )?(?:matriculation )?(?:exams?|finals|funeral|wedding|holidays)(?: (?:are|is) over)?', 'when the kids are at (?:their|his|her) (?:dad|father|mum|mom|mother)(?:\'s)?', "when (?:she|he|they|my [a-z]+)(?:'s| is| are| goes?) (?:at work|away|out|to [a-z]+)");
const TIME_CUE: Cue = { name: 'time', patterns: [re(TIME_SOON)] };

/** A compound noun of any length ending in one of these stems ("hirvikivääri", "siltakaiteella", "älgstudsare"). */
const compound = (...stems: string[]): string => `[a-z]*${alt(...stems)}`;

/** Stones carried to the water: a means, and a preparation (a plan) at once. */
const STONES_CARRIED = alt('stones in (?:my |his |her )?(?:[a-z]+ )?(?:pockets?|backpack|bag|coat)', 'kivia (?:taskuihin|taskuissa|reppuun|repussa|takin taskuun)',
  'kivet (?:on )?(?:jo )?(?:taskussa|taskuissa|repussa|veneessa)', 'stenar i (?:fickorna|fickan|ryggsacken|vaskan|baten)');

/** A pill organiser named anywhere: the pills are a daily routine being sorted, not a means. */
const PILL_ORGANISER = words('dosett?[a-z]*', 'pill organi[sz]er', 'pill ?box(?:es)?', 'annosjakel[a-z]*', 'weekly pill');
/** Means of taking one's life, in any form the resident may name them. */
const MEANS: Cue = {
  name: 'means', dampers: any(HOBBY, MEDICINE_ROUTINE, PAST_EVENT, HOUSE_REPAIR), nextSentenceDampers: HOBBY, messageDampers: any(MEDICINE_RETURNED, FICTION_AND_SCHOOLWORK, PILL_ORGANISER),
  patterns: [
    re(PILLS_QTY, '\\s+', gap(2), PILLS),
    re('[1-9][0-9]+', '\\s+', gap(3), PILLS),
    re(alt('saastany[a-z]*', 'saastin', 'saastan', 'saastelen', 'saastelly[a-z]*', 'keranny[a-z]*', 'kerainny[a-z]*', 'kerailly[a-z]*', 'keraillyt', 'keraan', 'kerailen', 'hamstra[a-z]*', 'piilott[a-z]*',
      'piilotan', 'samla[a-z]*', 'sparat', 'sparar', 'gommer', 'gomt', 'saved', 'saving', 'stockpil[a-z]*', 'hoard[a-z]*', 'collect[a-z]*', 'stash[a-z]*', 'hiding', 'hidden', 'lined up'), '\\s+', gap(5), PILLS),
    re(alt('sparat', 'sparar', 'samlat', 'samlar', 'gomt', 'gommer', 'lagt undan'), '(?:\\s+undan)?(?:\\s+(?:en|ett))?\\s+', gap(3), PILLS),
    re(PILLS, '\\s+', gap(3), alt('keranny[a-z]*', 'kerailly[a-z]*', 'keraillyt', 'saastany[a-z]*', 'saastanyt', 'talteen', 'piilossa', 'hidden', 'saved up', 'stashed', 'lined up', 'samlat', 'sparat', 'gomda')),
    re(alt('eri apteekeista', 'kolmesta apteekista', 'eri apteekista', 'useasta apteekista', 'different pharmacies', 'several pharmacies', 'olika apotek', 'flera apotek')),
    re(PILLS, '\\s+', gap(4), alt('counted', 'counted out', 'laskin', 'laskettu', 'raknat', 'raknade')),
    re(alt('koysi', 'koyden', 'koytta', 'koydesta', 'koysia', 'naru', 'narun', 'narua', 'silmukka', 'silmukan', 'hirttosilmuk[a-z]*', 'rope', 'noose', 'rep', 'repet', 'snara', 'snaran', 'zzrope')),
    re(alt(compound('kivaari[a-z]*', 'haulikk[a-z]*', 'haulikon', 'pistooli[a-z]*', 'revolveri[a-z]*', 'rifle', 'shotgun', 'revolver', 'firearm', 'gevar[a-z]*', 'bossa[a-z]*', 'bossan', 'studsare[a-z]*', 'pistol[a-z]*'),
      'ase', 'aseen', 'asetta', 'aseella', 'aseet', 'gun', 'guns', 'vapen', 'vapnet', 'zzgun', 'bullets', 'luoteja', 'patruunoita', 'kulor', 'patroner')),
    re(alt('silta', 'siltaa', 'siltoja', 'sillalla', 'sillalle', 'sillalta', 'sillan', 'silloilta', compound('sillalla', 'sillalle', 'sillalta', 'kaide', 'kaiteella', 'kaiteelle', 'kaiteen', 'siltakaite[a-z]*'),
      'katolla', 'katolle', 'katon reunalla', 'railing', 'ledge', 'rooftop', 'the roof', 'top floor', '[0-9]+(?:th|st|nd|rd) floor(?! (?:apartment|flat|office|studio|unit))', 'bron', 'bro', compound('bron', 'bridge(?! (?:loans?|financing|club|clubs|game|games|tournament|night|players?|lessons?|partner|kerho[a-z]*|klubb[a-z]*|turnau[a-z]*|pari[a-z]*|ilta[a-z]*|spel[a-z]*))'), 'racket', 'raling', 'taket', 'takkanten', 'zzbridge')),
    re(alt('kiskoille', 'kiskoilla', 'raiteille', 'raiteilla', 'junan alle', 'junarata[a-z]*', 'junaradalle', 'junaradan', 'radan varre[a-z]*', 'radalle', 'ratapiha[a-z]*', 'ratapenka[a-z]*', 'tavarajuna[a-z]*',
      'tracks', 'railway', 'train tracks', 'in front of a train', 'under a train', 'taget (?:[a-z]+ ){0,5}framfor', 'junaa? (?:[a-z]+ ){0,5}(?:eteen|alle)', 'ralsen', 'sparet', 'spaaret', 'framfor taget', 'under taget', 'zztrain')),
    re(alt(compound('tera', 'teran', 'terat', 'teria'), 'razor', 'razors', 'blade', 'blades', "blade's", 'rakblad[a-z]*', 'hunting knife', 'puukko', 'puukon', 'zzknife', 'zzblood', 'ranteet', 'ranteeni', 'wrists', 'handleder[a-z]*')),
    re(alt('pakokaasu[a-z]*', 'haka', 'hakaa', 'hakamyrkytys', 'hiilimonoksid[a-z]*', 'exhaust', 'carbon monoxide', 'charcoal', 'avgas[a-z]*', 'kolmonoxid', 'grillkol', 'grillihiil[a-z]*', 'auto kayntiin', 'car running', 'motorn igang',
      'letku[a-z]*', 'hose', 'slangen', 'slang', 'hiilet', 'hiilia', 'grillihiilet', 'ilmastointiteippi[a-z]*', 'taped up the (?:car )?windows', 'teippasin (?:auton )?ikkunat', 'tejpade rutorna')),
    re(alt('heikoille jaille', 'heikolle jaalle', '(?<!\\b(?:meni|menee|mennyt|menny|laitettiin|pantiin|jai|jaa) )jaihin', 'avantoon', 'hukutan', 'hukuttaa itseni', 'mereen', 'jarveen', 'jokeen', 'into the sea', 'into the lake', 'into the water',
      'thin ice', 'ut pa isen', 'pa isen', 'svag is', 'drunkna', 'i sjon', 'i havet', 'ettei jaa (?:enaa )?kanna', "ice won't hold", 'isen inte bar', 'ga i vattnet', 'gar i vattnet', 'ut i vattnet',
      'veteen', STONES_CARRIED, 'with stones', 'ilman evaita', 'ilman (?:vaatteita|puhelinta|evasta|takkia|kenkia|lampimia vaatteita)', 'en evasta', 'without (?:food|water|a phone|warm clothes|a coat|a jacket|shoes)', 'utan (?:mat|vatten|telefon|klader|jacka|rock|skor)', 'tar (?:inte|int) med (?:nagon |na |nan )?(?:jacka|rock)')),
    re(alt('standing', 'stood', 'been standing', 'sitting', 'seison', 'seisoin', 'seissyt', 'istun', 'star', 'stod', 'statt', 'sitter'), '\\s+', gap(4),
      alt('end of the pier', 'edge of the pier', 'end of the jetty', 'edge of the dock', 'laiturin paassa', 'laiturin nokassa', 'laiturin reunalla', 'ytterst pa bryggan', 'langst ut pa bryggan', 'pa kanten av bryggan', 'langst ut pa piren')),
    re(alt('multi-storey', 'multi storey', 'car park', 'parking garage', 'parkkitalo[a-z]*', 'parkeringshus[a-z]*', 'by the edge', 'reunalla', 'vid kanten')),
    re(alt('tappava annos', 'tappavan annoksen', 'lethal dose', 'fatal dose', 'dodlig dos', 'how many (?:pills|tablets|of my [a-z]+) (?:it takes|does it take|would it take|to die|would be enough)',
      'kuinka monta (?:pilleria|tablettia|nappia) (?:tarvitaan|tarvii|pitaa|riittaa)', '(?:mika|kuinka iso|minka kokoinen) annos riittaa', 'which dose (?:is|would be) enough', 'vilken dos som racker', 'hur manga (?:tabletter|piller) (?:som )?(?:behovs|kravs|racker)', 'would be enough', 'riittaisi', 'skulle racka')),
    re(alt('medicinskap[a-z]*', 'laakekaappi[a-z]*', 'laakekaapin', 'medicine cabinet')),
    // The medicine laid out ready: "pillren ligger redo på bordet", "tabletit valmiina pöydällä".
    re(PILLS, '\\s+', gap(3), alt('redo', 'framme', 'framlagda', 'uppradade', 'valmiina', 'valmiiks', 'valmiiksi', 'ready', 'laid out', 'lined up', 'counted out')),
    // Knowing the dose that would be enough: "insulin pens and I know how much it takes".
    re(PILLS, '(?:\\s+[a-z\']+){0,8}?\\s+', alt('how much it takes', 'how many it takes', 'how much it would take', 'how many it would take', 'how much i would need', 'how many i would need', 'how much is enough',
      'kuinka paljon (?:tarvitaan|tarvii|pitaa ottaa|riittaa)', 'paljonko (?:tarvitaan|tarvii|riittaa)', 'montako (?:tarvitaan|tarvii|riittaa)', 'hur mycket (?:som )?(?:behovs|kravs|racker)', 'hur manga (?:som )?(?:behovs|kravs|racker)')),
    // Another person's medication within reach: "my dad's insulin", "äidin unilääkkeet", "mammas sömntabletter".
    re(alt("my (?:mum|mom|dad|father|mother|grandma|grandpa|nan|gran|brother|sister|wife|husband|partner)'s", 'aidin', 'isan', 'mummon', 'papan', 'vaimon', 'miehen', 'mammas', 'pappas', 'mormors', 'farmors', 'morfars', 'farfars'), '\\s+', gap(1), PILLS),
    re(alt('zzpills', 'zzknife', 'zzgun', 'zzrope', 'zzbridge', 'zztrain')),
  ],
};

/** A plan: a decision, a time, a date, a place, preparations, rumination on a means. */
/** Everything ready, or what is needed bought: "kaikki on valmiina", "jag har redan köpt det jag behöver". */
const PREPARED = alt('allt e klart', 'allt e fixat', 'kaikki on valmiina', 'kaikki on valmista', 'kaikki valmiina', 'valmiiksi', 'everything is ready', "everything's ready", 'everything i need', 'everything is prepared', 'allt ar klart', 'allt ar forberett', 'allt ar redo', 'allt jag behover',
  "everything'?s ready", 'everythings ready', '(?:kopt|skaffat|fixat) (?:det|allt) (?:som )?jag behover', '(?:bought|got|have) (?:what|everything|all) i need', 'ostin (?:jo )?(?:kaiken )?(?:mita|mitä) tarvitsen', 'ostin (?:jo )?tarvittava[a-z]*', 'hankin (?:jo )?(?:kaiken )?tarvittava[a-z]*', '(?:ar|e) (?:redan )?forbere+t+ (?:dar|dit|har)', 'redan forbere+t+', '(?:on )?jo valmisteltu');
const PREPARED_CUE: Cue = { name: 'prepared', dampers: ORDINARY_GOODBYE, patterns: [re(PREPARED)] };
/** A bare act at a chosen time, with nothing named after it: "på julafton … ska jag göra det.", "after my shift I'll do it." */
const DO_IT_WHEN: Cue = {
  name: 'do-it-when', dampers: ORDINARY_GOODBYE, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(TIME_SOON, '\\s+', gap(6), alt('(?:ska|tanker) (?:jag|ja) gora det', '(?:jag|ja) (?:ska|tanker) gora det', 'teen sen', 'ma teen sen', 'mina teen sen', "(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|im going to) do it"), '(?=\\s+(?:\\.|,)|\\s*$)'),
    // The act named only as what was talked of before: "tänään mä teen sen mistä mä oon puhunu", "ikväll gör jag det jag pratat om".
    re(TIME_SOON, '\\s+', gap(6), alt('teen sen (?:asian )?(?:mista|josta) (?:ma |mina )?(?:ole|oon|olen) (?:puhu[a-z]*|kirjoitta[a-z]*|sano[a-z]*)', '(?:gor|ska) (?:jag|ja) (?:gora )?det (?:som )?(?:jag|ja) (?:har )?(?:pratat|sagt|skrivit) om', "(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|im going to) do (?:what|the thing) i(?:'ve| have) (?:been )?(?:talking|talked|told you|written) about")),
    re(alt('(?:ska|tanker) (?:jag|ja) gora det', '(?:jag|ja) (?:ska|tanker) gora det', 'teen sen', "(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|im going to) do it"), '\\s+', TIME_SOON, '(?=\\s+(?:\\.|,)|\\s*$)'),
    // The time told in the sentence before: "barnen är hos sin pappa nästa vecka. då gör jag det."
    re(alt('da (?:gor|ska) (?:jag|ja) (?:gora )?det', 'silloin (?:ma |mina )?(?:teen|tehdaan) sen', "then (?:i'll|ill|i will) do it"), '(?=\\s+(?:\\.|,)|\\s*$)'),
  ],
};
/** A day named good for ending: "en bra dag att sluta", "a good day to end it", "hyvä päivä lopettaa". A plan of its own. */
const GOOD_DAY_TO_END: Cue = {
  name: 'good-day-to-end', dampers: PAST_EVENT, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:en )?bra dag (?:att|for att) (?:sluta|avsluta|do)', 'good day to (?:end it|end things|end my life|die(?! hard))', 'hyva paiva (?:lopettaa kaikki|lopettaa|kuolla)'), '(?!\\s+(?:med|with|the|my|tyot|koulu|job)\\b)')],
};
/** An end of oneself said plainly: "efter skrivningarna är det slut", "after the exams I'm done", "sit se on siinä". */
const END_SELF: Cue = {
  name: 'end-self', dampers: PAST_EVENT, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:ar|e) det slut(?! (?:med|pa|for))', 'sen (?:ar|e) det slut', 'da (?:ar|e) det slut', "(?:i'm|im|i am) done(?! (?:with|for|at|in|eating|packing|working|studying|cleaning|reading|here)\\b)", 'se on (?:sitte|sitten|sit) siina', '(?:sitten|sit) se on siina', '(?:sitten|sit) kaikki loppuu',
    '(?:sitten|sit) mua ei (?:enaa )?(?:ole|oo)', "then (?:i'll|ill|i will) be gone", "then i'm gone",
    // A night named as the last: "Friday night will be my last", "lauantai-ilta on mun viimeinen".
    '[a-z]+ (?:night|day|evening) will be my last', '(?:[a-z]+ )?(?:ilta|yo|paiva) on (?:mun |minun )?viimeinen', '(?:[a-z]+)(?:natt|kvall)en blir min sista'))],
};

/** Nobody to find them for a while: "nobody will find me till monday", "ingen hittar mig förrän", "kukaan ei löydä minua". */
const CONCEAL: Cue = {
  name: 'conceal', dampers: any(HOBBY, ORDINARY_GOODBYE), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('nobody will find me', 'no one will find me', "(?:won't|wont) be found", 'ingen (?:kommer att )?hitta[r]? mig', 'kukaan ei (?:loyda|loyda minua|loyda mua)', 'ettei kukaan loyda'))],
};
/** Days without food, or a weight told, by one who is starving: "three weeks without proper food", "weighed 38 kg". */
const STARVING: Cue = {
  name: 'starving', dampers: any(PAST_EVENT, TALK_ABOUT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:not|haven\'t|havent|hasn\'t|hasnt) (?:been )?eat(?:en|ing) (?:in|for) (?:[a-z0-9]+ ){1,2}(?:days|weeks)', '(?:[a-z0-9]+ ){1,2}(?:days|weeks) without (?:proper |any |real )?food', 'without (?:proper |any )?food for (?:[a-z0-9]+ ){1,2}(?:days|weeks)',
    'only (?:drinking )?water(?: and (?:coffee|tea))?', 'still not eating', 'weigh(?:ed|s)? (?:only |just )?[0-9]{2} ?kg', 'painan (?:enaa |vain )?[0-9]{2} ?(?:kg|kiloa)', 'vager (?:bara |nu )?[0-9]{2} ?(?:kg|kilo)',
    '(?:en ole|en oo|ei ole|ei oo) syo(?:nyt|ny) (?:[a-z0-9]+ ){1,2}(?:paivaan|viikkoon)', 'har (?:inte|int) atit pa (?:[a-z0-9]+ ){1,2}(?:dagar|veckor)', 'atit ingenting pa (?:[a-z0-9]+ ){1,2}(?:vecka|veckor|dagar)', 'eaten nothing (?:in|for) (?:[a-z0-9]+ ){1,2}(?:days|weeks?)', 'pelkalla vedella', 'bara vatten', 'water fast', 'vesipaasto[a-z]*', 'vattenfasta', 'fasting for [0-9]+ days', '(?:today is )?day [0-9]{2} (?:of|now)', 'paastoa (?:jo )?[0-9]+ paivaa', '(?:syonyt|syony|ollut) (?:[a-z]+ ){0,2}vain (?:kurkkua|vetta|kahvia|omenaa)', '(?:only|just) (?:eaten|eating) (?:[a-z]+ ){0,2}(?:cucumber|an apple|water)', 'bara atit (?:gurka|vatten|ett apple)'))],
};
/** The body failing: fainting, sight going black, the heart skipping, blue hands. */
const BODY_FAILING: Cue = {
  name: 'body-failing', dampers: any(PAST_EVENT, TALK_ABOUT),
  patterns: [re(alt('fainted', 'fainting', 'passed out', 'blacked out', 'vision (?:went|goes|going) (?:black|dark)', 'heart (?:feels like (?:it\'s|its|it is) )?(?:skipping|racing|stopping|irregular)', 'hands (?:are|went|turned) blue', 'lips (?:are|went) blue',
    'pyortyi[a-z]*', 'pyorryin', 'pyortynyt', 'pulssi (?:on )?(?:tosi |todella |hyvin |ihan )?(?:hidas|heikko)', '(?:slow|weak) pulse', 'pulse is (?:very )?(?:slow|weak)', 'pulsen (?:ar )?(?:lag|svag|langsam)', '(?:ei|eika) pysty seisomaan', "(?:can'?t|cannot) stand (?:up)?", 'kan (?:inte|int) sta', 'silmissa (?:musteni|pimeni)', 'sydan (?:hyppii|jattaa lyonteja|hakkaa oudosti|lepattaa)', 'heart (?:flutters|fluttering)', "(?:can'?t|cannot) see properly", 'nako sumenee', 'ser (?:inte|int) ordentligt', 'svimma[a-z]*', 'svartnade for ogonen', 'hjartat (?:hoppar|rusar|slar konstigt)'))],
};
/** A car or an engine running in a garage, and a person shut in with it. */
const GARAGE_RUNNING: Cue = {
  name: 'garage-running', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('garage', 'autotalli[a-z]*', 'tallissa', 'talliin', 'garaget', 'garaget'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('car running', 'engine running', 'engine on', 'motor running', 'auto (?:kay|kaynnissa|paalla)', 'moottori (?:kay|kaynnissa)', 'bilen (?:gar|ar igang)', 'motorn (?:gar|ar igang)')),
    re(alt('car running', 'engine running', 'engine on', 'auto (?:kay|kaynnissa)', 'moottori kay', 'bilen (?:gar|ar igang)', 'motorn gar'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('garage', 'autotalli[a-z]*', 'tallissa', 'garaget')),
    re(alt('letku[a-z]* (?:on )?pakoputke[a-z]*', 'hose (?:is )?(?:in|on|into) the exhaust', 'slang(?:en)? (?:ar )?(?:i|pa) avgasroret'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', alt('kone kay', 'moottori kay', 'auto kay', 'engine (?:is )?(?:running|on)', 'motorn (?:gar|ar igang)', '(?:tallin|autotallin) ovi (?:on )?kiinni', 'garage door (?:is )?(?:shut|closed)'))],
};
const SHUT_IN: Cue = {
  name: 'shut-in', patterns: [re(alt('(?:tallin|autotallin) ovi (?:on )?kiinni', 'garage door (?:is )?(?:shut|closed)', 'garageporten (?:ar )?stangd', 'hose (?:is )?(?:in|on|into) the exhaust', 'letku[a-z]* (?:on )?pakoputke[a-z]*', 'locked in', 'locked himself', 'locked herself', "(?:won't|wont|will not|doesn't|doesnt) open", 'ei avaa', 'lukinnut', 'lukittautunut', 'lukittautui', 'last in sig', 'har last', 'oppnar (?:inte|int)', 'can hear (?:the )?engine', 'kuulen moottorin', 'hor motorn'))],
};
/** Someone who has threatened to kill, now near the resident or a child: outside the work, at the school gate, a photo sent. */
const STALKING_NOW: Cue = {
  name: 'stalking-now', dampers: PAST_EVENT,
  patterns: [re(alt('(?:parking|parked|waiting|standing|sitting) (?:in (?:his|her|a|the) car )?outside (?:my|our|the) (?:work|house|home|flat|door|school|building|office)', 'photo of (?:my|our) (?:daughter|son|kids|children|child)', "(?:pic|picture|photo) of (?:my|our) [a-z']+ (?:school|nursery|daycare|kindergarten)(?: gate)?", 'at the school gate', 'outside the school', 'follow(?:s|ing|ed) (?:me|us|her|him) (?:home|to)',
    'odottaa (?:tyopaikan|koulun|kodin|talon) (?:edessa|ulkopuolella)', 'kuvan (?:tyttarestani|pojastani|lapsestani)', 'koulun portilla', 'vantar utanfor (?:jobbet|skolan|huset)', 'bild pa (?:min|var) (?:dotter|son)', 'vid skolgrinden'))],
};

const PLAN: Cue = {
  name: 'plan', dampers: ORDINARY_GOODBYE, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    // A decision, unless it is plainly a decision to do something ordinary ("decided to go out and meet people").
    re(alt('paatin', 'oon paattany', 'olen paattanyt', 'olen jo paattanyt', 'oon jo paattany', 'paatos on tehty', 'se on (?:[a-z]+ )?paatetty', 'on jo paatetty', "(?:it's|its|it is) (?:already )?decided", 'det (?:ar|e) (?:redan )?bestamt', 'decided', 'made up my mind', "i've made my decision", 'bestamt mig', 'bestamde mig',
      'beslutat', 'har jag bestamt', 'jag har bestamt', 'det har jag bestamt'), '(?!\\s+(?:' + alt('etta (?:menen|aloitan|lahden|haen|soitan|kerron|etsin)', 'aloittaa', 'aloitan', 'menna', 'hakea', 'haen', 'soittaa', 'kertoa', 'etsia', 'liittya', 'opetella', 'lahtea',
      'to (?:start|go|get|find|join|look|ask|try|call|tell|meet|learn|apply|move|quit|stop drinking|see|talk|write)', 'i have to (?:go|get|find|meet|start|talk)', 'that i (?:will|should|need to|have to) (?:go|get|find|meet|start|talk|ask)',
      'att (?:borja|ga|soka|ringa|traffa|flytta|lara|prata|skriva)', 'for att (?:ga|borja|soka)') + ')\\b)'),
    re(PREPARED),
    // A date or a plan of one's own: "jag har bestämt datumet", "he has a date set", "have a plan" (not a plan for something).
    re(alt('bestamt datumet', 'bestamt dagen', 'a date set', 'the date set', 'set the date', 'paattanyt paivan', 'paattany paivan', 'paivamaara on paatetty', "(?:i |i've |ive |i have |got )?(?:have |got )?a plan(?! (?:for|to|b|with|of)\\b)", '(?:jag har|ja har|har) en plan(?! (?:for|att|med)\\b)', '(?:mulla|minulla|mul) on (?:jo )?suunnitelma(?! (?:siita|miten)\\b)')),
    re(alt('paiva', 'paivamaara', 'paivan', 'paivakin', 'date', 'day', 'datum', 'dag', 'dagen'), '\\s+', gap(2), alt('on paatetty', 'on valittu', 'on valmis', 'is set', 'is chosen', 'is decided', 'is picked', 'ar bestamd', 'ar vald', 'ar satt')),
    re(alt('valitsin paivan', 'paatin paivan', 'valinnut paivan', 'picked a date', 'picked the day', 'picked the spot', 'picked a spot', 'chose the day', 'chosen the day', 'set a date', 'valt dagen', 'valt platsen',
      'bestamt dagen', 'bestamt datum', 'katsonut paikan', 'katsonut valmiiksi', 'tiedan paikan', 'tiedan missa', 'know exactly which', 'know the spot', 'which spot', 'vet var', 'booked a hotel', 'varasin hotelli[a-z]*', 'bokat ett hotell')),
    re(alt('aion', 'aijon', 'meinaan', 'aikoo', 'meinaa', 'aikovat', 'menen', 'meen', 'lahden', 'lahen', 'mennaan', 'teen sen', 'going to', 'gonna', "i'll do it", 'will do it', 'is going to', 'plans to', 'ska gora det', 'tanker gora det', 'gor det', 'gar jag', 'tanker', 'ska'), '\\s+', gap(3), TIME_SOON),
    re(alt('teen sen', 'do it', 'gora det', 'end it', 'end this', 'ending this', 'lopetan sen', 'lopetan kaiken', 'lopetan tan', 'lopetan taman', 'lopetan tan kaiken', 'lopetan tama', 'avslutar det har', 'avslutar allt', 'avslutar det', 'se tapahtuu', 'it happens', 'it will happen', "it'll happen", 'det hander', 'det sker', 'se on ohi', 'tama on ohi', 'kaikki on ohi', 'it will be over', "it'll be over", 'det ar over', 'sen ar det over'), '\\s+', gap(3), TIME_SOON),
    re(TIME_SOON, '\\s+', gap(4), alt('lopetan (?:tan|taman|tama|sen|kaiken)(?!\\s+(?:tyon|tyopaikan|homman|duunin|kurssin|suhteen|harrastuksen|treenin|opiskelun|opinnot|koulun|dieetin|tupakan|royhkeyden|riidan)\\b)', "(?:i'll |i will |im gonna |i'm gonna )?end (?:this|it)(?!\\s+(?:with|relationship|job|subscription|contract)\\b)", 'avslutar (?:jag )?(?:det har|allt|det)(?!\\s+(?:med|jobbet|kursen|abonnemanget)\\b)', 'se tapahtuu', 'tama on ohi', 'tama on minun osalta ohi', 'kaikki on ohi', 'on ohi', 'it happens', "it'll be over", 'it will be over', 'ar det over', 'det ar over', 'sen ar det over', 'then (?:zzcoffin|nothing)')),
    re(alt('olen miettinyt sita', 'oon miettiny sita', 'mietin sita', 'ajattelen sita', 'been thinking about (?:it|using it)', "can't stop thinking about it", 'tanker pa att anvanda', 'tanker pa det hela tiden')),
    re(alt('lata det ta slut', 'antaa sen loppua', 'let it end', 'let it all end')),
    re(alt('kayttaa (?:sita|sen) (?:itseeni|itseani|minuun)', 'use it on myself', 'anvanda (?:den|det) pa (?:mig|mej) sjalv', 'using it on myself')),
    re(alt('ettei kukaan epaile', 'ettei kukaan huomaa', 'so nobody suspects', 'without anyone noticing', 'sa ingen misstanker', 'edessani', 'in front of me', 'framfor mig', 'out on the table', 'on the table in front', 'framme pa bordet', 'poydalla edessa', 'holding it', 'sitting here holding', 'pidan sita kadessa')),
    re(alt('tarpeeksi', 'tarpeeks', 'riittavan', 'high', 'tillrackligt', 'hog'), '\\s+', alt('korkea', 'korkee', 'korkealla', 'enough', 'hog', 'nog')),
    // The means set up and visited: "put the noose up in the shed already", "I keep going in and looking at it".
    re(alt('put (?:the |a )?(?:noose|rope) up', '(?:noose|rope) is (?:already )?(?:up|tied|hanging)', "(?:noose|rope)'?s (?:already )?(?:up|tied|hanging)", 'tied (?:the|a) noose', 'keep (?:going in and )?looking at it', 'laitoin (?:narun|koyden|silmukan) (?:valmiiksi|paikalleen|ylos)', 'hangt upp (?:repet|snaran)', 'repet (?:hanger|ar uppe)')),
    // The last one decided: "I've decided that's the last one" (a birthday), "päätin että se on viimeinen".
    re(alt('decided', 'decision'), '\\s+', alt("(?:that's|thats|that is|it's|its|it will be|this is|this will be) (?:the|my) last(?: one| birthday| christmas| summer)?", '(?:se|tama) on (?:mun |minun )?viimeinen', 'det (?:blir|ar) (?:min|den) sista')),
    re(alt('ladattu', 'ladattuna', 'ladattu ase', 'loaded', 'laddad', 'laddat', 'redan pa plats', 'already in place', 'jo paikallaan', 'valmiina paikallaan')),
    re(alt('doing it', 'gor det', 'teen sen'), '\\s+', gap(1), TIME_SOON),
    re(alt('miettinyt tata', 'miettiny tata', 'ajatellut tata', 'been planning this', 'planned this', 'planerat det har', 'tankt pa det har hela')),
    re(alt('odotan etta tulee pimeaa', 'odotan pimeaa', 'waiting for (?:it to get )?dark', 'vantar bara pa att det blir mork[a-z]*', 'vantar pa morkret')),
    re(alt("(?:won't|wont|will not|i'm not|im not) be coming back(?: at all| ever| anywhere)?", "(?:won't|wont|will not) be back(?: at all| ever)", 'en tule enaa takaisin mihinkaan', 'kommer inte tillbaka alls')),
    re(alt("(?:that's|thats|that is|then|and then) when (?:i'm|im|i am|i'll|ill|i will) (?:doing|do|going to do|gonna do|ending|end) (?:it|this)", 'silloin (?:ma |mina )?(?:teen|aion tehda) sen', 'da (?:gor|ska) jag det'), '(?!\\s+(?:with|again)\\b)'),
    re(alt('(?:thought|been thinking) about it for (?:weeks|months|a long time|ages)', '(?:miettinyt|miettiny|ajatellut) (?:sita|tata) (?:viikkoja|kuukausia|pitkaan)', 'tankt pa det (?:i )?(?:veckor|manader|lange)')),
    re(STONES_CARRIED),
    re(alt('tanker (?:inte|int) (?:att )?komm?a? tillbaka', '(?:en|eika) (?:ma |mina |mie )?(?:enaa )?tule (?:enaa )?takaisin', 'en tuu takas', 'en tule takasin', 'eika tule takaisin', 'eika tule takasin', 'ei tule takaisin', "won't come back", 'wont come back', 'not coming back', 'never coming back', 'and not come back', 'never come back', '(?:tanker|ska) (?:inte|int) vanda', "(?:won'?t|will not|not going to|not gonna) turn back", 'en (?:aio )?kaanny takaisin', 'och inte komma tillbaka', 'kommer inte tillbaka', 'kommer int tillbaka', 'int kommer tillbaka', 'inte kommer tillbaka')),
    // Somewhere nobody comes, and rumination on how: "parked down a forest road where nobody comes", "mietin miten sen tekisin".
    re(alt('where nobody (?:comes|goes|will find me|would find me|looks)', 'where no one (?:comes|goes|will find me)', 'so nobody (?:finds|will find) me', 'missa kukaan ei (?:kay|liiku|loyda)', 'mihin kukaan ei (?:tule|loyda)', 'ettei kukaan loyda', 'dit ingen (?:kommer|hittar)', 'dar ingen (?:kommer|hittar mig)', 'sa ingen hittar mig')),
    re(alt('miten sen tekisin', 'miten sen teen', 'miten sen tekis', 'miten tekisin sen', 'how i would do it', "how i'd do it", 'how to do it', 'hur jag skulle gora det', 'hur jag ska gora det')),
    re(alt('googlasin', 'etsin netista', 'looked up', 'googled', 'searched', 'kollade upp', 'googlade'), '\\s+', gap(3), alt('kuinka monta', 'paljonko', 'how many', 'how much', 'hur manga', 'hur mycket', 'tappava', 'lethal', 'dodlig')),
  ],
};

/** Farewell behaviour: letters, giving away, affairs in order, the last time, secrets kept, goodbyes. Each pattern is one kind of farewell. */
const FAREWELL_KINDS: readonly RegExp[] = [
  re(alt('jaahyvais[a-z]*', 'hyvastely[a-z]*', 'hyvastelykirje[a-z]*', 'hyvastit', 'hyvastin', 'hyvastelin', 'hyvasti kaikki', 'goodbye (?:letter|letters|note|notes|message|messages|video|post|story|stories|status|snap|tweet|reel)', 'posted (?:a )?goodbye', "(?:won't|wont|will not) be (?:[a-z]+ ){0,4}(?:or ever|ever again)", 'thank you for being the only', 'tack for att du var den enda', 'kiitos etta olit ainoa', 'my note', 'hyvastelypostau[a-z]*', 'hyvastelyviesti[a-z]*', 'avskedsinlagg[a-z]*', 'postade (?:ett )?(?:avsked|hejda)[a-z]*',
    'goodbyes', '(?:wrote|written|typed|left) (?:my|a) goodbye', 'sent (?:a )?goodbye', 'lahetti hyvastit', 'skickade (?:ett )?(?:hejda|adjo)', 'said goodbye', 'saying goodbye', 'was goodbye', 'farewell', 'avskedsbrev[a-z]*', 'avsked', 'adjo till alla', 'tog farval', 'sagt hejda', 'sagt adjo', 'sa hejda at alla')),
  re(alt('kirjoitin', 'kirjotin', 'kirjottanu', 'kirjoittanut', 'wrote', 'written', 'skrev', 'skrivit', 'jatin', 'left'), '\\s+', gap(3), alt('kirjee[a-z]*', 'kirjeet', 'kirjeen', 'letters', 'letter', 'notes', 'note', 'brev', 'breven'), '\\s+', gap(5), alt('kaikille', 'lapsille', 'aidille', 'isalle', 'perheelle', 'siskolle', 'vaimolle', 'everyone', 'everybody', 'all of them', 'my kids', 'my family', 'my mum', 'my mom', 'my parents', 'brother', 'sister', 'vanhemmille', 'till mina foraldrar', 'till alla', 'till barnen', 'till mamma', 'till min', 'for (?:him|her|them|my son|my daughter|my kids|the kids)', 'envelope', 'kirjekuore[a-z]*', 'laatikko[a-z]*', 'ladan', 'skrivbordsladan')),
  re(alt('annan', 'annoin', 'antoi', 'anna', 'lahjoitan', 'lahjoitin', 'jaan', 'jaoin', 'vein', 'myin', 'giving', 'gave', 'give', 'given', 'found a new home for', 'ger', 'gav', 'gett', 'skankt'), '\\s+', gap(3),
    alt('pois', 'away', 'bort', 'koira[a-z]*', 'kissa[a-z]*', 'porot', 'lemmik[a-z]*', 'kitara[a-z]*', 'pleikka[a-z]*', 'kirjani', 'vaatteeni', 'tavarani', 'koruni', 'kelloni', 'rannekello[a-z]*', 'moottorikelka[a-z]*',
      'my (?:dog|cat|guitar|things|stuff|clothes|books|watch|jewellery|jewelry|plants|records|ps5|xbox|switch|hoodies?|boat|car|motorbike|bike)', 'min hund', 'min katt', 'mina saker', 'mina klader', 'mina bocker', 'baten', 'bilen', 'mopeden', 'veneen', 'veneeni', 'auton', 'autoni', 'moottoripyora[a-z]*')),
  re(alt('uude[a-z]* kodi[a-z]*', 'uutta kotia', 'new home for', 'a new owner', 'new owner', 'nytt hem', 'ny agare', 'viety', 'vietiin', 'ta hand om min', 'take care of my', 'pita huolta'), '(?:\\s+' + gap(3) + alt('koira[a-z]*', 'kissa[a-z]*', 'lemmik[a-z]*', 'papukaija[a-z]*', 'dog', 'cat', 'parrot', 'bird', 'pet', 'katt[a-z]*', 'hund[a-z]*', 'papegoj[a-z]*') + ')?'),
  re(alt('koira', 'kissa', 'the dog', 'the cat', 'katten', 'hunden'), '\\s+', alt('viety', 'annettu', 'vietiin', 'rehomed', 'given away', 'bortskankt', 'lamnad', 'goes to', 'will go to', 'menee', 'gar till')),
  re(alt("(?:i have|i've|ive) (?:arranged|put|sorted|settled) (?:all )?my affairs", 'my affairs are (?:in order|arranged|settled)', 'olen jarjestanyt asiani', 'asiani on jarjestyksessa', 'jag har ordnat mina affarer')),
  re(alt('so (?:nobody|no one|noone) (?:has|needs) to find me', 'ettei kenenkaan tarvitse loytaa (?:minua|mua)', 'sa att ingen behover hitta (?:mig|mej)')),
  // The pet left with someone: "left the cat with my neighbour", "lämnat katten hos grannen", "jätin kissan naapurille".
  re(alt('left', 'lamnat', 'lamnade', 'jatin', 'jattanyt', 'jattany'), '\\s+', alt('the', 'my', 'min', 'mitt', ''), '\\s*', alt('cat', 'dog', 'pets?', 'katten', 'hunden', 'kissan', 'koiran', 'lemmikin'), '\\s+', alt('with', 'hos', '[a-z]+lle')),
  re(alt('testament[a-z]*', 'testamentin', 'my will', 'will sorted', 'will is', 'wrote my will')),
  // The pet already with someone, the object first: "mirri on jo naapurilla", "katten har jag lämnat hos grannen", "he's having the cat".
  re(alt('kissa', 'koira', 'mirri', 'katti', 'kisu', 'rekku', 'the cat', 'the dog', 'my cat', 'my dog', 'katten', 'hunden'), '\\s+', alt('on jo', 'on nyt', 'on', 'har (?:jag|ja)', 'is (?:already|now)'), '\\s+', gap(2), alt('naapurilla', 'naapurissa', 'siskolla', 'aidilla', 'ystavalla', 'hos grannen', 'hos (?:min|mina) [a-z]+', 'lamnat hos', 'with (?:the|my) (?:neighbou?r|sister|brother|mum|mom|friend|mate)', 'gett bort', 'givit bort', 'annettu pois', 'antanut pois', 'antanu pois', 'given away')),
  re(alt("(?:he's|hes|he is|she's|shes|she is|they're|theyre|they are|[a-z]+'s|[a-z]+ is) having (?:the|my) (?:cat|dog|pets?)", '(?:han|hon) far (?:katten|hunden)')),
  // The door left open so that nobody has to break it: "ovi jää auki ettei tarvii murtaa", "left the door unlocked so they won't have to break it".
  re(alt('ovi (?:jaa|on) auki (?:ettei|niin ettei|jotta ei)', 'ettei (?:ovea )?(?:tarvitse|tarvii|tartte) murtaa', 'door (?:is )?(?:left )?(?:open|unlocked) so (?:nobody|no one|they|you) (?:has|have|needs?|need|won\'t have|wont have|don\'t have) to break', 'dorren (?:ar |lamnas )?(?:olast|oppen) (?:sa att|sa) (?:ingen|ni|de) (?:behover|slipper) (?:bryta|sla)')),
  re(alt('avain', 'avaimet', 'vara-avain', 'keys?', 'spare keys?', 'nyckeln', 'nycklarna', 'reservnyckeln'), '\\s+', gap(3), alt('with the caretaker', 'talonmiehella', 'talonmiehelle', 'hos fastighetsskotaren', 'postilaatikossa', 'postiluukussa', 'maton alla', 'naapurilla', 'naapurille', 'with next door', 'with the neighbou?r', 'next door', 'under the mat', 'hos grannen', 'hos (?:mamma|pappa|mormor|farmor|morfar|farfar|min [a-z]+)', 'under dorrmattan', 'i brevladan', 'lamnats', 'in the (?:mailbox|letterbox|postbox|letter box)', 'postilaatikosta', 'i postladan')),
  re(alt('in an envelope', 'kirjekuoressa', 'kirjekuoreen', 'i ett kuvert', 'i kuvertet')),
  re(alt('whoever finds me', 'who finds me', 'loytajalle', 'sille joka loytaa', 'den som hittar mig', 'for whoever')),
  re(alt('letters?', 'notes?', 'kirjeet', 'kirje', 'kirjeen', 'breven', 'brevet', 'brev'), '\\s+', gap(3), alt('written', 'kirjoitettu', 'skrivna', 'skrivet', 'postade', 'postattu', 'posted', 'till min', 'till mamma', 'till pappa', 'till barnen', 'to my', 'for my', 'lapsille', 'aidille', 'isalle', 'on the (?:table|kitchen table)', 'paydalla', 'keittion poydalla', 'pa koksbordet', 'pa bordet')),
  re(alt('valj en (?:vacker |fin )?psalm (?:at|till|for) (?:mej|mig)', 'valitse (?:kaunis )?virsi (?:mulle|minulle)', 'pick (?:a|some) (?:nice |beautiful )?(?:hymn|song) for (?:me|my funeral)', "when it(?:'s| is) too late (?:for (?:her|him|them|you) )?to (?:call|stop|do anything)", 'kun on (?:jo )?liian myohaista', 'nar det (?:ar|e) (?:for )?sent', 'ingen behover vanta pa (?:mej|mig)', '(?:nobody|no one) (?:needs|has) to wait for me', 'kenenkaan ei tarvitse odottaa (?:minua|mua)')),
  re(alt('by the time (?:you|u) read this', 'when (?:you|u) read this', 'kun luet (?:taman|tan|tata)', 'nar (?:du|ni) laser (?:det har|detta)')),
  re(alt('sorry for the mess', 'anteeksi sotku', 'forlat (?:for )?roran')),
  re(alt('minne oon menossa', 'minne olen menossa', 'where i am going', "where i'm going", 'dit jag ska', 'dar jag ska')),
  re(alt('rakastan teita', 'rakastan teit', 'love you all', 'i love you all', 'alskar er', 'alskar er alla', 'sanoin etta rakastan', 'sanoin et rakastan', 'told them i love', 'sa att jag alskar', 'sa (?:att )?(?:jag|ja) alskar (?:henne|honom|dem|dom|er|dig)', 'told (?:her|him|them|mum|mom|dad) i love (?:her|him|them|you)')),
  re(alt('poisti (?:kaikki )?(?:somet|tilit|tilinsa)', 'poistin (?:kaikki )?(?:somet|tilit|tilini)', 'deleted (?:all )?(?:my|her|his) (?:accounts|social media|socials)', 'raderade (?:alla )?(?:sina|mina) konton')),
  re(alt('kiittaa kaikesta', 'kiitti kaikesta', 'hyvastelee', 'hyvasteli', 'sanoi hyvastit', 'tackade for allt', 'sa hejda till alla', 'sa hejda at alla', 'sager hej ?da (?:till|at) alla', 'saying (?:bye|goodbye) to (?:everyone|everybody|all)', 'sanoo (?:heipat|hyvastit) kaikille', 'said bye to everyone', 'said goodbye to everyone', 'sanoin kaikille hei', 'sanoin kaikille heipat')),
  re(alt('betalat (?:alla )?rakningar[a-z]*', 'paid (?:all )?(?:my )?bills', 'paid (?:the )?rent (?:until|till|for)', 'maksanut (?:kaikki )?laskut', 'koderna', 'koderna (?:at|till) banken', 'pin ?koder[a-z]*', 'bank codes', 'cleaned (?:the|my) (?:flat|apartment|house|room)', 'debts paid', 'debts are paid', 'bills paid', 'maksoin (?:kaikki )?laskut', 'velat maksettu', 'losenord[a-z]*', 'salasana[a-z]*', 'passwords', 'irtisano(?:in|nut|nu|ttu) (?:jo )?(?:vuokrasopimuksen|vuokrasopimus|asunnon|asuntoni|liittym[a-z]*)', 'gave notice on my flat')),
  re(alt('(?:not|never) (?:planning|going|intending) to be (?:here|around|alive)', "(?:don't|dont|do not) (?:plan|intend) to be (?:here|around|alive)", "(?:won't|wont|will not) be (?:here|around|alive) (?:tomorrow|after tonight|by (?:the )?morning|in the morning)", 'en aio olla (?:enaa )?(?:taalla|olemassa|hengissa|elossa)', '(?:tanker|planerar) (?:inte|int) (?:att )?(?:vara|finnas) (?:kvar|har)', 'finns (?:inte|int) (?:har|kvar) i morgon')),
  re(alt('(?:kohta|huomenna) (?:enaa )?ole', 'kohta enaa ole', 'there will be nobody here', 'nobody here to', 'ingen kvar har', 'ei ole ketaan taalla', 'en ole enaa taalla', "won't be here", "(?:won't|wont|will not) be around(?! (?:next|this|on|for|tomorrow|today|tonight|until|till|in|at|the|during|over)\\b)", 'not be around (?:anymore|any more|to)', 'inte (?:finns|ar) (?:har|kvar) (?:langre|mer)', 'en ole enaa (?:olemassa|maisemissa)', 'wont be here', 'will not be here', 'inte finns kvar', 'inte ar kvar')),
  re(alt('saa mun', 'saa minun', 'gets my', 'can have my', 'take my (?:two |three |)(?:cats?|dogs?|pets?|rabbits?|birds?) permanently', '(?:take|have) my (?:cats?|dogs?|pets?) for good', 'ta (?:mina|min|mitt) (?:katter|katt|hund|hundar|husdjur) for gott', 'far min', 'far mitt', 'ottaa mun', 'tar min katt', 'tar min hund', 'tar hand om min katt', 'tar hand om min hund', 'ottaa koiran', 'ottaa kissan')),
  re(compound('laita', 'laito', 'hoida', 'hoidi', 'hoita', 'jarjest', 'siivo', 'putt', 'put', 'gett', 'got', 'sort', 'ordna', 'fix'), '[a-z]*\\s+', gap(3), alt('asiat jarjestykseen', 'asiani jarjestykseen', 'asiat kuntoon', 'paperit kuntoon', 'paperini kuntoon', 'affairs in order', 'my affairs', 'things in order', 'mina affarer', 'allt i ordning', 'mina papper', 'sa att grannen')),
  re(alt('laskut on maksettu', 'laskut maksettu', 'vuokra on maksettu', 'rent is paid', 'bills are paid', 'rakningarna ar betalda', 'hyran ar betald', 'cancelled my phone', 'irtisanoin liittym[a-z]*', 'sade upp mitt abonnemang', 'lagenheten ar stadad', 'siivosin varaston', 'siivosin asunnon', 'tilit ja salasanat', 'accounts and passwords', 'konton och losenord', 'pankkitunnukset')),
  re(alt('viim[a-z]*', 'my last', 'min sista', 'mitt sista', 'last', 'one last', 'one more', 'viela kerran', 'en sista'), '\\s+', alt('kesa', 'kesani', 'joulu', 'jouluni', 'syntymapaiva', 'syntymapaivani', 'paiva', 'paivansa', 'paivani', 'kerta', 'kertaa', 'kerran', 'viesti', 'viestini', 'asia',
    'summer', 'christmas', 'birthday', 'time', 'message', 'thing', 'sommar', 'jul', 'julen', 'fodelsedag', 'gang', 'gangen', 'meddelande', 'saken')),
  re(alt('tack for alla (?:ar|aren)', 'thanks? (?:you )?for all the years', 'thanked (?:me|us|her|him) for all the years', 'kiitos kaikista vuosista', 'kiitti kaikista vuosista', 'kiitos kaikista (?:naista )?vuosista', 'kiitos kaikesta', 'kiitos vaan', 'kiitti kaikesta', 'kiitin (?:heita |teita )?kaikesta', 'kiitos teille kaikille', 'kiitti kaikille', 'thank you for everything', 'thanks for everything', 'cheers for everything', 'tack for allt', 'ville bara tacka', 'wanted to say thank you')),
  re(alt('kun olen poissa', 'kun oon poissa', 'ku ma oon poissa', 'kun minua ei (?:enaa )?ole', 'kun mua ei (?:enaa )?oo', 'sitten kun minua ei', "when i'm gone", 'when im gone', 'after i am gone', "after i'm gone", 'nar jag ar borta', 'nar jag inte finns', 'olen poissa huomenna', 'oon poissa huomenna')),
  re(alt('en tarvitse', 'en tarvii', 'en tarvi', "won't need", 'wont need', 'will not need', 'kommer inte behova', 'kommer inte att behova', 'kommer int behova', 'behover inte', 'ei tarvitse enaa', 'ei tartte', 'ei tarvihe', "won't have to", 'behover inte oroa', "(?:won't|wont|will not) be needing", "(?:don't|dont|do not) think (?:i'll|ill|i will) be needing"), '\\s+', gap(3),
    alt('kuunnella (?:mua|minua|musta|minusta)', 'valittaa (?:musta|minusta)', 'huolehtia (?:musta|minusta)', 'listen to me', 'worry about me', 'lyssna pa (?:mig|mej)', 'oroa (?:er|dig) for (?:mig|mej)', 'enaa', 'niita enaa', 'mitaan enaa', 'mitaa', 'anymore', 'any more', 'after that', 'them anymore', 'it anymore', 'langre', 'mer', 'murehtia', 'odottaa', 'worry', 'oroa', 'siella minne', 'where i(?:\'m| am) going', 'dit jag ska', 'efter (?:helgen|ikvall|i kvall|i natt|idag|imorgon)', 'after (?:tonight|today|tomorrow|this weekend|the weekend)', '(?:taman|tan) (?:illan|yon|viikonlopun) jalkeen')),
  re(alt('sano', 'sanokaa', 'kerro', 'kertokaa', 'tell', 'say', 'sag', 'saga'), '\\s+', gap(3), alt('etta', 'et', 'that', 'att'), '\\s+', alt('mina', 'ma', 'i', 'jag', 'ja'), '\\s+', alt('rakastin', 'rakastan', 'loved', 'love', 'alskade', 'alskar')),
  // An apology sent through someone: "tell mum I'm sorry", "kerro äidille että olen pahoillani", "säg till mamma att jag är ledsen".
  re(alt('tell', 'kerro', 'kertokaa', 'sano', 'sanokaa', 'sag', 'saga'), '\\s+', alt('mum', 'mom', 'dad', 'mama', 'everyone', 'my (?:mum|mom|dad|wife|husband|kids|sister|brother|parents|family|son|daughter|girlfriend|boyfriend|partner)', 'her', 'him', 'them', 'aidille', 'isalle', 'kaikille', 'siskolle', 'veljelle', 'vanhemmille', 'mutsille', 'faijalle', 'mamma', 'pappa', 'alla', 'till (?:min |mina )?(?:mamma|pappa|alla|syster|bror|foraldrar|familjen)'), '\\s+', '(?:(?:that|etta|et|att)\\s+)?', alt("(?:i'm|im|i am) sorry", 'sorry', 'sori', 'olen pahoillani', 'oon pahoillani', 'anteeksi', 'anteeks', '(?:jag ar|ja e) ledsen', 'forlat')),
  re(alt('avain on', 'avaimet on', 'the key is', 'keys are', 'nyckeln ligger', 'nycklarna ligger'), '\\s+', gap(2), alt('maton alla', 'under the mat', 'under dorrmattan', 'postiluukussa', 'naapurilla', 'with the neighbou?r')),
  re(alt('ei tieda etta', 'ei tiia etta', 'eivat tieda etta', "doesn't know (?:it|that)", "don't know (?:it|that)", 'vet inte att', 'vet int att', 'kukaan ei tieda')),
  // The last night: "sista natten", "viimeinen yö", "my last night" (not the English "last night", which is yesterday).
  re(alt('sista', 'min sista', 'den sista', 'viimeinen', 'viimenen', 'viimeisen', 'my last', 'my final'), '\\s+', alt('natten', 'natt', 'kvallen', 'kvall', 'yo', 'yoni', 'ilta', 'iltani', 'night', 'evening')),
  re(alt('bye everyone', 'bye all', 'goodbye everyone', 'goodbye all', 'bye bye everyone', 'farval alla', 'farvall alla', 'hejda alla', 'hej da alla', 'adjo alla', 'heippa kaikki', 'hei hei kaikki', 'moikka kaikki', 'hyvasti kaikille')),
  // Someone entrusted with those left behind: "look after mum", "pidä huolta äidistä", "ta hand om mamma".
  re(alt('look after', 'take care of', 'pida huolta', 'pitakaa huolta', 'ta hand om'), '\\s+', alt('mum', 'mom', 'dad', 'mother', 'father', 'the kids', 'my kids', 'the children', 'aidista', 'isasta', 'lapsista', 'aitista', 'mamma', 'pappa', 'barnen', 'mina barn')),
  // A goodbye sent: "texted 'goodbye'", "laittoi viestin: hyvästi", "skrev hejdå".
  re(alt('texted', 'messaged', 'sent', 'sent me', 'wrote', 'kirjoitti', 'laittoi', 'laitto', 'tekstasi', 'viestitti', 'skrev', 'smsade', 'messade', 'skickade'), '\\s+', gap(2), alt('goodbye', 'good bye', 'hyvasti', 'hyvastit', 'farval', 'hejda', 'adjo')),
  // The last time they will hear from me: "det här är sista gången ni hör av mig", "you won't hear from me again".
  re(alt('sista gangen (?:ni|du|nagon) (?:hor|ser) (?:av|fran|till) (?:mig|mej)', 'sista gangen (?:hon|han|jag|ja) (?:ringer|skriver|hor av sig|horde av sig)', 'viimeinen kerta kun (?:han|se|ma|mina) (?:soittaa|soitan|kirjoittaa|kirjoitan)', 'last time (?:she|he|i)(?:\'ll| will)? (?:call|ring|write|text)s? (?:anyone|anybody|you)', "you (?:won't|wont|will not) (?:hear from|see) me again", "you(?:'ll| will) (?:not|never) (?:hear from|see) me again", 'last time you(?:\'ll| will)? (?:hear from|see) me', 'ette (?:enaa )?kuule minusta', 'ette kuule musta', 'viimeinen kerta kun (?:kuulette|naette)',
    'ni kommer inte (?:att )?hora (?:av|fran) mig')),
  // Following the dead: "tulen pian perässä", "I'll join you soon", "jag kommer snart efter dig".
  re(alt('tulen (?:pian |kohta |sun |sinun |hanen )?perassa', 'tuun (?:pian |kohta )?perassa', "i(?:'ll| will) (?:join|follow|be with) (?:you|him|her|them) soon", 'see you soon (?:mum|mom|dad|grandma|grandpa)', 'jag kommer snart (?:efter|till dig)', 'jag foljer (?:snart )?efter')),
  // The pet given with its object first ("kissan annoin siskolle") or taken by someone ("my sister's taking the cat").
  re(alt('kissa[a-z]*', 'koira[a-z]*', 'lemmik[a-z]*'), '\\s+', gap(1), alt('annoin', 'vein', 'lahjoitin', 'annettu', 'on annettu', 'otti', 'ottaa', 'saa')),
  re(alt("(?:is|'s|s) taking (?:the|my) (?:cat|dog|pets?|bird|rabbit)", 'will take (?:the|my) (?:cat|dog|pets?)', 'tar katten', 'tar hunden', 'tar hand om katten', 'tar hand om hunden')),
  // Affairs settled: "everything's sorted", "kaikki on hoidettu", "allt är ordnat", "paid for the funeral in advance".
  re(alt("everything(?:'s| is) (?:sorted|arranged|in order|taken care of)", '(?:har )?ordnat (?:allt|alla|mina|[a-z]*forsakring[a-z]*|papper[a-z]*) (?:[a-z]+ ){0,4}(?:sa|sa att) (?:familjen|barnen|frun|mannen) klarar sig', 'so (?:the|my) (?:family|kids|wife|husband) (?:will be|are|is) (?:ok|okay|fine|taken care of|provided for)', 'etta (?:perhe|lapset|vaimo|mies) parjaa', 'kaikki on hoidettu', 'kaikki on jarjestyksessa', 'asiat on hoidettu', 'allt ar ordnat', 'allt ar fixat', 'allt ar i ordning')),
  // One's own funeral paid for and the key left with someone are one kind of farewell (affairs settled), counted once.
  new RegExp(`(?:${re(alt('paid for', 'prepaid', 'arranged', 'planned', 'booked', 'maksoin', 'maksanut', 'maksanu', 'jarjestin', 'varasin', 'betalat', 'betalade', 'ordnat', 'planerat'), '\\s+', gap(2), alt('(?:the|my) (?:own )?funeral', 'hautajaise[a-z]*', 'hautapaik[a-z]*', 'arkku[a-z]*', '(?:min )?begravning[a-z]*', 'gravplats[a-z]*'), '(?:\\s+' + gap(2) + alt('in advance', 'etukateen', 'i forvag', 'already', 'jo', 'redan') + ')?').source})|(?:${re(alt('where the key is', 'where the keys are', 'missa avain on', 'missa avaimet on', 'var nyckeln (?:ar|ligger)', 'var nycklarna (?:ar|ligger)', 'avaimet on poydalla', 'avain on poydalla', 'keys are on the table', 'nycklarna ligger pa bordet')).source})`, 'g'),
  re(alt('wanted to thank', 'want to thank', 'halusin kiittaa', 'haluan kiittaa', 'ville tacka', 'vill tacka'), '\\s+', gap(4), alt('for (?:everything|listening|all)', 'kaikesta', 'kuuntelemisesta', 'for allt', 'for att (?:ni|du) lyssnat')),
  // A gamer's or a user's last log-off: "logging off for good", "kirjaudun ulos lopullisesti", "loggar ut för gott".
  re(alt('permanently logging (?:off|out)', 'logging (?:off|out) permanently', 'log(?:ging)? off forever', 'logging off for good', 'log off for good', 'logging out for good', 'signing off for good', 'sign off for good', 'offline for good', 'leaving the server for good', 'gg everyone', 'gg all',
    'kirjaudun ulos lopullisesti', 'lahden servulta lopullisesti', 'loggar ut for gott', 'loggar av for gott')),
  // The pets entrusted: "pitäkää huolta mun kissasta", "take care of my dog for me", "ta hand om min katt".
  re(alt('pitakaa huolta', 'pida huolta', 'pitaa huolta', 'huolehtikaa', 'huolehdi', 'look after', 'take care of', 'ta hand om'), '\\s+', alt('mun ', 'minun ', 'mun rakkaasta ', 'my ', 'min ', 'mitt ', ''),
    alt('kissa[a-z]*', 'koira[a-z]*', 'lemmik[a-z]*', 'kani[a-z]*', 'hevose[a-z]*', 'cat', 'dog', 'pets?', 'rabbit', 'horse', 'katt[a-z]*', 'hund[a-z]*', 'kanin[a-z]*', 'hast[a-z]*')),
  // An apology to the family at the end: "anteeks äiti", "sorry mum", "förlåt mamma".
  re(alt('anteeks', 'anteeksi', 'antakaa anteeks', 'sorry', "i'm sorry", 'im sorry', 'forlat', 'forlat mig'), '\\s+', alt('aiti', 'isa', 'iska', 'mummo', 'mum', 'mom', 'dad', 'mama', 'mamma', 'pappa', 'mormor', 'farmor', 'kaikille', 'kaikki', 'kaikesta', 'everyone', 'everybody', 'for everything', 'alla', 'allihop', 'for allt'), '(?!\\s+(?:etta|et|kun|ku|for|that|att|mutta|but|men)\\b)'),
  // Telling one person, last: "just wanted someone to know", "halusin vaan et joku tietää", "ville bara att nån skulle veta".
  re(alt('just wanted someone to know', 'wanted someone to know', 'just wanted to tell one person', 'wanted to tell (?:one|a single) person', 'just want someone to know', 'just wanted to (?:say|tell) (?:it|this|someone|somebody)(?: somewhere| to someone| to somebody)?', 'just so (?:someone|somebody|you|one person) knows?', 'ihan vaan (?:et|etta) joku tietaa', 'halusi(?:n)? (?:vaan |vaa |vain )?(?:et|etta) joku (?:tietaa|tiaa|tias|tietais|tietaisi|tiais)', 'bara sa att (?:nagon|nan) vet', 'halusin vaan etta joku tietaa', 'halusin vaan et joku tietaa', 'halusin etta joku tietaa', 'halusin et joku tietaa',
    'ville bara att (?:nagon|nan|ni|du) (?:skulle |ska )?(?:veta|vet)', 'want(?:ed)? someone to know where i am', 'so (?:they|someone|somebody) (?:can |will )?find me', 'kirjo(?:i)?tan (?:vaan|vain|vaa) (?:et|etta) joku tietaa', 'promised (?:my )?[a-z]+ i would tell someone', 'vill bara att (?:nagon|nan) (?:ska )?(?:veta|vet)', "(?:i'?m |im )?just telling (?:someone|somebody|you|one person) (?:before|first)", 'kerron vaan (?:jollekin|jolleki|yhdelle) ennen')),
  re(alt("(?:don't|dont|do not|no need to|nobody needs to|no one needs to) (?:come )?look(?:ing)? for me", 'ingen behover leta efter (?:mig|mej)', 'leta inte efter (?:mig|mej)', 'alkaa etsiko (?:minua|mua)', 'ei tarvitse etsia (?:minua|mua)', 'kenenkaan ei tarvitse etsia',
    // Said of oneself and passed on by a relative: "sanoo ettei sitä tarvi illalla etsiä", "said not to look for him".
    '(?:ei|ettei) (?:sita|hanta|mua|minua) (?:tarvitse|tarvi) (?:[a-z]+ ){0,2}etsia', '(?:not|no need) to (?:come )?look for (?:him|her|them)', '(?:skulle|ska) (?:inte|int) leta efter (?:honom|henne)')),
  re(alt("(?:not looking|don't want|dont want|do not want) to be talked out of it", "(?:don't|dont|do not) (?:try to )?talk me out of it", 'ala yrita (?:puhua|saada) (?:mua|minua) (?:ympari|luopumaan)', 'forsok inte (?:prata|fa) (?:mig|mej) (?:att ändra mig|ur det|att avsta)')),
  // "ni kommer klara er utan mej", "pärjäätte ilman mua", "you'll be fine without me".
  re(alt('(?:ni |te )?(?:kommer (?:att )?)?klara(?:r)? er', 'parjaatte', 'parjaisitte', 'parjaatte kylla', "(?:you|you guys|y'all|you all)(?:'ll| will) (?:be )?(?:manage|cope|fine|ok|okay|alright|better)"), '\\s+', gap(1), alt('utan (?:mig|mej)', 'ilman (?:minua|mua)', 'without me')),
  // A sealed letter not to be opened before a day; affairs sorted; "the last thing I do"; the children given away for good.
  re(alt("(?:not|don'?t|do not) (?:to )?open (?:it|the envelope|the letter) (?:before|until)", 'ala avaa (?:sita|kirjetta|kuorta) ennen', 'inte oppna (?:det|brevet|kuvertet) fore', 'sealed envelope', 'suljettu kirjekuori', 'forseglat kuvert', "note'?s? (?:is )?on the (?:kitchen )?table for")),
  re(alt("(?:i'?ve|i have) sorted (?:everything|it all|all my|my affairs)", 'kaikki on (?:jarjestetty|hoidettu)', 'allt (?:ar|e) ordnat')),
  re(alt('(?:det|de) (?:ar|e) (?:det|de) sista (?:jag|ja) gor', "(?:it'?s|that'?s|this is) the last thing i(?:'ll| will)? do", 'se on viimeinen (?:asia|juttu) (?:jonka|minka) teen')),
  re(alt('(?:ta hand om|take care of|look after|pitamaan huolta|huolehtimaan) (?:[a-z]+ ){0,2}(?:barnen|the kids|the children|lapsista|lapset) (?:for gott|for good|from now on|lopullisesti|tasta eteenpain)')),
  re(alt('en enaa vastaa', 'en vastaa enaa', "won't answer", 'svarar inte mer', 'viimeinen viesti', 'last message', 'sista meddelandet', 'tama oli viimeinen', 'taa oli viimenen', 'this is my last')),
];
const FAREWELL: Cue = { name: 'farewell', dampers: PAST_EVENT, messageDampers: any(ORDINARY_GOODBYE, FICTION_AND_SCHOOLWORK), patterns: FAREWELL_KINDS };

/** They think I am moving or taking a break; I am not. A farewell in disguise, never dampened by the move it names. */
const SECRET_GOODBYE: Cue = {
  name: 'secret-goodbye',
  patterns: [re(alt('luuli', 'luulee', 'luulevat', 'luuli etta', 'think', 'thinks', 'thought', 'tror', 'trodde'), '\\s+', gap(3), alt('muutan', 'muuttavan', 'moving', "i'm moving", 'im moving', 'taking a break', 'going away', 'flyttar', 'ska flytta', 'tar en paus'),
    '.{0,80}', alt('en (?:ma )?muuta', 'en mina muuta', "i'm not", 'im not', 'i am not', 'jag flyttar inte', 'jag gor inte det', 'ei pida paikkaansa', 'muuta mihinkaan')),
  // Someone else's belief is the cover ("mamma tror vi ska grilla … det ska vi int"); one's own "I think" is not.
  re('(?<!\\b(?:i|jag|ja|mina|ma|we|vi|me)\\s)', alt('thinks', 'thought'), '\\s+', alt("(?:i'?m|im|i am) just being (?:nice|kind|generous)", "(?:i'?m|im|i am) just (?:clearing out|tidying|decluttering)")),
  re('(?<!\\b(?:i|jag|ja|mina|ma|we|vi|me)\\s)', alt('tror', 'trodde', 'thinks', 'thought', 'luulee', 'luuli', 'luulevat'), '\\s+', gap(6), '.{0,80}', alt('det ska (?:vi|jag|ja) (?:inte|int)', 'de ska (?:vi|jag|ja) (?:inte|int)', "but (?:we|i) (?:won't|wont|aren't|am not|are not)", 'ei (?:me|mina|ma) (?:aio|aiota|tee|tehda)')),
  re(alt('som om (?:ja|jag) skulle', 'as if i was', 'as if i were', 'like i was just', 'ikaan kuin (?:muuttaisin|lahtisin|olisin)', 'niinku ma (?:muuttaisin|lahtisin)'), '.{0,120}', alt('inte kommer tillbaka', "won't be back", "won't come back", 'not coming back', 'en tule takaisin', 'vet inte', "don't know", 'ei tieda'))],
};

/** Stopping what keeps one alive: insulin, heart medication, dialysis, food and drink. */
const VITAL_STOP: Cue = {
  name: 'vital-stop',
  patterns: [
    re(alt('lopetin', 'lopetti', 'lopettanut', 'lopettanu', 'lopettaneensa', 'lopettaneen', 'jatin', 'jatti', 'jattaneensa', 'jattanyt', 'jattany', 'heitin', 'heitti', 'en oo pistany', 'en ole pistanyt', 'stopped', 'quit', 'threw', "haven't done", 'havent done', "haven't taken",
      'slutat', 'slutade', 'slangde', 'har inte tagit'), '\\s+', gap(4), alt('insuliin[a-z]*', 'insulin[a-z]*', 'sydanlaak[a-z]*', 'verenohennus[a-z]*', 'verenpainelaak[a-z]*', 'heart (?:meds|medicine|medication|pills)',
      'blood pressure', 'blood thinners?', 'hjartmedicin[a-z]*', 'blodtrycksmedicin[a-z]*', 'blodfortunnande', 'dialyysi[a-z]*', 'dialysis', 'dialys', 'heart tablets', 'epilepsialaak[a-z]*', 'epilepsy (?:meds|medication|tablets)',
      'epilepsimedicin[a-z]*', 'sydanpilleri[a-z]*', 'sydantabletti[a-z]*', 'anti ?rejection (?:medicine|meds|medication|drugs|pills)', 'hylkimisenesto[a-z]*', 'hyljinnanesto[a-z]*', 'immunosupp[a-z]*', 'avstotningsmedicin[a-z]*', 'transplant (?:meds|medicine|medication)')),
    // The treatment itself refused: "sanoi dialyysihoitajalle, ettei tule enää", "told the dialysis unit he won't come any more".
    re(alt('dialyysi[a-z]*', 'dialysis', 'dialys[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,8}?\\s+', alt('(?:ei|ettei|en|etten) (?:aio )?(?:tule|tuu|mene|meen) enaa', "(?:won't|wont|will not|is not going to|isn't going to|not going to) (?:come|go)(?: back| any ?more| again)", 'kommer (?:inte|int) (?:att )?(?:komma|ga) (?:dit )?(?:mer|langre|tillbaka)', 'tanker (?:inte|int) ga (?:dit )?(?:mer|langre)')),
    // Food and water both refused: "stopped eating and drinking", "lopetin syömisen ja juomisen", "slutat äta och dricka".
    re(alt('stopped', 'quit', 'lopetin', 'lopettanut', 'lopettanu', 'slutat', 'slutade', 'vagrar'), '\\s+', alt('eating and drinking', 'drinking and eating', 'syomasta ja juomasta', 'juomasta ja syomasta', 'syomisen ja juomisen', 'juomisen ja syomisen', 'ata och dricka', 'dricka och ata')),
    // A learner's grammar: "jag har inte äta eller dricka", "I not eat or drink", "mina ei syö ei juo".
    re(alt('har (?:inte|int) ata (?:eller|och) dricka', '(?:i )?(?:not|no) eat(?:ing)? (?:or|and|no) (?:drink|water)', 'ei syo ei juo', 'en syo en juo')),
    re(alt('refused (?:food and water|to eat (?:or|and) drink|all food and (?:water|drink))', 'kieltaytynyt (?:syomasta ja juomasta|ruoasta ja juomasta)', 'vagrat (?:ata och dricka|mat och vatten)', 'vagrar (?:ata och dricka|mat och vatten)')),
    re(alt("haven't eaten or drunk", 'havent eaten or drunk', "haven't had (?:any )?food or water", 'no food or water for', 'en oo syony enka juony', 'en ole syonyt enka juonut', 'en oo syony eika juony', 'har inte atit eller druckit')),
    re(alt('en oo ottanu', 'en ole ottanut', 'en ota', 'en ottanut'), '\\s+', gap(2), alt('insuliin[a-z]*', 'sydanlaak[a-z]*', 'epilepsialaak[a-z]*', 'verenpainelaak[a-z]*', 'laakkeitani', 'laakkeita')),
    re(alt('stopped eating', 'lopettanut syomisen', 'lopetti syomisen', 'slutat ata', 'slutade ata', 'en syo enaa', 'ei syo enaa'), '(?!\\s+(?:lunch|breakfast|dinner|meat|sugar|sweets|gluten|dairy|out|at|in|junk|lounasta|aamupalaa|lihaa|sokeria|lunch|frukost|middag|kott|socker)\\b)'),
    re(alt('en enaa syo enka juo', 'en syo enka juo', 'etten enaa syo', 'lopettanut syomisen ja juomisen', 'stopped eating and drinking', 'not eating or drinking', 'slutat ata och dricka', 'ater inte och dricker inte')),
  ],
};
const LET_IT_HAPPEN: Cue = {
  name: 'let-it-happen',
  patterns: [re(alt('tahallaan', 'tarkoituksella', 'ihan sama', 'ei ole valia', 'ei oo valia', 'ihan ok', 'annan sen menna', 'annan sen nyt menna', 'en aio aloittaa', 'enka aio aloittaa',
    'det ar mitt val', "(?:it's|its|it is) my (?:choice|decision)", 'se on (?:mun|minun) valinta', 'oma valintani',
    'on purpose', 'deliberately', "don't care", 'dont care', 'let (?:it|my [a-z]+) (?:happen|do what)', "it'll happen by itself", 'it will happen', 'not correcting', 'med flit', 'med avsikt',
    'spelar ingen roll', 'det far ta slut', 'far ta slut', 'katotaan mita tapahtuu', 'katsotaan mita tapahtuu', 'ei kiinnosta', 'had a good life', "don't make a fuss", 'dont make a fuss', 'ala hossota', 'elanyt hyvan elaman',
    'wants to go to (?:grandad|grandpa|grandma|heaven|be with)', 'nyt riittaa', 'taa riittaa', "(?:i've|ive|i have|he has|she has|he's|she's) made (?:my|his|her) peace", 'made peace with it', 'sopinut (?:asian|taman) itsensa kanssa', 'tehnyt rauhan', 'slutit fred med', "(?:it's|its|that's|thats) enough now", 'det (?:far|fick) racka nu', 'nu racker det', 'not (?:planning|going) to start again', "(?:won't|wont) start again", 'en aio aloittaa uudestaan', 'tanker inte borja igen', "don't call anyone", 'dont call anyone', 'alkaa soittamaan kenellekaan', 'ring inte nagon', 'haluaa (?:pois|taivaaseen|mummon luo|papan luo)', 'vill till (?:himlen|farfar|morfar|mormor|farmor)', '(?:vill|vil) (?:fa )?ga hem', 'haluaa paasta (?:taivaaseen|kotiin taivaaseen)', 'wants to go home to (?:god|heaven|jesus)', 'enka aio ottaa'))],
};

const DESPAIR_CUE: Cue = { name: 'despair', dampers: TALK_ABOUT, patterns: [new RegExp(DESPAIR.source, 'g')] };

/** Hopelessness strong enough for a gentle line to the crisis services, though no wish to die is stated ("kaikki on turhaa"). */
const HOPELESS: Cue = {
  name: 'hopeless', dampers: TALK_GENERAL,
  patterns: [re(alt('kaikki on turhaa', 'kaikki tuntuu turhalta', 'ihan turhaa elamaa', 'toivoton[a-z]*', 'toivottom[a-z]*', 'ei mitaan merkitysta', 'ei mitaan jarkea', 'kukaan ei kaipaa[a-z]*',
    'kukaan ei kaipais[a-z]*', 'olen taakka', 'oon taakka', 'olen vain taakka', 'ei ole ulospaasya', 'ei oo ulospaasya', 'tyhja olo', 'pointless', 'hopeless', 'nobody would miss', 'no one would miss',
    "i'm a burden", 'im a burden', 'no way out', 'empty inside', 'nothing matters', 'ingen mening', 'hopplost', 'meningslost', 'ingen utvag', 'ingen skulle sakna', 'jag ar en borda', 'allt ar meningslost',
    "(?:i'd|id|i would) rather not be (?:here|alive|around)", 'olisin mieluummin olematta', 'jag skulle hellre inte finnas',
    'itsemurhayri[a-z]*', 'yritti itsemurhaa', 'attempted suicide', 'suicide attempt', 'sjalvmordsforsok',
    "what(?:'s| is) the point(?: of (?:any of )?(?:it|this|anything))?", 'what the point of (?:it|this|anything|any of it|life|living) (?:is|was)', 'ser ingen framtid', 'ingen framtid', 'no future', "(?:can't|cant|don't|dont) see (?:a|any) future", 'en nae tulevaisuutta', 'ei tulevaisuutta', 'mika jarki tassa',
    // Nothing will ever get better: "nothing is ever going to get better", "inget kommer någonsin bli bättre", "mikään ei koskaan parane".
    'nothing (?:is )?(?:ever )?(?:going to|gonna|will) (?:ever )?(?:get|be) better', 'it (?:will|is going to) never get better', 'inget (?:kommer|ska) (?:nagonsin )?(?:att )?bli battre', 'det (?:kommer|blir) aldrig (?:att )?bli battre',
    'mikaan ei (?:koskaan )?(?:parane|muutu paremmaksi|tule paranemaan)', 'ei (?:tama|taa) (?:koskaan )?(?:parane|muutu paremmaksi)', 'ei tasta (?:koskaan )?(?:tule|parane) (?:mitaan|parempaa)'))],
};

/** Standing or sitting where a fall kills: oneself or someone else, now. */
const ON_THE_EDGE = [
  re(alt('seison', 'seisoo', 'seisoin', 'istun', 'istuu', 'istuin', 'kiipesin', 'kiipesi', 'kiipeaa', 'kiipean', 'roikun', 'roikkuu', 'nojaan', 'nojaa', 'olen', 'oon', 'on', 'jalat'), '\\s+', gap(3),
    alt(compound('kaiteella', 'kaiteen paalla', 'kaiteen ulkopuolella', 'kaiteen yli', 'reunalla', 'kiskoilla', 'raiteilla', 'kaiteen takana'), 'ikkunan ulkopuolella', 'ulkona ikkunasta')),
  re(alt('standing', 'stood', 'sitting', 'sat', 'climbed', 'climbing', 'hanging', 'leaning', 'walking', 'walks', 'pacing', 'paces', "i'm", 'im', 'i am', 'is', "he's", "she's", 'legs'), '\\s+', gap(2), alt('on', 'over', 'onto', 'off', 'outside', 'at', 'by', 'along'), '\\s+',
    alt('the', 'a', 'his', 'her', 'our', 'my'), '\\s+', gap(3), alt('railing', 'rail', 'ledge', 'edge of the roof', 'edge of the bridge', 'parapet', 'tracks', 'roof edge', 'railway bridge', 'window ledge', 'balcony rail')),
  re(alt('on the ledge', 'legs outside', 'legs over the', 'on the railway bridge', 'on the tracks', 'other side of the railing')),
  re(alt('star', 'stod', 'sitter', 'satt', 'klattrade', 'klattrar', 'hanger', 'lutar', 'ar', 'gar', 'gick', 'vandrar', 'balanserar'), '\\s+', gap(5), alt('pa', 'over', 'utanfor', 'upp pa', 'vid', 'langs'), '\\s+', gap(1), alt(compound('racket', 'relingen', 'kanten', 'ralsen', 'spaaret', 'sparet', 'bron'))),
];

/** Emergencies happening now, usually to someone else: 112 first, whatever the other words say. */
const EMERGENCY_NOW = [
  re(alt('ei heraa', 'eika heraa', 'ei herannyt', 'ei reagoi', 'eika reagoi', 'ei vastaa puhutteluun', 'saa (?:sita |hanta |hanet |sen |ta )?(?:kunnolla |millaan |mitenkaan )?hereille', 'ei tule tajuihinsa', 'huulet on siniset', 'huulet siniset', 'huulet (?:on |ovat |oli |ihan |vahan |aika )*(?:siniset|harmaat|sinertavat|harmaantuneet|sinisina|harmaina|violetit)', 'kylkivalit (?:vetaa|vetavat|vetaytyy|painuu)', 'rintakehan alaosa vetaytyy',
    'huulet on sinisina', 'kouristel[a-z]*', 'kouristu[a-z]*', 'vaahtoaa suusta', 'vaahtoo suusta', 'vuotaa paljon verta', 'verta tulee (?:jo )?(?:aika |tosi |hirveasti |ihan )?paljon', 'ei lakkaa vuotamasta', 'ei saa henkea', 'eika hengita', 'ei hengita',
    'hengitys rohisee', 'hengittaa oudosti', 'huulet (?:on )?(?:ihan )?sinis[a-z]*', '(?:naama|naamasta|suupieli|kasvot|kasvoista) roikkuu', 'putosi (?:avantoon|jaihin|veteen|jarveen|heikoille jaille)', 'ei tule ylos',
    'ei lopeta vuotamista', 'ei lopu vuotamasta', 'vuoto ei lopu', 'vuotaa verta (?:paasta|paastaan)', 'paasta vuotaa verta',
    'kaatui [a-z]+ eika', 'kaatui [a-z]+ ja (?:ei|eika)', 'eika vastaa mitaan', 'murtaa ovea', 'murtaa oven', 'lukittuna', 'lukittautuneena', 'makaa [a-z]*lattialla eika', 'makaa [a-z]*lattialla ja ei', '(?:ei vastaa|ei reagoi|ei herää|ei heraa) vaikka (?:ravistan|ravistelen|ravistelin|ravistin|huudan)', 'lyyhistyi', 'kaatui eika', 'kaatunut eika', 'kaatunu eika', 'meni tajuttomaksi', 'suupieli roikkuu', 'suupiel[a-z]* (?:alkoi |on alkanut |alkaa )?roikku[a-z]*', 'puhe (?:muuttui|on muuttunut|muuttuu) (?:ihan )?(?:puuroiseksi|sammaltavaksi|epaselvaksi)', 'kasvot roikkuu', 'toinen puoli kasvoista', 'puhe sammaltaa yhtakkia', 'ei (?:pysty|jaksa|saa) nostamaan (?:oikeaa|vasenta|toista) (?:katta|kasivartta)', 'ravisteli vauvaa', 'ravistelee vauvaa', 'ravist(?:in|elin|elen|an|i|eli|elee|ettiin) (?:vauvaa|vauvaani|vauvaamme|lasta|lastani|pienta)',
    // Word orders and signs of a stroke or a heart attack: "vuotaa verta paljon", "kasvot valkoinen ja ei puhu hyvin", "rintaa puristaa ja vasen käsi puutuu".
    'vuotaa verta (?:tosi |ihan |hirveasti |hirveesti |kauheasti |niin )?paljon', 'verta vuotaa (?:tosi |ihan |niin )?paljon', '(?:kasvojen|naaman) toinen puoli', 'puhe (?:on )?(?:sammaltava|puuroutunut|puuroutuu|sekavaa yhtakkia)', 'ei saa sanoja suustaan',
    '(?:rintaa|rinnassa|rintakehaa|rintakehassa) (?:[a-z]+ ){0,4}(?:puristaa|painaa|kipu|kivistaa|sattuu)[a-z]* (?:[a-z]+ ){0,8}(?:vasen (?:kasi|kasivarsi)|vasempaan kateen|vasenta katta|leuka[a-z]*|kylmanhiki|ei saa henkea|en saa henkea)',
    '(?:raskaana|raskausviikolla|raskauskuukausi|raskaana oleva) (?:[a-z0-9]+ ){0,8}(?:vuotaa|vuoto|verta)')),
  re(alt('collapsed', 'passed out and', 'not responding', "won't respond", 'wont respond', '(?<!mind )(?<!about )not waking', "won't wake", 'wont wake', "can't wake", 'cant wake', 'lips are blue', 'turning blue', 'lips (?:are |r |look |looks |to look |looking |went |turned |turning |getting |seem |seem to be )?(?:kind of |kinda |a bit |slightly |quite |all |really )?(?:blue|grey|gray|purple|bluish|greyish)', '(?:pulling|sucking|sinking) in (?:under|between|below) (?:the|his|her|their) ribs', 'having a seizure',
    'bleeding (?:heavily|a lot|badly|from (?:his |her |the |their )?head)', "(?<!mind )(?<!mind not )(?<!about )(?<!about not )(?:isn't|isnt|is not|not|won't|wont|doesn't|doesnt) waking(?: up)?", "(?:isn't|isnt|is not|doesn't|doesnt) wake up", "(?:can't|cant|cannot) (?:get|wake) (?:him|her|them) (?:up )?(?:properly|fully)", "(?:baby|newborn|infant|toddler|weeks old|months old|she|he)(?:'s| is)? (?:[a-z]+ ){0,3}(?:so |very |really |all )?(?:floppy|limp)", "won't stop bleeding", 'wont stop bleeding', 'lot of blood', 'lying on the (?:[a-z]+ )?floor and', "(?:doesn't|doesnt|won't|wont|isn't|isnt) (?:respond|responding|wake up|waking up) when i (?:shake|shook|call)", "(?:doesn't|doesnt|isn't|isnt|is not|does not) (?:respond|responding|answer|answering) when (?:you|i|we) (?:talk|speak) to (?:her|him|them)", 'ei vastaa kun (?:hanelle|sille|heille) puhuu','not responding when i (?:shake|shook)', "(?:he|she|they|baby|child|kid)(?:'s| is| are)? (?:not breathing|can't breathe|cant breathe|choking)",
    'face (?:looks|is|went|seems|looking) (?:weird|strange|funny|odd|wrong|droopy|crooked|lopsided) on one side', "(?:can'?t|cant|cannot) find (?:his|her|the|any )?words", 'face is droop(?:ing|in)', 'face droop(?:ing|in)', "face(?:'s| is)? droop(?:ing|in) on one side", 'droop(?:ing|in) on one side', 'talk(?:ing|in) (?:gibberish|nonsense|rubbish)', 'one side of (?:his|her|their|your|my) face', '(?:left|right) side of (?:his|her|their|your|my|the) (?:face|mouth)(?! (?:is|was) (?:still|always|paralysed|paralyzed))', "(?:can't|cant|cannot|can not) (?:lift|raise|move) (?:his|her|their|my) (?:left |right )?arm", 'shak(?:e|es|ing|ed) (?:the|my|our|a|her|his) baby', 'shook (?:the|my|our|a|her|his) baby', 'shaken baby', 'half (?:of )?(?:his|her|their|your|my) face', 'words (?:come|coming|came|are coming) out wrong', 'speech is slurred', 'slurring (?:his|her|their|my) (?:words|speech)', 'slurred (?:speech|words)',
    "chest (?:[a-z']+ ){0,4}(?:crush[a-z]*|tight[a-z]*|pain[a-z]*|pressure|hurts|heavy) (?:[a-z']+ ){0,8}(?:left arm|arm is numb|arm numb|jaw|can'?t breathe|cold sweat)",
    "(?:crushing|squeezing|tight|heavy|severe) (?:chest pain|pain in (?:my|the|his|her) chest|pressure (?:in|on) (?:my|the|his|her) chest) (?:[a-z']+ ){0,8}(?:left arm|arm|jaw|cold sweat|can'?t breathe)", "(?:left arm|arm) (?:is )?(?:numb|tingling) (?:[a-z']+ ){0,8}chest (?:pain|hurts|tight[a-z]*|crush[a-z]*)",
    "(?:pregnant|weeks pregnant) (?:[a-z0-9']+ ){0,8}bleeding", "bleeding (?:[a-z0-9']+ ){0,6}(?:weeks pregnant|pregnant)", "can't talk properly", 'cant talk properly', 'foaming at the mouth', 'barely breathing', 'fell through the ice', 'fell into the water',
    'break (?:down )?the door', 'breaking (?:down )?the door', 'smashed (?:the|our) door')),
  re(alt('foll ihop', 'ramla ihop', 'har kollapsat', 'kollapsade', 'kollapsa', 'ramlade ihop', 'segnade ihop', 'segna ihop', 'damp ihop', 'svimmade och', 'reagerar inte', 'reagerar int', 'vaknar inte', 'vaknar int', 'gar inte att vacka', 'gar int att vacka', 'blaa lappar', 'bla lappar', 'lapparna ar bla', 'lapparna e bla', 'lapparna (?:ar |e |blir |har blivit )?(?:lite |jatte |helt )?(?:bla|gra|blaa|graa|blaaktiga|graaktiga|lila)', 'andas (?:knappt|knapt|nastan inte|nastan int)', 'drar in (?:under|mellan) revbenen', 'kramper',
    'har? (?:inte|int) vakna(?:t)? (?:opp|upp)', 'vaknar (?:inte|int) (?:opp|upp)', 'svarar (?:inte|int) nar (?:man|jag|vi|hon|han) (?:pratar|talar|ropar)', '(?:ar|e) (?:alldeles|helt|heilt) (?:gra|bla)(?: i ansiktet)?', 'bloder mycket', 'bloder fran huvudet', 'blodde fran huvudet', 'slutar inte bloda', 'slutar int bloda', 'far inte luft', 'ligger pa [a-z]*golvet och', 'ligger pa [a-z]*golvet', 'far (?:henne|honom) (?:inte|int) vaken', 'far (?:inte|int) (?:henne|honom) vaken', "(?:can'?t|cannot) get (?:her|him) (?:to wake|awake)", 'svarar (?:inte|int) nar (?:jag|vi) (?:skakar|ruskar|vacker|ropar pa)', 'reagerar (?:inte|int) nar (?:jag|vi) (?:skakar|ruskar)', 'andas (?:sa |so |jatte |ganska |valdigt |helt )?(?:konstigt|konstit|konstut|konstut|ryckigt|rosslande|tungt och)', 'andas inte', 'ena sidan av ansiktet', 'ansiktet hanger', 'munnen hanger', 'mungipan hanger', '(?:munnen|ansiktet|mungipan) (?:ar )?hangande', '(?:hanger|hangande) pa ena sidan', '(?:kan inte|inte kan) lyfta (?:hoger|vanster|sin|ena) arm(?:en)?', '(?:skaka|ruska)(?:r|de|t)? (?:min |var |hennes |hans )?(?:bebis|bebisen|baby|babyn|barnet|lilla)', 'sluddrar', 'sluddrigt tal', 'orden kommer fel',
    '(?:brostet|i brostet|brostkorgen) (?:[a-z]+ ){0,4}(?:tryck[a-z]*|ont|smart[a-z]*|klams?|kramar) (?:[a-z]+ ){0,8}(?:vanster arm|vanstra armen|kaken|kallsvett[a-z]*|far inte luft|kan inte andas)',
    '(?:gravid|gravida) (?:[a-z0-9]+ ){0,8}bloder', 'bloder (?:[a-z0-9]+ ){0,6}gravid', 'ramlat [a-z ]{0,20}svarar inte',
    'inlast', 'slagit sonder dorren', 'bryter upp dorren', 'foll genom isen')),
  // A violent person fetches a weapon.
  re(alt('haki', 'hakee', 'hakemaan', 'kavi hakemassa', 'otti esiin', 'kaivoi esiin', 'lataa', 'latasi', 'went to get', 'is getting', 'got out', 'grabbed', 'fetched', 'loading', 'loaded', 'hamtade', 'hamtar',
    'tog fram', 'tagit fram', 'laddar', 'laddade', 'silla on', 'take', 'took', 'takes', 'tog', 'hanella on', 'han har', 'hon har', 'has a', 'has got a', 'is holding a', 'pitaa kadessa'), '\\s+', gap(3),
  alt('veitsen', 'veitsi', 'puukon', 'puukko', 'aseen', 'ase', 'aseensa', 'kirveen', 'kirves', compound('kivaarin', 'kivaari', 'haulikon', 'haulikko', 'pistoolin', 'pistooli', 'bossan', 'bossa', 'gevaret', 'gevar'), 'knife', 'gun', 'axe', 'rifle', 'shotgun', 'pistol', 'kniven', 'kniv', 'vapnet', 'yxan', 'pistolen')),
  // Hiding from a violent person, often with children.
  re(alt('piilossa', 'piilos', 'piiloudun', 'piilouduin', 'piileskelen', 'lukittauduin', 'lukitsin itseni', 'lukitsin meidat', 'hiding', 'locked myself', 'locked us', 'locked in', 'gommer mig', 'gommer oss',
    'har gomt mig', 'last in mig', 'last in oss'), '\\s+', gap(4), alt('lasten kanssa', 'lapset', 'lapsien', '[a-z]+n kanssa', 'hanelta', 'silta', 'mieheltani', 'mieheltä', 'exalta', 'isalta', 'with the kids', 'with my kids',
    'with the children', 'from him', 'from her', 'from my husband', 'from my partner', 'from my dad', 'in the bathroom', 'in the car with', 'vessaan', 'vessassa', 'kylpyhuoneeseen', 'med barnen', 'for honom', 'for min man', 'pa toaletten', 'i badrummet')),
  re(alt('[a-z]+n kanssa', 'with my (?:kids|sister|brother|mum|mom)', 'med (?:barnen|min syster|min bror|lillasyster)'), '\\s+', gap(2), alt('piilossa', 'piilos', 'hiding', 'gommer oss', 'gommer mig')),
  // A child with an adult nobody knows.
  re(alt('vieras', 'tuntematon', 'outo'), '\\s+', alt('mies', 'aikuinen', 'nainen', 'henkilo', 'tyyppi', 'auto'), '\\s+', gap(3), alt('vei', 'vie', 'vievat', 'houkutteli', 'houkuttelee', 'otti', 'ottaa', 'ajoi', 'lahti', 'kaappasi', 'seuraa', 'raahasi', 'raahaa', 'taluttaa', 'odottaa', 'viestittelee')),
  re(alt('stranger', 'a man we (?:do not|don\'t|dont) know', 'an? (?:unknown|strange) (?:man|adult|person|woman)', 'someone we (?:do not|don\'t|dont) know', '(?:adult|man|guy|person) (?:i|we) (?:don\'t|dont|do not) know'), '\\s+', gap(12),
    alt('messaging', 'took', 'has taken', 'lured', 'drove off', 'is taking', 'grabbed', 'pulled', 'dragged', 'is with', 'waiting outside', "he's waiting", 'is waiting', 'trying to (?:get|take|grab|pull)', 'into (?:his|a|the) car')),
  re(alt('framling', 'framlingen', 'en okand', 'en frammande', 'okand man', 'frammande man'), '\\s+', gap(3), alt('tog', 'har tagit', 'lockade', 'akte', 'drar', 'drog', 'ryckte', 'ar med', 'forsoker fa')),
];

/** Emergencies told by their signs, to oneself or someone else, now. */
const EMERGENCY_SIGNS = [
  // The signs first, the drink after: "can't stand up, eyes rolling back, someone put something in her glass".
  re(alt("can'?t (?:stand|walk|talk|speak)", 'cannot (?:stand|walk|talk)', 'eyes rolling', 'ei pysy pystyssa', 'kan (?:inte|int) sta'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt('put something in (?:her|his|my|their) (?:drinks?|glass)', 'spiked', 'drugged', 'laitettu jotain juomaan', 'nagot i (?:hennes|hans|min) (?:drink|glas)')),
  // A small child swallowed a button battery, magnets or detergent: "my son swallow small round battery", "svalt ett knappcellsbatteri", "bit into a dishwasher pod".
  re(alt('swallow(?:ed|s)?', 'drank', 'has drunk', 'drunk some', 'joi', 'on juonut', 'drack', 'har druckit', 'bit into', 'bitten into', 'ate', 'eaten', 'has eaten', 'chewed', 'nielaisi', 'nieli', 'nielaissut', 'nielaissu', 'soi', 'on syonyt', 'pureskeli', 'svalt', 'svalde', 'svaljt', 'at', 'har atit', 'bet i'),
    '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('batter(?:y|ies)', 'button cells?', 'coin cells?', 'magnets?', '(?:dishwasher|laundry|washing) (?:pods?|tablets?|capsules?)', 'detergent', 'bleach', 'drain cleaner', 'lye',
      '[a-z]*paristo[a-z]*', 'nappiparisto[a-z]*', 'magneet[a-z]*', 'pesuaine[a-z]*', 'pesukapsel[a-z]*', 'konetiskiaine[a-z]*', 'astianpesukonetablet[a-z]*', 'valkaisuaine[a-z]*', 'lipea[a-z]*',
      '[a-z]*batteri[a-z]*', 'knappcell[a-z]*', 'magnet(?:er)?', 'tvattmedel[a-z]*', 'diskmedel[a-z]*', 'disktablett[a-z]*', 'tvattkapsel[a-z]*', 'blekmedel[a-z]*', 'propplosare')),
  // Food and water refused and now confused or unable to stand: dehydration.
  re(alt('(?:stopped|stop|quit) eating and drinking', 'not eating or drinking', "(?:hasn't|has not|won't|wont) (?:eaten|eat) or drunk", 'slutat ata och dricka', 'slutade ata och dricka', 'vagrar (?:bade )?mat och dryck', 'vagrat (?:bade )?mat och dryck', 'lopettanut syomisen ja juomisen', 'ei syo eika juo', 'ei ole syonyt eika juonut', 'ei oo syony eika juony'),
    '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', alt('forvirrad', 'confused', 'sekava', 'sekaisin', 'kan (?:inte|int) sta', 'cannot stand', "can'?t stand", 'ei pysty seisomaan', 'svar att vacka', 'hard to wake', 'vaikea herattaa', 'torr i munnen', 'dry mouth', 'suu kuiva')),
  // A neighbour who has not opened all day: "since morning she doesn't open … I knocked", "ei ole avannut ovea aamusta asti".
  re(alt("(?:doesn't|does not|didn't|hasn't|has not|won't|isn't) (?:open|opened|answer|answered|answering|opening)", 'ei (?:ole )?(?:avaa|avannut|avannu|vastaa|vastannut)', '(?:oppnar|svarar) (?:inte|int)', 'har (?:inte|int) oppnat'),
    '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+', alt('since (?:this )?morning', 'since yesterday', 'all day', 'for hours', 'for two days', 'aamusta (?:asti|lahtien)', 'eilisesta', 'koko paivan', 'tuntikausiin', 'sedan i morse', 'sedan i gar', 'hela dagen', 'pa flera timmar')),
  // Not opening while the phone rings inside, or with the signs of a death behind the door (flies at the window, a smell).
  re(alt("(?:doesn't|does not|didn't|hasn't|has not|won't|isn't) (?:open|opened|answer|answered|answering|opening)", '(?:nobody|no one|noone) (?:has )?(?:answered|opened|answers|opens)', 'ei (?:ole )?(?:avaa|avannut|avannu|vastaa|vastannut)', '(?:oppnar|svarar) (?:inte|int)', '(?:oppnar|svarar) (?:hon|han) (?:inte|int)', 'har (?:inte|int) oppnat', 'newspapers? (?:are )?piling', 'post(?:en)? (?:hanger|pursuaa|pursuu)'),
    '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', alt('(?:phone|telephone) (?:is )?ringing inside', 'ringing inside', 'telefonen ringer (?:inne|darinne)', 'puhelin soi sisalla', 'flies (?:on|at|inside) (?:the )?(?:inside of the )?window', 'karpas[a-z]* (?:ikkunassa|ikkunan sisapuolella)', 'flugor (?:i|pa|innanfor) fonstret',
      'smells? (?:bad|awful|terrible|strange|sweet|rotten) (?:at|from|behind|by) the door', 'luktar (?:illa|konstigt|sott|ruttet|unket)', 'haisee (?:pahalle|oudolle|kuolleelle|makealle)', 'alkaa haista')),
  re(alt('since (?:this )?morning', 'since yesterday', 'aamusta (?:asti|lahtien)', 'eilisesta asti', 'sedan i morse', 'sedan i gar'), '(?:\\s+[a-z0-9\',.]+){0,6}?\\s+', alt("(?:she|he|they) (?:doesn't|does not|hasn't|won't|isn't) (?:open|opened|answer|answered)", 'ei (?:ole )?(?:avannut|avaa|vastaa)', '(?:oppnar|svarar) (?:hon|han) (?:inte|int)')),
  // A drink spiked and the person helpless or being led away: "laitettiin jotain juomaan … ei pysty seisomaan", "someone spiked her drink, she can't stand".
  re(alt('laitettiin jotain (?:[a-z]+ ){0,2}juomaan', 'laittoi jotain (?:[a-z]+ ){0,2}juomaan', 'jotain (?:mun |sen |hanen |meidan )?juomaan', 'juomaan (?:on |oli )?(?:pantu|pantiin|laitettu|laitettiin|lisatty|lisattiin|pistetty|sekoitettu) jotain',
    '(?:drank|drink|had|was given) something (?:at|in) (?:a |the )?(?:party|bar|club|pub)', 'huumattiin', 'huumattu', 'tyrmaystip[a-z]*', 'spiked', 'drugged', 'roofied', 'put something in (?:my|her|his|their|our) (?:drinks?|glass)',
    'nagot i (?:min|hennes|hans|deras|var) drink', 'nagot i drinken', 'drogad', 'drogade', 'drogat'), '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+',
  alt('ei pysty (?:seisomaan|puhumaan|kavelemaan)', 'ei pysy (?:pystyssa|istuallaan|jaloillaan)', 'silmat pyori[a-z]*', '(?:her|his) eyes (?:are )?(?:closing|rolling)', 'ei saa (?:puhuttua|sanaa suusta)', 'sammu[a-z]*', 'yrittaa vieda', 'vie (?:sita|hanta|hanet|sen) ulos', "can'?t (?:stand|walk|talk|speak)", 'cannot (?:stand|walk|talk|speak)', 'can barely (?:stand|walk|talk)',
    'passed out', 'barely conscious', 'trying to (?:take|get) (?:her|him|me|them) (?:out|home|outside|away)', 'kan (?:inte|int|knappt) (?:sta|ga|prata)', 'forsoker ta med (?:henne|honom|mig)', 'svimma[a-z]*', 'dackad')),
  // Out in the cold and not answering sense: "makaa lumessa pelkissä sisävaatteissa … ei vastaa järkevästi", "lying in the snow, skin ice cold".
  re(alt('makaa', 'makasi', 'makaavan', 'istuu', 'lying', 'laying', 'lies', 'sitting', 'ligger', 'lag', 'sitter', 'loysin'), '(?:\\s+[a-z]+){0,4}?\\s+', alt('lumessa', 'hangessa', 'lumihangessa', 'jaalla', 'pakkasessa', 'in the snow', 'in a snowbank', 'on the ice', 'out in the cold', 'i snon', 'i snodrivan', 'pa isen', 'ute i kylan'),
    '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', alt('ei vastaa', 'eika vastaa', 'ei reagoi', 'ei liiku', 'kylma', 'kylmana', 'jaassa', 'sisavaatteissa', 'pakkasta', 'miinus[a-z]*', "(?:isn't|not) (?:responding|answering|making sense)", 'ice cold', 'freezing', 'below zero', 'pyjamas', 'slippers',
      'svarar (?:inte|int)', 'iskall', 'kall', 'minus', 'pyjamas', 'tofflor')),
  // Fumes indoors and the signs of poisoning: "gas heater inside … headache … confused", "grillen inne … yr".
  re(alt('gas heater', 'stove', 'heats with', 'kamina[a-z]*', 'kamiina[a-z]*', 'puulammit[a-z]*', 'vedspis[a-z]*', 'kaminen', 'kakelugn[a-z]*', 'kaasulammitin', 'kaasulammittimen', 'kaasukamina[a-z]*', 'grill(?:i)? (?:inside|sisalla|sisaan)', 'generator inside', 'aggregaatti sisalla', 'gasolvarmare[a-z]*', 'grillen inne', 'kolmonoxid', 'hiilimonoksid[a-z]*', 'carbon monoxide', 'co alarm', 'haalyttaa', 'haka', 'hakaa', 'hakavaroitin[a-z]*', 'hakahalytin[a-z]*', 'co detector', 'carbon monoxide (?:alarm|detector)', 'kolmonoxidvarnare[a-z]*', 'kolmonoxidlarm[a-z]*'),
    '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', alt('headaches?', 'paansarky[a-z]*', 'paata sarkee', 'huvudvark', 'confused', 'sekava', 'sekaisin', 'forvirrad', "can'?t stand", 'cannot stand', 'ei pysty seisomaan', 'dizzy', 'huimaa', 'yr', 'vomit[a-z]*', 'oksent[a-z]*', 'kraks', 'unconscious', 'tajuton', 'passed out', 'sleepy', 'unelias', 'paa kivistaa', 'paata kivistaa', 'paa sarkee', '(?:ei|en) jaksa nousta', "can'?t get up", 'kan (?:inte|int) (?:stiga|ta sig) upp', 'ont i huvudet')),
  // Ill for days and unable to stand or drink: "high fever, cannot stand or drink", "kan inte stå eller dricka".
  re(alt("(?:cannot|can't|cant|can not) (?:stand|walk|get up)(?: up)? (?:or|and|nor) (?:drink|eat|talk|keep water down)", '(?:kan|klarar) (?:inte|int) (?:sta|ga|resa sig) (?:eller|och) (?:dricka|ata|prata)', 'ei pysty (?:seisomaan|kavelemaan) (?:eika|eika edes) (?:juomaan|syomaan)')),
  // A hip or a leg broken now, told by the one on the floor: "jag tror höften är av", "I think my hip is broken", "lonkka on varmaan poikki".
  re(alt('(?:i think|think|maybe|probably) (?:my |her |his |the )?(?:hip|thigh ?bone|femur)', '(?:tror|tror att|kanske) (?:hoften|larbenet|lårbenet)', '(?:luulen etta |varmaan |taitaa olla )?(?:lonkka|reisiluu)'), '\\s+', gap(2), alt('(?:is |are )?(?:broken|fractured|snapped)', '(?:ar|e) (?:av|bruten|knackt)', '(?:on )?(?:poikki|murtunut|murtunu|murtui)')),
  // Held and not let go: "he won't let me leave", "ei päästä mua pois", "släpper inte ut mig".
  // A poison drunk: washer fluid, antifreeze, a cleaning product ("join tuulilasinpesunestettä", "drack en halv flaska av nån rengöringsgrej").
  re(alt('join', 'join jo', 'juonut', 'juonu', 'joi', 'drack', 'druckit', 'drank', 'drunk', 'swallowed', 'nielin', 'nieli', '(?:otin|otti|ottanut|ottanu) (?:huikan|kulauksen|suullisen|horpyn|lasillisen)', '(?:took|had) a (?:swig|sip|gulp|mouthful|glass) of', 'tog en (?:klunk|slurk|munfull) (?:av)?'), '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', alt('[a-z]*pesunes[a-z]*', 'jaahdytinnes[a-z]*', 'pakkasnes[a-z]*', 'metanoli[a-z]*', 'lamppuoljy[a-z]*', 'puhdistusaine[a-z]*', 'viemarinavaaj[a-z]*', 'klorite[a-z]*', '[a-z]*pesuaine[a-z]*', '[a-z]*tiskiaine[a-z]*',
    'rengoring[a-z]*', 'spolarvatsk[a-z]*', 'kylarvatsk[a-z]*', 'glykol[a-z]*', 'metanol[a-z]*', 'lampolja', 'propplosare', 'tvattmedel[a-z]*', 'blekmedel[a-z]*', 'klorin', 'diskmedel[a-z]*', 'maskindiskmedel[a-z]*',
    '(?:windscreen|windshield) (?:washer )?fluid', 'washer fluid', '(?:dishwasher|dish|washing[- ]up|washing|laundry) (?:liquid|detergent|soap|powder|fluid|gel)', 'detergent', 'dish soap', 'antifreeze', 'methanol', 'bleach', 'drain cleaner', 'lamp oil', 'cleaning (?:product|stuff|liquid|spray|fluid)')),
  // Days without food and then fainting: "har int ätit på 5 dagar och svimmade", "haven't eaten in 6 days, fainted twice".
  re(alt('(?:en ole|en oo|oon|olen) syonyt', 'en ole syony', 'syomatta', 'har (?:inte|int) atit', 'inte atit', "(?:haven't|havent|have not|hasn't|hasnt|not) eaten", 'not eating'), '(?:\\s+[a-z0-9\',]+){0,4}?\\s+', alt('[0-9]+ (?:paivaan|paivaa|dagar|dygn|days)', '(?:kolmeen|neljaan|viiteen|kuuteen|viikkoon) (?:paivaan)?', '(?:tre|fyra|fem|sex|sju) dagar', '(?:three|four|five|six|seven) days', 'a week'),
    '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+', alt('svimma[a-z]*', 'svimmat', 'fainted', 'fainting', 'passed out', 'blacked out', 'pyortyi[a-z]*', 'pyorryin', 'pyortynyt', 'pyortyilin', 'tajuton', 'collapsed')),
  // Bleeding that has not stopped for a long time: "bleeding for like 40 min through 3 towels", "vuotanut jo tunnin".
  re(alt('bleeding', 'bled', 'vuotanut', 'vuotanu', 'vuotaa', 'blott', 'bloder', 'blodit'), '\\s+', gap(3), alt('for (?:like |about |over |almost )?(?:[0-9]+|an|half an|one|two) (?:min|mins|minutes|hour|hours)', 'through [a-z0-9]+ towels', '(?:jo )?(?:[0-9]+ minuuttia|tunnin|puoli tuntia|yli tunnin)', 'i (?:[0-9]+ minuter|en timme|over en timme|en halvtimme)', '[a-z0-9]+ pyyhkeen lapi', 'genom [a-z0-9]+ handdukar')),
  // Someone waving a weapon at people: "waving a machete at people", "heiluttaa puukkoa pihalla", "viftar med en kniv".
  re(alt('waving', 'swinging', 'brandishing', 'pointing', 'heiluttaa', 'heiluttelee', 'heilutti', 'huitoo', 'huitoi', 'osoittaa', 'osoitteli', 'viftar med', 'viftade med', 'svingar', 'svingade', 'riktar', 'hotar (?:folk|oss|manniskor) med'), '\\s+', gap(2),
    alt('machetes?', 'knife', 'knives', 'axe', 'gun', 'pistol', 'rifle', 'viidakkoveit[a-z]*', 'machete[a-z]*', 'puukko[a-z]*', 'veist[a-z]*', 'veitse[a-z]*', 'kirves[a-z]*', 'kirvesta', 'asetta', 'aseella', 'pistoolia', 'kniv[a-z]*', 'yxa[a-z]*', 'vapen', 'vapnet', 'pistol[a-z]*', 'machet[a-z]*')),
  // A weapon kept ready against imagined attackers: "sleep with a knife by the bed and if they come in I will use it", "käytän sitä jos ne tulee".
  re(alt('knife', 'gun', 'axe', 'hammer', 'machete', 'veitsi', 'veitsen', 'puukko', 'puukon', 'kirves', 'kirveen', 'vasara', 'kniv', 'kniven', 'yxa', 'yxan', 'hammaren'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt("(?:i(?:'ll| will)|i am going to|i'm going to|im gonna) use it(?! (?:to|for)\\b)", 'kaytan sita(?! (?:ruoan|leivan|kalan))', 'kaytan sen', '(?:anvander|ska) (?:jag|ja) (?:anvanda )?(?:den|det)(?! (?:till|for)\\b)', '(?:jag|ja) (?:anvander|ska anvanda|kommer (?:att )?anvanda) (?:den|det)(?! (?:till|for)\\b)')),
  // The keys and the phone taken: "tog mina bilnycklar och min telefon", "took my keys and my phone".
  re(alt('tog (?:mina )?(?:bil)?nycklar(?:na)? och (?:min )?telefon(?:en)?', 'took my (?:car )?keys and (?:my )?phone', 'took my phone and (?:my )?(?:car )?keys', 'otti (?:mun |minun )?(?:auton)?avaimet ja (?:mun |minun )?puhelimen')),
  re(alt("(?:won't|wont|will not|doesn't|doesnt|does not) let me (?:leave|go|out)", 'ei paasta (?:mua|minua) (?:pois|lahtemaan|ulos)', 'slapper (?:inte|int) (?:ut )?(?:mig|mej)', 'later (?:mig|mej) (?:inte|int) ga', 'i (?:can\'t|cant|cannot) leave(?! (?:my|the|her|him|them|work|home|school|until|before|early))', 'en paase pois', 'jag kommer inte harifran')),
];

/**
 * A small child alone where it can come to harm: out in the cold, on a balcony, nobody opening the door ("grannens barn,
 * kanske tre år, står på balkongen i bara blöja och ingen öppnar"). Naps outside in a pram are the Nordic custom, not this.
 */
const SMALL_CHILD = alt('vauva[a-z]*', 'taapero[a-z]*', 'pikkulap[a-z]*', 'pikkupoika', 'pikkupojan', 'pikkutytto', 'pikkutyton', 'pieni lapsi', 'pienen lapsen', 'baby', 'toddler', 'small (?:child|kid|boy|girl)', 'little (?:kid|child|boy|girl|one)', 'bebis[a-z]*', 'smabarn[a-z]*', 'litet barn', 'lilla barnet', 'lillan', 'lillen', 'lillkillen', 'lilltjejen', 'lillflickan', 'minstingen', 'the little one',
  '(?:[1-5]|one|two|three|four|five|yksi|kaksi|kolme|nelja|viisi|yks|kaks|ett|tva|tre|fyra|fem) ?(?:vuotias|vuotiaan|v|year old|years old|yo|aring|aringen|ar gammal|ar)', 'lapsi', 'barnet', 'barn', 'child', 'kid');
/** A child of school age, or a little brother or sister: alone overnight is an emergency for them too, an hour after school is not. */
const YOUNG_CHILD = alt(SMALL_CHILD, 'little (?:brother|sister)', 'pikkuveli', 'pikkusisko', 'lillebror', 'lillasyster', '(?:[6-9]|six|seven|eight|nine|kuusi|seitseman|kahdeksan|sex|sju|atta) ?(?:vuotias|v|year old|years old|yo|ar|aring)');
const CHILD_EXPOSED = alt('home alone', 'alone at home', 'yksin kotona', 'ensam hemma', "(?:hasn't|hasnt|has not|haven't) come (?:back|home)", 'ei ole tullut (?:kotiin|takaisin)', 'har (?:inte|int) kommit hem','ingen oppnar(?: dorren)?', 'ingen svarar', 'kukaan ei avaa(?: ovea)?', 'ei kukaan avaa', 'kukaan ei tule', 'nobody (?:opens?|answers?|comes?)', 'no one (?:opens?|answers?|comes?)', 'ingen vuxen', 'inga vuxna', 'no adults?(?: around| anywhere| home| in sight)?', '(?:ei|eika|eiks) (?:ketaan |yhtaan )?aikuis[a-z]*', 'aikuisia ei (?:nay|ole|oo)', 'alone on (?:the|a) balcony', 'yksin parvekkeella', 'ensam pa balkongen', 'yksin koko paivan', 'ensam hela dagen', 'alone all day',
  'i bara bloja', 'bara i bloja', 'pelkassa vaipassa', 'pelkka vaippa', 'in (?:just|only) a (?:diaper|nappy)', 'minusgrader', 'pakkase[a-z]*', 'pakkasella', 'miinusastee[a-z]*', 'freezing cold', 'below zero', 'left alone for hours', 'alone for hours', 'yksin (?:monta|useita) tuntia', 'ensam i (?:flera )?timmar', 'ensam i flera timmar');
const CHILD_BENIGN = words('paivaunet', 'paivaunil[a-z]*', 'unille', 'nukkuu', 'nukkumaan', 'vaunu[a-z]*', 'rattai[a-z]*', 'nap', 'naps', 'napping', 'pram', 'stroller', 'sover', 'sova', 'barnvagn[a-z]*', 'vagnen', 'tarhassa', 'paivakodissa', 'daycare', 'dagis');
const CHILD_DISTRESS = alt('hungry', 'scared', 'nalkainen', 'nalka', 'pelottaa', 'pelkaa', 'hungrig', 'radd', 'itkee', 'itkemassa', 'itkenyt', 'itkeny', 'huutamassa', 'huutaa', 'gratit', 'grater', 'skriker', 'crying', 'screaming', 'cries', 'ingen oppnar', 'kukaan ei avaa', 'nobody (?:opens|answers)', 'no one (?:opens|answers)', 'timme', 'timmar', 'tunnin', 'tuntia', 'hour', 'hours', 'minusgrader', 'pakkase[a-z]*', 'freezing');
const CHILD_ALONE = [re(SMALL_CHILD, '(?:\\s+[a-z0-9\',]+){0,16}?\\s+', CHILD_EXPOSED, '(?:\\s+[a-z0-9\',]+){0,16}?\\s+', CHILD_DISTRESS),
  // Left alone and nobody back: "my little brother (6) is home alone … mum hasn't come back".
  re(YOUNG_CHILD, '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('home alone', 'alone at home', 'yksin kotona', 'ensam hemma'), '(?:\\s+[a-z0-9\',]+){0,16}?\\s+', alt("(?:hasn't|hasnt|has not|haven't) come (?:back|home)", 'ei ole tullut (?:kotiin|takaisin)', 'har (?:inte|int) kommit hem', 'since yesterday', 'eilisesta', 'sedan i gar', 'all night', 'koko yon', 'hela natten')),
  // The distress told before the exposure: "itkee parvekkeella eikä aikuisia näy", "crying for an hour, no adults anywhere".
  re(SMALL_CHILD, '(?:\\s+[a-z0-9\',]+){0,16}?\\s+', CHILD_DISTRESS, '(?:\\s+[a-z0-9\',]+){0,16}?\\s+', CHILD_EXPOSED),
  re(SMALL_CHILD, '(?:\\s+[a-z0-9\',]+){0,10}?\\s+', alt('huutaa apua', 'skriker pa hjalp', 'ropar pa hjalp', 'screaming for help', 'crying for help', 'shouting for help')),
  // A small child on a balcony railing or in an open window high up: "small boy climbing on balcony railing 4th floor".
  re(SMALL_CHILD, '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('balcony rail[a-z]*', 'on the railing', 'on the rail', 'parvekkeen kaiteella', 'parvekkeen kaiteelle', 'kaiteen paalla', 'balkongracket', 'pa racket', 'in the open window', 'on the window ?(?:sill|ledge)', 'avoimella ikkunalla', 'ikkunalaudalla', 'i det oppna fonstret', 'pa fonsterbradan'))];

/** Someone fallen, lying still, or a small child with a passed-out adult: emergencies without a medical word. */
const EMERGENCY_UNRESPONSIVE = [
  // A fall and then no proper answer, or someone lying still: "ramlat i trappan … svarar int ordentligt", "lying on the ice, not moving".
  re(alt('ramlat', 'ramlade', 'fallit', 'foll', 'kaatui', 'kaatunut', 'kaatunu', 'putosi', 'fell', 'has fallen', 'fallen'), '(?:\\s+[a-z\',]+){0,12}?\\s+', alt('svarar int(?:e)? ordentligt', 'svarar inte', 'svarar int', 'ei vastaa kunnolla', 'ei vastaa', 'eika vastaa', "isn't responding", 'not responding', 'not answering me', 'ei reagoi', 'reagerar inte',
    // Lying hurt where nobody can reach: "ligger och stönar", "voihkii", "can't get up", "jag kommer inte in".
    'ligger och (?:stonar|jamrar|kvider)', 'stonar', 'kvider', 'jamrar sig', 'voihkii', 'voihkien', 'valittaa kovasti', 'moaning', 'groaning', "(?:can't|cant|cannot) get up", 'kan (?:inte|int) resa sig', 'kommer (?:inte|int) upp', 'ei paase ylos', 'ei paase pystyyn')),
  // On the floor and unable to get up, since last night or cold: "ON THE FLOOR SHE CANT GET UP SINCE LAST NIGHT".
  re(alt('on the (?:[a-z]+ )?floor', 'pa [a-z]*golvet', '[a-z]*lattialla'), '(?:\\s+[a-z\',]+){0,8}?\\s+', alt("(?:can't|cant|cannot) get up", 'kan (?:inte|int) resa sig', 'kommer (?:inte|int) upp', 'ei paase ylos', 'ei paase pystyyn', 'since last ?night', 'sedan i gar kvall', 'eilisillasta',
    // Hurt and cooling where she lies: "on the floor and cannot move her leg, she is very cold already and talking confused".
    "(?:can't|cant|cannot|can not) move (?:her|his|their|my) (?:leg|legs|hip|arm)", '(?:very|ice|so|really) cold', '(?:talking|talks|is|seems|sounds) confused', 'kan (?:inte|int) rora (?:benet|hoften|sitt ben)', '(?:jattekall|iskall|forvirrad)', 'ei pysty liikuttamaan (?:jalkaa|jalkaansa|lonkkaa)', '(?:ihan |tosi |jaakylma|kylma)[a-z]* ja sekava', 'puhuu sekavia')),
  re(alt('lying', 'laying', 'makaa', 'makaavan', 'ligger'), '(?:\\s+[a-z\',]+){0,8}?\\s+', alt('not moving', "isn't moving", 'isnt moving', 'not breathing', 'ei liiku', 'eika liiku', 'liikkumatta', 'ror sig inte', 'ror sig int', 'ororlig')),
  // A small child left with an adult who is passed out: "the mum is passed out drunk and the baby has been screaming for hours".
  re(alt('baby', 'toddler', 'child', 'kid', 'vauva[a-z]*', 'lapsi', 'taapero[a-z]*', 'bebis[a-z]*', 'barnet', 'smabarn[a-z]*'), '(?:\\s+[a-z\',]+){0,14}?\\s+', alt('passed out', 'sammunut', 'sammunu', 'sammuksissa', 'tajuton', 'dackad', 'avsvimmad', 'unconscious')),
  re(alt('passed out', 'sammunut', 'sammunu', 'sammuksissa', 'dackad', 'avsvimmad'), '(?:\\s+[a-z\',]+){0,14}?\\s+', alt('baby', 'toddler', 'vauva[a-z]*', 'taapero[a-z]*', 'bebis[a-z]*', 'smabarn[a-z]*', 'the kids? (?:is|are) alone', 'lapset (?:on )?yksin')),
];

/** Sounds of violence next door: a place and two sounds, or one that is unmistakable. */
const NEIGHBOUR_PLACE = words('naapuri', 'seinan lapi', 'ylhaalta', 'alhaalta', 'ylakerta', 'alakerta', 'from above', 'fran ovanvaningen', 'ovanifran', 'naapurista', 'naapurissa', 'naapurin', 'seinan takaa', 'seinan takana', 'alakerrasta', 'ylakerrasta', 'alakerrassa', 'ylakerrassa', 'rappukaytavasta', 'rappukaytavassa',
  'next door', 'neighbou?rs?', 'granne', 'grannar', 'through the wall', 'grannens', 'grannarnas', 'upstairs', 'downstairs', 'fran grannen', 'hos grannen', 'grannen', 'grannarna', 'genom vaggen', 'i trapphuset', 'ovanfor', 'under oss');
const VIOLENT_SOUND = words('apua', 'lopeta', 'lopettaa', 'tomahd[a-z]*', 'kolina[a-z]*', 'kolah[a-z]*', 'kolis[a-z]*', 'rysah[a-z]*', 'paukk[a-z]*', 'tuli hiljasta', 'tuli hiljaista', 'ryskyt[a-z]*', 'lyo', 'hakkaa', 'lyomisen', 'mukiloi', 'huutaa apua', 'itkee', 'kirku[a-z]*', 'karju[a-z]*', 'huudetaan',
  'huutanut', 'huutaa', 'huutoa', 'hiljeni', 'beating', 'hitting', 'begging', 'screaming', 'screams', 'stop stop', 'stop it', 'hit the wall', 'something heavy', 'skrikit', 'skrek', 'mot vaggen', 'glass breaking', 'smashing', 'crying', 'thud', 'skriker', 'skrik', 'slag', 'dunsar', 'sluta', 'grater');
const VIOLENT_SOUNDS = new RegExp(VIOLENT_SOUND.source, 'g');
const STRONG_SOUND = words('apua apua', 'lopeta lopeta', 'huutaa apua', 'huusi apua', 'huutoa apua', 'hakkaa', 'lyo', 'mukiloi', 'tomahd[a-z]*', 'beating', 'hitting', 'begging (?:him|her|them) to stop',
  '(?:screaming|shouting|yelling|crying|calling) (?:for )?help', 'glass breaking', '(?:skriker|ropar|skrek) (?:pa )?hjalp', 'strangling', 'kuristaa', 'stryper', 'slar (?:henne|honom|barnen)', 'slar sin (?:fru|kvinna|sambo|flickvan|man|son|dotter|mamma)', '(?:hits|beats|is hitting|is beating) (?:his|her) (?:wife|girlfriend|husband|partner|kids|children|son|daughter)', '(?:lyo|hakkaa|pieksee) (?:vaimoaan|naistaan|tyttoystavaansa|miestaan|lastaan|lapsiaan)', 'misshandlar', 'glas (?:gar|gick) sonder');

/** Someone else says they will die or kill themselves soon, or is threatening a family with a weapon. */
const OTHER_INTENT = [
  re(alt('he', 'she', 'they', "he's", "she's", "they're", 'friend', 'flatmate', 'roommate', 'sister', 'brother', 'son', 'daughter', 'mom', 'mum', 'dad', 'mother', 'father', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'gf', 'bf'),
    // The intent is theirs, not a warning about the writer ("my wife say I will die" of ice swimming).
    '\\s+', gap(3), '(?<!\\b(?:i|me)\\s)', '(?<!\\b(?:whether|if) (?:she|he|they) )', alt('going to', 'gonna', 'about to', 'planning to', "'ll", 'will', 'wants to', 'threatening to', 'threatens to', 'said (?:he|she|they)(?:\'ll| will| would| is going to)'), '\\s+',
    alt('end it', 'end (?:his|her|their) life', 'finish everything', 'end everything', 'kill (?:himself|herself|themselves)', 'jump', 'take (?:all )?(?:his|her|their) pills', 'die', 'go (?:in|into) the (?:lake|sea|river)', 'walk into the (?:lake|sea|river|water)', 'shoot (?:us|everyone|the family|mum|mom|himself|herself)')),
  re(alt('sanoo', 'sanoi', 'sano', 'kirjoitti', 'kirjotti', 'laittoi viestin', 'laitto viestin', 'viestitti', 'uhkaa', 'uhkasi', 'uhkailee', 'lupasi', 'puhuu'), '\\s+', gap(2), alt('etta', 'et', 'aikovansa', 'tappavansa', 'ampuvansa', 'hyppaavansa', 'menee', 'menevansa'), '\\s+', gap(3),
    alt('tappaa itsensa', 'tappavansa itsensa', 'hyppaa', 'ampuu (?:itsensa|meidat|kaikki|aidin|isan|lapset)', 'ampua (?:itsensa|meidat|kaikki)', 'ei halua elaa', 'ei jaksa enaa', 'kuolee(?! (?:hapeaan|hapeasta|nauruun|tylsyyteen|ikavaan|nalkaan|jannityksesta))', 'lopettaa kaiken', 'itsensa', 'junaradalle', 'sillalle', 'nyt riittaa')),
  re(alt('sopivat', 'sopineet', 'sopi', 'agreed', 'planning', 'planned', 'kom overens', 'kommit overens'), '\\s+', gap(3), alt('tekevansa sen', 'tehda sen', 'to do it', 'doing it', 'att gora det'), '\\s+', gap(3), alt('yhta aikaa', 'yhdessa', 'together', 'at the same time', 'samtidigt', 'tillsammans', TIME_SOON)),
  re(alt('suicide pact', 'itsemurhasopimu[a-z]*', 'sjalvmordspakt[a-z]*')),
  re(alt('sager', 'sa', 'sade', 'skrev', 'hotar', 'hotade'), '\\s+', gap(2), alt('att'), '\\s+', gap(3), alt('ta livet av sig', 'ta sitt liv', 'hoppa', 'skjuta', 'doda sig', 'inte vill leva', 'avsluta allt', 'skjuter oss')),
  re(alt('uhkaa', 'uhkasi', 'uhkailee', 'threatening', 'threatens', 'threatened', 'hotar', 'hotade'), '\\s+', gap(2), alt('ampua', 'ampuvansa', 'to shoot', 'shooting', 'att skjuta', 'skjuta'), '\\s+', gap(2),
    alt('meidat', 'kaikki', 'perheen', 'koko perheen', 'aidin', 'lapset', 'us', 'everyone', 'the family', 'all of us', 'the kids', 'oss', 'hela familjen', 'familjen', 'alla', 'barnen')),
  re(alt('skjuter oss alla', 'ampuu meidat kaikki', 'ampuu kaikki', 'shoot us all', 'shoot all of us', 'kaikki kuolee', 'everyone will die', 'alla ska do')),
];

/** A threat from a person, reported or received: "sa att han dödar mej om…", "snart är det slut", "I can see you in the window". */
const THREAT_CUE: Cue = {
  name: 'threat', dampers: PAST_EVENT, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    // "isä on sanonut tekevänsä äidistä selvää", "uhkasi tappavansa": the Finnish participle of a threat, without "että".
    re(alt('sanonut', 'sanonu', 'sanoi', 'sanoo', 'uhkasi', 'uhkaa', 'uhannut', 'uhkaillut', 'lupasi', 'kirjoitti'), '\\s+', gap(2), alt('tekevansa (?:[a-z]+ ){0,3}selvaa', 'tappavansa', 'ampuvansa', 'puukottavansa')),
    re(alt('sa', 'sade', 'sager', 'skrev', 'hotar', 'hotade', 'sanoi', 'sano', 'sanoo', 'kirjoitti', 'uhkasi', 'uhkaa', 'said', 'says', 'texted', 'wrote', 'threatened', 'threatens'), '\\s+', gap(2), alt('att', 'etta', 'et', 'that', 'to'), '\\s+', gap(2),
      alt('dodar', 'ska doda', 'skjuter', 'tappaa', 'ampuu', "(?:he(?:'ll| will)|she(?:'ll| will)) (?:kill|shoot)", 'kill', 'shoot')),
    // "an older boy says he'll 'finish' him after school": a threat against another with a harm verb of the street.
    re(alt('says', 'said', 'texted', 'wrote', 'posted', 'messaged', 'threatens', 'threatened', 'telling (?:everyone|people)'), '\\s+', gap(3), alt("(?:he|she|they)(?:'ll| will| would|'d| is going to|'s going to|'s gonna| are going to|'re going to)"), '\\s+', alt('finish', 'stab', 'knife', 'cut', 'hurt', 'kill', 'shoot', 'get rid of', 'end'), '\\s+', alt('him', 'her', 'them', 'me', 'us', 'you')),
    // "he will send men to my home", "come down now or I come up", "ska det sluta illa för mig".
    re(alt('send (?:men|people|guys|someone|his men|his friends) to (?:my|your|our) (?:home|house|flat|door)', 'lahettaa (?:miehia|kavereita|jonkun) (?:mun|minun|meidan) (?:kotiin|ovelle)', 'skicka (?:nagra )?(?:man|killar|folk) hem till (?:mig|mej|oss)', "come (?:down|out) (?:now )?or i(?:'ll| will)? come (?:up|in)", 'tule (?:alas|ulos) (?:nyt )?tai (?:ma|mina) tuun ylos', 'kom ner (?:nu )?annars kommer jag upp', '(?:ska|kommer) det (?:att )?sluta illa for (?:mig|mej|dig)', 'it will end badly for (?:me|you)', 'siita seuraa pahaa')),
    re(alt('if (?:we|i|you) (?:tell|talk|complain|report|call|go to)'), '\\s+', gap(4), alt("(?:he|they|she)(?:'ll| will| gonna| is gonna| is going to| would)? (?:hurt|kill|beat|harm) (?:us|me|you|our|my)", "(?:he|they)(?:'ll| will)? (?:send|come)")),
    re(alt('(?:or|otherwise|annars|muuten|tai muuten|says|said|sanoo|sanoi|sager|sa) (?:that |att |etta )?(?:my|your|his|her|our|min|mitt|din|hennes|hans|minun|mun|sinun|hanen) [a-z]+ (?:[a-z]+ ){0,4}(?:will|would|is going to|gets?|kommer att|ska|blir)? ?(?:be |bli )?(?:hurt|harmed|killed|skadad|skadas|dodad|satutetaan|tapetaan)', 'ska straffas', 'will be punished', 'rangaistaan', 'annars(?= \\.)', 'or else(?= \\.)', 'tai muuten(?= \\.)', 'say your goodbyes', 'sano hyvastit', 'sag hejda')),
    re(alt('snart ar det slut', 'snart ar det over', 'kohta se on ohi', 'kohta on sun vuoro', 'your days are numbered', "you(?:'ll| will) regret", 'sina paivat on luetut', 'ser dig (?:i|genom) [a-z]*fonstr[a-z]*', 'jag ser dig (?:nu|i [a-z]*fonstr[a-z]*)', 'i can see you', 'i see you in', 'watching you', '(?:wrote|texted|sent|said|messaged|kirjoitti|laittoi|viestitti|skrev|smsade) (?:me |mulle |minulle |mig )?(?:just |vain |bara )?(?:see (?:you|u|ya) (?:soon|tonight|there)|nahdaan (?:pian|kohta|illalla|siella)|vi ses (?:snart|ikvall|i kvall|dar))', 'nain sut', 'naen sut', 'naen sinut', 'nakee sut')),
  ],
};
/** A weapon within the reach of the person who threatens: "han har vapenlicens", "has a gun", "hänellä on aseita". */
const WEAPON_HELD: Cue = {
  name: 'weapon-held',
  patterns: [re(alt('vapenlicens', 'jaktgevar[a-z]*', 'gevar[a-z]*', 'vapen', 'pistol[a-z]*', 'aselupa', 'aseluvan', 'aseita', 'ase', 'haulikko', 'kivaari', 'gun licen[cs]e', 'gun', 'guns', 'rifle', 'shotgun', 'firearms?',
    // A knife shown with the threat: "näyttänyt veistä", "showed me the knife", "visade kniven".
    '(?:naytti|nayttanyt|nayttany|heilutti|showed|showing|waved|visade|viftade med) (?:[a-z]+ ){0,2}(?:veist[a-z]*|veitse[a-z]*|puukko[a-z]*|puukkoa|kirvesta|knife|knives|machete|axe|kniv[a-z]*|yxa[a-z]*)',
    // A photo of the weapon sent with it: "with a photo of a knife", "kuva puukosta", "en bild på en kniv".
    '(?:photo|picture|pic|image|video) of (?:a |his |her |their |the )?(?:knife|blade|gun|pistol|machete)', 'kuva[a-z]* (?:puukosta|veitsesta|aseesta|pistoolista)', '(?:bild|foto|video) (?:pa|av) (?:en |ett )?(?:kniv|pistol|vapen|machete)'),
  '(?!\\s+(?:course|kurssi|club|seura|range|rata))')],
};
/** A height where a fall kills (a tower, a ski jump, a water tower, a high floor): a crisis next to intent to jump, despair or a farewell, never a visit. */
const HEIGHT: Cue = {
  name: 'height', dampers: any(HOBBY, PAST_EVENT, TALK_ABOUT),
  patterns: [re(alt(compound('torni', 'tornin', 'tornissa', 'tornilla', 'tornille', 'tornista'), 'hyppyrimae[a-z]*', 'hyppyrimaki', compound('tornet', 'tornets'), 'hoppbacke[a-z]*', 'water tower', 'ski jump(?: tower)?', 'tower', 'top of the [a-z]+', 'rooftop', 'the roof', 'a roof', 'roof terrace', '(?:up )?on the [a-z]+ roof', 'katolla', 'katolle', 'pa taket', 'uppe pa taket', 'uppe pa', '(?:fran|pa) ett tak', 'fran taket', '[0-9]+(?:th|st|nd|rd) floor', '[0-9]+ ?(?:kerroksen|kerroksessa)', '(?:i )?(?:det )?oppna fonstret', 'in the open window', 'avoimella ikkunalla', 'avoimessa ikkunassa', 'ikkunalaudalla', '(?:sjatte|femte|sjunde|attonde|nionde|tionde|fjarde) vaningen', '(?:neljannen|viidennen|kuudennen|seitsemannen|kahdeksannen|yhdeksannen|kymmenennen) kerroksen', '(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) floor', 'sillalla', 'sillal', 'sillan paalla', 'on the bridge', 'on a bridge', 'pa bron', 'uppe pa bron',
    // A balcony is a height only when the writer stands there now: "I'm on the balcony now", "parvekkeella nyt".
    '(?:on|out on) the balcony (?:now|rn|right now)', 'parvekkeella (?:nyt|just nyt)', 'nyt parvekkeella', 'pa balkongen (?:nu|just nu)', 'balcony rail(?:ing)?', 'parvekkeen kaiteella', 'balkongracket'))],
};
/** Saying one will jump, or climbing in where it is closed: "tänker hoppa", "aion hypätä", "climbed the fence". */
const JUMP_INTENT: Cue = {
  name: 'jump-intent',
  patterns: [re(alt('kan flyga', 'can fly', 'osaa lentaa', 'voi lentaa', 'pystyy lentamaan', 'tanker hoppa', 'ska hoppa', 'vill hoppa', 'hoppar nu', 'kommer att hoppa', 'aion hypata', 'meinaan hypata', 'hyppaan', 'hyppaan nyt', 'haluun hypata', 'haluan hypata', 'going to jump', 'gonna jump', 'will jump', 'about to jump', 'want to jump',
    'climbed (?:over )?the fence', 'kiipesin aidan yli', 'klattrade over staketet',
    // Looking down from up there and not leaving: "I keep looking down", "katselen alas", "jag tittar ner hela tiden".
    'keep looking down', 'keeps looking down', 'looking down at the (?:street|ground|water|road|cars|tracks)', 'katselen alas', 'tuijotan alas', 'katson alas', 'tittar ner (?:hela tiden|pa gatan|mot marken)', 'stirrar ner',
    // Calm resolve up there: "not scared anymore", "en pelkää enää", "inte rädd längre".
    'not scared anymore', 'not scared any more', 'no longer scared', 'not afraid anymore', 'en pelkaa enaa', 'en pelkaa enaa yhtaan', 'ei pelota enaa', 'inte radd langre', 'inte radd mer', 'inte radd langer'))],
};

/** Someone unreachable after a farewell: not answering, offline, not at home. */
const UNREACHABLE: Cue = {
  name: 'unreachable',
  patterns: [re(alt('ei vastaa', 'eika vastaa', 'ei vastaa puhelimeen', 'puhelin ei vastaa', 'ei ole kotona', 'eika han ole kotona', 'offline', 'not answering', "isn't answering", "won't answer", "doesn't answer",
    'not picking up', '(?:he|she|they) (?:not|no) answer(?:ing)?(?: (?:the |his |her |my )?phone)?', 'not answer(?:ing)? (?:the |his |her |my )?phone', 'phone went (?:off|dead)', 'puhelin meni kiinni', 'puhelin soi tyhjaa', 'telefonen (?:stangdes av|dog)', 'not in (?:her|his|their) room', 'ei ole huoneessaan', 'inte i sitt rum', 'svarar inte', 'svarar int', 'svarar (?:han|hon|hen|de|dom) (?:inte|int)', 'svarar (?:inte|int) (?:han|hon|hen)', 'ar inte hemma', 'no answer', 'ei saa (?:hanta |sita )?kiinni', "can't reach", 'cant reach', 'nar (?:henne|honom) inte', 'eika avaa ovea', "won't open the door", "(?:she|he|they) (?:doesn'?t|does not|won'?t) open", '(?:hon|han) oppnar (?:inte|int)', "(?:phone|phone's|mobile) (?:is )?(?:off|switched off|turned off|dead)", 'puhelin (?:on )?(?:kiinni|pois paalta|suljettu)', '(?:switched|turned) off (?:his|her|their|my) (?:phone|mobile)', 'sammutti (?:puhelimen|kannykan)', 'stangde av (?:telefonen|mobilen)', 'telefonen ar avstangd', 'mobilen ar avstangd', 'har stangt av (?:telefonen|mobilen)',
    // The location shared with friends switched off: "har stängt av platsen", "turned off her location", "laittoi sijainnin pois".
    '(?:har )?stangt av (?:platsen|sin plats|positionen|platsdelningen)', 'turned off (?:her|his|their|my) location', '(?:her|his|their) location (?:is )?off', '(?:laittoi|laittanut|otti|ottanut|sammutti|sammuttanut) sijainnin (?:pois|piiloon)', 'sijainti (?:on )?pois paalta'))],
};

/** Overdose taken or planned: a taking verb, a quantity (all, a jar, forty) and a medicine, in any order the sentence allows. */
const TAKE_PILLS = [
  re(alt('otan', 'otat', 'ottaa', 'nielen', 'nielasen', 'nielaisen', 'nappaan', 'syon', 'vedan', 'popsin', 'napsin', 'aion ottaa', 'meinaan ottaa', 'ajattelin ottaa', 'tanker ta', 'ska ta', 'tar jag', 'tar',
    'svaljer', 'svalja', 'take', 'taking', 'swallow', 'swallowing', 'down', 'popping', 'gonna take', 'going to take', 'will take', "i'll take"), '\\s+', gap(3), PILLS_QTY, '\\s+', gap(3), alt(PILLS, 'them', 'niita', 'ne', 'dem', 'dom', 'of them', 'sen sisallon', 'the lot')),
  re(alt('otan', 'nielen', 'nielasen', 'nappaan', 'syon', 'vedan', 'aion ottaa', 'tanker ta', 'ska ta', 'tar jag', 'svaljer jag', 'svaljer', 'take', 'taking', 'swallow', 'gonna take', 'going to take', 'will take', "i'll take"), '\\s+',
    gap(1), alt('ne kaikki', 'kaikki ne', 'kaikki', 'dem alla', 'dom allihop', 'dem allihop', 'allihop', 'allt', 'them all', 'all of them', 'all', 'everything'), '(?:\\s+' + gap(3) + alt(TIME_SOON, 'kerralla', 'at once', 'pa en gang', 'samtidigt', 'med', 'with', 'viinin kanssa', PILLS) + ')'),
];

const HAD_MOST = re(alt("(?:i've|ive|i have) had", 'had', 'taken', 'took', 'swallowed', 'downed', 'necked', 'otin', 'olen ottanut', 'tog', 'har tagit', 'svalde'), '\\s+', alt('most of', 'all of', 'half of', 'the rest of', 'loads of', 'puolet', 'loput', 'suurimman osan', 'kaikki', 'de flesta', 'resten av', 'halva'),
  '\\s+', gap(1), PILLS);
const SWALLOW_JAR = re(alt('swallow', 'swallowed', 'take', 'took', 'down', 'downed', 'ottaa', 'otan', 'otti', 'nielen', 'nieli', 'nielaisi', 'niella', 'svalja', 'svaljer', 'svalde', 'tog', 'ta'), '\\s+(?:typ\\s+|like\\s+|about\\s+|niinku\\s+)?',
  alt('the (?:whole )?jar', 'the (?:whole )?bottle', 'a whole (?:jar|bottle|pack|box|strip)', 'koko purkin', 'purkin', 'kokonaisen purkin', 'koko paketin', 'hela burken', 'burken', 'en hel (?:burk|flaska|ask|kartong)', 'hela (?:askar|askarna|flaskan|kartan)'));

// The frames that stand alone, each with the benign contexts that dampen it, compiled once.
const OVERDOSE_PLAN: Cue = { name: 'overdose-plan', patterns: [...TAKE_PILLS, SWALLOW_JAR, HAD_MOST], dampers: MEDICINE_ROUTINE, messageDampers: any(MEDICINE_RETURNED, PILL_ORGANISER) };
const EDGE: Cue = { name: 'on-the-edge', patterns: ON_THE_EDGE, dampers: any(SPORT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK };
const EMERGENCIES: readonly Cue[] = [
  { name: 'medical', patterns: EMERGENCY_NOW.slice(0, 3), dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, WORLD), messageDampers: FICTION_AND_SCHOOLWORK },
  { name: 'weapon', patterns: EMERGENCY_NOW.slice(3, 4), dampers: any(TALK_ABOUT, PAST_EVENT, WEAPON_BENIGN), messageDampers: FICTION_AND_SCHOOLWORK },
  { name: 'hiding-or-stranger', patterns: EMERGENCY_NOW.slice(4), dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK },
  { name: 'signs', patterns: EMERGENCY_SIGNS, dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK },
  { name: 'unresponsive', patterns: EMERGENCY_UNRESPONSIVE, dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, PETS), messageDampers: FICTION_AND_SCHOOLWORK },
  { name: 'child-alone', patterns: CHILD_ALONE, dampers: any(TALK_ON_DUTY, PAST_EVENT, CHILD_BENIGN), messageDampers: FICTION_AND_SCHOOLWORK },
];
/** Films, series and games where everyone dies: "leffoista, joissa kaikki kuolee". */
const SCREEN_FICTION = words('leffa[a-z]*', 'leffo[a-z]*', 'elokuv[a-z]*', 'kauhuelokuv[a-z]*', 'movies?', 'films?', 'horror', 'skrackfilm[a-z]*', 'film(?:en|er|erna)', 'series', 'tv-sarja[a-z]*', 'sarjassa', 'pelissa', 'in the game', 'i spelet');
const SOMEONE_ELSE: Cue = { name: 'someone-else-intent', patterns: OTHER_INTENT, dampers: TALK_ABOUT, messageDampers: SCREEN_FICTION };

/** The kinds of a frame that fired, for the crisis card's lines. */
interface FrameHit { signal: string; kind: CrisisKind; retractable?: boolean }

type Negated = (start: number, end: number) => boolean;

/** Whether the damper stands in the sentence around `index` (from its " . " mark); through the prefilter, read once per sentence. */
function dampedAt(damper: RegExp, text: string, index: number): boolean {
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  return testWithin(damper, text, start < 0 ? 0 : start, end < 0 ? text.length : end);
}

/** Whether the damper stands in the sentence after the one around `index`; through the prefilter, read once per sentence. */
function dampedAfter(damper: RegExp, text: string, index: number): boolean {
  const start = text.indexOf(' . ', index);
  if (start < 0) return damper.test('');
  const end = text.indexOf(' . ', start + 3);
  return testWithin(damper, text, start + 3, end < 0 ? text.length : end);
}

/** How many of a cue's patterns fire outside a sentence that dampens them (each pattern counts once). */
function kindsFiring(cue: Cue, text: string, isNegated?: Negated): number {
  let count = 0;
  for (const pattern of cue.patterns) {
    if (!mayMatch(pattern, text)) continue;
    pattern.lastIndex = 0;
    for (let m = execAnchored(pattern, text); m !== null; m = execAnchored(pattern, text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      if ((cue.dampers !== undefined && dampedAt(cue.dampers, text, m.index))
        || (cue.nextSentenceDampers !== undefined && dampedAfter(cue.nextSentenceDampers, text, m.index))) { skipSentence(pattern, text, m.index); continue; }
      if (isNegated?.(m.index, m.index + m[0].length)) continue;
      // The whole message is read for its dampers only once something fires: nothing to dampen, nothing to read.
      if (count === 0 && cue.messageDampers !== undefined && affirmed(cue.messageDampers, text)) return 0;
      count++;
      break;
    }
  }
  return count;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * Whether a benign context stands in the text without a negation just before it: "viekää ne apteekkiin" dampens, "en ole
 * vienyt niitä apteekkiin, koska aion ottaa ne" does not.
 */
export function affirmed(damper: RegExp, text: string): boolean {
  if (!testWithin(damper, text)) return false;
  let global = GLOBAL.get(damper);
  if (global === undefined) { global = new RegExp(damper.source, 'g'); GLOBAL.set(damper, global); }
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) { global.lastIndex++; continue; }
    const before = text.slice(Math.max(0, m.index - 60), m.index).trim().split(' ').filter(Boolean).slice(-4);
    let negated = false;
    for (let i = before.length - 1; i >= 0; i--) {
      const token = before[i]!;
      if (NEGATION_BARRIERS.has(token)) break;
      if (NEGATORS.has(token) || ((token === 'en' || token === 'et') && FI_CONNEGATIVES.has(before[i + 1] ?? ''))) { negated = true; break; }
    }
    if (!negated) return true;
  }
  return false;
}

/** The sentences (by index) in which a cue fires outside a damped sentence. Linear: each sentence is judged once. */
function sentencesFiring(cue: Cue, text: string, isNegated?: Negated): Set<number> {
  const at = new Set<number>();
  const starts = sentenceStarts(text);
  const damped = new Map<number, boolean>();
  for (const pattern of cue.patterns) {
    if (!mayMatch(pattern, text)) continue;
    pattern.lastIndex = 0;
    for (let m = execAnchored(pattern, text); m !== null; m = execAnchored(pattern, text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      const index = sentenceIndex(starts, m.index);
      if (at.has(index)) { skipSentence(pattern, text, m.index); continue; }
      let isDamped = damped.get(index);
      if (isDamped === undefined) {
        isDamped = (cue.dampers !== undefined && dampedAt(cue.dampers, text, m.index))
          || (cue.nextSentenceDampers !== undefined && dampedAfter(cue.nextSentenceDampers, text, m.index));
        damped.set(index, isDamped);
      }
      if (isDamped) { skipSentence(pattern, text, m.index); continue; }
      if (isNegated?.(m.index, m.index + m[0].length)) continue;
      if (at.size === 0 && cue.messageDampers !== undefined && affirmed(cue.messageDampers, text)) return at;
      at.add(index);
    }
  }
  return at;
}

/**
 * The rest of a sentence already decided (fired or dampened) has nothing more to say: a pattern that never reads past a
 * sentence mark and cannot begin on its space (regex-prefilter.ts) goes on from there, where its next match would begin anyway.
 */
function skipSentence(pattern: RegExp, text: string, index: number): void {
  if (!resumesAtSentenceEnd(pattern)) return;
  const next = text.indexOf(' . ', index);
  pattern.lastIndex = Math.max(pattern.lastIndex, next < 0 ? text.length : next);
}

/** Where each sentence begins (the normaliser marks sentence ends with " . "). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(' . '); i >= 0; i = text.indexOf(' . ', i + 1)) starts.push(i + 1);
  return starts;
}

function sentenceIndex(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= index) lo = mid; else hi = mid - 1; }
  return lo;
}

/** How far apart (in sentences) a means and what makes it a plan may stand: a long letter about debts names a bridge in one paragraph and a weekend in another. */
const MEANS_REACH = 3;
function near(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const i of a) for (let d = -MEANS_REACH; d <= MEANS_REACH; d++) if (b.has(i + d)) return true;
  return false;
}

/** Whether a cue fires anywhere in the text outside a sentence that dampens it. */
function cueFires(cue: Cue, text: string, isNegated?: Negated): boolean {
  return kindsFiring(cue, text, isNegated) > 0;
}


/**
 * Sounds of violence next door: a neighbour named in a sentence and, in it or the next one, an unmistakable sound
 * ('strong': never retracted) or two sounds ('weak': "no ei se tosissaan" makes it a concern).
 */
function violenceNextDoor(text: string): 'strong' | 'weak' | undefined {
  const sentences = text.split(' . ');
  let found: 'weak' | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (!NEIGHBOUR_PLACE.test(sentence) || TALK_ABOUT.test(sentence) || PAST_EVENT.test(sentence)) continue;
    const next = sentences[i + 1];
    const window = next === undefined || TALK_ABOUT.test(next) || PAST_EVENT.test(next) ? sentence : `${sentence} . ${next}`;
    if (STRONG_SOUND.test(window)) return 'strong';
    const sounds = window.match(VIOLENT_SOUNDS);
    if (sounds !== null && new Set(sounds).size >= 2) found = 'weak';
  }
  return found;
}

/**
 * Someone who cannot look after themselves gone out into the cold: a person with dementia or memory loss walked out, in
 * slippers or without a coat, at minus degrees, not found. 112 first: the police and the volunteer search start from there.
 */
const VULNERABLE_ADULT = words('alzheimer[a-z]*', 'dement[a-z]*', 'demens[a-z]*', 'minnessjukdom[a-z]*', 'muistisairau[a-z]*', 'muistisairas', 'muistisairaa[a-z]*', 'muistihair[a-z]*', 'minnessjuk[a-z]*', 'minnesstorning[a-z]*', 'memory (?:loss|disease|problems)', 'sekava', 'confused', 'forvirrad');
/** Gone with the car: "drove off", "har tagit bilen", "otti auton". */
const DROVE_AWAY = alt('drove (?:away|off)', 'took the car', '(?:har |ha )?tagit bilen', 'tog bilen', 'for ivag med bilen', '(?:otti|on ottanut|ottanu) auton', 'lahti autolla', 'ajoi (?:pois|tiehensa)');
const GONE_OUT = alt('walked out', DROVE_AWAY, 'wandered (?:off|out|away)', 'wandered off from', 'has gone out', 'got out of the (?:house|home|flat|ward)', 'left the (?:house|home|flat|care home|ward|unit)', '(?:har )?gatt ut', 'gick ut', 'har forsvunnit', 'forsvann',
  'lahti ulos', 'lahti (?:[a-z]+ ){1,2}ulos', 'lahtenyt ulos', 'eika loydy', '(?:ar|e|har varit) borta', 'is gone', 'on poissa', '(?:ytter)?dorren (?:stod|var|e|ar) (?:pa glant|oppen)', '(?:front )?door (?:was |is )?(?:open|ajar|wide open)', '(?:ulko)?ovi (?:oli |on )?(?:auki|raollaan|selkosen selallaan)', 'lahteny ulos', 'lahti kotoa', 'lahtenyt kotoa', 'ei loydy', 'ei oo loytynyt', 'ei ole loytynyt', 'on karannut', 'karkasi', 'karkas', 'lahti (?:kavelemaan|karkuun)', 'harhail[a-z]*', 'on kadoksissa', 'kateissa', 'is missing', 'went missing', 'gone missing');
const COLD_EXPOSED = alt('minus', 'pakkas[a-z]*', 'pakkasta', 'below zero', 'degrees', 'grader', 'freezing', 'slippers', 'tofflor[a-z]*', 'tohvel[a-z]*', 'termometer[a-z]*', 'thermometer', 'lampomittari[a-z]*', 'tossu[a-z]*', 'sukkasillaan', 'pyjamas', 'pyjama[a-z]*', 'nattlinne', 'nightgown', 'nightdress', 'yopaita[a-z]*',
  '(?:coat|jacket) (?:is )?still (?:on|in|here|at)', 'without (?:a |his |her )?(?:coat|jacket|shoes)', 'utan (?:jacka|rock|skor)', 'ilman (?:takkia|kenkia)', 'takki jai', 'in the dark', 'morkt', 'pimeaa', 'getting dark', 'pimenee', 'alkaa hamartaa', 'det morknar', 'cold', 'kylma', 'kallt');
const MISSING_IN_COLD: Cue = {
  name: 'missing-in-cold', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(GONE_OUT, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', COLD_EXPOSED), re(COLD_EXPOSED, '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', GONE_OUT)],
};
const VULNERABLE_CUE: Cue = { name: 'vulnerable-adult', patterns: [new RegExp(VULNERABLE_ADULT.source, 'g'), re('[1-8][ -]?(?:year[ -]old|yo|vuotias|v|aring|ars)'), re(SMALL_CHILD)] };

/** A rape or sexual assault told as hours old: a doctor, evidence and the crisis lines now, not a history. */
const ASSAULT_TOLD = alt('was raped', 'got raped', 'been raped', 'raped me', 'sexually assaulted', '(?:did|was doing) (?:stuff|things|something) to me (?:when|while) i was (?:too )?(?:drunk|asleep|passed out|out of it)', 'teki (?:juttuja|asioita|jotain) mulle kun (?:olin|mä olin) (?:liian )?(?:kannissa|humalassa|sammuksissa|unessa)', 'gjorde (?:saker|grejer) med mig nar jag var (?:for )?(?:full|dackad)', 'blev valdtagen', 'har blivit valdtagen', 'valdtog (?:mig|mej)', 'sexuellt ofredad', 'utsatt for (?:en )?valdtakt', 'tuli raiskatuksi', 'raiskattiin',
  'minut raiskattiin', 'mut raiskattiin', 'raiskasi (?:minut|mut|mua)', 'on raiskattu', 'joutui raiskatuksi', 'joutunut raiskatuksi', 'joutunu raiskatuks');
const HOURS_AGO = alt('(?:[0-9]+|an|one|two|three|a couple of|few) hours? ago', 'an hour ago', 'tonight', 'last night', 'this morning', 'just now', 'earlier today', 'today',
  '(?:tunti|tuntia|pari tuntia|[0-9]+ tuntia) sitten', 'tana yona', 'viime yona', 'yolla', 'tanaan', 'aamulla', 'askettain', 'aske', 'aiemmin tanaan',
  'for (?:en|ett par|[0-9]+) timm(?:e|ar) se(?:da)?n', '(?:[0-9]+|tva|tre) timmar se(?:da)?n', 'i natt', 'i kvall', 'i morse', 'idag', 'nyss', 'now', 'nu', 'nyt', 'at the party', 'juhlissa', 'pa festen');
const ASSAULT_RECENT: Cue = {
  name: 'assault-recent', dampers: TALK_ABOUT, messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(ASSAULT_TOLD, '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', HOURS_AGO), re(HOURS_AGO, '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', ASSAULT_TOLD)],
};

/** Stopped vital medication and now acutely ill: confused, breathing heavily, a sweet smell, hard to wake. */
const ACUTELY_ILL: Cue = {
  name: 'acutely-ill', dampers: PAST_EVENT,
  patterns: [re(alt('confused', 'forvirrad', 'sekava', 'sekaisin', 'andas tungt', 'andas konstigt', 'breathing heavily', 'breathing fast', 'hengittaa raskaasti', 'hengittaa tiheaan', 'luktar konstigt', 'smells of acetone', 'aceton[a-z]*', 'asetoni[a-z]*',
    'svar att vacka', 'hard to wake', 'vaikea herattaa', 'vomiting', 'krakas', 'oksentaa', 'oksentelee'))],
};

/** Pills counted without being named, and "should be enough": "counted them all. 60. should be enough". */
const COUNTED_ENOUGH: Cue = {
  name: 'counted-enough', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('counted (?:them|it|mine)(?: all)?', 'laskin ne', 'laskin kaikki', 'raknade (?:dem|alla)', 'i have [0-9]+', 'mulla on [0-9]+', 'jag har [0-9]+'), '(?:\\s+[a-z0-9\',.]+){0,6}?\\s+',
    alt('should be enough', 'will be enough', "that's enough", 'is enough', 'enough for me', 'pitais riittaa', 'pitaisi riittaa', 'riittaa kylla', 'borde racka', 'racker (?:nog|gott)')),
  // The medicine named and said to be enough: "isän vanhat sydänlääkkeet pari purkkia, ne riittää kyllä".
  re(alt('[a-z]*laakkeet', '[a-z]*laakkeita', 'purkkia', 'purkit', 'pillerit', 'pillereita', 'tabletit', 'tabletteja', 'pills', 'tablets', 'meds', 'tabletter', 'piller', 'medicinerna', 'burkar'), '(?:\\s+[a-z0-9\',.]+){0,6}?\\s+',
    alt('ne riittaa kylla', 'ne riittavat', 'riittaa kylla', 'they(?:\'ll| will| should) be enough', 'that(?:\'ll| will| should) be enough', 'de racker', 'det racker'))],
};

/** An old person fallen and on the floor for hours, unable to get up; smoke from a flat with an alarm and someone inside. */
const FALLEN_OR_FIRE: Cue = {
  name: 'fallen-or-fire', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    re(alt('fell', 'fallen', 'kaatui', 'kaatunut', 'kaatunu', 'foll', 'ramlade', 'har ramlat'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', alt('on (?:the )?floor', 'lattialla', 'lattialle', 'pa golvet', 'i golvet'), '(?:\\s+[a-z0-9\',.]+){0,6}?\\s+',
      alt('[0-9]+ hours?', 'hours', "(?:cannot|can't|cant) get up", 'tuntia', 'tunnin', 'ei paase ylos', 'en paase ylos', 'en paase pystyyn', 'since yesterday', 'since last night', 'eilen', 'ei paase pystyyn', '[0-9]+ timmar', 'timmar', 'kommer (?:inte|int) upp')),
    re(alt('savua', 'savu', 'smoke', 'rok', 'roken'), '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+', alt('palovaroitin', 'palovaroittimen', 'smoke alarm', 'fire alarm', 'brandvarnare[a-z]*', 'brandlarm[a-z]*', 'ei avaa', 'eika avaa', "(?:doesn't|does not|won't) open", '(?:oppnar|svarar) (?:inte|int)', '(?:nobody|no one) (?:opens|answers)', 'kukaan ei avaa', 'ingen oppnar')),
  ],
};

/**
 * Bleeding now that will not stop after a cut, or the water red; pills by the tens taken now with their name; walking out
 * on the ice towards open water. Batch 22's categories, told by the one it happens to or a friend.
 */
const BLEEDING_NOW: Cue = {
  name: 'bleeding-now', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    re(alt("(?:can'?t|cannot|cant) stop the bleeding", "(?:can'?t|cannot|cant) stop bleeding", 'towel is (?:soaked|full of blood|red)', 'deeper than (?:i )?(?:meant|intended|usual|ever)', '(?:the )?water is (?:all )?red', 'vesi on (?:ihan )?punaista', 'vattnet ar (?:helt )?rott',
      'en saa vuotoa loppumaan', 'vuoto ei lopu', 'pyyhe on (?:ihan )?(?:veressa|marka)', 'syvemmalle kuin', 'far inte stopp pa blodningen', 'handduken ar (?:genomblot|full av blod)')),
    re(alt('razor', 'blade', 'cut', 'cutting', 'did it', 'viilsin', 'viilto', 'tera', 'rakblad', 'skar (?:mig|mej)'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt("(?:it'?s|its|it is) not stopping", "(?:it )?(?:won't|wont) stop", 'not stopping', 'ei lopu', 'ei loppu', 'slutar (?:inte|int)')),
  ],
};
const PILLS_BY_NAME: Cue = {
  name: 'pills-by-name', dampers: any(TALK_ABOUT, MEDICINE_ROUTINE), messageDampers: any(MEDICINE_RETURNED, FICTION_AND_SCHOOLWORK),
  patterns: [re(alt('took', 'has taken', "(?:she's|he's|i've) taken", 'swallowed', 'otti', 'on ottanut', 'otin', 'tog', 'har tagit', 'svalde'), '\\s+(?:like |about |around |maybe |almost |over |noin |ehka |typ |ungefar |kanske )?', '[1-9][0-9]', '\\s+',
    '(?:of (?:her|his|my|their|the|mum\'s|mom\'s|dad\'s) |hanen |sen |mun |hennes |hans |mina )?', '[a-z]+(?:ine|ines|ol|am|pam|lam|pine|one|tin|fen|lin|xin|mol|iini|aami|olia|iinia|aamia)\\b')],
};
const ICE_WALK: Cue = {
  name: 'ice-walk', dampers: any(TALK_ABOUT, HOBBY), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('keep walking', 'kept walking', 'jatkaa kavelya', 'jatkaa kavelemista', 'fortsatta ga', 'ga vidare'), '(?:\\s+[a-z0-9\',.]+){0,8}?\\s+', alt('open water', 'thin ice', 'avoveteen', 'avoveden', 'ohuille jaille', 'oppet vatten', 'oppna vattnet', 'tunn is'))],
};

/**
 * Batch 23's categories: emergencies told only by what is seen now (a stroke's crooked mouth, a fit that goes on, someone
 * through the ice or not coming up, fire or smoke with someone inside, a weak voice behind a door that does not open, carbon
 * monoxide's headache and vomiting by a closed stove, children left for days, a relative locked in, a worker whose passport
 * is held), a person out of their mind on a motorway, and one's own act said sideways (steering into a lorry, all the jars
 * taken, a question of how many are enough "for good").
 */
/** Carbon monoxide: a closed stove damper or a burner indoors, and its signs (headache, vomiting, confusion), in either order. */
const CO_SOURCE = alt('(?:lit|burning) (?:the |a )?charcoal', 'charcoal (?:grill )?inside', 'hiiligrilli[a-z]* sisalla', 'grillikol[a-z]* inne', 'closed the vent', 'pelti (?:oli |on )?(?:kiinni|suljettu)', 'pellit (?:oli |on )?kiinni', 'spjallet (?:var |ar )?stangt', 'damper (?:was |is )?(?:closed|shut)', 'aggregaatti sisalla', 'generator (?:inside|indoors|in the)', 'grilli sisalla', 'grill inside', 'kaasulammitin', 'gas heater', 'gasolkamin');
const CO_SIGNS = alt('paansarky', 'oksenta[a-z]*', 'oksettaa', 'pyorryttaa', 'sekava', 'sekaisin', 'ei saa (?:kunnolla )?sanaa', 'headaches?', 'vomit[a-z]*', 'dizzy', 'confused', 'huvudvark', 'mar illa', 'kraks', 'yr i huvudet');
const SEEN_NOW: Cue = {
  name: 'seen-now', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    re(alt('suu (?:on )?(?:ihan )?vino[a-z]*', 'suupieli (?:on )?vino', 'suu vinossa', 'mouth (?:is |went |gone )?(?:crooked|droopy|twisted)', 'face (?:is |went )?crooked', 'munnen (?:ar |e )?sned', 'mungipan (?:ar |e )?sned')),
    re(alt('fitting', 'seizing', 'having a fit', 'seizure', 'kouristel[a-z]*', 'kouristaa', 'kramp[a-z]*', 'kohtaus[a-z]*', 'kohtauksen', 'epilepsiakohtau[a-z]*', 'anfall[a-z]*', 'krampanfall[a-z]*'), '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', '(?:over |more than |yli |over |mer an |for |about |noin |ungefar )?(?:[5-9]|[1-5][0-9]|five|six|seven|eight|ten|fifteen|twenty|viisi|kuusi|seitseman|kahdeksan|kymmenen|viisitoista|kaksikymmenta|fem|sex|sju|atta|tio|femton|tjugo) (?:minutes|mins|minuuttia|min|minuter)'),
    // A fit that does not stop: "saa kohtausta eikä se lopu", "the seizure won't stop", "anfallet går inte över".
    re(alt('seizure', 'seizing', 'fit', 'kohtaus[a-z]*', 'epilepsiakohtau[a-z]*', 'kouristuskohtau[a-z]*', 'kouristu[a-z]*', 'kouristel[a-z]*', 'anfall[a-z]*', 'kramp[a-z]*'), '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', alt("(?:won't|wont|will not|doesn't|does not|isn't|is not) (?:stop|stopping|ending|end)", 'not stopping', '(?:eika|ei) (?:se )?(?:lopu|lakkaa|mene ohi)', 'gar (?:inte|int) over', 'slutar (?:inte|int)', 'tar (?:inte|int) slut')),
    re(alt('gone a (?:funny|strange|weird|grey|gray|blue) colou?r', 'turned (?:a )?(?:funny|strange|weird) colou?r', 'on ihan (?:harmaa|sininen) naamaltaan', 'har blivit (?:gra|bla) i ansiktet')),
    re(alt('(?:gick|gatt|har gatt|har gaatt) genom isen', 'went through the ice', 'gone through the ice', '(?:meni|putosi|on pudonnut|pudonnu) jaan lapi', 'putos[a-z]* (?:jiahan|jaahan|jaihin|avantoon)', '(?:roikkuu|roekkuu) (?:jaan )?reunassa', 'iskanten', 'iskant', 'jaan reuna[a-z]*', 'ice edge', 'edge of the ice', 'hanging on to the ice', 'pitaa kiinni jaasta')),
    re(alt('lake', 'sea', 'river', 'water', 'dock', 'pier', 'swimming', 'jumped in', 'jarve[a-z]*', 'jarvi', 'veteen', 'vedessa', 'uimassa', 'uimaan', 'laiturilta', 'sjon', 'vattnet', 'havet', 'alven', 'bryggan', 'simma[a-z]*', 'badade'), '(?:\\s+[a-z0-9\',]+){0,12}?\\s+',
      alt('(?:is |has )?not (?:coming|come) (?:back )?up', "(?:hasn't|hasnt|has not|didn't|didnt) come (?:back )?up", 'ei (?:ole )?(?:tullut|tule|noussut|nouse) (?:takaisin )?pintaan', 'kommer (?:inte|int) upp(?: igen)?', 'har (?:inte|int) kommit upp', 'gone under')),
    re(alt('ei avaa(?: ovea)?', 'eika avaa', "(?:doesn't|does not|won't|wont|isn't) (?:open|answer)(?:ing)?(?: the door)?", '(?:oppnar|svarar) (?:inte|int)', 'behind the door', 'oven takaa', 'bakom dorren', 'inifran', 'sisalta kuuluu', 'from inside'), '(?:\\s+[a-z0-9\',]+){0,20}?\\s+',
      alt('valitus[a-z]*', 'valittaa', 'voihki[a-z]*', 'heikko[a-z]* (?:aani|aanta|valitus[a-z]*)', 'heikkoa valitusta', 'svag rost', 'svaga rop', 'stonande', 'stonar', 'kvider', 'moaning', 'groaning', 'weak voice', 'faint voice', 'calling for help', 'hor (?:en )?(?:svag )?rost')),
    re(CO_SOURCE, '(?:\\s+[a-z0-9\',]+){0,20}?\\s+', CO_SIGNS),
    re(CO_SIGNS, '(?:\\s+[a-z0-9\',]+){0,20}?\\s+', CO_SOURCE),
    re(alt('lukinnut', 'lukitsi', 'on lukinnu', 'has locked', 'locked', 'har last in', 'lasste in', 'stangt in'), '\\s+', alt('sen', 'hanet', 'aidin', 'aitinsa', 'mummon', 'mummonsa', 'isan', 'isansa', 'vaimon', 'vaimonsa', 'lapsen', 'lapset', '(?:his|her|their|my) (?:mother|father|mum|mom|dad|wife|husband|grandmother|grandfather|nan|gran|child|son|daughter|kids)', 'henne', 'honom', 'mormor', 'farmor', 'mamma', 'pappa', 'barnen'),
      '\\s+', gap(2), alt('huoneeseen', 'makuuhuoneeseen', 'kellariin', 'vessaan', 'i (?:rummet|sovrummet|kallaren)', 'in')),
    // Into something, not driving it: "ohjaan rekan alle", "ajan puuhun"; "ajan bussia" (I drive a bus) is a job.
    re(alt('ohjaa[a-z]*', 'ajan', 'ajaa', 'kaannan'), '\\s+', gap(3), alt('rekkaan', 'bussiin', '(?:rekan|bussin|junan) (?:alle|eteen|keulaan|paahan)', '(?:rekkaa|bussia|rekka|bussi|junaa) (?:pain|paain|vastaan|kohti)', 'puuhun', 'kallioon', 'seinaan', 'vastaantule[a-z]*', 'siltapilari[a-z]*'), '(?=\\s|$)'),
    re(alt("(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|im going to|gonna|going to|want to) (?:drive|crash|steer|swerve)"), '\\s+', gap(3), alt('into (?:a |the |an )?(?:truck|lorry|tree|wall|oncoming|bridge|pillar|rock)', 'in front of (?:a |the )?(?:truck|lorry)')),
    re(alt('(?:ska|tanker|vill) (?:jag |ja )?(?:kora|styra|svanga)'), '\\s+', gap(3), alt('in i (?:en|ett|motande) (?:lastbil|trad|vagg|bergvagg|trafik[a-z]*)', '(?:pa|mot|framfor) en lastbil')),
  ],
};
/** A blade held by someone who threatens now: "He has cutlass and says anybody who open the door will see", "sil on puukko käes, sannoo et tappaa". */
const BLADE_THREAT: Cue = {
  name: 'blade-threat', dampers: any(TALK_ABOUT, PAST_EVENT, WEAPON_BENIGN), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('has', 'have', 'has got', 'holding', 'holds', 'hold', 'held', 'with', 'silla on', 'hanella on', 'piti', 'pitaa', 'har', 'haller', 'holl'), '\\s+(?:a |an |the |his |her )?(?:kitchen |big |bread )?', alt('knife', 'cutlass', 'machete', 'axe', 'puukko', 'puukon', 'veitsi', 'veitsen', 'kirves', 'kirveen', 'machete', 'kniv', 'kniven', 'yxa', 'yxan', 'macheten'),
    '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt('says', 'said', 'threaten[a-z]*', 'will see what', 'kill', 'hurt', 'to my (?:neck|throat)', 'kurkulle', 'kaulalle', 'mot (?:min )?hals(?:en)?', 'next time', 'ensi kerralla', 'nasta gang', 'sanoo', 'sanoi', 'uhkaa', 'uhkailee', 'tappaa', 'tapan', 'sager', 'hotar', 'dodar'))],
};
/** Fire or smoke now, and someone inside who cannot get out: "rapussa savua … siellä asuu vanha mies", "DET BRINNER … mormor kan int gå". */
const FIRE_NOW = alt('det brinner', 'brinner (?:i|pa)', 'on fire', 'is burning', 'tulipalo', 'palaa (?:nyt|kovasti|ihan)', 'tuli on irti', 'liekit', 'liekkeja', 'flames', 'lagor', 'lagorna', 'savua', 'smoke (?:is )?(?:coming|pouring|everywhere)', 'full of smoke', 'taynna savua', 'roken (?:ar |e )?overallt', 'rok (?:kommer|valler)', 'full av rok', 'rok i (?:trapphuset|trappan|lagenheten|huset|korridoren)', 'smoke in the (?:stairwell|stairs|hallway|corridor|flat|apartment)', 'savua (?:rapussa|porraskaytavassa|kaytavassa|asunnossa)',
  '(?:smell|smells|smelling) (?:of )?(?:something )?burning', 'haisee palanee[a-z]*', 'palaneen (?:haju|hajua)', 'luktar (?:brant|brand|rok)', 'smoke alarm (?:is |has been )?(?:ringing|going off|beeping|sounding)', 'palovaroitin (?:soi|piippaa|huutaa|on soinut)', 'brandvarnaren (?:tjuter|piper|larmar|har tjutit)');
const SOMEONE_INSIDE = alt('kan (?:inte|int) ga', 'far (?:inte|int) upp (?:henne|honom)', "(?:can'?t|cannot) get (?:her|him|them|out)", 'trapped', 'jumissa', 'ei paase ulos', 'kommer (?:inte|int) ut', 'siella asuu', 'asuu (?:[a-z]+ )?(?:vanha|yksin|iakas)', 'still inside', 'viela sisalla', 'fortfarande inne', 'bor (?:en )?(?:gammal|ensam)', 'lives alone', "(?:can'?t|cannot) walk", 'ei kuule', "(?:can'?t|cant|cannot) (?:go|get) (?:down|out)", '(?:emme|en|ei) paase alas', 'kommer (?:inte|int) ner', 'kan (?:inte|int) ga ner', '(?:barn|barnen|ett barn|nagon|folk) (?:ar )?kvar', 'kvar i lagenheten', 'kvar (?:inne|darinne)', '(?:lapsi|lapset|lapsia|joku|ihmisia) (?:on )?(?:viela )?sisalla', '(?:children|kids|a child|someone|people) (?:still )?inside', 'must be (?:home|inside|in there)', '(?:is|should be) home', 'on kotona', 'pitaisi olla kotona', '(?:ar|e) hemma', 'nobody opens', 'no one opens', 'ingen oppnar', 'kukaan ei avaa');
/** A smoke alarm that beeps for a flat battery, or a drill: no fire. */
const ALARM_TEST = words('paristo[a-z]*', 'patteri[a-z]*', 'battery', 'batteries', 'batteri[a-z]*', 'testi[a-z]*', 'test(?:ing)?', 'drill', 'harjoitu[a-z]*', 'ovning[a-z]*', 'brandovning[a-z]*', 'poistumisharjoitu[a-z]*');
const FIRE_INSIDE: Cue = {
  name: 'fire-inside', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: any(FICTION_AND_SCHOOLWORK, ALARM_TEST),
  patterns: [re(FIRE_NOW, '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', SOMEONE_INSIDE), re(SOMEONE_INSIDE, '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', FIRE_NOW)],
};
/** Children left for days: a parent gone or not answering, a child's age or "alone", and a time of a day or more. */
const PARENT_GONE: Cue = {
  name: 'parent-gone', dampers: any(TALK_ON_DUTY, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('aiti', 'isa', 'mamma', 'pappa', 'mum', 'mom', 'dad', 'mother', 'father', 'vanhemmat', 'foraldrarna', 'parents'), '\\s+', gap(3),
    alt('ei (?:ole )?(?:tullut|tullu|tule) (?:kotiin|takaisin)', "(?:hasn't|hasnt|has not|didn't|didnt|haven't) (?:come|came) (?:home|back)", 'svarar (?:inte|int)', '(?:har |ha )?(?:inte|int) (?:kommit|vari|varit) hem(?:ma)?', "(?:hasn't|hasnt|has not) been (?:home|back)", 'ei (?:ole|oo) (?:ollut|ollu) kotona', 'not answering', 'ei vastaa'))],
};
const CHILD_LEFT_SIGNS: Cue = {
  name: 'child-left-signs',
  patterns: [re(alt(YOUNG_CHILD, 'pikkuveli', 'pikkusisko', 'lillasyster', 'lillsyster', 'lillebror', 'lillbror', '(?:maten|mat) (?:ar|e) slut', 'ruoka (?:on )?loppu', 'food (?:is )?(?:gone|finished|all gone)', 'samma blo[a-z]*', 'same (?:nappy|diaper)', 'sama vaippa', '(?:pojke|flicka|poika|tytto|boy|girl|son|daughter|sonen|dottern) (?:[1-9]|1[0-2])\\b', 'ensamma', 'yksin', 'alone', 'ingen mat', 'no food', 'nothing to eat', 'ei (?:ole )?mitaan (?:ruokaa|syotavaa)', 'jaakaapissa ei', '(?:ma|mina) (?:ole|olen) (?:[0-9]|1[0-3])\\b', "(?:i'm|im|i am) (?:[0-9]|1[0-3])\\b", '(?:jag|ja) (?:ar|e) (?:[0-9]|1[0-3])\\b', '(?:hon|han) (?:ar|e) bara [0-9]'))],
};
const DAY_OR_MORE: Cue = {
  name: 'day-or-more', patterns: [re(alt('eilen', 'eilisesta', 'since yesterday', 'sen i forrgar', 'sedan i forrgar', 'sedan i gar', 'sen i gar', 'two days', 'kaks paivaa', 'kaksi paivaa', 'tva dagar', 'all night', 'koko yon', 'hela natten', 'illasta', 'toista paivaa', 'sen i (?:fredags|lordags|sondags|mandags|tisdags|onsdags|torsdags)', 'sedan i (?:fredags|lordags|sondags|mandags|tisdags|onsdags|torsdags)', 'since (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)', '(?:perjantai|lauantai|sunnuntai|maanantai|tiistai|keskiviikko|torstai)sta (?:asti|lahtien)?', '(?:kolme|kolmatta|monta|[2-9]) (?:paivaa|dagar|days)'))],
};
/** A worker's passport held and the way out barred or a beating: labour trafficking told in a second language. */
const PASSPORT_HELD: Cue = {
  name: 'passport-held', dampers: TALK_ON_DUTY,
  patterns: [re(alt('(?:ottaa|otti|ottanut|vei|pitaa) (?:minun |meidan |mun |hanen |heidan |sen )?passi[a-z]*', 'passi[a-z]* (?:on )?(?:otettu|pomolla|tyonantajalla)', '(?:took|take|takes|has|kept|keeps|keep|holds|hold|holding) (?:my|our|her|his|their|the|all) passports?', '(?:tagit|tog|tar|haller|behaller|behallit) (?:[a-z]+ )?(?:passen|passet|vara pass)', 'passports? (?:was |were |are )?(?:taken|held|kept)', '(?:tog|tar|har) (?:mitt|vart|vara|hennes|hans) pass'))],
};
const HELD_BACK: Cue = {
  name: 'held-back',
  patterns: [re(alt('ei paasta', "(?:won't|wont|will not|doesn't|does not|not) let (?:me|us|them) (?:leave|go|out)", 'not allowed to leave', 'slapper (?:inte|int)', 'later (?:oss|mig) (?:inte|int)', 'lyo', 'loi', 'hits?', 'beat', 'slar', 'slog', 'slagen', 'misshandla[a-z]*', 'far (?:inte|int) lamna', 'lukitsee (?:meidat|minut|mut|heidat)', 'lukitsi (?:meidat|minut|mut|heidat)', 'locks? (?:us|me|them) (?:in|up)', 'lasar in (?:oss|mig|dem)', "(?:can'?t|cannot|can not) (?:go|get) out", '(?:emme|en|ei) (?:saa|voi) lahtea', 'en voi soittaa', "(?:can't|cannot) call", '(?:ma|mina) seuraava', "(?:i'm|im) next"))],
};
/** A person out of their mind on a motorway or among cars: "kävelee kehä kolmosen pientareella autojen seassa". */
const ROAD = alt('motorway', 'highway', 'freeway', 'moottoritie[a-z]*', 'keha [a-z]+', 'kehalla', 'nelostie[a-z]*', 'valtatie[a-z]*', 'motorvag[a-z]*', 'pientareella', 'autojen seassa', 'cars everywhere', 'bland bilarna', 'in (?:the )?traffic', 'liikenteen seassa', 'mitt i vagen');
const ROAD_DANGER: Cue = {
  name: 'road-danger', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('walking', 'walks', 'ran', 'running', 'standing', 'kavelee', 'kaveli', 'juoksi', 'juoksee', 'seisoo', 'gar', 'springer', 'sprang', 'star'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', ROAD)],
};
const OUT_OF_MIND: Cue = {
  name: 'out-of-mind',
  patterns: [re(alt('valvonu[a-z]*', 'not slept', 'inte sovit', 'sateit[a-z]*', 'rays', 'stralar', 'sekaisin', 'sekasin', 'sekava', 'psykoosi[a-z]*', 'kaskyja', 'aania', 'harhai[a-z]*', 'vainoaa', "(?:won't|wont|doesn't|does not) listen", 'ei kuuntele', 'barefoot', 'paljain jaloin', 'lyssnar (?:inte|int)', 'hor roster', 'forfoljer', 'chasing (?:her|him|them|me)', 'thinks (?:the|that|he|she)', 'tror att'))],
};
/** All the jars taken, or all one's sedatives with drink: an overdose told without a count. */
const ALL_TAKEN: Cue = {
  name: 'all-taken', dampers: any(MEDICINE_ROUTINE, PAST_EVENT, TALK_ABOUT), messageDampers: any(MEDICINE_RETURNED, FICTION_AND_SCHOOLWORK),
  patterns: [re(alt('otin', 'nielin', 'soin', 'olen ottanut', 'oon ottanut', 'on ottanut', 'otti', 'took', 'swallowed', "(?:i've|ive|she's|he's) taken", 'har tagit', 'tog', 'svalde', '(?:har |ha )?atit (?:upp|opp)', 'at (?:upp|opp)', 'ate (?:up )?', 'soi', 'injected', 'injects', 'has injected', 'pisti', 'pistanyt', 'pistin', 'piikitti', 'injicerade', 'har injicerat', 'injicerat'), '(?:\\s+(?:jo|ne|nyt|just|already|nu|redan|asken|aske|juuri))*\\s+',
    alt('kaikki purkit', 'koko purkin', 'koko purkillisen', 'kaikki (?:mun |minun |sen )?(?:laakkeet|laakkeeni|pillerit|pillerini|tabletit|unilaakkeet|unilaakkeeni|rauhoittavat)', 'alla (?:mina |sina )?(?:lugnande|tabletter|piller|mediciner|somntabletter|sovtabletter)', 'hela burken', 'hela kartan', 'hela (?:sin|min|hennes|hans) burk', 'koko (?:sen |hanen )?purkin',
      '(?:all|the whole (?:bottle|box|pack|packet|jar) of) (?:my |her |his |the )?(?:pills|meds|tablets|sleeping pills|painkillers|insulin)', 'kaikki (?:insuliininsa|insuliinini|insuliinit|insuliinin)', 'allt (?:sitt|mitt) insulin', 'koko [a-z]*insuliini[a-z]*', '(?:the )?whole (?:insulin )?pen', 'hela (?:insulin)?pennan', 'the whole (?:bottle|box|pack|packet|jar)'))],
};
/** How many it takes "for good", "so as not to wake": a lethal question, not a dosage one. */
const LETHAL_ASK: Cue = {
  name: 'lethal-ask', dampers: any(TALK_ABOUT, words('lapselle', 'lapsen', 'child', 'kid', 'barnet', 'kg', 'kiloa', 'painoiselle', 'kuumee[a-z]*', 'fever', 'feber', 'paansarky[a-z]*', 'headache', 'huvudvark')), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt("(?:cold|deep|high|fast) enough (?:that |so that |so )?(?:you|i|one|a person) (?:wouldn'?t|won'?t|couldn'?t|can'?t|don'?t|would not|will not|could not|cannot|do not) (?:get out|survive|come (?:back )?up|wake up)", 'tarpeeksi (?:kylmaa|kylma|syvaa|syva|korkealla) (?:ettei|jotta ei) (?:paase|paasisi|selviaisi|selvia)', 'tillrackligt (?:kallt|djupt|hogt) for att (?:man|jag) (?:inte|int) (?:ska |skulle )?(?:komma upp|overleva|ta sig upp)')),
    re(alt('how long (?:does|would|will) it take to (?:freeze|drown|bleed out|die|suffocate)', 'kuinka kauan (?:kestaa|kestais|kestaisi|menee) (?:jaatya|hukkua|kuolla|paleltua)', 'hur lang tid (?:tar det|skulle det ta) (?:att )?(?:frysa ihjal|drunkna|do|forblöda)')),
    re(alt('riitta(?:a|isi|is|ais|aako) lopullisesti', '(?:ettei|jotta ei) (?:enaa )?heraa', 'so (?:that )?i (?:never|do not|don\'t|dont) wake up', 'enough (?:to die|to not wake up|to never wake up|for good)', 'racker for (?:att do|gott)', 'for att (?:aldrig|inte) vakna')),
    re('(?:is|are|would|will|riittaako|racker) [1-9][0-9]*\\s+(?:of\\s+)?', gap(3), '[a-z]+(?:ine|ines|ol|am|pam|lam|pine|one|tin|fen|lin|xin|mol|pills|tablets|meds)\\s+', gap(1), alt('enough', 'riittaa', 'racker'))],
};
/** "How much insulin would be too much": a lethal question even when a story or a friend is given as the reason. */
const TOO_MUCH_ASK: Cue = {
  // Not dampened by "if someone" or a story: those are how the question is disguised. A professional's or a course's is.
  name: 'too-much-ask', dampers: any(CLIENTS, words('nurse', 'sairaanhoitaja[a-z]*', 'sjukskotare[a-z]*', 'laakari[a-z]*', 'doctor', 'lakare[a-z]*', 'hoitaja[a-z]*', 'pharmacist', 'farmaseut[a-z]*', 'kurssi[a-z]*', 'course', 'koulutu[a-z]*', 'utbildning[a-z]*', 'tentti[a-z]*', 'exam'), words('lapselle', 'lapsen', 'child', 'kid', 'barnet', 'kg', 'kiloa', 'dog', 'koira[a-z]*', 'hund[a-z]*', 'cat', 'kissa[a-z]*')),
  patterns: [re(alt('how much', 'how many', 'kuinka paljon', 'paljonko', 'montako', 'kuinka monta', 'hur mycket', 'hur manga'), '\\s+', alt('insulin[a-z]*', 'insuliini[a-z]*', PILLS, 'paracetamol[a-z]*', 'panadol', 'burana[a-z]*', 'sleeping pills', 'unilaakke[a-z]*', 'somntablett[a-z]*', 'laakett[a-z]*', 'pillere[a-z]*', 'tabletteja'), '\\s+', gap(3), alt('too much', 'liikaa', 'liian paljon', 'for mycket', 'for manga', 'tappava[a-z]*', 'lethal', 'fatal', 'dodlig[a-z]*'))],
};

/**
 * Batch 25's categories: a body in trouble told by what is seen in someone else (a diabetic confused or sweating and
 * making no sense, an allergic child whose lips or throat swell, a small child who got into a jar of medicine, someone on
 * the floor who does not move, a cut bleeding through its dressing just now), a threat to bring a weapon to a school, a
 * young person taken abroad to be married or punished for "honour", someone forced to meet men for sex, an assault told
 * only by its signs (waking at a stranger's, clothes torn, pain).
 */
const HYPOTHETICAL = words('jos', 'if', 'om', 'in case', 'varalta', 'what if', 'enta jos');
const DIABETES = alt('diabeetik[a-z]*', 'diabete[a-z]*', 'insuliini[a-z]*', 'insulin[a-z]*', 'sokeritau[a-z]*', 'diabetic', 'diabetiker[a-z]*', 'ykkostyypin', 'type 1', 'typ 1');
const CONFUSED_NOW = alt('(?:puhuu|puhu|puhui|puhuvan|puhuvat) (?:ihan |aivan |tosi |taysin )?sekav[a-z]*', 'sekava[a-z]*', 'sekaisin', 'sekasin', 'ei loyda (?:ovea|kotiin|ulos)', 'confused', 'not making (?:any )?sense', 'talking nonsense', '(?:talks|talking|speaks|speaking) (?:strange|strangely|weird|funny|gibberish)', 'incoherent', '(?:svarar|svara) konstigt', 'answers? (?:strangely|weird)', 'vastaa (?:oudosti|sekavia)', "(?:can'?t|cannot) swallow", 'far (?:inte|int) ner', 'ei saa nieltya', 'ogonen (?:far|rullar)', 'eyes (?:rolling|roll)', 'silmat (?:pyorii|pyorivat)',
  'osammanhangande', 'forvirrad', 'pratar (?:konstigt|strunt|osammanhangande|sluddrigt)', 'sluddr[a-z]*', 'slurr[a-z]*', 'vet (?:inte|int) vilken dag', "(?:doesn'?t|does not) know (?:what|which) day", 'ei tieda mika paiva', "(?:won'?t|can'?t|cannot) wake", 'ei heraa', 'tajuton', 'unconscious', 'medvetslos');
/** Confusion that belongs to a memory illness, or that comes and goes: not a sugar low happening now. */
const CONFUSION_NOT_NOW = words('alzheimer[a-z]*', 'dement[a-z]*', 'demens[a-z]*', 'muistisair[a-z]*', 'minnessjuk[a-z]*', 'memory', 'joskus', 'sometimes', 'ibland', 'toisinaan');
const LOW_SUGAR: Cue = {
  name: 'low-sugar', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL, CONFUSION_NOT_NOW), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(DIABETES, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', CONFUSED_NOW), re(CONFUSED_NOW, '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', DIABETES)],
};
const ALLERGEN = alt('allerg[a-z]*', '[a-z]*pahkina[a-z]*', 'nuts?', 'peanuts?', 'cashews?', 'shrimps?', 'prawns?', 'shellfish', 'katkarap[a-z]*', 'ayriai[a-z]*', 'rakor', 'rakorna', 'notter', '[a-z]*notter', 'jordnot[a-z]*', 'hasselnot[a-z]*', 'skaldjur',
  'ampiai[a-z]*', 'mehilai[a-z]*', 'wasp', 'bee sting', 'stung', 'geting[a-z]*', 'epipen', 'epi pen', 'adrenaliinikyna[a-z]*', 'adrenalinpenna[a-z]*', 'adrenaline pen', 'antibioo[a-z]*', 'antibiotic[a-z]*', 'antibiotika[a-z]*', 'penisilliin[a-z]*', 'penicillin[a-z]*', 'new (?:medicine|medication|pills?|tablets?)', 'uu(?:si|den|tta) laak[a-z]*', 'ny medicin', 'nya medicinen');
const AIRWAY_SWELLING = alt('(?:huul[a-z]*|kasvo[a-z]*|naama[a-z]*|kiel[a-z]*|kurk[a-z]*|silmat ja huulet) (?:[a-z]+ ){0,2}(?:turpoa[a-z]*|turvo[a-z]*|turpos[a-z]*)', '(?:turvonneet|turpoavat) (?:huulet|kasvot)',
  'ei saa (?:kunnolla |kunnon )?henkea', 'hengitys (?:vinkuu|rohisee)', 'kurkussa (?:on )?pala', 'kurkku (?:menee |on )?(?:umpeen|kiinni)',
  '(?:face|lips?|tongue|throat|mouth|eyes and lips) (?:[a-z]+ ){0,3}(?:swell[a-z]*|swollen|big|huge|puffy|puffing up|ballooning|blowing up)', '(?:whistling|wheezing|rattling) (?:noise|sound)?', 'noisy breathing', 'breath(?:e|es|ing) (?:with (?:a )?)?(?:noise|noisy|whistl[a-z]*|wheez[a-z]*)', '(?:swelling|swollen) (?:[a-z]+ ){0,2}(?:face|lips|tongue|throat)', "(?:can'?t|cannot) breathe", 'breathing (?:is )?(?:very |really |so )?(?:noisy|noisily|hard|badly|difficult|strange)', 'throat (?:is )?(?:closing|tight)',
  '(?:ansikte[a-z]*|lapp[a-z]*|tunga[a-z]*|halsen) (?:[a-z]+ ){0,2}(?:svullna[a-z]*|svullen|svullet|svaller)', 'far inte (?:nan )?luft', 'har svart att andas', 'svullnar (?:halsen|tungan|lapparna|ansiktet|munnen)', '(?:later|lat) (?:vasande|pipande|rosslande)', 'andas (?:vasande|pipande|rosslande)', 'andas (?:tungt|konstigt|pipande|vasande)', 'halsen (?:sluter sig|drar ihop sig)');
const ALLERGIC_NOW: Cue = {
  name: 'allergic-now', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL, words('siitepoly[a-z]*', 'pollen[a-z]*', 'astma[a-z]*', 'asthma', 'kevaisin', 'in spring')), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(ALLERGEN, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', AIRWAY_SWELLING), re(AIRWAY_SWELLING, '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', ALLERGEN)],
};
/** A small child who got into medicine, with a jar emptied or a count nobody knows. */
const MEDS = alt(PILLS, '[a-z]*pillere[a-z]*', '[a-z]*laakkei[a-z]*', 'dosett[a-z]*', '[a-z]*laakeliusk[a-z]*', 'pill ?box');
const CHILD_GOT_MEDS: Cue = {
  name: 'child-got-meds', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(SMALL_CHILD, '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', alt('sai (?:jostain|kasiinsa|kiinni)', '(?:on )?paassyt', 'on syonyt', 'soi', 'nieli', 'nielaisi', 'popsi', 'napsi', 'loysi', 'got (?:into|hold of)', 'has eaten', 'ate', 'eat', 'eats', 'swallowed', 'found', 'fick tag (?:pa|i)', 'hittade', 'har atit', 'atit', 'at upp', 'svalde'),
    '(?:\\s+[a-z0-9\',]+){0,6}?\\s+', MEDS)],
};
const UNKNOWN_AMOUNT: Cue = {
  name: 'unknown-amount',
  patterns: [re(alt('purkki (?:on )?tyhja', 'tyhja purkki', 'tyhjan purkin', 'koko purkin', 'kaikki', 'monta', 'montako', 'useita', 'en tieda (?:montako|kuinka monta|paljonko)', 'empty', 'the whole', 'all of', "(?:don'?t|do not) know how many", 'several', 'handful', 'kourallisen',
    'burken (?:ar|e) tom', 'tom burk', 'puuttuu', 'is missing', 'are missing', 'fattas', 'saknas', 'ei muista mita', 'koko viikon', 'hela burken', 'flera', 'vet (?:inte|int) hur manga', 'en handfull'))],
};
/** Someone seen lying on the floor who does not move or answer. */
const STILL_ON_FLOOR: Cue = {
  name: 'still-on-floor', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, PETS), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('lattia[a-z]*', 'floor', 'golv[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,4}?\\s+', alt('ei puhu', 'ei vastaa', 'ei liiku', 'ei heraa', "(?:doesn'?t|not|no) (?:speak|talk|answer|move)", 'pratar (?:inte|int)', 'svarar (?:inte|int)')),
    re(alt('ligga', 'ligger', 'liggande', 'lying', 'laying', 'lay', 'makaa', 'makaavan', 'makaamassa', 'maata', 'maaten'), '(?:\\s+[a-z0-9\',]+){0,5}?\\s+', alt('[a-z]*golv[a-z]*', 'floor', '[a-z]*lattia[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+',
      alt('ror (?:sig|sej|sa) (?:inte|int)', "(?:isn'?t|is not|not) moving", "(?:doesn'?t|does not) move", 'ei liiku', 'ei liikahda', 'eika liiku', 'liikkumatta', 'ororlig', '(?:inte|int) vakna', 'vaknar (?:inte|int)', "(?:won'?t|not|doesn'?t|does not|isn'?t) wak(?:e|ing)(?: up)?", '(?:ei|eika) (?:heraa|vastaa)', "(?:isn'?t|not|doesn'?t) (?:answering|answer)", 'svarar (?:inte|int)', 'pyorryksissa', 'tajuton', 'tajuttomana', 'unconscious', 'medvetslos', "(?:isn'?t|not) responding", "(?:doesn'?t|does not) respond", 'ei reagoi', 'reagerar (?:inte|int)'))],
};
/** A cut bleeding through its dressing, or one made a moment ago with a blade. */
const CUT_NOW: Cue = {
  name: 'cut-now', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [
    re(alt('blood (?:is )?(?:coming|soaking|seeping)', 'veri (?:tulee|valuu)', 'blodet (?:kommer|rinner)'), '\\s+', alt('through (?:the |a )?(?:towel|bandage|dressing|cloth)', '(?:pyyhkeen|siteen|sidoksen) lapi', 'genom (?:handduken|forbandet|bandaget)')),
    re(alt('bloder', 'blodde', 'blods', 'bleeding', 'bled', 'bleeds', 'vuotaa', 'vuoti', 'soaked'), '\\s+', alt('igenom (?:forbandet|bandaget|plastret|handduken)', 'through (?:the |her |his |my )?(?:bandage|dressing|plaster|towel)', '(?:siteen|sidoksen|laastarin|kaaren|pyyhkeen) lapi')),
    re(alt('rakblad[a-z]*', 'razor[a-z]*', 'blade', 'partater[a-z]*', 'teralla', 'viilsi', 'viilteli', 'viilsin', 'skar (?:sig|mig|mej)', 'skurit (?:sig|mig)', 'cut (?:herself|himself|themselves|myself|her arm|his arm|my arm)', 'cutting (?:herself|himself|myself)'),
      '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+', alt('nyss', 'alldeles nyss', 'just nu', 'just now', 'a (?:minute|moment) ago', 'minutes ago', 'aske', 'askettain', 'juuri nyt', 'hetki sitten', 'aamulla')),
  ],
};
/** A weapon and a school in one threat: "tomorrow the ninth-graders will pay", a picture of a shotgun, ammunition asked about. */
const SCHOOL = alt('koulu[a-z]*', 'luokka[a-z]*', 'ysit', 'kasit', 'seiskat', 'ylaaste[a-z]*', 'lukio[a-z]*', 'amis[a-z]*', 'kampus[a-z]*', 'luentosali[a-z]*', 'yliopisto[a-z]*', 'school', 'class(?:room|mates)?', 'lecture (?:hall|room|theatre)', 'campus',
  'skola[a-z]*', 'skolan', 'klassen', 'klassrummet', 'forelasningssal[a-z]*', 'hogstadie[a-z]*', 'gymnasie[a-z]*');
const ARMS = alt('haulik[a-z]*', 'kivaari[a-z]*', 'pistooli[a-z]*', 'ase', 'aseen', 'aseet', 'asetta', 'aseita', 'aseella', 'patruun[a-z]*', 'ammuks[a-z]*', 'panoks[a-z]*', 'pommi[a-z]*', 'rajahte[a-z]*',
  'ammo', 'ammunition', 'bullets', 'guns?', 'rifle', 'shotgun', 'pistol', 'firearms?', 'bombs?', 'explosives?', 'vapen', 'vapnet', 'gevar[a-z]*', 'ammunitionen', 'bomb[a-z]*', 'sprangamne[a-z]*');
const WORKPLACE = alt('tyopaika[a-z]*', 'tyomaa[a-z]*', 'varasto[a-z]*', 'tehta[a-z]*', 'workplace', 'warehouse', 'office', 'factory', 'site', 'arbetsplats[a-z]*', 'lagret', 'fabriken', 'kontoret');
const ARMS_AT_SCHOOL: Cue = {
  name: 'arms-at-school', dampers: any(TALK_ABOUT, PAST_EVENT, HOBBY, words('harjoitu[a-z]*', 'drill', 'ovning[a-z]*', 'podcast[a-z]*', 'peli[a-z]*', 'pela[a-z]*', 'games?', 'gaming', 'spel[a-z]*', 'paintball', 'airsoft')), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt(SCHOOL, WORKPLACE), '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', ARMS), re(ARMS, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', alt(SCHOOL, WORKPLACE))],
};
const ATTACK_MEANT: Cue = {
  name: 'attack-meant',
  patterns: [re(alt('saa(?:vat)? maksaa', 'maksaa kaikesta', 'pay for (?:it|this|everything|what)', 'will (?:all )?pay', 'finally notice', 'vihdoin huomaa', 'huomaavat minut', 'ska fa betala', 'ska fa se', 'kommer att fa (?:betala|se)', 'bring something', 'tuo(?:n|da)? jotain', 'ta med (?:nagot|nat)',
    'settles? (?:things|it|scores)', 'selvittaa (?:valit|asiat)', 'gor upp med', 'brings? (?:his|a|the) (?:rifle|gun|shotgun)', 'tuo (?:aseen|kivaarin|haulikon)', 'tar med (?:geväret|gevaret|vapnet)', 'ampuu', 'ampua', 'ammun', 'ampuvansa', 'shoot (?:everyone|people|up|them|us|the)', 'shooting up', 'skjuta (?:alla|er|folk|ihjal)', 'skjuter (?:alla|er|folk)', 'kill (?:everyone|them all|you all)', 'tappaa (?:kaikki|teidat)', 'doda (?:alla|er)', 'buy ammunition', 'where to buy (?:a gun|ammo|ammunition)'))],
};
/** Taken abroad to be married, or to answer for the family's honour: a journey, and coercion (a passport taken, tears, threats). */
const MARRIED_OFF = alt('haat', 'haihin', 'naimisiin', 'naittaa', 'naitetaan', 'pakkoavioliit[a-z]*', 'wedding', 'marry', 'married off', 'marriage', 'bride', 'brollop[a-z]*', 'gifta (?:bort|mig|sig|henne)', 'giftas bort', 'gifts bort', 'giftermal', 'tvangsaktenskap', 'dishonou?r[a-z]*', 'honou?r', 'kunnia[a-z]*', 'hapaise[a-z]*', 'heder[a-z]*', 'vanheder');
const SENT_ABROAD = alt('lentaa', 'lento[a-z]*', 'lippu[a-z]*', 'matkalippu[a-z]*', 'tickets?', 'flights?', 'fly', 'flying', 'plane', 'biljett[a-z]*', 'flyg[a-z]*', 'send (?:me|her|him) (?:back|to)', 'sending (?:me|her|him)', 'skickas (?:till|hem|tillbaka|ivag)', 'utomlands', 'abroad', 'ulkomaille', 'lahettaa (?:minut|hanet|tyton|tytön)', 'skicka (?:mig|henne|honom)', 'kotimaahan', 'back home', 'hemlandet', 'resa', 'resan', 'bokat', 'booked', 'trip', 'matka[a-z]*', 'varasi', 'varannut');
const MARRIED_ABROAD: Cue = {
  name: 'married-abroad', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(MARRIED_OFF, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', SENT_ABROAD), re(SENT_ABROAD, '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', MARRIED_OFF)],
};
const COERCED: Cue = {
  name: 'coerced',
  patterns: [re(alt('pakko', 'pakottaa', 'pakotetaan', 'pakkoavioliit[a-z]*', 'vastoin tahto[a-z]*', 'forced?', 'against (?:my|her|his) will', 'tvinga[a-z]*', 'tvang[a-z]*', 'itke[a-z]*', 'crying', 'grater', 'mies on vanha', 'old man', "(?:don'?t|doesn'?t|does not|do not) want", 'ei halua', 'en halua', 'vill (?:inte|int)',
    'passi[a-z]*', 'passports?', 'passet', 'mitt pass', 'threat[a-z]*', 'uhka[a-z]*', 'hota[a-z]*', 'tekee paha', 'hurt (?:me|her)', 'mieluummin kuolee', 'rather die', 'livradd', 'terrified', 'scared', 'afraid', 'pelkaa', 'radd'))],
};
/** Someone forced to meet men for sex, under threat. */
const FORCED_SEX: Cue = {
  name: 'forced-sex', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:must|have to|has to|got to) go with (?:his|their|the) (?:friends|men|clients|guys)', '(?:maste|ska) (?:folja|ga) med (?:hans|deras) (?:kompisar|vanner|kunder)', '(?:pitaa|taytyy) lahtea (?:sen|hanen) (?:kavereiden|miesten) (?:kanssa|mukaan)')),
    re(alt('(?:jobba|work|tehda) (?:av |off )?(?:det|it|the debt|skulden|se)', 'jobba av (?:det|skulden)'), '\\s+', gap(2), alt('med (?:hans|deras) (?:kompisar|vanner|kunder)', 'with (?:his|their) (?:friends|mates|clients|mates)', '(?:sen|hanen) kavereille')),
    re(alt('pakottaa (?:mut|minut|mua|hanet|sen|meidat)', 'pakotti (?:mut|minut|mua|hanet)', 'forces? (?:me|her|him|us)', 'forcing (?:me|her|him)', 'makes (?:me|her) (?:go|meet)', 'tvingar (?:mig|mej|henne|honom|oss)'), '\\s+', gap(3),
      alt('tapaa(?:maan)? (?:aijia|miehia|jatkia)', 'jobba av (?:det|skulden) med (?:hans|deras) (?:kompisar|vanner|kunder)', 'myymaan', 'myyda (?:itseaan|itteaan|seksia)', 'seksiin', 'harrastamaan seksia', 'meet(?:ing)? (?:men|guys|older men|clients)', 'sleep with', 'have sex', 'sell (?:myself|herself|sex)', 'traffa (?:man|gubbar|kunder)', 'ligga med', 'salja (?:sex|mig|sig)'))],
};
/** An assault told by its signs: waking at a stranger's not knowing how, clothes torn, pain. */
const WOKE_AT_STRANGERS: Cue = {
  name: 'woke-at-strangers', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('herasin (?:jonkun|jonku|vieraan|tuntemattoman|oudon)', 'herasin (?:[a-z]+ ){0,3}(?:kampasta|kampilta|asunnosta|luota)', 'woke (?:up )?(?:in|at) (?:a |some |someone|somebody|a stranger|an unknown|a strange)', 'vaknade (?:upp )?(?:hos|i) (?:nan|nagon|en okand|en framm)', 'en muista miten (?:tulin|paasin)', "(?:don'?t|do not|can'?t|cannot) remember how i got", 'minns (?:inte|int) hur jag kom'))],
};
const ASSAULT_SIGNS: Cue = {
  name: 'assault-signs',
  patterns: [re(alt('(?:paita|vaatteet|housut|mekko|hame) (?:on |oli )?(?:revitty|revittyna|rikki|riisuttu|pois)', 'alhaalla sattuu', 'alapaa[a-z]* (?:sattuu|kipea|on kipea)', '(?:clothes|shirt|dress|top|jeans|pants) (?:were |was |is |are )?(?:torn|ripped|off)', '(?:torn|ripped) (?:shirt|clothes|dress|top)', '(?:hurts|pain|sore) down there',
    'ont (?:dar nere|i underlivet|i skrevet)', '(?:kladerna|troja[a-z]*|klanningen) (?:var |ar |e )?(?:sonder|trasig[a-z]*|avdrag[a-z]*|sonderrivna)'))],
};

/** Someone breaking in now: kicking or forcing the door, with a restraining order, or the writer hiding or locked in. */
const DOOR_ATTACK: Cue = {
  name: 'door-attack', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('potkii ovea', 'potkii ovee', 'hakkaa ovea', 'hakkaa ovee', 'paukuttaa ovea', 'yrittaa murtautua', 'murtautuu', 'yrittaa (?:tulla|paasta) sisaan', 'kicking (?:at )?the door', 'kicks the door', 'banging on the door', 'pounding on the door', 'trying to (?:break|get|force (?:his|her|their) way) in', 'breaking in',
    'sparkar pa dorren', 'bankar pa dorren', 'slar pa dorren', 'forsoker (?:ta sig|komma|bryta sig) in', 'bryter sig in'))],
};
/** A restraining order in force, in the three languages. */
const RESTRAINING_ORDER = alt('lahestymiskielto[a-z]*', 'restraining order', 'non-contact order', 'kontaktforbud[a-z]*', 'besoksforbud[a-z]*');
const ORDER_OR_HIDING: Cue = {
  name: 'order-or-hiding',
  patterns: [re(alt(RESTRAINING_ORDER, 'lukittu (?:vessaan|kylpyhuoneeseen|makuuhuoneeseen|huoneeseen)', 'lukittauduttiin', 'lukittautune[a-z]*', 'lukitsin (?:itseni|meidat|oven)', 'locked (?:myself|ourselves|us) in', 'hiding', 'piilossa', 'piiloudun',
    'last in (?:mig|oss)', 'gommer (?:mig|oss)', 'parvekkeen kautta', 'through the (?:window|balcony)', 'genom fonstret', 'tappaa', 'kill', 'dodar', 'akkua', 'battery', 'batteri'))],
};
/** Starving on purpose "until nothing is left": an eating disorder turned into a plan to disappear. */
const WASTING_INTENT: Cue = {
  name: 'wasting-intent', dampers: any(TALK_ABOUT, PAST_EVENT),
  patterns: [re(alt('tills det (?:inte|int) finns (?:nat|nagot|na|nanting) kvar', "until there(?:'s| is) nothing left", 'until i (?:disappear|vanish|waste away)', 'tills jag forsvinner', 'sa liten att (?:jag|ja) forsvinner', 'forsvinner helt', 'disappear completely', 'niin pieneksi etta katoan', 'katoan kokonaan', 'kunnes (?:minusta )?ei (?:ole|oo) (?:enaa )?(?:mitaan|mitaa) jaljella', 'kunnes katoan', 'kunnes (?:mua|minua) ei (?:ole|oo) (?:enaa)?'))],
};
/** "She took something so she wouldn't feel anything": an overdose told without naming it. */
const TOOK_SOMETHING: Cue = {
  name: 'took-something', dampers: any(TALK_ON_DUTY, MEDICINE_ROUTINE), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('took something', '(?:has|have|had) taken something', 'otti jotain', 'otin jotain', 'on ottanut jotain', 'olen ottanut jotain', 'tog (?:nagot|nat)', 'har tagit (?:nagot|nat)'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+',
    alt("(?:she |he |i )?(?:wouldn'?t|won'?t|would not|will not|doesn'?t|does not) (?:have to )?feel (?:anything|a thing)", 'ettei (?:tunne|tuntisi|tuntis|tarvitse tuntea) (?:mitaan|mitaa)', 'jotta ei tuntisi mitaan', 'for att (?:inte|slippa) kanna (?:nagot|nat)', '(?:hon|han|jag) (?:inte|int) (?:ska |skulle )?kanna (?:nagot|nat)'))],
};
/** How high a fall must be to be sure: a lethal question about a height. */
const FALL_ASK: Cue = {
  name: 'fall-ask', dampers: any(TALK_ABOUT, HOBBY, words('kaide[a-z]*', 'railing', 'racke', 'turvallisuu[a-z]*', 'safety', 'sakerhet[a-z]*', 'rakennus[a-z]*', 'building code')), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('how (?:many (?:metres|meters|floors|storeys|stories)|high|far)', 'kuinka (?:monta (?:metria|kerrosta)|korkealta|korkea)', 'montako (?:metria|kerrosta)', 'hur (?:manga (?:meter|vaningar)|hogt)'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+',
    alt('(?:to be |for it to be )?(?:certain|sure|for sure|for good)', 'to (?:die|be fatal|kill)', 'varma[a-z]*', 'varmasti', 'kuolla', 'kuolettava', 'sakert', 'saker', 'for att do', 'dodlig', 'fatal'))],
};
/** Someone with memory loss gone with the car: "farmor med minnessjukdom har tagit bilen", "dad has Alzheimer's and drove off". */
const DROVE_OFF: Cue = {
  name: 'drove-off', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(DROVE_AWAY)],
};
/** A threat in the name of honour: "the family name will be cleaned with my blood", "suvun kunnia pestään verellä". */
const HONOUR_BLOOD: Cue = {
  name: 'honour-blood', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:clean|cleaned|cleanse|cleansed|wash|washed) (?:[a-z]+ ){0,3}(?:with|in) (?:my|her|his|your) blood', 'pes(?:ta|taan|tava|ee|ty)[a-z]* (?:[a-z]+ ){0,3}(?:minun|hanen|sinun)? ?verella', 'tvatt(?:a|as|ar)[a-z]* (?:[a-z]+ ){0,3}med (?:mitt|hennes|hans|ditt) blod', 'honou?r killing', 'kunniamurh[a-z]*', 'hedersmord[a-z]*'))],
};
/** Driving with intent: "I won't be braking", "en aio jarruttaa", "jag tänker inte bromsa". */
const NO_BRAKES: Cue = {
  name: 'no-brakes', dampers: any(TALK_ABOUT, PAST_EVENT, HOBBY), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt("(?:won'?t|will not|not going to|not gonna|i'?m not) (?:be )?brak(?:e|ing)", 'en (?:aio |ma aio )?jarruta', 'en aio jarruttaa', 'tanker (?:inte|int) bromsa', '(?:kommer|ska) (?:inte|int) (?:att )?bromsa'))],
};
/** Someone fallen into cold water who cannot get out: "ramlat i vattnet … orkar inte klättra upp, vattnet är iskallt". */
const IN_COLD_WATER: Cue = {
  name: 'in-cold-water', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:ramlat|ramlade|fallit|foll|trillat|trillade) i (?:vattnet|sjon|havet|alven|hamnen)', 'fell (?:in|into) the (?:water|sea|lake|river|harbour|harbor)', '(?:putosi|on pudonnut|kaatui|liukastui) (?:veteen|jarveen|mereen|jokeen|satamaan)'),
    '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', alt('orkar (?:inte|int) (?:klattra|ta sig) upp', "(?:can'?t|cannot) (?:get|climb|pull (?:himself|herself)) out", 'ei (?:jaksa|paase) (?:nousemaan|ylos|pois)', 'iskall[a-z]*', 'ice cold', 'freezing', 'jaakylma[a-z]*', 'haller sig i', 'holding on to', 'pitaa kiinni'))],
};
/** Walking into the forest or the sea "and not coming back": a planned disappearance into nature. */
const INTO_NATURE: Cue = {
  name: 'into-nature', dampers: any(TALK_ABOUT, PAST_EVENT, HOBBY),
  patterns: [re(alt('walk', 'go', 'swim', 'drive', 'row', 'head', 'ga', 'gar', 'simma', 'ro', 'kavelen', 'kavella', 'menen', 'menna', 'lahden', 'uin', 'soudan'), '(?:\\s+[a-z0-9\',]+){0,6}?\\s+',
    alt('into the (?:forest|woods|sea|lake|water)', 'out (?:to|into) the (?:sea|lake|forest)', 'metsaan', 'mereen', 'jarveen', 'ulapalle', 'ut i (?:skogen|havet|sjon|viken)', 'ut pa (?:havet|sjon|isen)'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+',
    alt('and not come back', 'and never come back', 'never coming back', 'en tule takaisin', 'enka tule takaisin', 'eika tule takaisin', 'enka palaa', 'och inte komma tillbaka', 'och aldrig komma tillbaka', 'inte komma tillbaka'))],
};
/**
 * Batch 28's categories: chest pain with sweat or minutes counted, a small child in a hot car, an ex who names where the
 * children are against a restraining order, the method researched (heights, a lethal dose) with a time or despair, pills
 * counted with "is it enough?", and a discharge from the ward with the same thoughts as before.
 */
const PANIC = words('paniikki[a-z]*', 'panic', 'panik[a-z]*', 'anxiety', 'ahdistu[a-z]*', 'angest[a-z]*', 'long covid', 'pitkittyny[a-z]* korona', 'postcovid', 'sydanyhdistys[a-z]*');
const CHEST_PAIN = alt('chest pains?', 'pain in (?:his|her|my|the|their) chest', 'rintakipu[a-z]*', 'kipua rinnassa', 'kova kipu rinnassa', 'rintaan sattuu', 'rintaa puristaa', 'brostsmart[a-z]*', 'ont i brostet', 'tryck over brostet');
const CHEST_SIGNS = alt('sweat[a-z]*', 'hikoil[a-z]*', 'hikinen', 'hiessa', 'kylma hiki', 'kylmanhiki', 'svett[a-z]*', 'kallsvett[a-z]*', 'pale', 'kalpea', 'blek', 'short of breath', 'hengenahd[a-z]*', 'andfadd', '(?:[0-9]+|ten|fifteen|twenty|half an hour|kymmenen|vartin|puoli tuntia|tio|en kvart|en halvtimme) (?:min[a-z]*|minuuttia|minuter)', 'ambulan[a-z]*', 'ambulans[a-z]*', 'ensihoi[a-z]*');
const CHEST_NOW: Cue = {
  name: 'chest-now', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, PANIC), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(CHEST_PAIN, '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', CHEST_SIGNS), re(CHEST_SIGNS, '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', CHEST_PAIN)],
};
/** A small child shut in a car in heat: the child and the car, the heat or closed windows, and a sign or no parent. */
const CHILD_IN_CAR: Cue = {
  name: 'child-in-car', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt(SMALL_CHILD, 'koira', 'dog', 'hund'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', alt('in (?:a|the|their|that) (?:parked )?car', '(?:parkkeeratussa )?autossa', 'turvakaukalossa', 'in (?:a|the) car seat', 'i bilbarnstolen', 'farmari[a-z]*', 'i (?:en|ett) (?:parkerad )?bil', 'i bilen', 'inside (?:a|the) car')),
    re(alt('in (?:a|the|that) car', 'autossa', 'i (?:en )?bil(?:en)?'), '(?:\\s+[a-z0-9\',.]+){0,6}?\\s+', alt(SMALL_CHILD))],
};
const CAR_HEAT = alt('hot', 'heat', 'so warm', '[a-z]*kuuma[a-z]*', '[a-z]*varmt', '[a-z]*hett', 'helle', 'helteessa', 'helteella', 'auringossa', 'in the sun', 'i solen', 'aurinko paistaa', 'sun (?:is )?(?:shining|beating)', 'solen (?:steker|gassar)', 'windows (?:are )?(?:closed|shut|up)', 'ikkunat (?:on )?kiinni', 'fonstren (?:ar |e )?stangda', 'locked');
const CAR_SIGNS = alt('not (?:really )?moving', "isn't moving", 'not responding', 'limp', 'floppy', 'red in the face', 'bright red', 'stopped crying', 'ei liiku', 'ei (?:enaa )?itke', "(?:isn'?t|not) crying any ?more", 'naama (?:on )?punainen', 'kasvot punaiset', 'ketaan ei nay', 'velto', 'ihan punainen', 'lopettanut itkemisen', 'lakannut itkemasta', '(?:alldeles |helt )?rod i ansiktet', 'slutat grata', 'ror sig (?:inte|int)', 'no (?:parent|adult|one) (?:around|in sight|anywhere)', 'ingen (?:foralder|vuxen) syns', 'ei (?:ketaan|aikuisia|vanhempia) (?:nay|nakyvissa)', 'vanhempia ei nay', 'sleepy', 'lethargic', 'unelias');
const HOT_CAR: Cue = { name: 'hot-car', patterns: [re(CAR_HEAT)] };
const CAR_DISTRESS: Cue = { name: 'car-distress', patterns: [re(CAR_SIGNS)] };
/** Someone with a restraining order who names where the children are: "I know which school the girls are at". */
const KNOWS_WHERE: Cue = {
  name: 'knows-where', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('tiia?n missa', 'tiedan missa', 'tiiaan missa', 'tietaa missa', 'i know where', 'i know which', 'knows where', 'knows which', '(?:jag )?vet (?:var|vilken|vilket|vilka)'), '(?:\\s+[a-z0-9\',.]+){0,5}?\\s+',
    alt('koulu[a-z]*', 'tytot', 'lapset', 'pojat', 'poika', 'tytto', 'paivakoti[a-z]*', 'paivakod[a-z]*', 'tarha[a-z]*', 'school', 'kids', 'children', 'the girls', 'the boys', 'daughter', 'son', 'skola[a-z]*', 'barnen', 'dagis', 'flickorna', 'pojkarna', 'asut', 'you live', 'du bor'))],
};
/** How high a place is, asked by one who is going there tonight: "hur högt e vattentornet … ja ska dit ikväll". */
const HEIGHT_ASK: Cue = {
  name: 'height-ask', dampers: any(TALK_ABOUT, HOBBY), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('hur hog[a-z]*', 'how (?:high|tall)', 'kuinka korkea', 'kuinka korkealla', 'montako metria', 'hur manga meter'))],
};
const GOING_THERE: Cue = {
  name: 'going-there', patterns: [re(alt('(?:ska|tanker) (?:jag |ja )?(?:dit|upp dit|upp)', '(?:jag|ja) ska dit', "(?:i'?m|im|i am) (?:going|gonna go|heading) (?:up )?there", 'going (?:up )?there', 'menen sinne', 'meen sinne', 'aion menna sinne', 'lahden sinne', 'nousen sinne'))],
};
/** Someone walking into the water clothed and going on: "walked into the lake with his clothes on and keeps going". */
const INTO_WATER_NOW: Cue = {
  name: 'into-water-now', dampers: any(TALK_ABOUT, PAST_EVENT, HOBBY), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('walked', 'walking', 'went', 'is going', 'gick', 'gar', 'kaveli', 'kavelee', 'meni', 'menee'), '\\s+', gap(2), alt('into the (?:lake|sea|water|river)', 'ut i (?:sjon|havet|vattnet|alven)', 'jarveen', 'mereen', 'veteen', 'jokeen'), '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+',
    alt('(?:with|in) (?:his|her|their|all (?:his|her)) clothes(?: on)?', 'keeps (?:on )?going', 'kladerna pa', 'med kladerna', 'vaatteet paalla', 'vaatteissaan', 'water (?:is )?(?:at|to|up to) (?:his|her|their) (?:chest|neck|shoulders|chin)', 'vatten(?:et)? (?:upp )?till (?:brostet|halsen)', 'vesi (?:on )?(?:jo )?(?:rintaan|kaulaan) asti', 'jatkaa (?:kavelemista|eteenpain)', 'fortsatter (?:ga|utat)'))],
};
/** Someone gone out on the ice: "walking out on the frozen river right now", "ahkio avannon vieressä, ei näy missään". */
const ON_ICE: Cue = {
  name: 'on-ice', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('walking (?:out )?(?:on|onto)', 'walked (?:out )?(?:on|onto)', 'went (?:out )?(?:on|onto)', 'kavelee', 'kaveli', 'lahti', 'meni', 'gar ut pa', 'gick ut pa'), '\\s+', gap(2), alt('the (?:frozen )?(?:river|lake|sea|bay|ice)', 'jaatyneelle [a-z]+', 'jaalle', 'pilkille', 'isen', 'den frusna (?:alven|sjon)'))],
};
const ICE_DANGER: Cue = {
  name: 'ice-danger', patterns: [re(alt('under the ice', 'jaan alle', 'under isen', 'avanno[a-z]*', 'railo[a-z]*', '(?:jaat|jaa) (?:on )?(?:jo )?(?:heikot|heikko|ohuet|tummat)', 'heikoille jaille', 'thin ice', 'hole in the ice', 'vak(?:en)? i isen', 'svag is', 'tunn is'))],
};
const NOT_BACK: Cue = {
  name: 'not-back', patterns: [re(alt('(?:ei|eika) (?:ole )?tullut (?:kotiin|takaisin)', 'ei nay missaan', "(?:hasn't|hasnt|has not|didn't|didnt|never) (?:come|came) (?:home|back)", 'nowhere to be seen', '(?:har )?(?:inte|int) kommit hem', 'syns (?:inte|int) (?:till|nagonstans)'))],
};
const STALKER: Cue = {
  name: 'stalker', patterns: [re(alt('forfolj[a-z]*', 'stalk[a-z]*', 'vainoa[a-z]*', 'vainonnut', 'vainoaja[a-z]*', 'har hotat', 'hotat (?:mig|mej) forut', 'has threatened', 'threatened (?:me|us) before', 'on uhkaillut', 'uhkaili (?:ennenkin|aiemmin)'))],
};
const ORDER_IN_FORCE: Cue = {
  name: 'order-in-force', patterns: [re(RESTRAINING_ORDER)],
};
/** The method researched: heights of buildings, the highest bridge, how long it takes, a lethal dose. */
const METHOD_SEARCH: Cue = {
  name: 'method-search', dampers: any(TALK_ON_DUTY, HOBBY), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('googl[a-z]*', 'searching', 'searched', 'looked up', 'looking up', 'researching', 'researched', 'reading about', 'read (?:up )?(?:on|about)', 'luin', 'luen', 'lukenut', 'lukenu', 'last om', 'laste om', 'etsin', 'etsinyt', 'googlasin', 'googlaillut', 'kollade upp', 'kollat upp', 'googlade', 'sokt pa', 'lasit om'), '(?:\\s+[a-z0-9\',.]+){0,4}?\\s+',
    alt('heights? of (?:buildings|bridges|the bridges|the buildings)', 'how (?:tall|high) (?:buildings|bridges|the bridge|the building)', 'highest (?:bridges?|buildings?|points?|roofs?)', 'tallest (?:buildings?|bridges?)', 'korkeimm[a-z]* (?:silt[a-z]*|rakennuks[a-z]*|talo[a-z]*)', 'siltojen korkeuksia', 'talojen korkeuksia', 'hogsta (?:bron|broarna|husen|huset|byggnaden)', 'hur hoga', 'how long it takes to die', 'kuinka kauan kestaa kuolla', 'hur lang tid det tar att do', 'lethal dose[a-z]*', 'tappav[a-z]* anno(?:s|ks)[a-z]*', 'dodlig[a-z]* dos[a-z]*'))],
};
const TONIGHT_IS_IT: Cue = {
  name: 'tonight-is-it', patterns: [re(alt("tonight(?:'s| is) the night", 'this is the night', 'tanaan (?:on )?se (?:ilta|paiva)', 'tana yona se', 'ikvall (?:ar|e) det dags', 'i kvall (?:ar|e) det dags', 'i natt (?:ar|e) det dags'))],
};
/** Pills counted and "is it enough?": "pillerit laskettu. 40. riittääkö", "counted them, will that be enough". */
const COUNTED_ASK: Cue = {
  name: 'counted-ask', dampers: any(TALK_ON_DUTY, MEDICINE_ROUTINE, PAST_EVENT), messageDampers: any(MEDICINE_RETURNED, FICTION_AND_SCHOOLWORK),
  patterns: [re(alt('laskettu', 'laskin', 'laskenut', 'laskeny', 'counted', 'raknat', 'raknade'), '(?:\\s+[a-z0-9\',.]+){0,5}?\\s+', alt('riittaako', 'riittaakohan', 'riittaaks', 'riittaisko', 'riittaisiko', '(?:is|will|would) (?:it|that|they|this|those) (?:be )?enough', 'enough or not', 'racker (?:det|de|dom)', '(?:ar|blir) det nog', 'ar det tillrackligt'))],
};
const MEDS_NAMED: Cue = { name: 'meds-named', patterns: [re(MEDS)] };
/** Home from the ward with the same thoughts or plan as when one went in: "sama ajatus on edelleen päässä". */
const DISCHARGED: Cue = {
  name: 'discharged', dampers: TALK_ON_DUTY,
  patterns: [re(alt('(?:paasin|paasi|kotiutettiin|kotiutui|kotiuduin|tulin) (?:[a-z]+ ){0,2}(?:pois )?(?:osastolta|sairaalasta|psykiatrisesta|psykalta|suljetulta)', 'kotiutettiin (?:eilen|tanaan)', 'discharged (?:from )?(?:the )?(?:ward|hospital|psych[a-z]*|unit)?', '(?:got|came|let) out of (?:the )?(?:ward|psych[a-z]*|hospital)', 'skrevs ut (?:fran )?(?:avdelningen|sjukhuset|psyk[a-z]*)?', 'utskriven', 'kom hem fran (?:avdelningen|psyk[a-z]*|sjukhuset)'))],
};
const SAME_THOUGHTS: Cue = {
  name: 'same-thoughts',
  patterns: [re(alt('sama ajatus', 'samat ajatukset', 'sama suunnitelma', 'samat suunnitelmat', 'same thoughts?', 'same plan', 'same idea', 'samma tank[a-z]*', 'samma plan', 'nothing has changed in my head', 'mikaan ei ole muuttunut paassa'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', alt('edelleen', 'viela', 'yha', 'still', 'fortfarande', 'kvar', 'kuin (?:sisaan|ennen|osastolle)', 'as (?:before|when)', 'som (?:fore|nar)', 'paikka[a-z]*', 'place', 'platsen'))],
};

/**
 * Batch 34's categories: a stroke told by one side of the body and the words that come wrong; a fall from a height or a
 * blow with blood from an ear; an old person fallen outdoors in the frost who cannot be lifted; a gas smell and someone who
 * fainted; weak knocking and a voice asking for help behind a locked door; a train that does not stop waited for, and a
 * death to be taken for an accident; the next lorry steered into; a stab wound bleeding; a boat capsized with someone in the
 * water; men at the door with bats; a child's disclosure of abuse with the adult alone with the child tonight.
 */
const ONE_SIDE = alt('(?:left|right) (?:arm|leg|side|hand)', 'one side of (?:his|her|my|the) (?:body|face)', '(?:vasen|oikea) (?:kasi|jalka|puoli|puoli kehosta)', '(?:vasen|oikea)(?:kasi|jalka|puoli)', '(?:vasemmalla|oikealla) puolella', 'toinen puoli', '(?:vanster|hoger) (?:arm|ben|sida|hand)', '(?:vanstra|hogra) (?:armen|benet|sidan|handen)');
const LIMB_FAILING = alt('not working', "(?:won'?t|doesn'?t|does not|will not|can'?t|cannot) (?:move|work|lift)", 'went (?:numb|dead|limp)', 'is (?:numb|dead|limp)', 'numb', 'limp', 'ei toimi', 'ei liiku', 'ei tottele', 'ei nouse', 'tunnoton', 'tunnottomaksi', 'halvaantu[a-z]*', 'lamaantu[a-z]*', 'veltto', 'fungerar (?:inte|int)', 'lyder (?:inte|int)', 'domnad', 'domnade', 'forlamad', 'slapp', 'gar (?:inte|int) att (?:lyfta|rora)');
const SPEECH_FAILING = alt('words (?:come|came|coming|are coming) (?:out )?(?:wrong|mixed|strange)', "(?:can'?t|cannot) (?:speak|talk|find (?:the )?words|get (?:the )?words out)", 'speech (?:is )?(?:slurred|strange|weird|wrong)', 'slurr[a-z]*', 'puhe (?:sammaltaa|puuroutuu|on (?:outoa|sekavaa|puuroista)|ei tule|menee sekaisin)', 'sanat (?:ei tule|eivat tule|menee sekaisin|tulee vaarin|tulee vaarinpain)', 'sammalta[a-z]*', 'ei (?:pysty|saa|osaa) puhu[a-z]*', 'ei saa sanaa suusta', 'orden (?:kommer (?:fel|inte|int)|blir fel)', 'sluddr[a-z]*', 'kan (?:inte|int) (?:prata|tala)', 'far inte fram orden');
/** After-effects of a stroke had long ago, or rehabilitation, are not a stroke now. */
const STROKE_BEFORE = words('afasia[a-z]*', 'aphasia', 'afasi', 'kuntoutu[a-z]*', 'rehab[a-z]*', 'rehabilitering[a-z]*', 'fysioterap[a-z]*', 'physiotherap[a-z]*', 'sai (?:aivoinfarktin|aivohalvauksen)', 'had a stroke', 'fick (?:en )?stroke');
const ONE_SIDE_NOW: Cue = {
  name: 'one-side-now', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: any(FICTION_AND_SCHOOLWORK, STROKE_BEFORE),
  patterns: [re(ONE_SIDE, '\\s+', gap(4), LIMB_FAILING, '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', SPEECH_FAILING), re(SPEECH_FAILING, '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', ONE_SIDE, '\\s+', gap(4), LIMB_FAILING)],
};
const FELL_FROM = alt('fell (?:from|off|down from|out of)', 'fall(?:en)? (?:from|off)', 'putosi', 'putos', 'tippui', 'tippu', 'on pudonnut', 'pudonnu', 'foll (?:ner )?(?:fran|av)', 'ramlade (?:ner )?(?:fran|av)', 'ramla(?:t)? (?:ner )?(?:fran|av)', 'har (?:fallit|ramlat) (?:ner )?fran', 'hit (?:him|her|my friend|his head)', 'lyoty', 'loi (?:hanta|sita|paahan)', 'slog (?:honom|henne)', 'blev slagen');
const HEAD_BLOW_SIGNS = alt("(?:not|doesn'?t|does not|isn'?t|is not) mov(?:e|ing)", 'ei liiku', 'ei liikahda', 'liikkumatta', 'ror (?:sig |sa |sej )?(?:inte|int)', 'vomit[a-z]*', 'threw up', 'oksent[a-z]*', 'kraks[a-z]*', 'spydde', 'keeps falling asleep', 'nukahtelee', 'somnar (?:hela tiden|hela tiden)', 'drowsy', 'unconscious', 'tajuton', 'tajuttomana', 'medvetslos', 'blood (?:from|out of|coming from) (?:his |her |the |an |one )?ears?', 'bleed(?:s|ing)? from (?:his |her |the |an |one )?ears?', '(?:verta|veri) (?:tulee |vuotaa )?korvasta', 'korvasta (?:tulee |vuotaa )?verta', 'blod (?:ur|fran|kommer ur) orat', 'bloder (?:ur|fran) orat');
const HEAD_BLOW: Cue = {
  name: 'head-blow', dampers: any(TALK_ON_DUTY, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(FELL_FROM, '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', HEAD_BLOW_SIGNS)],
};
/** Fallen outdoors and not to be lifted, in the frost or confused: "fallen in the yard … can not lift her … very cold". */
const FALLEN_COLD: Cue = {
  name: 'fallen-cold', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('fallen', 'fell', 'kaatui', 'kaatunut', 'kaatunu', 'foll', 'ramlade', 'har ramlat', 'ramlat'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+',
    alt("(?:can'?t|cannot|can not|could not|couldn'?t) (?:lift|get) (?:her|him|them)(?: up)?", "(?:can'?t|cannot|can not) get up", '(?:en|emme|enka|emmeka) saa (?:hanta|sita|hanet|sen) ylos', 'en jaksa nostaa', 'ei paase ylos', 'far (?:inte|int) upp (?:henne|honom)', 'kan (?:inte|int) lyfta (?:henne|honom)', 'kommer (?:inte|int) upp'),
    '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', alt('(?:very |so )?cold', 'kylma[a-z]*', 'kall', 'kylig', 'minus', 'pakkas[a-z]*', 'frost', 'snow', 'lumi[a-z]*', 'sno[a-z]*', CONFUSED_NOW, 'speaks strange things', 'puhuu outoja', 'pratar konstigt'))],
};
/** Gas smelt and someone who fainted or lies down: "rappu kaasu haju … lattia makaa pyörryksissä". */
const GAS_SMELL = alt('kaasu[a-z]* haju[a-z]*', 'kaasun hajua', 'haisee kaasu[a-z]*', 'kaasu haisee', 'smell[a-z]* (?:of )?gas', 'gas smell', 'smells like gas', 'luktar gas', 'gaslukt[a-z]*', 'lukt av gas');
const FAINTED = alt('pyorry[a-z]*', 'pyorty[a-z]*', 'tajuton', 'tajuttomana', 'makaa', 'huimaa', 'fainted', 'passed out', 'unconscious', 'lying', 'dizzy', 'svimma[a-z]*', 'svimmat', 'medvetslos', 'ligger', 'yr');
const GAS_NOW: Cue = {
  name: 'gas-now', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(GAS_SMELL, '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', FAINTED), re(FAINTED, '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', GAS_SMELL)],
};
/** A weak knock or voice asking for help from a flat nobody can enter. */
const WEAK_CALL: Cue = {
  name: 'weak-call', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('weak[a-z]* (?:knock[a-z]*|voice|calls?)', 'heiko[a-z]* (?:koputu[a-z]*|aan[a-z]*)', 'heikko[a-z]* (?:koputu[a-z]*|aan[a-z]*)', 'svag[a-z]* (?:knackning[a-z]*|rost|rop)', 'knock(?:s|ing)? on the (?:pipe|pipes|wall|radiator|floor)', 'koputta[a-z]* (?:putkeen|patteriin|seinaan|lattiaan)', 'knackar (?:pa|i) (?:roret|roren|elementet|vaggen)'),
    '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+', alt('help', 'apua', 'hjalp', 'auttakaa', '(?:the )?door is locked', 'ovi on lukossa', 'dorren ar last'))],
};
/** Waiting where trains do not stop, or a death others will take for an accident. */
const NO_STOP_TRAIN = alt('(?:tag|taget|godstag|godstaget|juna|junaa|tavarajuna[a-z]*|pikajuna[a-z]*|train|freight train) (?:som|that|joka|which) (?:inte|int|ei|doesn\'?t|does not|won\'?t|never) (?:stannar|stop|stops|pysahdy)', 'ohi ajava[a-z]* juna[a-z]*', 'non-stop train', 'express that (?:doesn\'?t|does not) stop');
const ACCIDENT_COVER = re(alt('(?:kommer (?:kanske |nog )?(?:att )?tro|tror nog|ska tro)', "(?:will|would|'ll) (?:probably |just )?think", '(?:luulee|luulevat|uskoo|uskovat) (?:varmaan |kai )?'), '\\s+', gap(2), alt('att det var en olycka', 'it was (?:an|just an) accident', 'etta (?:se|tama) oli (?:onnettomuus|vahinko)', 'sen olleen (?:onnettomuus|vahinko)'));
const TRAIN_WAIT: Cue = {
  name: 'train-wait', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('vantar pa', 'waiting for', 'odotan', 'odottaa'), '\\s+', gap(2), NO_STOP_TRAIN), re(alt('vantar pa godstaget', 'waiting for (?:the |a )?freight train', 'odotan tavarajunaa', 'odottaa tavarajunaa'))],
};
const ACCIDENT_COVER_CUE: Cue = { name: 'accident-cover', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK, patterns: [ACCIDENT_COVER] };
/** "Better that way", "det är bättre så", "parempi niin": said of one's own end, the partner of a cover story. */
const BETTER_SO: Cue = { name: 'better-so', patterns: [re(alt('better (?:that way|for everyone|for everybody|like that|for all of them)', '(?:det ar|de e|det e) battre (?:sa|for alla)', 'parempi niin', 'parempi kaikille', 'niin on parempi'))] };
/** The next lorry or bus met on the road, and the wheel turned into it. */
const NEXT_VEHICLE: Cue = {
  name: 'next-vehicle', dampers: any(TALK_ABOUT, PAST_EVENT), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('(?:seuraava|ensimmainen|eka) (?:rekka|bussi|juna|auto|kuorma-auto)', 'next (?:truck|lorry|bus|train|car)', '(?:nasta|forsta) (?:lastbil|buss|tag|bil)'), '(?:\\s+[a-z0-9\',]+){0,8}?\\s+', alt('ohjaan', 'ohjaa', 'kaannan', 'ajan (?:siihen|sita pain|paain)', 'siihen (?:ma |mina )?(?:ohjaan|ajan)', "(?:i'?ll |i will |i'?m gonna )?(?:steer|swerve|drive) (?:into|in front)", 'styr (?:jag |ja )?in', 'kor (?:jag |ja )?in'))],
};
/** A stab or a shot and the bleeding now. */
const WOUND_NOW: Cue = {
  name: 'wound-now', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('stabbed', 'got stabbed', 'been stabbed', 'knifed', 'shot', 'puukotettu', 'puukotettiin', 'puukotti', 'ammuttu', 'ammuttiin', 'knivhuggen', 'knivhuggits', 'knivskuren', 'skjuten', 'blev skjuten'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+',
    alt('bleeding', 'bleeds', 'blood everywhere', 'vuotaa', 'vuotaa verta', 'verta (?:tulee|joka paikassa)', 'bloder', 'blodet', '(?:going|turning|is) pale', 'kalpea[a-z]*', 'blek', 'sleepy', 'pressing', 'painetaan', 'painamme', 'trycker'))],
};
/** A boat or canoe over, and someone in or holding on in cold water. */
const CAPSIZED: Cue = {
  name: 'capsized', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('capsized', 'tipped over', 'turned over', 'kaatui', 'keikahti', 'kumosi', 'kumahti', 'kapsejsade', 'valte', 'valtte', 'har valt', 'valt'), '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+',
    alt('holding on', 'hanging on', 'haller (?:sig )?fast', 'roikkuu', 'pitaa kiinni', 'in the water', 'i vattnet', 'vedessa', 'blue (?:lips|in the face)', 'bla om lapparna', 'huulet (?:on )?siniset', 'iskall[a-z]*', 'ice cold', 'jaakylma[a-z]*', 'nar (?:inte|int) fram', "(?:can'?t|cannot) reach"))],
};
/** Men with bats or sticks outside the door, saying they will kill. */
const ARMED_GROUP = alt('sticks', 'bats', 'clubs', 'baseball bats?', 'iron bars?', 'kepit', 'kepeilla', 'mailat', 'mailoilla', 'pesapallomail[a-z]*', 'rautaputk[a-z]*', 'tillhyggen', 'basebolltra[a-z]*', 'kappar', 'jarnror');
const GROUP_AT_DOOR: Cue = {
  name: 'group-at-door', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('outside (?:the|my|our) door', 'at (?:the|my|our) door', 'oven (?:takana|edessa|ulkopuolella)', 'utanfor (?:dorren|var dorr|min dorr)', 'outside (?:the|my|our) (?:house|flat|home)', 'talon (?:edessa|pihalla)'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+', ARMED_GROUP, '(?:\\s+[a-z0-9\',.]+){0,14}?\\s+',
    alt('kill', 'hurt', 'tappaa', 'tappavat', 'satuttaa', 'doda', 'dodar', 'slar ihjal'))],
};
/** A child tells of an adult's touching at night, and the adult has the child alone tonight: act before tonight. */
const CHILD_TOLD_ABUSE: Cue = {
  name: 'child-told-abuse', dampers: any(TALK_ON_DUTY, PAST_EVENT, words('when i was', 'lapsena', 'as a child', 'som barn', 'nuorena', 'as a kid')), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('touch(?:es|ed|ing) (?:her|him) (?:at night|down there|in (?:her|his) (?:bed|room)|when)', 'comes? (?:in)?to (?:her|his) (?:room|bed) at night', 'tulee (?:hanen|sen|tytön|tyton|pojan) (?:huoneeseen|sankyyn) (?:oisin|yolla|oloin)', 'koskettelee (?:hanta|sita|tytarta|poikaa)', 'kopeloi', 'kommer in (?:till|i) (?:hennes|hans) (?:rum|sang) (?:pa natten|om natterna)', 'tafsar pa (?:henne|honom)', 'ror (?:henne|honom) (?:pa natten|dar nere)'),
    '(?:\\s+[a-z0-9\',.]+){0,30}?\\s+', alt('tonight', 'alone with (?:her|him)', 'babysitting', 'tana (?:iltana|yona)', 'yksin (?:hanen|sen) kanssa', 'ikvall', 'i kvall', 'i natt', 'ensam med (?:henne|honom)', 'barnvakt'))],
};

/**
 * Batch 37's categories: a parent out of their mind locked in with a baby and water running; an asthma attack with the
 * inhaler empty and lips going grey; a feverish baby's spots that do not fade under a glass; an electric shock or a heart
 * nobody can feel; choking that stops a cough; someone who climbed outside a bridge railing; a threat "or else" with the
 * writer afraid to go home, and a threat against a restraining order.
 */
const LOCKED_WITH_CHILD: Cue = {
  name: 'locked-with-child', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('lukitsi', 'lukittautui', 'on lukinnut', 'locked (?:herself|himself|themselves) in', 'locked the (?:bathroom|door|room)', 'last in sig', 'har last in sig', 'laste (?:dorren|badrumsdorren)'), '(?:\\s+[a-z0-9\',.]+){0,8}?\\s+', alt(SMALL_CHILD, 'vauva[a-z]*', 'lapse[a-z]*', 'the kids?', 'barnet', 'barnen'))],
};
const MIND_OR_WATER: Cue = {
  name: 'mind-or-water', patterns: [re(alt('hana (?:on )?auki', 'vesi (?:valuu|juoksee)', 'water (?:is )?running', 'kranen (?:ar )?pa', 'vattnet rinner', 'ammeeseen', 'in the bath', 'i badkaret', 'pahaa', 'evil', 'ont i (?:henne|honom|barnet)', 'puhdistaa', 'cleanse', 'rena', 'demon[a-z]*', 'valvonut', 'not slept', 'inte sovit', 'aania', 'voices', 'roster', 'sekaisin', 'psykoosi[a-z]*', 'psychosis', 'psykos'))],
};
const ASTHMA_NOW: Cue = {
  name: 'asthma-now', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('astma[a-z]*', 'asthma', 'inhalat[a-z]*', 'inhaler', 'avaava[a-z]*', 'piippu', 'ventolin[a-z]*', 'spray'), '(?:\\s+[a-z0-9\',.]+){0,20}?\\s+',
    alt('lappar[a-z]* (?:borjar |har borjat )?(?:bli )?(?:gra|bla)[a-z]*', 'lips (?:are )?(?:turning |going |gone )?(?:grey|gray|blue)', 'huulet (?:on |muuttuu |alkaa )?(?:olla )?(?:harmaat|siniset|harmaantu[a-z]*|sinerta[a-z]*)', "(?:can'?t|cannot) (?:speak|say|finish) (?:in )?(?:full|whole) sentences", 'kan (?:inte|int) (?:prata|saga) hela meningar', 'ei pysty (?:puhumaan|sanomaan) kokonaisia lauseita', "(?:isn'?t|not|doesn'?t) (?:working|helping)", 'ei auta', 'hjalper (?:inte|int)'))],
};
const RASH_GLASS: Cue = {
  name: 'rash-glass', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('prickar', 'utslag', 'spots', 'rash', 'pilku[a-z]*', 'pisteit[a-z]*', 'ihottum[a-z]*', 'laikku[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt('glas', 'glass', 'lasi[a-z]*', "(?:don'?t|doesn'?t|do not|does not|won'?t) fade", '(?:forsvinner|bleknar) (?:inte|int)', 'ei (?:haalistu|katoa|vaalene)'))],
};
const HEART_OR_SHOCK: Cue = {
  name: 'heart-or-shock', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt("(?:can'?t|cannot) (?:tell|feel|find|hear) (?:if |whether )?(?:his|her|a|the) (?:heart|pulse|heartbeat|breathing)", "(?:not sure|don'?t know) if (?:he|she)(?:'s| is) breathing", "(?:can'?t|cannot) tell if (?:his|her) heart is beating", 'en (?:tunne|loyda|kuule) (?:sen |hanen )?(?:sydanta|pulssia|sykettä|syketta|hengitysta)', 'kanner (?:inte|int) (?:nagon )?(?:puls|hjartslag)', 'hittar (?:inte|int) (?:nagon )?puls')),
    re(alt('got (?:an electric |a )?shock', 'electrocuted', 'touch(?:ed)? (?:a |the )?(?:live )?(?:cable|wire)', 'koski (?:johtoon|kaapeliin)', 'rorde (?:vid )?(?:en |kabeln|ledningen)', 'sai sahkoiskun', 'sahkoisku[a-z]*', 'fick (?:en )?(?:stot|elstot)', 'elstot[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', alt('floor', 'lattialla', 'golvet', 'unconscious', 'tajuton', 'medvetslos', 'not breathing', 'no breathing', 'not moving', 'ei hengita', 'andas (?:inte|int)', 'heart', 'sydan[a-z]*', 'hjarta[a-z]*', 'not moving', 'ei liiku'))],
};
const CHOKING: Cue = {
  name: 'choking', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('choking', 'choked', 'chokes', 'tukehtu[a-z]*', '(?:pala|ruoka|lihapala|makeinen) (?:jai|on|meni) (?:kurkkuun|henkitorveen|vaaraan kurkkuun)', 'fastnat i halsen', 'satt i halsen', 'sitter fast i halsen', 'kvavs', 'haller pa att kvavas'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+',
    alt("(?:can'?t|cannot|not able to) (?:cough|breathe|speak|talk)", '(?:ei|eika) (?:han |se )?(?:saa henkea|pysty yskimaan|pysty puhumaan|hengita)', 'kan (?:inte|int) (?:hosta|andas|prata)', 'face (?:is )?(?:turning |going )?(?:dark|blue|purple|grey|gray)', 'naama (?:muuttuu |on )?(?:sininen|tumma)', '(?:bla|mork) i ansiktet'))],
};
const WEAPON_TAKEN: Cue = {
  name: 'weapon-taken', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL, WEAPON_BENIGN), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('otti', 'ottanut', 'haki', 'took', 'grabbed', 'got', 'tog', 'hamtade'), '\\s+', gap(2), alt('kirvee[a-z]*', 'kirves', 'puukon', 'veitsen', 'aseen', 'haulikon', 'kivaarin', 'an axe', 'the axe', 'a knife', 'the knife', 'a gun', 'the gun', 'the rifle', 'his rifle', 'yxan', 'kniven', 'geväret', 'gevaret', 'vapnet'), '(?:\\s+[a-z0-9\',.]+){0,12}?\\s+', alt('naapuri[a-z]*', 'neighbou?r[a-z]*', 'granne[a-z]*', 'grannens', 'lahti', 'went (?:out|to|towards)', 'gick (?:ut|mot|till)', 'kohti', 'towards'))],
};
const POISONED_FOOD: Cue = {
  name: 'poisoned-food', dampers: any(TALK_ON_DUTY, PAST_EVENT, HABITUAL, HYPOTHETICAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('mushrooms?', 'sien[a-z]*', 'svamp[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,24}?\\s+', alt('vomit[a-z]*', 'oksent[a-z]*', 'krak[a-z]*', 'spy[a-z]*'), '(?:\\s+[a-z0-9\',.]+){0,16}?\\s+', alt("(?:can'?t|cannot) stand", 'so weak', 'very weak', 'heikko', 'ei pysty seisomaan', 'kan (?:inte|int) sta', 'svag', 'confused', 'sekava', 'yellow', 'keltai[a-z]*', 'gul'))],
};
const OTHER_OUTSIDE_RAIL: Cue = {
  name: 'other-outside-rail', dampers: any(TALK_ABOUT, PAST_EVENT, HABITUAL), messageDampers: FICTION_AND_SCHOOLWORK,
  patterns: [re(alt('kaiteen (?:ulkopuolelle|ulkopuolella|yli|toiselle puolelle)', 'outside the (?:railing|rail|fence)', 'over the (?:railing|rail)', 'other side of the (?:railing|rail)', 'utanfor (?:racket|relingen|staketet)', 'over (?:racket|relingen)'))],
};
const AFRAID_HOME: Cue = {
  name: 'afraid-home', patterns: [re(alt('vagar (?:inte|int) (?:ga|aka) hem', '(?:too )?(?:scared|afraid|frightened) to go (?:back )?home', "(?:don'?t|dont) dare (?:to )?go home", 'en uskalla (?:menna )?kotiin', 'pelkaan menna kotiin', 'hiding', 'piilossa', 'gommer (?:mig|mej)'))],
};

/** Frames read from one cue alone, each a cue, its signal and its kind; read in this order, where readFrames calls them. */
type Standalone = readonly (readonly [Cue, string, CrisisKind])[];
const BODY_AND_FALLS: Standalone = [
  [ONE_SIDE_NOW, 'frame:one-side-now', 'general'], [HEAD_BLOW, 'frame:head-blow', 'general'], [FALLEN_COLD, 'frame:fallen-cold', 'general'],
  [GAS_NOW, 'frame:gas-now', 'general'], [WEAK_CALL, 'frame:weak-call', 'general'],
];
const ROAD_WOUNDS_AND_THREATS: Standalone = [
  [NEXT_VEHICLE, 'frame:next-vehicle', 'suicide'], [WOUND_NOW, 'frame:wound-now', 'general'], [CAPSIZED, 'frame:capsized', 'general'],
  [GROUP_AT_DOOR, 'frame:group-at-door', 'violence'], [CHILD_TOLD_ABUSE, 'frame:child-told-abuse', 'violence'],
];
const AIRWAYS_AND_HEART: Standalone = [
  [ASTHMA_NOW, 'frame:asthma-now', 'general'], [RASH_GLASS, 'frame:rash-glass', 'general'], [HEART_OR_SHOCK, 'frame:heart-or-shock', 'general'], [CHOKING, 'frame:choking', 'general'],
];
const FOOD_AND_RAILS: Standalone = [[POISONED_FOOD, 'frame:poisoned-food', 'general'], [OTHER_OUTSIDE_RAIL, 'frame:outside-rail', 'suicide']];

/** What the shared cues read, so the concern tier does not read them again. */
interface CueReadings { means: boolean; despair: boolean; farewellKinds: number }

/**
 * The frames: means × (plan | farewell | despair | a time), two kinds of farewell, farewell × (plan | despair |
 * someone unreachable), vital medication stopped × intent, someone on the edge, an emergency happening now,
 * someone else's stated intent, an overdose planned. Negation is read by the caller's rule ("en aio hypätä").
 */
export function readFrames(text: string, isNegated: Negated): { hits: FrameHit[]; cues: CueReadings } {
  const hits: FrameHit[] = [];
  const means = cueFires(MEANS, text, isNegated);
  const plan = cueFires(PLAN, text, isNegated);
  const farewellKinds = kindsFiring(FAREWELL, text, isNegated);
  const farewells = farewellKinds + kindsFiring(SECRET_GOODBYE, text) * 2;
  const despair = cueFires(DESPAIR_CUE, text, isNegated);
  // Cues several frames read, each read at most once and only when a frame asks.
  const once = (read: () => boolean): (() => boolean) => { let v: boolean | undefined; return () => (v ??= read()); };
  const threat = once(() => cueFires(THREAT_CUE, text, isNegated));
  const soon = once(() => cueFires(TIME_CUE, text, isNegated));
  const heldBack = once(() => cueFires(HELD_BACK, text, isNegated));
  const passportHeld = once(() => cueFires(PASSPORT_HELD, text, isNegated));
  const readAlone = (frames: Standalone): void => {
    for (const [cue, signal, kind] of frames) if (cueFires(cue, text, isNegated)) hits.push({ signal, kind });
  };
  if (means) {
    // The means and its partner near each other (every sentence of a short message is near every other).
    const at = sentencesFiring(MEANS, text, isNegated);
    const partners = [PLAN, FAREWELL, SECRET_GOODBYE, DESPAIR_CUE, TIME_CUE];
    if (partners.some((cue) => near(at, sentencesFiring(cue, text, cue === SECRET_GOODBYE ? undefined : isNegated)))) hits.push({ signal: 'frame:means+intent', kind: 'suicide' });
  }
  if (farewells >= 2 || (farewells === 1 && (plan || despair || cueFires(UNREACHABLE, text, isNegated)))) hits.push({ signal: 'frame:farewell', kind: 'suicide' });
  if (cueFires(VITAL_STOP, text, isNegated) && (plan || despair || farewells > 0 || cueFires(LET_IT_HAPPEN, text))) hits.push({ signal: 'frame:vital-stop', kind: 'suicide' });
  if (cueFires(OVERDOSE_PLAN, text, isNegated)) hits.push({ signal: 'frame:overdose-plan', kind: 'overdose' });
  if (cueFires(EDGE, text, isNegated)) hits.push({ signal: 'frame:on-the-edge', kind: 'suicide' });
  if (EMERGENCIES.some((cue) => cueFires(cue, text, isNegated))) hits.push({ signal: 'frame:emergency-now', kind: 'general' });
  const nextDoor = violenceNextDoor(text);
  if (nextDoor !== undefined) hits.push({ signal: 'frame:violence-next-door', kind: 'violence', retractable: nextDoor === 'weak' });
  if (threat() && cueFires(WEAPON_HELD, text, isNegated)) hits.push({ signal: 'frame:threat+weapon', kind: 'violence' });
  if (cueFires(HEIGHT, text, isNegated) && (cueFires(JUMP_INTENT, text, isNegated) || despair || farewells > 0)) hits.push({ signal: 'frame:height', kind: 'suicide' });
  if (cueFires(SOMEONE_ELSE, text, isNegated)) hits.push({ signal: 'frame:someone-else-intent', kind: 'suicide' });
  // An end said plainly and a plan ("efter skrivningarna är det slut. jag har bestämt datumet"); a bare act at a chosen
  // time with the means ready, an end, a farewell or despair ("på julafton … ska jag göra det. jag har redan köpt det jag behöver").
  if (cueFires(CONCEAL, text, isNegated) && (plan || despair || farewells > 0 || soon())) hits.push({ signal: 'frame:conceal', kind: 'suicide' });
  if (cueFires(STARVING, text, isNegated) && cueFires(BODY_FAILING, text, isNegated)) hits.push({ signal: 'frame:starving', kind: 'general' });
  if (cueFires(GARAGE_RUNNING, text, isNegated) && cueFires(SHUT_IN, text, isNegated)) hits.push({ signal: 'frame:garage-running', kind: 'general' });
  if (cueFires(STALKING_NOW, text, isNegated) && threat()) hits.push({ signal: 'frame:threat+stalking', kind: 'violence' });
  if (cueFires(GOOD_DAY_TO_END, text, isNegated)) hits.push({ signal: 'frame:good-day-to-end', kind: 'suicide' });
  if (cueFires(FALLEN_OR_FIRE, text, isNegated)) hits.push({ signal: 'frame:fallen-or-fire', kind: 'general' });
  if (cueFires(BLEEDING_NOW, text, isNegated)) hits.push({ signal: 'frame:bleeding-now', kind: 'general' });
  if (cueFires(PILLS_BY_NAME, text, isNegated)) hits.push({ signal: 'frame:pills-by-name', kind: 'overdose' });
  if (cueFires(ICE_WALK, text, isNegated)) hits.push({ signal: 'frame:ice-walk', kind: 'suicide' });
  if (cueFires(SEEN_NOW, text, isNegated)) hits.push({ signal: 'frame:seen-now', kind: 'general' });
  if (cueFires(BLADE_THREAT, text, isNegated)) hits.push({ signal: 'frame:blade-threat', kind: 'violence' });
  if (cueFires(FIRE_INSIDE, text, isNegated)) hits.push({ signal: 'frame:fire-inside', kind: 'general' });
  if (cueFires(PARENT_GONE, text, isNegated) && cueFires(CHILD_LEFT_SIGNS, text) && cueFires(DAY_OR_MORE, text)) hits.push({ signal: 'frame:children-left', kind: 'general' });
  if (passportHeld() && heldBack()) hits.push({ signal: 'frame:passport-held', kind: 'violence' });
  if (cueFires(ROAD_DANGER, text, isNegated) && cueFires(OUT_OF_MIND, text)) hits.push({ signal: 'frame:road-danger', kind: 'general' });
  if (cueFires(ALL_TAKEN, text, isNegated)) hits.push({ signal: 'frame:all-taken', kind: 'overdose' });
  if (cueFires(LETHAL_ASK, text, isNegated)) hits.push({ signal: 'frame:lethal-ask', kind: 'overdose' });
  if (cueFires(TOO_MUCH_ASK, text, isNegated)) hits.push({ signal: 'frame:too-much-ask', kind: 'overdose' });
  if (cueFires(MISSING_IN_COLD, text, isNegated) && cueFires(VULNERABLE_CUE, text)) hits.push({ signal: 'frame:missing-in-cold', kind: 'general' });
  if (cueFires(ASSAULT_RECENT, text, isNegated)) hits.push({ signal: 'frame:assault-recent', kind: 'violence' });
  if (cueFires(VITAL_STOP, text, isNegated) && cueFires(ACUTELY_ILL, text, isNegated)) hits.push({ signal: 'frame:vital-stop+ill', kind: 'general' });
  if (cueFires(COUNTED_ENOUGH, text, isNegated) && (despair || farewells > 0 || plan)) hits.push({ signal: 'frame:counted-enough', kind: 'overdose' });
  if (plan && cueFires(END_SELF, text, isNegated)) hits.push({ signal: 'frame:end+plan', kind: 'suicide' });
  if (cueFires(DO_IT_WHEN, text, isNegated) && (cueFires(PREPARED_CUE, text, isNegated) || despair || farewells > 0 || cueFires(END_SELF, text, isNegated) || kindsFiring(PLAN, text, isNegated) >= 2)) hits.push({ signal: 'frame:do-it-when', kind: 'suicide' });
  if (cueFires(LOW_SUGAR, text, isNegated)) hits.push({ signal: 'frame:low-sugar', kind: 'general' });
  if (cueFires(ALLERGIC_NOW, text, isNegated)) hits.push({ signal: 'frame:allergic-now', kind: 'general' });
  if (cueFires(CHILD_GOT_MEDS, text, isNegated) && cueFires(UNKNOWN_AMOUNT, text)) hits.push({ signal: 'frame:child-got-meds', kind: 'general' });
  if (cueFires(STILL_ON_FLOOR, text, isNegated)) hits.push({ signal: 'frame:still-on-floor', kind: 'general' });
  if (cueFires(CUT_NOW, text, isNegated)) hits.push({ signal: 'frame:cut-now', kind: 'general' });
  if (cueFires(ARMS_AT_SCHOOL, text, isNegated) && cueFires(ATTACK_MEANT, text)) hits.push({ signal: 'frame:school-threat', kind: 'violence' });
  if (cueFires(MARRIED_ABROAD, text, isNegated) && cueFires(COERCED, text)) hits.push({ signal: 'frame:married-abroad', kind: 'violence' });
  if (cueFires(FORCED_SEX, text, isNegated)) hits.push({ signal: 'frame:forced-sex', kind: 'violence' });
  if (cueFires(WOKE_AT_STRANGERS, text, isNegated) && cueFires(ASSAULT_SIGNS, text)) hits.push({ signal: 'frame:assault-signs', kind: 'violence' });
  if (cueFires(DOOR_ATTACK, text, isNegated) && cueFires(ORDER_OR_HIDING, text)) hits.push({ signal: 'frame:door-attack', kind: 'violence' });
  if (cueFires(STARVING, text, isNegated) && cueFires(WASTING_INTENT, text, isNegated)) hits.push({ signal: 'frame:wasting', kind: 'general' });
  if (cueFires(TOOK_SOMETHING, text, isNegated)) hits.push({ signal: 'frame:took-something', kind: 'overdose' });
  if (cueFires(FALL_ASK, text, isNegated)) hits.push({ signal: 'frame:fall-ask', kind: 'suicide' });
  if (cueFires(DROVE_OFF, text, isNegated) && cueFires(VULNERABLE_CUE, text)) hits.push({ signal: 'frame:drove-off', kind: 'general' });
  if (cueFires(INTO_NATURE, text, isNegated)) hits.push({ signal: 'frame:into-nature', kind: 'suicide' });
  if (cueFires(HONOUR_BLOOD, text, isNegated)) hits.push({ signal: 'frame:honour-blood', kind: 'violence' });
  if (cueFires(NO_BRAKES, text, isNegated)) hits.push({ signal: 'frame:no-brakes', kind: 'suicide' });
  if (cueFires(IN_COLD_WATER, text, isNegated)) hits.push({ signal: 'frame:in-cold-water', kind: 'general' });
  if (cueFires(CHEST_NOW, text, isNegated)) hits.push({ signal: 'frame:chest-now', kind: 'general' });
  if (cueFires(CHILD_IN_CAR, text, isNegated) && cueFires(HOT_CAR, text) && cueFires(CAR_DISTRESS, text)) hits.push({ signal: 'frame:hot-car', kind: 'general' });
  if (cueFires(KNOWS_WHERE, text, isNegated) && (cueFires(ORDER_IN_FORCE, text) || threat() || cueFires(STALKER, text) || cueFires(WEAPON_HELD, text))) hits.push({ signal: 'frame:knows-where', kind: 'violence' });
  if ((heldBack() || passportHeld()) && threat()) hits.push({ signal: 'frame:held-and-threatened', kind: 'violence' });
  if (cueFires(HEIGHT_ASK, text, isNegated) && cueFires(GOING_THERE, text) && soon()) hits.push({ signal: 'frame:height-ask', kind: 'suicide' });
  if (cueFires(INTO_WATER_NOW, text, isNegated)) hits.push({ signal: 'frame:into-water-now', kind: 'general' });
  if (cueFires(ON_ICE, text, isNegated) && cueFires(ICE_DANGER, text) && (cueFires(NOT_BACK, text) || cueFires(UNREACHABLE, text) || despair || farewells > 0)) hits.push({ signal: 'frame:on-ice', kind: 'general' });
  if (cueFires(METHOD_SEARCH, text, isNegated) && (soon() || cueFires(TONIGHT_IS_IT, text) || despair || farewells > 0 || plan)) hits.push({ signal: 'frame:method-search', kind: 'suicide' });
  if (cueFires(TONIGHT_IS_IT, text, isNegated) && (despair || farewells > 0 || means)) hits.push({ signal: 'frame:tonight-is-it', kind: 'suicide' });
  if (cueFires(COUNTED_ASK, text, isNegated) && cueFires(MEDS_NAMED, text)) hits.push({ signal: 'frame:counted-ask', kind: 'overdose' });
  if (cueFires(DISCHARGED, text, isNegated) && cueFires(SAME_THOUGHTS, text, isNegated)) hits.push({ signal: 'frame:discharged-same', kind: 'suicide' });
  readAlone(BODY_AND_FALLS);
  // A non-stopping train waited for, or a death to pass as an accident, with despair, a farewell, a plan or "better that way".
  const accidentCover = once(() => cueFires(ACCIDENT_COVER_CUE, text, isNegated));
  const betterSo = once(() => cueFires(BETTER_SO, text));
  if ((cueFires(TRAIN_WAIT, text, isNegated) && (despair || farewells > 0 || plan || accidentCover() || betterSo())) || (accidentCover() && (despair || farewells > 0 || plan || means || betterSo()))) hits.push({ signal: 'frame:train-wait', kind: 'suicide' });
  readAlone(ROAD_WOUNDS_AND_THREATS);
  if (cueFires(LOCKED_WITH_CHILD, text, isNegated) && cueFires(MIND_OR_WATER, text)) hits.push({ signal: 'frame:locked-with-child', kind: 'general' });
  readAlone(AIRWAYS_AND_HEART);
  if (cueFires(WEAPON_TAKEN, text, isNegated) && cueFires(OUT_OF_MIND, text)) hits.push({ signal: 'frame:weapon-taken', kind: 'violence' });
  readAlone(FOOD_AND_RAILS);
  if (threat() && (cueFires(AFRAID_HOME, text) || cueFires(ORDER_IN_FORCE, text))) hits.push({ signal: 'frame:threat+afraid', kind: 'violence' });
  return { hits, cues: { means, despair, farewellKinds } };
}

/** Worrying but not acute: hopelessness without a stated wish to die, a past attempt, a means or a farewell named in despair. */
export function detectConcern(text: string, isNegated: Negated, cues: CueReadings): boolean {
  return cueFires(HOPELESS, text, isNegated) || (cues.despair && (cues.means || cues.farewellKinds > 0));
}

/**
 * Exhaustion with a task ("en jaksa enää hoitaa äitiä", "orkar inte med jobbet", "can't cope with the paperwork"):
 * tiredness aimed at something to do, not at living. It dampens the learned reader, never the lexicon.
 */
const TASK_FATIGUE = re(alt('en jaksa', 'ei jaksa', 'en ma jaksa', 'en enaa jaksa', 'en kesta', 'orkar inte', 'orkar inte langre', "can't cope with", 'cant cope with', "can't manage", 'too tired to', 'exhausted from', 'klarar inte av'),
  '(?:\\s+enaa)?', '\\s+', alt('(?!elaa\\b|olla\\b|herata\\b|jatkaa\\b)[a-z]+(?:aa|ta|da|la|ra|na)', 'med (?!livet|att leva)[a-z]+', '(?!life|living|being|this life)[a-z]+ing', 'the (?!pain)[a-z]+', 'work', 'school', 'jobbet', 'skolan'));

/**
 * The writer says the person is well now ("kaikki on siis hyvin", "asukas on ihan kunnossa", "har slutat sen ett år") or a
 * small child's tantrum is told ("4-vuotias lyö ja potkii"): the learned reader, which reads word weights, not who is
 * hurt or when, gives way. The lexicon and the frames still read the message.
 */
/**
 * The last day of the school year is a pupil's calendar ("viimeinen koulupäivä huomenna ja sit ei oo mitään"): the learned
 * reader gives way to it. Not the last day at work: a quiet farewell told around a job's end is the reader's to catch.
 */
/** An estate's paperwork or a pet put down: a death's practical side, not a life in danger. */
const DEATH_PRACTICAL = re(alt('kuolinpes[a-z]*', 'perunkirjoitu[a-z]*', 'dodsbo[a-z]*', 'bouppteckning[a-z]*', 'probate', 'estate (?:inventory|paperwork)', 'put to sleep', 'lopetettiin', 'lopettaa (?:kissa|koira)', 'avlivad[a-z]*', 'avliva[a-z]*'));
const ORDINARY_LAST_DAY = re(alt('viimeinen (?:koulupaiva|paiva koulussa)', 'last day (?:of|at) school', 'last school day', 'sista skoldagen', 'sista dagen i skolan'));
const WELL_NOW = re(alt('kaikki on (?:siis |nyt |ihan )?hyvin', 'nyt kaikki (?:on )?hyvin', '(?:on|oon|olen) (?:kyl(?:la)? |ihan |nyt )*kunnossa', 'ihan hyvalla mielella', 'hyvalla mielella',
  'allt (?:ar|e) bra (?:nu|igen)', 'mar bra nu', 'har slutat (?:sen|for) (?:ett|tva|[0-9]+) (?:ar|manader)', 'everything is (?:fine|ok|okay|good) now', "(?:she|he|they)(?:'s| is| are) (?:fine|ok|okay|doing well) now", 'stopped (?:a|one|two|[0-9]+) (?:years?|months) ago', 'nothing alarming', 'ei mitaan halyttavaa', 'inget alarmerande', "(?:he|she|they)(?:'s| is| are) doing (?:ok|okay|well|fine|better) now",
  'lopetin (?:jo )?(?:vuosi|vuoden|kaksi vuotta|[0-9]+ vuotta) sitten', 'all calm', 'i lugn och ro', 'ihan rauhassa'));
const CHILD_TANTRUM = re(alt('[1-7] ?-?vuotias', 'taapero[a-z]*', 'uhmaik[a-z]*', '[1-7] ?-?(?:year|yr)s? old', 'toddler', '[1-7] ?-?aring', 'treaaring', 'fyraaring'), '(?:\\s+[a-z0-9\',.]+){0,10}?\\s+',
  alt('lyo', 'potkii', 'puree', 'puri', 'raivoaa', 'hits', 'kicks', 'bites', 'bit', 'tantrums?', 'slar', 'sparkar', 'biter', 'bet', 'raseriutbrott'));
export function readerGivesWay(text: string): boolean {
  WELL_NOW.lastIndex = 0;
  CHILD_TANTRUM.lastIndex = 0;
  ORDINARY_LAST_DAY.lastIndex = 0;
  DEATH_PRACTICAL.lastIndex = 0;
  return WELL_NOW.test(text) || CHILD_TANTRUM.test(text) || ORDINARY_LAST_DAY.test(text) || DEATH_PRACTICAL.test(text);
}

export function taskFatigue(text: string): boolean {
  TASK_FATIGUE.lastIndex = 0;
  return TASK_FATIGUE.test(text);
}
