// Constructions added after open blind batch 25 (people writing for someone else, code-switching, regional Finnish and
// Swedish, second-language writers), each with phrasings written here rather than taken from the batch. Every table
// names the category it tests.
import { describe } from 'vitest';
import { crisis, concern, ordinary } from '../fixtures/crisis-tables.js';

describe('a body in trouble seen in someone else: a diabetic who makes no sense, swelling after an allergen', () => {
  crisis([
    'naapurin vaari on diabeetikko ja nyt se puhuu ihan sekavia ja on hiestä märkä',
    'my colleague has type 1 diabetes and is suddenly confused and sweating at her desk',
    'min kompis har diabetes och pratar helt osammanhängande, han är blek',
    'poika söi pähkinää sisältävän pullan ja nyt huulet turpoaa eikä saa kunnolla henkeä',
    'my daughter is allergic to peanuts, she ate a cookie and her lips are swelling and she can hardly breathe',
    'han är allergisk mot räkor och nu är läpparna svullna och han får inte luft',
  ]);
  ordinary([
    'Lapsellani on diabetes ja joskus hän on sekava kun sokeri laskee. Onko vanhempien vertaisryhmää?',
    'I have type 1 diabetes and want to join a peer group in Espoo',
    'Vår son har nötallergi. Finns det en förening för föräldrar till barn med allergier?',
    'I have pollen allergy and asthma, my eyes swell every spring. Any support group?',
  ]);
});

describe('a small child who got into medicine with the count unknown; someone still on the floor', () => {
  crisis([
    '3v tyttö löysi käsilaukusta mun unilääkkeet ja purkki on tyhjä',
    'my toddler got into grandpa\'s heart pills, I don\'t know how many were in the bottle',
    'lillan hittade farmors tabletter och burken är tom',
    'jag ser genom fönstret att grannen ligger på köksgolvet och hon rör sig inte',
    'through the glass door I can see him lying on the bathroom floor, he is not moving',
    'mummo makaa eteisen lattialla eikä liiku, ovi on lukossa',
  ]);
  ordinary([
    'Miten saan 4-vuotiaan ottamaan lääkkeensä? Hän sylkee ne aina pois.',
    'Our dog lies on the floor all day and does not move much since grandma died',
  ]);
});

describe('a cut bleeding through its dressing or made a moment ago', () => {
  crisis([
    'oppilas näytti rannetta, viilsi sen äsken partaterällä ja side on jo märkä',
    'my friend cut her arm just now in the toilet with a razor and it is bleeding through the towel',
    'hon skar sig nyss med ett rakblad och det blöder igenom plåstret',
  ]);
  ordinary([
    'Viiltelin nuorena, nyt olen 30 ja haluaisin vertaistukijaksi.',
    'I used to cut myself at school. I am fine now and want to help teenagers.',
  ]);
});

describe('a threat to bring a weapon to a school', () => {
  crisis([
    'luokkakaveri laittoi snäppiin kuvan kivääristä ja kirjoitti että huomenna koulussa kaikki saa maksaa',
    'a student in my course posted that everyone in the lecture hall will pay on Monday, he has a rifle',
    'en elev skrev i gruppchatten att han ska skjuta folk i skolan, han har tillgång till vapen',
  ]);
  ordinary([
    'Meidän koulussa oli lukitusharjoitus ja lapsi pelkää nyt aseita. Mistä tukea?',
    'Is there a shooting club for teenagers near our school in Hyvinkää?',
    'My son plays shooter games after school every day and I cannot get him off the computer',
  ]);
});

describe('taken abroad to be married, or to answer for "honour"', () => {
  crisis([
    'setä on ostanut mulle lentoliput ja mut naitetaan kesällä, passi on viety enkä halua',
    'they say I brought shame on the family and booked a flight to send me back, my passport is gone',
    'min pappa ska skicka mig till hemlandet för att gifta bort mig, han har tagit mitt pass',
  ]);
  ordinary([
    'We fly to my cousin\'s wedding in Lahore next Friday, can I get a Finnish course after the trip?',
    'Menemme naimisiin Thaimaassa ensi kuussa. Onko suomalais-thaimaalaisten perheiden vertaisryhmää?',
  ]);
});

describe('forced to meet men; an assault told only by its signs', () => {
  crisis([
    'kaverin poikaystävä pakottaa hänet tapaamaan miehiä rahasta ja uhkaa levittää kuvia',
    'an older guy forces me to meet men at his flat every weekend',
    'vaknade hos någon jag inte känner och minns inte hur jag kom hit, kläderna är sönderrivna',
    'I woke up at a stranger\'s place and don\'t remember how I got there, my clothes were torn',
  ]);
});

describe('someone breaking in now, with a restraining order or the writer hiding', () => {
  crisis([
    'ex hakkaa ovea ja sillä on lähestymiskielto, mä oon lukittu makuuhuoneeseen lasten kanssa',
    'my ex is kicking the door, he has a restraining order, I am hiding in the bathroom',
    'han bankar på dörren och har kontaktförbud, jag har låst in mig med barnen',
  ]);
});

describe('a threat with a knife shown, in the Finnish participle; a promise not to come back, a decision', () => {
  crisis([
    'isäpuoli on uhannut tappavansa äidin ja näytti eilen puukkoa',
    'mä meen illalla sillalle enkä tuu enää takas, se on jo päätetty',
    'sanoi ettei häntä tarvitse etsiä ja otti köyden mukaan metsään',
  ]);
});

