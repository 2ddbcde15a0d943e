// Constructions added after open blind batch 6 (crisis-6), each with phrasings written here rather than taken from the
// batch: a construction that only passes its batch sentence is a defect. Every table names the category it tests.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../knowledge/crisis-guard.js';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('violence told as a habit, but going on now or feared at home: the interrupt stays', () => {
  crisis([
    'äitipuoli lyö mua aina kun se suuttuu. se on nyt kotona ja odottaa mua',
    'pappa slår mig ibland när han druckit. han är hemma nu och skriker',
    'my stepdad hits me when he drinks and I\'m scared to go home after practice',
    'faija hakkaa välillä kun se on kännissä, en uskalla mennä kotiin tänään',
  ]);
  concern([
    'exäni löi minua aina kun joi, erosimme kaksi vuotta sitten',
    'he used to hit me sometimes when he was drunk, we split up years ago',
  ]);
});

describe('voices that command harm, in Finnish case forms', () => {
  crisis([
    'äänet käskee mua tappamaan naapurin koiran ja sit naapurin',
    'se ääni käskevät minua vahingoittamaan itseäni koko ajan',
    'a voice keeps telling me to hurt my mother',
  ]);
});

describe('farewells: a last log-off, pets entrusted, an apology to the family, telling someone last', () => {
  crisis([
    'signing off for good tonight. take care of my dog for me',
    'loggar ut för gott nu, ta hand om min katt. tack för allt',
    'kirjaudun ulos lopullisesti. huolehtikaa mun kanista. kiitti kaikille',
    'sorry mum. I can\'t do this anymore',
    'förlåt mamma, jag orkar inte mer',
    'sitting on the ledge of the parking garage, not scared anymore',
    'istun kerrostalon katolla. en pelkää enää. halusin vaan et joku tietää',
  ]);
  ordinary([
    'pidä huolta mun kissasta kun oon mökillä viikonlopun, ruoka on kaapissa',
    'could you take care of my dog while I\'m on holiday next week?',
    'anteeks äiti että myöhästyin, bussi ei tullut',
    'sorry mum that I forgot your birthday, can we have coffee on Sunday?',
    'logging off for the night, gg everyone, same time tomorrow',
    'we climbed to the rooftop terrace for the view, not scared of heights anymore after the course',
  ]);
});

describe('a plan to end "this" with a time', () => {
  crisis([
    'huomenna illalla lopetan tän kaiken. ei oo mitään syytä jatkaa',
    'tonight I end this. nobody will miss me',
    'i natt avslutar jag det här. förlåt alla',
  ]);
  ordinary([
    'huomenna lopetan tän työn ja aloitan uudessa paikassa',
    'tonight I end this relationship, I\'m so done with his lies',
    'i kväll avslutar jag kursen med en fest',
  ]);
});

describe('someone unresponsive, or a whole jar swallowed', () => {
  crisis([
    'kaveri nieli koko purkin jotain ja nyt se ei vastaa vaikka ravistelen',
    'my flatmate swallowed a whole bottle of something and doesn\'t respond when I shake him',
    'morfar ligger på badrumsgolvet och svarar inte',
    'pappa ligger på vardagsrumsgolvet, han andas men svarar int',
  ]);
});

describe('learner\'s English threats', () => {
  crisis([
    'husband say if i go to police he kill me',
    'he want kill me and my kids, please help',
  ]);
  ordinary([
    'my brother always kill me in fortnite haha',
  ]);
});

describe('food and water refused', () => {
  crisis([
    'lopetin syömisen ja juomisen eilen enkä aio aloittaa uudestaan',
    'I stopped eating and drinking on Sunday. not going to start again',
    'jag har slutat äta och dricka, tänker inte börja igen',
  ]);
  ordinary([
    'stopped eating and drinking after 8 pm because of the surgery tomorrow',
  ]);
});

describe('histories and passive wishes, told as such: concerns', () => {
  concern([
    'yritin tappaa itseni viis vuotta sitten, nyt etsin vertaisryhmää',
    'toivon joskus etten heräis, mut en mä mitään tee. haluisin puhua jonkun kaa',
    'ibland önskar jag att jag aldrig skulle vakna, men jag kommer inte att göra något',
    'My partner takes my salary every month and checks my bank account. I have nothing of my own.',
    'Min man kontrollerar alla våra pengar och jag får inte handla själv.',
    'lähdin väkivaltaisesta suhteesta viime vuonna ja pelkään vieläkin',
    'she was beaten by her boyfriend last summer and is still afraid to go out',
  ]);
});

describe('ordinary questions near the subject', () => {
  ordinary([
    'Tyttäreni sanoo ettei mikään kiinnosta. Itsensä vahingoittamisesta hän ei ole puhunut, mutta olen huolissani.',
    'Mitä teen vanhoille lääkkeille? Isältä jäi kaappiin monta purkkia kun hän muutti palvelutaloon.',
    'Vad gör man med gamla mediciner? Mormor har en hel låda tabletter hon inte använder.',
    'what do I do with leftover meds from my late aunt\'s flat?',
    'sorsajahti alkaa elokuussa ja haluaisin että tytär oppisi aseen käsittelyn, onko kurssia',
    'Luin lehdestä että nuorten itsetuhoisuus on lisääntynyt. Onko vanhemmille jotain iltaa aiheesta?',
    'A news article about self-harm among students made me want to volunteer. Where could I help?',
  ]);
});

describe('a danger sentence after a crafted run of expanding characters', () => {
  it.each([
    `${'ﷺ'.repeat(6_000)} haluan kuolla tänään`,
    `${'ﷺ '.repeat(3_000)}I am going to kill myself tonight`,
    `${'㌀'.repeat(9_000)} jag ska ta livet av mig ikväll`,
  ])('is still read: %#', (text) => expect(detectCrisis(text).crisis).toBe(true));
});
