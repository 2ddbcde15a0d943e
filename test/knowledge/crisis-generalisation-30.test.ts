// Constructions added after open blind batch 30 (English from many countries, Finland-Swedish from Ostrobothnia and
// Åboland, dangers told by bystanders and professionals, quiet plans without a word for death), each with phrasings
// written here rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a quiet farewell told by what was settled: the boat given, codes in an envelope, bills paid, keys in the mailbox', () => {
  crisis([
    'jag har gett bilen åt min bror och lagt koderna i ett kuvert. allt e klart nu',
    'I paid my bills through March and cleaned the flat. The keys will be in the letterbox tomorrow',
    'hän kiitti kaikista vuosista ja pyysi valitsemaan kauniin virren hänelle. nyt hän ei vastaa puhelimeen',
    'my uncle thanked us for all the years and said to pick a hymn for him. he is not answering now',
    'she scheduled a message for when it is too late to call her and then left, she is not answering',
    'ingen behöver vänta på mej i morgon. jag har gett båten åt grannen',
  ]);
  ordinary([
    'Miten saan pankkitunnukset toimimaan uudessa puhelimessa? Tarvitsen digiopastusta Lohjalla.',
    'I\'ve arranged my funeral in advance, I\'m 88 and like order. Is there a seniors\' choir in Porvoo?',
    'Vår kör sjunger en psalm om döden på söndag. Finns det fler körer för pensionärer i Vasa?',
  ]);
});

describe('dangers seen by a bystander: a child on a balcony rail, lips gone blue at a party, a drooping face in dialect', () => {
  crisis([
    'a little girl is standing on the balcony rail on the third floor, nobody open the door',
    'pieni poika kiipeää parvekkeen kaiteella naapurissa eikä aikuisia näy',
    'på festen andas hon knappt och läpparna e blåa',
    'me da\'s face is droopin on one side and he\'s talkin rubbish',
  ]);
  ordinary([
    'Our balcony railing is too low for a toddler, who can help fix it? We rent in Kerava.',
  ]);
});

describe('threats: held and threatened at home, a stalker who knows the nursery, an employer who sends men', () => {
  crisis([
    'he took my car keys and my phone and said it will end badly for me if I go out',
    'han tog mina nycklar och min telefon och sa att det ska sluta illa för mej om jag går',
    'mannen som förföljer mig skrev att han vet vilket dagis barnen går på',
    'my ex who stalks me wrote that he knows which school the kids go to',
    'the boss says he will send men to my flat and now he is sitting in his car outside my building',
  ]);
  ordinary([
    'I know which school the kids go to but not where the after-school club is. Can you help?',
  ]);
});

describe('a lethal amount asked with a cover story, and the figures that are not danger', () => {
  crisis([
    'how much insulin would be too much if someone skipped dinner? asking for a friend',
    'kuinka paljon unilääkkeitä on liikaa jos joku ottaa ne kerralla, kysyn kaverin puolesta',
    'hur många sömntabletter är för många om man tar alla på en gång, det är till en novell',
  ]);
  ordinary([
    'How much paracetamol is too much for a child of 12 kg? The nurse line is busy.',
    'As a nurse I need to know how much insulin is too much for a patient. Is there a course?',
    'Statistikkursen kommer att ta livet av mig haha. Finns det läxhjälp i Åbo?',
    'ngl a youth club makes me want to die a little lol, is there a coding club in Espoo?',
    'Leffoja, joissa kaikki kuolee, on kiva katsoa porukalla. Onko Oulussa elokuvakerhoa?',
    'Yliannostuksesta on nyt kolme vuotta ja haluan kertoa tarinani kouluissa. Mistä aloittaa?',
    // Driving a bus or a lorry is a job; steering into one is not (crisis-generalisation tables for that stay as they were).
    'Ajan bussia Vantaan linjoilla ja teen vuorotyötä. Onko vuorotyöläisille vertaisryhmää?',
    'Mieheni ajaa rekkaa Ruotsiin ja olen paljon yksin lasten kanssa. Onko perhekahvilaa Keravalla?',
  ]);
  crisis([
    'ohjaan auton rekan eteen kun pääsen moottoritielle',
  ]);
  concern([
    'En pappa jag tolkade för sa att barnen klarar sig bättre utan honom. Han sa att han inte har några planer.',
  ]);
});

