// Constructions added after open blind batch 5 (crisis-5, topical-3), each with phrasings written here rather than taken
// from a batch: a construction that only passes its batch sentence is a defect. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('passive thoughts disavowed: a concern', () => {
  concern([
    'Sometimes I think everyone would be better off without me, but I\'m not going to do anything.',
    'everyone would be better off without me tbh. no plans or anything',
    'Joskus ajattelen että kaikilla olisi parempi ilman minua. En aio tehdä mitään, se on vaan ajatus.',
    'ibland tänker jag att alla skulle ha det bättre utan mig, men jag kommer inte att göra något åt det',
    'I don\'t want to live anymore some days. I don\'t have any plans, I just want to talk.',
  ]);
  // Intent, a means or a time is never disavowed away.
  crisis([
    'I have no plans for the weekend because I\'m going to kill myself tonight',
    'everyone would be better off without me, I\'ve saved up 40 pills and I\'m taking them tonight',
    'en aio tehdä mitään muuta kuin tappaa itseni huomenna',
    'inga planer för helgen, jag ska ta livet av mig ikväll',
    'I\'m not going to do anything else today, I\'m going to end my life tonight',
  ]);
});

describe('fear without a threat, past and habitual violence, threats by text: concerns', () => {
  concern([
    'My husband controls all our money. He hasn\'t hit me but I\'m scared of him.',
    'Jag är rädd för min sambo, han kontrollerar allt jag gör.',
    'my boyfriend hit me last week and I don\'t know who to talk to',
    'Mieheni löi minua viime viikolla, haluaisin puhua jonkun kanssa.',
    'min partner slog mig förra veckan',
    'Mieheni lyö minua kun juo. Haluaisin jutella jonkun kanssa.',
    'My boyfriend pushes and hits me sometimes when he\'s drunk.',
    'Min sambo har knuffat mig några gånger när han blivit arg.',
    'Min exman hotar mig fortfarande via sms fast vi skildes för ett år sedan.',
    'my ex keeps threatening me by text even though we split a year ago',
  ]);
  crisis([
    'He hit me last week and he\'s hitting me again right now',
    'mieheni lyö minua nyt',
    'I\'m afraid he\'ll kill me when he gets home tonight',
    'my ex texted that he will kill me tonight',
    'pelkään että hän tappaa minut, se on tulossa kotiin',
  ]);
});

describe('threat with a weapon within reach', () => {
  crisis([
    'min pappa sa att han dödar mej om jag flyttar. han har jaktgevär i garderoben och han menade det',
    'Mun exä sanoi että tappaa mut jos mä lähden. Sillä on aselupa ja haulikko kotona.',
    'My ex said he\'ll kill me if I go to the police. He has a gun licence and two rifles.',
    'Han skrev att han skjuter mig om jag tar barnen. Han har vapen hemma.',
    'he keeps texting "I can see you in the kitchen window" and he owns a shotgun',
  ]);
  ordinary([
    'My dad said he will kill me if I\'m late again lol. Any youth clubs open late?',
    'Isä sanoi että se tappaa mut jos mä myöhästyn taas 😂',
  ]);
});

describe('fire as a threat, voices commanding harm', () => {
  crisis([
    'my husband lock the door and say he will burn the house with me inside',
    'he says he will set fire to the flat with us inside',
    'mies uhkaa polttaa talon meidän kanssa',
    'han hotar att bränna ner huset med oss inne',
    'the voices tell me I have to hurt my flatmate',
    'rösterna säger att jag måste straffa min sambo',
    'äänet käskee mua satuttaa naapuria',
  ]);
});

describe('quiet farewells', () => {
  crisis([
    'tack för allt ni gjort för mig. det här är sista gången ni hör av mig.',
    'Kiitos kaikesta. Ette kuule minusta enää.',
    'Kan någon ta hand om min hund? Jag kommer inte att behöva honom efter helgen.',
    'Voiko joku ottaa kissan? En tarvii sitä siellä minne oon menossa.',
    'This will be my last Christmas. I\'ve paid for my own funeral and told my neighbour where the key is.',
    'Kirjoitin isälle kirjeen että tulen pian perässä. Koiran annoin naapurille.',
    'I\'ve given away my records and my sister\'s taking the cat. Everything\'s sorted.',
  ]);
  ordinary([
    'tack för allt ni gjort för mig i gruppen! det här är sista gången jag kommer på torsdagsträffen, jag börjar jobba kvällar. ta hand om er',
    'This is my last summer in Finland before I go back to Canada. Any events?',
    'I\'ve given away my plants and my sister\'s taking the cat because I\'m off to volunteer in Kenya for a year!',
    'Olen maksanut hautajaiseni etukäteen, ettei lapsille jää vaivaa. Onko eläkeläisten kerhoa?',
    'Kan någon ta hand om min katt under semestern? Jag kommer inte att behöva kattluckan efter flytten.',
  ]);
});

