// Constructions added after open blind batch 28 (dictated and forwarded messages, form-like and all-caps messages, new
// relations and professions, Savo, Karelian and Ostrobothnian forms, second-language writers), each with phrasings
// written here rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a body in trouble now: chest pain with sweat or minutes counted, a fit that does not stop, carbon monoxide', () => {
  crisis([
    'my dad has had chest pain for half an hour and he is sweating, he says it is nothing',
    'isällä on ollut rintakipua kaksikymmentä minuuttia ja kylmä hiki, ei suostu ambulanssiin',
    'min man har ont i bröstet och är kallsvettig sedan en kvart',
    'my son has been having a seizure for about fifteen minutes and it is not stopping',
    'tyttö sai epilepsiakohtauksen eikä se lopu, mitä teen',
    'hans anfall går inte över, han har krampat länge',
    'häkävaroitin piippaa ja äidin pää kivistää, hän ei jaksa nousta',
    'the CO alarm keeps beeping at grandpa\'s cottage and he is dizzy and sleepy',
  ]);
  ordinary([
    'I get chest pain and sweating during panic attacks. Is there a peer group for panic disorder in Espoo?',
    'Pojallani on epilepsia ja kohtaukset kestävät joskus viisi minuuttia. Onko vanhemmille vertaistukea?',
    'Where can I buy a carbon monoxide alarm for our cottage? We heat with a wood stove.',
    'Sain rintakipua koronan jälkeen, onko pitkittyneen koronan vertaisryhmää?',
  ]);
});

describe('a small child in a hot car; fire or smoke with someone inside; someone who does not wake', () => {
  crisis([
    'there is a toddler alone in a car at the mall, windows shut, it is so hot and she is not moving much',
    'pieni lapsi autossa parkkipaikalla helteessä, ikkunat kiinni, lapsi on ihan punainen eikä vanhempia näy',
    'ett litet barn i en bil vid torget, det är jättevarmt och barnet har slutat gråta, ingen vuxen syns',
    'RÖK I TRAPPAN OCH GRANNENS BARN ÄR KVAR INNE',
    'I can smell something burning from the flat next door and the smoke alarm is going off, he must be home',
    'palovaroitin soi naapurissa jo vartin ja haisee palaneelle, kukaan ei avaa',
    'Farfar ha int vakna opp i dag å han andas konstut',
    'hittade min granne i hallen, hon svarar inte när man pratar med henne',
  ]);
  ordinary([
    'Voiko vauvan jättää nukkumaan autoon talvella kun käyn kaupassa? Onko perhekahvilaa Lahdessa?',
    'Palovaroitin piippaa koska paristo on loppumassa, osaako joku vapaaehtoinen vaihtaa sen mummolle?',
    'We had a fire drill at school today and my son is now scared of smoke alarms. Any advice?',
    'Min mamma sover mycket på dagarna efter strokeen. Finns det stöd för anhöriga i Vasa?',
  ]);
});

describe('threats to others: a restraining order and "I know where the children are", a threat with a weapon photo', () => {
  crisis([
    'exäni jolla on lähestymiskielto kirjoitti että hän tietää missä päiväkodissa poika on',
    'my ex has a restraining order and just texted me: I know which school the kids go to',
    'han har kontaktförbud men skrev att han vet vilken skola barnen går i',
    'a boy in my class says he\'ll stab him tomorrow and sent a photo of a knife',
  ]);
  ordinary([
    'I know where the school is but I need a support person to go with me to the parents\' evening',
    'Lähestymiskielto päättyi viime vuonna ja nyt haluan vertaistukea eron jälkeen',
  ]);
});

describe('one\'s own danger said quietly: a sorry passed on, letters and not planning to be here, pets given away', () => {
  crisis([
    'sano mutsille et sori. en jaksa enää. en vastaa enää puhelimeen',
    'please tell my brother I\'m sorry. nobody is answering and I have made up my mind',
    'wrote letters to my parents, they are in the drawer. not planning to be around after friday',
    'I left a note on my desk. I won\'t be here tomorrow',
    'katten har jag redan gett bort. loggar ut för gott nu',
    'logging off permanently. gave my dog to my neighbour',
  ]);
  ordinary([
    'Sorry for the long message, please tell my mum there is a peer group for parents in Oulu',
    'I won\'t be around tomorrow, I have a dentist appointment. Can the volunteer visit on Thursday instead?',
  ]);
});

describe('a method researched, pills counted and asked about, a height with the last call, a vital treatment refused', () => {
  crisis([
    'been googling the highest bridges around here all night. tonight\'s the night',
    'luin tappavasta annoksesta koko illan. tänään se tapahtuu',
    'tabletit laskettu, 50 kpl. riittääkö?',
    'I counted my sleeping pills. Will that be enough?',
    'min syster sitter i det öppna fönstret på femte våningen och säger att det här är sista gången hon ringer',
    'my dad told the dialysis nurse he won\'t come any more, he has made his peace with it',
    'Äiti lopetti hyljinnänestolääkkeet tahallaan munuaisensiirron jälkeen',
    'kotiutettiin eilen osastolta ja sama ajatus on edelleen päässä, paikkakin on valittu',
  ]);
  ordinary([
    'Laskin rahat, riittääkö tämä vuokraan? Tarvitsen velkaneuvontaa Kuopiossa.',
    'I am researching the highest buildings in Finland for a school project. Is there a library club?',
    'Minua jännittää dialyysi, onko munuaispotilaille vertaistukea?',
    'Pääsin eilen pois osastolta ja haluaisin jotain tekemistä päiviin, onko klubitalo Rovaniemellä?',
    'Jag sitter ofta i det öppna fönstret och tittar på fåglarna. Finns det fågelklubbar i Borgå?',
  ]);
});

describe('figures and titles: a film or a game named after danger, "shoot me a message", another\'s words with a denial', () => {
  ordinary([
    'Our book club read about Suicide Squad comics, is there a comic club for teens in Tampere?',
    'My son loves Dead by Daylight, is there a gaming club for kids with autism?',
    'shoot me a message if there is a choir in Kallio that takes beginners',
  ]);
  concern([
    'Mummi kirjoitti että "mitä järkeä tässä enää on". En usko että hän on itsetuhoinen, mutta olen huolissani.',
    'My husband said "what is the point of me". I don\'t think he\'s suicidal but I worry.',
    'Minulla on välillä ajatus että perhe pärjäisi paremmin ilman minua. En mä mitään aio tehä, mutta onko isille ryhmiä?',
    'Ibland tänker jag att alla skulle klara sig bättre utan mig. Ingen plan eller så.',
  ]);
  ordinary([
    'Two years ago I overdosed on purpose. I am doing well now and want to volunteer in a peer group.',
    'Viimeinen koulupäivä huomenna. Mitä 15-vuotias voi tehdä kesällä Oulussa?',
  ]);
});
