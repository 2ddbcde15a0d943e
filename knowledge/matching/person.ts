// What a message says about the person behind it, beyond its topic words: how old they (or the one they write about)
// are, and on which side of help they stand — someone who asks for a volunteer is not someone who wants to become one.
// Both are read from folded text (ä → a, å → a, ö → o) and act on the situation scores, never on the activities directly.
import type { AgeGroup } from '../contracts.js';
import type { SituationId } from '../vocabulary.js';

/** An age stated in the message ("88 vuotias", "15 år", "I'm 76") is evidence of its life stage at least this strong. */
export const AGE_EVIDENCE = 0.3;

/** The situation an age group belongs to; adults have none of their own. */
const AGE_SITUATION: Readonly<Record<AgeGroup, SituationId | undefined>> = {
  child: 'family-with-children', youth: 'youth', adult: undefined, senior: 'senior',
};

export function ageSituation(group: AgeGroup | undefined): SituationId | undefined {
  return group === undefined ? undefined : AGE_SITUATION[group];
}

const W = '(?<![\\p{L}\\p{N}])';
const rx = (body: string): RegExp => new RegExp(`${W}(?:${body})`, 'u');

// Someone who helps: the words a resident uses for a volunteer, a friend volunteer, a support person.
const HELPER_FI = 'vapaaehtoi\\p{L}*|ystavavapaaehtoi\\p{L}*|tukihenkilo\\p{L}*|vertaistukihenkilo\\p{L}*|vertaistukija\\p{L}*|vertaisohjaaja\\p{L}*|kokemusasiantuntija\\p{L}*';
const HELPER_SV = 'frivillig\\p{L}*|volontar\\p{L}*|stodperson\\p{L}*|gruppledare|erfarenhetsexpert\\p{L}*';
const HELPER_EN = 'volunteers?|support person|peer supporter|befriender|experience expert';

/**
 * The resident offers their own time: "haluaisin ryhtyä vapaaehtoiseksi", "vill bli stödperson", "I want to volunteer".
 * Finnish says it with the translative or essive case of the helper ("vapaaehtoiseksi", "tukihenkilönä") or a wish to
 * be, become or act as one; Swedish and English with a wish to become, be or work as one.
 */