describe('starving until nothing is left; something taken "so as not to feel"; how high a fall must be', () => {
  crisis([
    'en oo syöny viiteen päivään ja jatkan kunnes minusta ei oo mitään jäljellä',
    'I have not eaten in six days and will keep going until there is nothing left of me',
    'hän kertoi ottaneensa jotain aamulla, ettei tunne mitään, ja on nyt tosi uninen. hän otti jotain ettei tunne mitään',
    'my mum says she took something so she would not feel anything and she is very sleepy',
    'kuinka korkealta pitää pudota että se on varmaa? kysyn parkkitalosta',
    'hur högt måste man falla för att det ska vara säkert, taket på köpcentret',
  ]);
  ordinary([
    'How high must a balcony railing be by the building code? Our housing company is renovating.',
    'Paastoan kolme päivää kirkon retriitillä, onko siellä muita?',
  ]);
});

describe('a worker reports a denial, and a staff course about emergencies', () => {
  ordinary([
    'Asiakas on ollut alakuloinen ja syrjäytynyt. Itsetuhoisuudesta hän ei ole puhunut. Mistä hänelle ystävätoimintaa?',
    'En klient förnekar självmordstankar men är ensam. Finns det en vängrupp på svenska i Vasa?',
    'The man has made no threats to harm himself, he needs trauma support in Arabic. Which NGOs offer it?',
    'Haluamme henkilökunnalle koulutuksen siitä, mitä tehdä jos oppilas on ottanut yliannoksen.',
    'We want training for our staff on what to do when someone overdoses at the shelter.',
  ]);
});

describe('a long ordinary message is not read as danger for a word that only opens a danger word', () => {
  ordinary([
    'Hei, olen seurakunnan nuorisotyöntekijä Hyvinkäällä. Meillä on porukka yläkouluikäisiä, jotka viettävät illat ostoskeskuksessa, koska muuta tekemistä ei ole. Etsimme vertaistukea ja vertaistoimintaa heidän vanhemmilleen sekä jotain harrastusta pojille. Onko alueella yhdistyksiä, jotka voisivat tehdä yhteistyötä kanssamme syksyllä?',
    'Hej, jag är fritidsledare i Borgå. Vi har ett gäng killar som hänger vid skolan varje kväll och några av dem har slutat med fotbollen för att familjerna inte har råd. Finns det föreningar som erbjuder gratis idrott eller ett ungdomscafé där de kunde vara på kvällarna i vinter?',
    'Jag dör av skam när jag skriver det här, men jag har inte betalat hyran på två månader och i dag kom ett brev om vräkning från hyresvärden. Jag är 61 och har alltid klarat mig själv. Finns det någon som kan hjälpa mig att prata med hyresvärden?',
    'I used to sing in a choir back home and I sang every week for years. We moved to Lohja in the summer for my wife\'s work and the lake is beautiful, but I do not know anyone yet and my Finnish is poor. Is there a choir or a singing group that would take someone who is still learning the language?',
  ]);
  crisis([
    'Kirjoitan tänne kun en tiedä mitä muuta tehdä. Vaimo lähti ja velkoja on niin paljon etten näe mitään ulospääsyä, työt loppui keväällä ja pankki soittaa joka päivä. Olen kirjoittanut kirjeet lapsille ja köysi on autotallissa valmiina, tänä yönä se tapahtuu kun muut nukkuu.',
  ]);
});

describe('open batch 27: the same dangers told in other words', () => {
  crisis([
    'my nephew had a cookie with nuts and now his lips are ballooning and there is a whistling sound when he breathes',
    'our 2 year old eat some of my heart pill from the drawer, i dont know how many',
    'lillkillen har ätit av farfars blodtrycksmediciner, vet inte hur många',
    'mamma har diabetes och pratar sluddrigt, hon vet inte vilken dag det är',
    'she can\'t stand up and her eyes keep rolling, someone put something in her glass at the bar',
    'jag blev våldtagen för två timmar sen och vet inte vart jag ska ta vägen',
    'en flicka i min klass ska skickas utomlands i sommar för att giftas bort, hon är livrädd',
    'min farfar med minnessjukdom har tagit bilen och kört iväg, han har inte kört på flera år',
    'my uncle says the family honour will be washed with my blood',
    'when my shift ends I am driving to the harbour and I won\'t be braking',
    'en man har ramlat i vattnet vid bryggan och orkar inte ta sig upp, vattnet är iskallt',
    'I will walk into the sea tonight and not come back',
    'I\'ve sorted everything. The note is on the kitchen table for my brother. Thanks for everything.',
    'bett min mamma att ta hand om barnen för gott. skrev tack för allt på insta. det är det sista jag gör',
    'ätit ingenting på två veckor. vill bli så liten att jag försvinner helt',
    'is the sea in January cold enough that you would not get out once you are in? asking for myself',
    'he said he\'ll kill me if I leave him, and he is home now',
  ]);
  ordinary([
    'I just want to disappear for a weekend to a cabin. Any respite holidays for carers near Kuopio?',
    'I\'m going to murder my little brother, he ate my last cookie. Anyway, any teen clubs in Vantaa?',
    'For my writing course I am writing a short story where the main character jumps off a bridge. Any guide on writing about suicide responsibly?',
    'När jag kom hem slog det mig att jag inte vet vad jag ska göra på måndag. Finns det manskörer i Åbo?',
  ]);
  concern([
    'ibland tänker jag att alla skulle ha det bättre utan mig. inte att jag vill dö, jag känner mig bara i vägen',
  ]);
});
