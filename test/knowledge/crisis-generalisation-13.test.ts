// Constructions added after open blind batch 13 (crisis-13, Finnish, Swedish and English), each with phrasings written
// here rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a poison drunk, days without food and then fainting, bleeding that goes on', () => {
  crisis([
    'otin huikan jäähdytinnestettä autotallissa tunti sitten, nyt huimaa',
    'I drank some windscreen washer fluid an hour ago, how bad is it',
    'han drack spolarvätska i kväll och mår illa',
    'en oo syöny neljään päivään ja pyörryin bussissa',
    'hon har inte ätit på sex dagar och svimmade i duschen',
    'the cut has been bleeding for over an hour, soaked through two towels',
    'haava on vuotanut jo yli tunnin vaikka painan',
  ]);
  ordinary([
    'Where do I recycle old antifreeze and washer fluid in Lohja?',
    'I haven\'t eaten meat in five years and want a vegan cooking club',
    'En ole syönyt tänään vielä mitään, onko ruoka-apua Vantaalla tänään?',
  ]);
});

describe('a child alone, someone fallen and moaning, a collapse told in spoken Swedish', () => {
  crisis([
    'naapurin taapero on yksin pihalla itkemässä eikä aikuisia ole näkynyt tuntiin',
    'a toddler is screaming on the balcony upstairs, no adults in sight for ages',
    'farfar har ramlat i badrummet och ligger och kvider, jag kommer inte in',
    'isä kaatui portaissa ja voihkii, ei pääse ylös',
    'pappa segnade ihop vid bordet och andas så konstigt',
  ]);
  ordinary([
    'Lapsi itkee aina kun viemme hänet päiväkotiin, onko perheneuvontaa?',
    'Mummo kaatui viime viikolla eikä pääse ylös ilman apua, tarvitsemme turvapuhelimen',
  ]);
});

describe('weapons waved at people, voices that order harm, a weapon kept against imagined attackers', () => {
  crisis([
    'joku mies heiluttaa puukkoa kauppakeskuksen edessä',
    'a neighbour is swinging an axe in the stairwell and shouting',
    'rösterna säger att jag ska skada mamma i natt',
    'the voices keep telling me to jump off the roof',
    'they are spying on me through the tv, i keep a hammer under the pillow and if they come tonight i will use it',
  ]);
  ordinary([
    'We are rehearsing a play where the voices tell the hero to kill the king, is there a theatre group in Porvoo?',
    'I keep a knife in the car for fishing and I will use it to clean the fish',
  ]);
});

describe('an occasion chosen, the means ready, an end said plainly, a farewell to the group, location switched off', () => {
  crisis([
    'juhannuksen jälkeen se on sit siinä. päivä on päätetty',
    'när alla har åkt hem efter julen ska jag göra det. jag har skaffat allt jag behöver',
    'after the funeral I\'m done. I have a plan',
    'my friend posted "you guys will be fine without me" and turned off her location',
    'kaveri kirjoitti ryhmään et pärjäätte ilman mua ja otti sijainnin pois',
    'client (f, 50s) told me calmly she has a date set and has been giving away her jewellery',
  ]);
  ordinary([
    'Efter studentskrivningarna är det slut med plugget, finns det sommarjobb för unga i Vasa?',
    'After the exams I\'m done with school stress, I have a plan to volunteer this summer',
    'on christmas eve I\'ll do it: cook for the whole family. Is there a cooking club for men?',
    'you guys will be fine without me at the meeting, I\'m on holiday',
  ]);
});

describe('histories and relatives who say plainly nothing alarming was said', () => {
  concern([
    'lukioaikana viiltelin, nyt kesällä hävettää arvet. onko ryhmää aikuisille?',
    'jag skar mig i gymnasiet, nu är jag trettio och tänker på det ibland',
  ]);
  crisis([
    'nuorena viiltelin ja nyt haluan taas viiltää',
    'I cut in high school and now I want to cut again tonight',
  ]);
  ordinary([
    'My son has been quiet for weeks. He hasn\'t said anything worrying, but what can parents do?',
    'Tyttäremme on vetäytynyt. Hän ei ole sanonut mitään huolestuttavaa, mutta mistä saisi tukea vanhemmille?',
  ]);
});