describe('someone fallen, lying still, or a baby with a passed-out adult', () => {
  crisis([
    'farfar har ramlat i trappan och blöder från huvudet, han svarar int ordentligt',
    'mummo kaatui portaissa eikä vastaa kunnolla',
    'my dad fell in the bathroom and he\'s not responding',
    'old man lying on the ice by the shore, not moving',
    'joku makaa pihalla eikä liiku',
    'my mum isn\'t waking up and there are empty blister packs on her bed',
    'the neighbour\'s baby has been screaming for hours and the mum is passed out drunk on the stairs',
    'vauva itkee ja äiti on sammunut lattialle',
  ]);
  ordinary([
    'Äiti kaatui viime viikolla ja nyt hän ei pääse portaita ylös ilman apua. Saako kotiapua?',
    'My cat is lying on the sofa not moving all day, is that normal for old cats? Any vets in Espoo?',
    'My mother fell last year and still can\'t go out alone. Is there a visiting service?',
  ]);
});

describe('a height with intent to jump, despair or a farewell', () => {
  crisis([
    'står uppe på vattentornet i byn. tänker hoppa när klockan blir tolv',
    'I\'m at the top of the ski jump tower. it\'s closed but I climbed the fence. I\'m done.',
    'oon vesitornin katolla ja aion hypätä',
    'sitting on the roof of the parking tower, going to jump soon',
    'seison hyppyrimäen tornissa, en jaksa enää',
  ]);
  ordinary([
    'Vi ska besöka vattentornet i Kotka i helgen, finns det guidade turer?',
    'Went up the ski jump tower for the view today, amazing photos!',
    'Is the water tower cafe open on Sundays?',
  ]);
});

describe('figures of speech and quotations', () => {
  ordinary([
    'Mun poika tappaa ittensä noilla treeneillä, kuus kertaa viikossa jääkiekkoa 🙄',
    'Isä tappaa itsensä tolla työllä, aina ylitöissä',
    'my son is killing himself with all that training, is there a parents group?',
    'Jag citerade en gammal visa, \'jag vill dö i min egen säng\', och min man skrattade',
    'Äiti sanoo aina että haluaa kuolla kotona eikä laitoksessa. Saako kotihoitoa?',
    'asså jag vill typ dö 💀 läraren läste upp min text för hela klassen',
    'fr i just dont wanna be here anymore, this town is dead 😂 moving to helsinki in august',
    'en haluis herätä enää ikinä tähän maanantaihin 🙃',
    'jo ja ska nog ta livet av mej med den här blanketten, he e ingen idé att förstå nåt',
    'det är ingen idé att ringa dem, de svarar aldrig',
  ]);
  crisis([
    'jag vill dö, det finns ingen idé längre',
    'en haluis herätä enää huomenna. tai ikinä.',
    'kinda hope i just dont wake up tmrw tbh',
    'I don\'t want to be here anymore, I want to die',
    'toivon et nukun vaan pois enkä herää',
  ]);
});

describe('talk about the subject by professionals and students', () => {
  ordinary([
    'I volunteer at a hospice and sometimes patients say they want to die. How should I respond?',
    'ollako vai eikö olla 🙄 mun pitää kirjottaa äikän essee Hamletista ja sen itsetuhoisuudesta',
    'Oppilaat kirjoittavat novellin ja muutama on kirjoittanut itsemurhasta. Miten aihetta voi käsitellä?',
    'Ordnar ni fortbildning i bedömning av suicidrisk?',
    'Kan någon tipsa om källor om hur självmord skildras i litteraturen?',
  ]);
  crisis([
    'my patients say I look tired. I want to die.',
    'he wants to die, he told me tonight he has a rope',
  ]);
});

describe('medicine handled as medicine, and not', () => {
  ordinary([
    'otin kaikki mun lääkkeet aamulla niinku pitää, mut alkaa pyörryttää',
    'I took all my pills this morning as prescribed but I feel dizzy',
    'Mie oon keränny kaekki ne Tenoxit mitä sairaalasta anto, nyt ei enää tarvihe. Viiäänkö ne apteekkiin?',
    'I have been collecting my old sleeping pills to take back to the pharmacy',
  ]);
  crisis([
    'Kaappiin jäi kolme purkkia unilääkkeitä. En ole vienyt niitä apteekkiin, koska aion ottaa ne kaikki lauantaina.',
    'Mää oon ottanu kaks levyllistä Tenoxia ja oon yksin kotona',
    'ikväll tar ja allt insulin som finns i kylskåpet på en gång',
    'I haven\'t taken them back to the pharmacy because I\'m going to take them all tonight',
    'otin äsken kolme levyllistä buranaa',
  ]);
});

describe('rope and gear for a hobby', () => {
  ordinary([
    'Repet hänger redan i förrådet och sjökorten ligger på köksbordet, seglingen börjar i kväll.',
    'The rope is in the shed and the gear list is written. I\'m finally going climbing this weekend.',
    'Köysi on jo valmiina. Huomenna lähdetään kiipeilemään Olhavaan.',
    '🔪🥕 taas tänää kokkikerhossa, sormi meni vähä auki 😂',
  ]);
  crisis([
    'köysi on valmiina varastossa ja teen sen tänä yönä',
    'the rope is already hanging in the garage and I\'m done',
    'repet hänger redan i garaget, ingen skulle sakna mig',
  ]);
});

describe('colloquial forms', () => {
  crisis([
    'haluun kuol. tnään se tapahtuu',
    'mun tekee niin mieli viiltää taas',
    'tekee tosi mieli viiltää, en kestä',
    'ingen skulle märka om jag försvann i natt',
    'would anyone even notice if I disappeared tonight',
  ]);
});