const OFFERS = [
  rx(`(?:vapaaehtoise|tukihenkilo|vertaistukihenkilo|vertaistukija|vertaisohjaaja|kokemusasiantuntija|ystavavapaaehtoise|lukumummo|lukuvaari|lukukaveri|varamummo|varavaari|tukiperhee|ystavaperhee|kummiperhee|mentori)(?:ksi|na)(?![\\p{L}])`),
  rx(`(?:haluaisin|haluan|haluisin|haluun|voisin|voinko|kiinnostaisi|kiinnostais|kiinnostaa|haaveilen|ajattelin)\\s+(?:\\p{L}+\\s+){0,2}(?:olla|ryhtya|toimia|paasta|alkaa|auttaa|tehda)\\s+(?:\\p{L}+\\s+){0,2}(?:${HELPER_FI})`),
  rx(`(?:kiinnostaisi|kiinnostais|kiinnostaa|haluaisin|haluan|voisin)\\s+(?:\\p{L}+\\s+){0,1}(?:vapaaehtoistyo|vapaaehtoistoimin|auttaa muita|auttamaan muita)`),
  rx(`vapaaehtoistyo\\p{L}*|vapaaehtoistoimin\\p{L}*`),
  rx(`(?:bli|vara|borja som|jobba som|arbeta som|engagera mig som|anmaler mig som|anmala mig som|ga med som)\\s+(?:en\\s+)?(?:${HELPER_SV})`),
  rx(`frivilligarbete|frivilligt arbete|volontararbete|jobba frivilligt|arbeta frivilligt|hjalpa till som frivillig|garna frivilligt|nagot frivilligt|gora frivilligt`),
  rx(`(?:want|wants|wanted|like|love|hoping|hope|plan|planning|keen|interested)\\s+(?:to\\s+|in\\s+)?(?:volunteer|volunteering|become a volunteer|be a volunteer|be a support person|become a support person|help out as)`),
  rx(`(?:become|be|work as|sign up as|join as|register as)\\s+(?:a\\s+)?(?:${HELPER_EN})(?![\\p{L}])`),
  rx(`(?:i(?:'d| would)|we(?:'d| would)|can i|could i|how (?:can|do) i|where (?:can|do) i)\\s+volunteer(?![\\p{L}])`),
  // A wish to help a group of people, without the word "volunteer": "kiinnostais auttaa maahanmuuttajalapsia läksyissä",
  // "vill hjälpa nyanlända barn med läxorna", "I'd like to help refugees learn Finnish". A relative is not a group.
  rx(`(?:haluaisin|haluan|haluisin|haluun|voisin|kiinnostaisi|kiinnostais|kiinnostaa|haluaisimme|haluamme|voisimme|haluttais|haluaisi)\\s+(?:\\p{L}+\\s+){0,2}(?:auttaa|auttamaan|tukea|tukemaan|opettaa|opastaa|opastamaan|ohjata|lukea|ulkoiluttaa|kayda katsomassa)\\s+(?:\\p{L}+\\s+){0,1}`
    + `(?:maahanmuuttaj\\p{L}*|vanhuks\\p{L}*|vanhuksia|ikaihmis\\p{L}*|ikaantyn\\p{L}*|lapsia|nuoria|muita|toisia|yksinaisia|ihmisia|pakolais\\p{L}*|ukrainalais\\p{L}*|kodittomia|asunnottomia|opiskelijoita|koululaisia|perheita|vahavaraisia|kotoutuj\\p{L}*)`),
  // Becoming a friend to someone who is alone: "voisinko ryhtyä ystäväksi jollekin yksinäiselle", "vara vän till någon ensam", "be a friend to an older person".
  rx(`(?:haluaisin|haluan|haluisin|haluun|voisin|voisinko|voinko|kiinnostaisi|kiinnostais|kiinnostaa|ajattelin)\\s+(?:\\p{L}+\\s+){0,3}(?:ystavaksi|ystavana|kaveriksi|seuraksi)\\s+(?:\\p{L}+\\s+){0,1}(?:jollekin|jollekulle|yksinaise\\p{L}*|vanhukse\\p{L}*|ikaihmise\\p{L}*|ikaantynee\\p{L}*|nuorelle|lapselle|maahanmuuttaja\\p{L}*)`),
  rx(`(?:vill|skulle vilja|kunde|kan|kanske)\\s+(?:\\p{L}+\\s+){0,2}(?:vara|bli)\\s+(?:en\\s+)?van\\s+(?:till|at|for)\\s+(?:nagon|en|ensamma|aldre)`),
  // A family or a person offered to a newcomer or a child: "vill vara vänfamilj eller stödperson för någon nyanländ".
  rx(`(?:vill|skulle vilja|kunde|kan tanka mig att|garna)\\s+(?:\\p{L}+\\s+){0,2}(?:vara|bli)\\s+(?:en\\s+)?(?:vanfamilj|stodfamilj|stodperson|mentor|laxhjalpare|vanfamilj eller stodperson)(?![\\p{L}])`),
  rx(`(?:want|would like|'d like|d like|could i|can i|keen|interested|maybe)\\s+(?:to\\s+|in\\s+)?(?:be|become|being|becoming)\\s+(?:a\\s+)?friend\\s+(?:to|for)\\s+(?:someone|somebody|an?|lonely|older|elderly)`),
  rx(`(?:vill|skulle vilja|kan tanka mig att|vi vill|jag vill garna)\\s+(?:\\p{L}+\\s+){0,1}(?:hjalpa|stodja|undervisa|besoka|hjalpa till)\\s+(?:\\p{L}+\\s+){0,1}`
    + `(?:nyanlanda|aldre|barn|ungdomar|unga|flyktingar|andra|manniskor|ensamma|invandrare|hemlosa|studenter|elever|familjer)(?![\\p{L}])`),
  rx(`(?:want|wants|would like|'d like|d like|keen|interested|love|hoping)\\s+(?:to\\s+|in\\s+)(?:help|helping|support|supporting|teach|teaching|mentor|mentoring|tutor|tutoring|visit|visiting)\\s+(?:\\p{L}+\\s+){0,1}`
    + `(?:refugees|immigrants|newcomers|elderly|older people|seniors|kids|children|young people|youth|others|other people|people|lonely|homeless|students|families)(?![\\p{L}])`),
];