// Open batch 31 (Swedish and English typed in a hurry on a phone): the same kinds of category, again in our own words.
describe('batch 31: a height asked before going there, a note\'s opening words, a cover story, help asked in fragments', () => {
  crisis([
    'how high is the water tower in hanko from the top. im going up there tonight',
    'hur hög e bron i borgå. ja ska dit i natt',
    'by the time u read this ill be gone. sorry for the mess',
    'köpte grillkol å tejp idag. pappa tror vi ska grilla på stugan, det ska vi int',
    'lämna nycklarna hos pappa å sa ja älskar honom. sista gången ja skriver här',
    'a man is walking along by the edge of the roof across the street',
    'en gubbe går fram och tillbaka vid kanten på taket mittemot',
    'girl at the party took something and her lips r grey',
    'how long does it take to freeze if you lie down in the snow, asking for me',
    'my nan on facetime, her face looks weird on one side and she cant find words',
    'boss took our passports and says if we tell anyone he will hurt us',
    'my ex is parked outside my work, sent a pic of my daughters school gate and wrote see u there',
    'an old man walked into the sea with his clothes on and keeps going, water at his chest',
    'smoke in the stairwell, we cant get down, 5th floor with the kids',
    'tonight i will finally sleep for good',
  ]);
  ordinary([
    'köpte grillkol å korv, vi ska ha grillfest på gården. får man grilla på balkongen?',
    'ska ut på isen i morgon med pimpelspö, finns det pimpelklubb i Korsholm?',
    'final exam tomorrow and im gonna die lol. where is a study group for international students?',
    'researching self-harm among young people for my masters, looking for NGO people to interview',
    'How high is the water tower in Hanko? We want to visit with the scouts.',
    'wrote my will today at 81, all calm, and want help choosing music for the funeral someday',
  ]);
  concern([
    'ibland tänker ja att barnen skulle klara sej bättre utan mej. gör inget åt det, bara tänker',
    'orkar int nånting. ingen mening me nåt. vill int dö, vill bara att allt stannar',
  ]);
});

// Open batch 33 (long messages in which one or two sentences carry the danger): again our own sentences.
describe('batch 33: the danger in one sentence of a long message, and long hard lives that are not danger', () => {
  crisis([
    'Siivoan vanhuksen luona ja hänen suupielensä alkoi juuri roikkua ja puhe muuttui puuroiseksi. Hän kieltää soittamasta.',
    'Isä kertoi lopettaneensa insuliinin tahallaan viikko sitten, ja nyt häntä janottaa ja oksettaa.',
    'Omistaja pitää hänen passiaan ja sanoi tappavansa hänen perheensä, jos hän puhuu.',
    'Naapuri lähti pilkille vaikka jäät on heikot, eikä ole tullut kotiin. Ahkio on avannon vieressä.',
    'my cousin is walking out on the frozen river right now, she said it is easier under the ice, and then her phone went off',
    'Probably not an emergency, but my dad\'s face droops on one side and his speech is slurred',
  ]);
  ordinary([
    'Mieheni veli juo, ei väkivaltaisesti eikä kenellekään vaaraksi, mutta joka juhla menee pilalle. Onko läheisille ryhmiä Nurmijärvellä?',
    'We played bridge every Thursday for thirty years. Is there a bridge club in Porvoo where I can come without a partner?',
    'My neighbour hoards and her balcony is full up to the railing. There is no emergency, but who could visit her kindly?',
    'Työkaveri sanoi ettei mikään tunnu miltään. Kysyin onko hänellä pahoja ajatuksia, hän sanoi ettei hän sellaista. Mistä keskusteluapua?',
  ]);
  concern([
    'Mieheni sanoi, että pärjäisimme paremmin ilman häntä. Kysyin aikooko hän satuttaa itseään, ja hän sanoi ettei. Onko vertaistukea?',
    'My friend tried to kill herself last year. She is doing so much better now, honestly in a good place, but I need support myself.',
  ]);
});
