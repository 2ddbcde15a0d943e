// Constructions added after open blind batch 7 (crisis-7), each with phrasings written here rather than taken from the
// batch: a construction that only passes its batch sentence is a defect. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('medical emergencies told as signs or as a question: a stroke, a heart attack, bleeding in pregnancy', () => {
  crisis([
    'isän kasvojen toinen puoli valahti ja puhe on ihan puuroutunut, onko tää vakavaa',
    'my mum\'s words are coming out wrong and half of her face looks strange, should we wait until morning?',
    'pappa sluddrar plötsligt och mungipan hänger, han vill bara lägga sig',
    'rintaa puristaa ihan hirveesti ja vasen käsi on ihan tunnoton, oon yksin kotona',
    'crushing pain in my chest and my jaw aches, cold sweat, is it just stress?',
    'det trycker över bröstet och strålar ut i vänster arm, jag får inte luft',
    'vaimo raskaana viikolla 30 ja vuotaa verta, paljon, mitä teen',
    'my sister is 8 months pregnant and bleeding a lot, she looks grey',
    'hon är gravid i sjunde månaden och blöder kraftigt',
    'veli kaatui pyörällä ja vuotaa verta niin paljon ettei se lopu',
  ]);
  ordinary([
    'isä sai aivoinfarktin viime vuonna ja puhe on vieläkin vähän sammaltava, löytyykö afasiaryhmää',
    'my dad had a stroke and one side of his face still droops, is there a peer group for stroke survivors?',
    'ensiapukurssilla opetettiin tunnistamaan, jos toinen puoli kasvoista roikkuu ja puhe sammaltaa',
    'at the first aid course we learned that chest pain spreading to the left arm can mean a heart attack',
    'olin raskaana viime vuonna ja vuodin verta alkuraskaudessa, nyt etsin vertaistukea keskenmenon jälkeen',
    'nenästä vuotaa verta aina talvella kun ilma on kuivaa, mistä apua',
  ]);
});

describe('a dose that would not let one wake up, asked as a question', () => {
  crisis([
    'kuinka monta noita unilääkkeitä pitäisi ottaa ettei enää heräisi',
    'how many of these sleeping pills would it take to not wake up',
    'hur många sömntabletter tar man för att inte vakna mer',
  ]);
  ordinary([
    'kuinka monta buranaa saa ottaa päivässä selkäkipuun',
    'how many paracetamol can I take in a day for a fever',
    'hur många tabletter får mamma ta om dagen enligt läkaren',
  ]);
});

describe('someone else locked in and harmed now, reported by a worker or a neighbour', () => {
  crisis([
    'asiakkaan poika lukitsee hänet makuuhuoneeseen ja ottaa eläkkeen, mustelmia tänään, poika on nyt kotona',
    'her son locks her in the bedroom and takes her pension, he is there right now shouting',
    'sonen låser in honom i rummet hela dagarna och slår honom, han är hemma nu',
  ]);
  ordinary([
    'lukitsen kissan makuuhuoneeseen siivouksen ajaksi, onko kissoille hoitopaikkoja',
    'we lock the kids in the car seat, is there a course on child safety in cars',
  ]);
});

describe('a small child alone where it can come to harm', () => {
  crisis([
    'naapurin pieni lapsi, ehkä kaksivuotias, on pihalla pelkässä vaipassa pakkasella eikä kukaan avaa ovea',
    'a toddler has been alone on the balcony next door for an hour crying and nobody answers the door',
    'ett litet barn står ensam på gården i minusgrader och gråter, ingen vuxen någonstans',
    'alakerran pikkulapsi huutaa apua ja äitiä ei näy',
  ]);
  ordinary([
    'vauva nukkuu päiväunet vaunuissa parvekkeella pakkasella, onko se ok',
    'our toddler naps in the pram outside even in freezing weather, is there a parents group in Espoo',
    'mitä teen kun kolmevuotias itkee aina kun vien hänet päiväkotiin',
  ]);
});

describe('a weapon taken to work or school, or "there" with a menace, in dialect too', () => {
  crisis([
    'huomenna vien isän haulikon kouluun, ne on kiusannu mua tarpeeks',
    'i\'m bringing dad\'s gun to school on monday',
    'imorgon tar jag med mig pappas gevär till jobbet',
    'otan puukon mukaan sinne huomenna niin ne saa nähdä',
    'ja tar me kniven dit på måndag å då ska dom få si',
  ]);
  ordinary([
    'vien aseen metsästysseuran ampumaradalle huomenna, onko kursseja',
    'can I take my hunting rifle to the shooting range club in Pori',
    'vi tar med kniven till scoutlägret för att tälja',
  ]);
});

describe('a goodbye posted on social media by someone who cannot be reached', () => {
  crisis([
    'kaveri laittoi hyvästelypostauksen instaan ja puhelin on kiinni',
    'my brother posted a goodbye status on facebook and his phone is switched off',
    'min väninna postade ett avskedsinlägg och svarar inte',
  ]);
  ordinary([
    'posted a goodbye post for my old job on linkedin, now looking for volunteering',
  ]);
});

describe('figures and hypothetical callers that are not disclosures', () => {
  ordinary([
    'we nearly killed ourselves laughing at the improv show, is there an improv group for beginners',
    'I almost died laughing at the comedy night in Pori',
    'how do crisis chat volunteers cope when someone tells you they want to die? I want to volunteer',
    'vapaaehtoiskoulutuksessa kysyttiin, mitä tehdä kun joku sanoo haluavansa kuolla',
  ]);
});

describe('past violence told as years of it, and a divorce: a concern, not an interrupt', () => {
  concern([
    'exmannen slog mig i många år. vi skildes för ett år sedan, jag vill träffa andra som varit med om samma',
    'ex-husband beat me for years, we divorced, I still jump at every noise',
  ]);
  crisis([
    'han har slagit mig i många år och nu är han hemma och skriker',
  ]);
});

describe('a plain "I will not hurt myself" and "nothing will get better": concerns', () => {
  concern([
    'känns hopplöst med allt, men jag tänker inte skada mig själv',
    'I don\'t want to die or anything, it just feels like nothing is ever going to get better',
    'joskus mietin miksi ma edes elan, mut en mä tee itelleni mitään',
    'det skulle inte spela någon roll om jag inte vaknade, men jag kommer inte göra något',
    'yritin viedä henkeni kolmekymppisenä, nyt voin hyvin ja haluaisin vertaisryhmään',
  ]);
});