/**
 * An offer of one's own skills or time without the word "volunteer": "auttaisin ikäihmisiä puhelinten kanssa",
 * "tekisin jotain hyödyllistä omalla osaamisella", "happy to give two evenings a month to teach older folks",
 * "ställer gärna upp och hjälper".
 */
const OFFERS_SKILLS = [
  rx(`(?:auttaisin|opettaisin|opastaisin|tukisin|neuvoisin|ohjaisin|kavisin|lukisin|ulkoiluttaisin|voisin opettaa|voisin opastaa|voisin auttaa|haluaisin opettaa|haluaisin opastaa|haluaisin auttaa)\\s+(?:\\p{L}+\\s+){0,2}`
    + `(?:maahanmuuttaj\\p{L}*|maahan muuttaneita|vanhuks\\p{L}*|ikaihmis\\p{L}*|ikaantyn\\p{L}*|lapsia|nuoria|muita|toisia|yksinaisia|ihmisia|pakolais\\p{L}*|perheita|opiskelijoita|koululaisia|kotoutuj\\p{L}*|ompelua|kayttamaan)`),
  rx(`omalla osaamisella\\p{L}*|osaamistani|antaa (?:\\p{L}+\\s+)?aikaani|antaisin (?:\\p{L}+\\s+)?aikaani|tarjota (?:\\p{L}+\\s+)?apuani|tarjoaisin (?:\\p{L}+\\s+)?apuani|tarjoan (?:\\p{L}+\\s+)?apuani`),
  rx(`(?:happy|glad|willing|keen|able) to (?:give|offer|donate|teach|help|tutor|mentor|drive|lend)(?![\\p{L}])|(?:give|offer|donate) (?:my|a few|two|three|some|an?) (?:\\p{L}+\\s+){0,2}(?:time|evenings|hours|afternoons|weekends|skills)|use my (?:skills|experience|car|languages?)`),
  rx(`staller garna upp|erbjuda min tid|ge av min tid|anvanda mina (?:kunskaper|erfarenheter|sprak)|jag kan tanka mig att (?:hjalpa|undervisa|kora)`),
];

/**
 * An association or a club asking for volunteers, partners, premises or funding: "Mielenterveysyhdistys etsii
 * vapaaehtoisia", "we're looking for volunteers with basic tool skills", "vi söker samarbetspartner". It wants the
 * services that serve associations, not a resident's service.
 */
const ORGANISATION_ASKS = [
  rx(`(?:etsii|hakee|haemme|etsimme|tarvitsemme|tarvitsisimme|haluaisimme|kaipaisimme|toivomme|are looking for|is looking for|we(?:'re| are) looking for|we need|we(?:'d| would) like|looking for|seeking|soker|vi soker|vi behover|vi skulle vilja|letar efter)\\s+(?:\\p{L}+\\s+){0,4}?`
    + `(?:vapaaehtoisia|vapaaehtoisten|vapaaehtoistoimijoita|yhteistyo\\p{L}*|yhteistyokumppane\\p{L}*|kumppane\\p{L}*|tiloja|toimitiloja|rahoitus\\p{L}*|avustus\\p{L}*|nakyvyyt\\p{L}*|tekijoita|volunteers|partners?(?![\\p{L}])|partnership|premises|funding|grants?|visibility|frivilliga|samarbet\\p{L}*|samarbetspartner\\p{L}*|lokaler|finansiering|bidrag)`),
  rx(`(?:yhdistyksemme|yhdistyksellemme|seuramme|jarjestomme|kerhomme|our (?:association|club|society|charity|group|workshop|network)|var forening|var klubb|vi ar en (?:\\p{L}+\\s+)?forening|we(?:'re| are) an? (?:\\p{L}+\\s+){0,3}(?:association|club|society|charity|ngo|workshop))`),
];

/**
 * A close one asks support for themselves as a close one: "onko läheisille omaa ryhmää", "var kan man fråga om råd som
 * förälder", "support for spouses in English?", "mulle tähän talouteen". Such a writer wants the activities for close
 * ones (Al-Anon, a parents' line), not the ones for the person who drinks or gambles.
 */
const CLOSE_ONE_ASKS = [
  rx(`laheisille|laheisryhm\\p{L}*|laheisena|laheisen tuki\\p{L}*|omaisille|omaisena|omaisryhm\\p{L}*|puolisoille|vanhemmille(?![\\p{L}])|vanhempana|aitina|isana(?![\\p{L}])|puolisona`),
  rx(`(?:for|till) anhoriga|anhorigstod|anhoriggrupp\\p{L}*|som anhorig|som (?:forald(?:er|rar)|mamma|pappa|fru|make|maka|sambo|partner)(?![\\p{L}])|for (?:foraldrar|makar|partner)(?![\\p{L}])`),
  // Children of a parent who drinks, gambles or uses: "stöd för barn vars förälder dricker", "lapsille joiden vanhempi juo".
  rx(`barn (?:vars|med) (?:foraldr?\\p{L}*|mamma|pappa|mor|far)|lapsi\\p{L}* (?:jonka|joiden) (?:vanhem\\p{L}*|aiti|isa)|(?:children|kids|teens?) (?:whose|of) (?:a )?(?:parents?|mum|mom|dad|mother|father)(?![\\p{L}])`),
  // A close one named as the one who drinks, uses or gambles: "min pappa dricker varje helg", "isä juo", "mieheni pelaa", "my
  // husband gambles". The writer is the close one; the drinker's own groups are not theirs.
  rx(`(?:isa|isi|iska|faija|isani|aiti|aitini|mutsi|mies|mieheni|vaimo|vaimoni|puoliso\\p{L}*|avomie\\p{L}*|poikaystava\\p{L}*|poika|poikani|tytar|tyttareni|veli|veljeni|sisko|siskoni)\\s+(?:\\p{L}+\\s+){0,2}(?:juo|juopottelee|ryyppaa|dokaa|kayttaa (?:huumeita|aineita|paljon)|pelaa(?: rahapele\\p{L}*| kasinolla| netissa| taas)?)(?![\\p{L}])`),
  rx(`(?:min|mitt) (?:pappa|mamma|far|mor|man|fru|sambo|pojkvan|flickvan|son|dotter|bror|syster)\\s+(?:\\p{L}+\\s+){0,2}(?:dricker|super|knarkar|anvander droger|spelar)(?![\\p{L}])`),
  rx(`my (?:dad|father|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|son|daughter|brother|sister)\\s+(?:\\p{L}+\\s+){0,2}(?:drinks|is drinking|gambles|is gambling|uses drugs|is using|has a (?:drinking|gambling|drug) problem)(?![\\p{L}])`),
  // A close one named as the one with a mental illness: "ex-mies sairastaa kaksisuuntaista", "min bror har schizofreni",
  // "my husband was diagnosed with bipolar". The writer is the close one; the patients' own groups are not theirs.
  rx(`(?:isa|isani|aiti|aitini|mies|mieheni|ex-mies|ex-mieheni|exa|exani|vaimo|vaimoni|puoliso\\p{L}*|poika|poikani|tytar|tyttareni|veli|veljeni|sisko|siskoni)\\s+(?:\\p{L}+\\s+){0,2}(?:sairastaa|sairastui|on sairastunut|sai diagnoosin)\\s+(?:\\p{L}+\\s+){0,1}(?:kaksisuuntai\\p{L}*|skitsofren\\p{L}*|psykoo\\p{L}*|masennu\\p{L}*|bipolaar\\p{L}*|kaksisuuntaist\\p{L}*)`),
  rx(`(?:min|mitt) (?:pappa|mamma|far|mor|man|fru|sambo|pojkvan|flickvan|son|dotter|bror|syster|exman|ex)\\s+(?:\\p{L}+\\s+){0,2}(?:har|lider av|fick diagnosen|har fatt diagnosen|insjuknade i)\\s+(?:\\p{L}+\\s+){0,1}(?:bipolar\\p{L}*|schizofren\\p{L}*|psykos\\p{L}*|depression)`),
  rx(`my (?:dad|father|mum|mom|mother|husband|wife|partner|ex|ex-husband|ex-wife|boyfriend|girlfriend|son|daughter|brother|sister)\\s+(?:\\p{L}+\\s+){0,2}(?:has|is|was diagnosed with|got diagnosed with|suffers from|lives with)\\s+(?:\\p{L}+\\s+){0,1}(?:bipolar|schizophreni\\p{L}*|psychosis|psychotic|depression|depressed)`),
  rx(`(?:support|help|group|groups|advice) for (?:spouses|partners|wives|husbands|families|family members|relatives|parents|loved ones|the family|me as)|as a (?:parent|mother|father|mum|mom|dad|wife|husband|spouse|partner|relative)(?![\\p{L}])|(?:for|to) (?:me|us) as (?:a |the )?(?:parents?|spouses?|partners?|family)`),
];

/**
 * Learning to use a device or an online service, whatever the task it is for: "hur betalar man räkningar på nätet",
 * "how do I even use OmaKanta", "wants to learn video calls", "opettaisi mummoa tunnistamaan huijaukset". The task's own
 * words (bills, a doctor, a bank) name no need of their own here: the need is the skill.
 */
const ONLINE_THING = `(?:netissa|netista|nettiin|verkossa|verkkopank\\p{L}*|nettipank\\p{L}*|sovellu\\p{L}*|kannyka\\p{L}*|kannykka\\p{L}*|alypuhelim\\p{L}*|tabletti\\p{L}*|tabletilla|ipad\\p{L}*|tietokone\\p{L}*|videopuhelu\\p{L}*|omakanta\\p{L}*|omaolo\\p{L}*|suomi\\.?fi|sahkopost\\p{L}*|huijau\\p{L}*|huijar\\p{L}*|tunnistautu\\p{L}*|pankkitunnu\\p{L}*|mobiilivarmen\\p{L}*`
  + `|pa natet|natbank\\p{L}*|bankkoder\\p{L}*|appen|appar|mobilen|datorn|surfplatt\\p{L}*|videosamtal\\p{L}*|e-post\\p{L}*|bedrageri\\p{L}*|mina kanta`
  + `|online|on the internet|apps?|smartphone|tablet|ipad|computer|video ?calls?|e-?mails?|online banking|bank codes|scams?|omakanta|suomi\\.fi|logins?|log in|strong identification)(?![\\p{L}])`;
const DIGITAL_HOWTO = [
  rx(`(?:miten|kuinka|opettaa|opettais\\p{L}*|opastaa|opastais\\p{L}*|oppia|opetella|opettelemaan|oppimaan|nayttaa|nayttais\\p{L}*|neuvoisi|en osaa|ei osaa)\\s+(?:\\p{L}+\\s+){0,5}${ONLINE_THING}`),
  rx(`(?:hur|lara|lar|lara sig|lara henne|lara honom|visa|visar|kan inte|kan int|klarar inte)\\s+(?:\\p{L}+\\s+){0,5}${ONLINE_THING}`),
  rx(`(?:how (?:do|to|can|does|would)|learn|learning|teach|teaching|show|showing|taught|help (?:me|her|him|them) (?:use|with)|(?:can't|cant|cannot) (?:use|figure out))\\s+(?:\\p{L}+\\s+){0,5}${ONLINE_THING}`),
];

/** Whether the message asks to learn to use a device or an online service (see DIGITAL_HOWTO). */
export function digitalHowTo(folded: string): boolean {
  for (const p of DIGITAL_HOWTO) {
    const m = p.exec(folded);
    // "miten löydän vertaisryhmän netistä", "how do I find a support chat online": a channel for help, not a skill.
    if (m !== null && !HELP_SOUGHT_ONLINE.test(folded.slice(m.index, m.index + m[0].length + 24))) return true;
  }
  return false;
}
const HELP_SOUGHT_ONLINE = /ryhm|grupp|group|chat|vertais|kamrat|peer|tuki|tuke|stod|support|keskustel|samtal|talk|someone|joku|jonkun|nagon|nan/u;

/** Whether a close one asks support for themselves as one (see CLOSE_ONE_ASKS). */
export function closeOneAsks(folded: string): boolean {
  return CLOSE_ONE_ASKS.some((p) => p.test(folded));
}

/** Whether the message is an association's or a club's own request (volunteers, partners, premises, funding). */
export function organisationAsks(folded: string): boolean {
  return ORGANISATION_ASKS.some((p) => p.test(folded));
}

/**
 * The resident asks for a helper for themselves or a close one: "löytyisikö vapaaehtoista ulkoiluystävää",
 * "finns det frivilliga som kan komma ut hit", "is there a volunteer who could visit him". Finnish asks in the
 * partitive or genitive ("vapaaehtoista", "vapaaehtoisen"), and all three languages name what the helper would do.
 */
const SEEKS = [
  rx(`(?:loytyisiko|loytyyko|onko|olisiko|olisko|saisiko|saako|saisko|tarvitsisin|tarvitsen|tarvitsisi|tarvitsee|etsin|etsimme|kaipaisi|kaipaa|kaipaan|toivoisin|toivoisi|haluaisi)\\s+(?:\\p{L}+,?\\s+){0,4}(?:vapaaehtoinen|vapaaehtoista|vapaaehtoisen|vapaaehtoisia|vapaaehtoisista|ystavavapaaehtoi\\p{L}*|tukihenkiloa|tukihenkilon|vertaistukihenkiloa|ulkoiluystava\\p{L}*|ystavaa|seuraa)`),
  rx(`(?:vapaaehtoinen|vapaaehtoista|vapaaehtoisen|vapaaehtoisia|tukihenkilo|tukihenkiloa|tukihenkilon),?\\s+(?:\\p{L}+,?\\s+){0,1}(?:joka|jotka|kuka|ketka|kavisi|kavis|tulisi|tulis|voisi|vois|auttaisi|auttais|lukisi|ulkoilisi)`),
  rx(`(?:finns det|nagon|en|behover|soker|vi behover|hon behover|han behover|fa en|fa nagon)\\s+(?:\\p{L}+,?\\s+){0,2}(?:frivillig|frivilliga|volontar|volontarer|stodperson|van)\\s+som`),
  rx(`(?:frivillig|frivilliga|volontar|volontarer|stodperson)\\s+som\\s+(?:\\p{L}+,?\\s+){0,1}(?:kan|kunde|skulle|besoker|hjalper|kommer|promenerar|handlar)`),
  rx(`(?:is there|are there|any|find|need|needs|looking for|get)\\s+(?:\\p{L}+,?\\s+){0,3}(?:volunteers?|befriender|support person)\\s+(?:who|to|that|for)(?![\\p{L}])`),
  rx(`(?:volunteers?|befriender|support person)\\s+(?:who|that)\\s+(?:could|can|would|will|might|visits?|comes?|helps?)`),
];

export type HelperRole = 'offers' | 'seeks' | undefined;

/**
 * The writer's own helping role, stated as what they already do ("I volunteer at a night shelter", "olen vapaaehtoisena
 * ruoka-avussa", "jag är frivillig på ett härbärge"): who writes, not what they ask. Unless they offer more help, the
 * words are left out of what the message is about, so that the guests' need is read rather than volunteering.
 */
const OWN_HELPER_ROLE = new RegExp(`${W}(?:(?:i volunteer|i(?:'m| am) a volunteer|i work as a volunteer|olen vapaaehtoisena|toimin vapaaehtoisena|olen vapaaehtoinen|teen vapaaehtoistyota|jag ar frivillig|jag jobbar (?:som )?frivillig|jag arbetar (?:som )?frivillig)(?=\\s+(?:at|in|with|for|on|pa|i|vid|hos|\\p{L}+(?:ssa|lla)(?![\\p{L}]))))`, 'gu');

export function withoutOwnHelperRole(folded: string): string {
  return folded.replace(OWN_HELPER_ROLE, (m) => ' '.repeat(m.length));
}

/** Which side of help the resident stands on; an offer wins when a message says both ("I'd like to volunteer: is there…"). */
export function helperRole(folded: string): HelperRole {
  if (OFFERS.some((p) => p.test(folded)) || OFFERS_SKILLS.some((p) => p.test(folded))) return 'offers';
  if (SEEKS.some((p) => p.test(folded))) return 'seeks';
  return undefined;
}

/**
 * Grown up, whatever the age: a spouse of one's own or of the person written about, widowhood ("mieheni", "hon hittade
 * sin man", "my wife", "änkling"), a diagnosis or a change that came "as an adult". Grandchildren are not: a grandparent
 * often writes about a young person. It says nothing of working age or retirement, only that a children's or youth service is not for this person. A mother's husband or a friend's wife is not enough.
 */
const GROWN_UP = rx(`mieheni|vaimoni|puolisoni|aviomieheni|aviopuolisoni|mun mies|mun vaimo|minun mieheni|hanen miehensa|hanen vaimonsa|miehensa kuoli|vaimonsa kuoli`
  + `|leski(?:ksi|na)?|leskeksi|jai leskeksi`
  + `|min man(?![\\p{L}])|min fru|min make|min maka|sin man(?![\\p{L}])|sin fru|hennes man|hans fru|anka(?![\\p{L}])|ankling|ankeman`
  + `|my husband|my wife|her husband|his wife|widow(?:ed|er)?(?![\\p{L}])`
  // Of oneself as grown up: a diagnosis or a change "as an adult", "aikuisena", "som vuxen".
  + `|(?:as an adult|in adulthood|aikuisena|aikuisiall\\p{L}*|som vuxen|i vuxen alder)(?![\\p{L}])`);

/** Whether the message shows the person in need is grown up (see GROWN_UP). */
export function grownUp(folded: string): boolean {
  return GROWN_UP.test(folded);
}

/**
 * The person in need is a boy or a man, or a girl or a woman, when the message says so of a child written about or of
 * oneself ("my son", "poikamme", "olen nainen", "jag är en man"). A spouse says nothing: a wife writing about her husband
 * needs what is for her. Both a son and a daughter, or nothing: undefined.
 */
const MALE_PERSON = rx(`(?:my|our) (?:\\p{L}+ )?(?:son|boy|stepson)(?![\\p{L}])|(?:poika|poikani|poikamme|poikaa|pojalle|pojalla|pojan)(?![\\p{L}])|(?:min|var|vår) (?:son|pojke)|sonen|pojken`
  + `|[0-9]{1,2} ?-?(?:year|yr)s? old (?:boy|son)|[0-9]{1,2} ?-?vuotias (?:poika|poikani)|i'?m a (?:man|guy|boy)|i am a (?:man|guy|boy)|olen (?:mies|poika)|jag ar en (?:man|kille|pojke)`
  // A father who writes as one.
  + `|(?:dads|fathers) like me|i'?m a (?:dad|father)|i am a (?:dad|father)|as a (?:dad|father)|olen isa|isana|pappor som (?:jag|mig)|jag ar (?:en )?pappa|som pappa`);
const FEMALE_PERSON = rx(`(?:my|our) (?:\\p{L}+ )?(?:daughter|girl|stepdaughter)(?![\\p{L}])|(?:tytar|tyttareni|tyttaremme|tytto|tyttoni|tyttaren|tytolle|tytolla)(?![\\p{L}])|(?:min|var) (?:dotter|flicka)|dottern|flickan`
  + `|[0-9]{1,2} ?-?(?:year|yr)s? old (?:girl|daughter)|[0-9]{1,2} ?-?vuotias (?:tytto|tyttareni)|i'?m a (?:woman|girl)|i am a (?:woman|girl)|olen (?:nainen|tytto)|jag ar en (?:kvinna|tjej|flicka)`
  // A mother who writes as one: her own need, whatever the child's sex.
  + `|(?:mums|moms|mothers|mommies) like me|i'?m a (?:mum|mom|mother)|i am a (?:mum|mom|mother)|as a (?:mum|mom|mother)|olen aiti|aitina|kaltaisilleni aideille|mammor som (?:jag|mig)|jag ar (?:en )?mamma|som mamma`);
export function personGender(folded: string): 'male' | 'female' | undefined {
  const male = MALE_PERSON.test(folded);
  const female = FEMALE_PERSON.test(folded);
  return male === female ? undefined : male ? 'male' : 'female';
}
