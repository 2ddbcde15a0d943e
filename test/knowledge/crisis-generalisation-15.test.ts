// Constructions added after open blind batch 15 (crisis-15, English and Swedish), each with phrasings written here
// rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('someone on the floor who cannot get up, ill and unable to stand or drink, a collapse in Swedish', () => {
  crisis([
    'my grandad is on the kitchen floor, he cant get up and says he has been lying there since last night',
    'farmor ligger på golvet i hallen och kan inte resa sig',
    'my roommate has had a fever for four days and now cannot stand or drink anything',
    'pappa har kollapsat i bastun och svarar inte',
  ]);
  ordinary([
    'My knees are so bad that I can\'t get up from the floor after yoga, is there a gentle exercise group?',
  ]);
});

describe('farewells: pets given for good, not being around, told so someone knows, affairs settled for the family', () => {
  crisis([
    'Can somebody take my dog permanently? I need it sorted before Friday, after that I won\'t be around.',
    'Going to the cabin alone this weekend and I won\'t be coming back this time. Just so someone knows.',
    'Har ordnat alla papper så att familjen klarar sig. Nu är det snart dags, tack för allt.',
    'en tjej i klassen sänder live från ett tak och säger hej då till alla',
  ]);
  ordinary([
    'We are moving abroad for a year, could someone take my cats permanently? They are lovely.',
    'I won\'t be around next week, can someone else lead the reading group?',
  ]);
});

describe('a plan told around its time: the children away, a day good for ending, the rope sorted', () => {
  crisis([
    'Lapset ovat isällään viikonlopun. Silloin teen sen. Olen miettinyt tätä pitkään.',
    'My birthday is on Saturday. Seems a good day to end it.',
    'I sorted the rope in the shed. She is away until Thursday.',
    'grannarna vill mig illa. jag har en yxa vid dörren och jag använder den om de kommer.',
  ]);
  ordinary([
    'I sorted the rope and the tent for our hiking trip on Thursday',
    'Vi åker till stugan på fredag, då gör jag det: målar bastun. Finns det en målarkurs?',
  ]);
});

describe('a break wished for, and a crisis long over', () => {
  ordinary([
    'I just want to not exist for a couple of days, switch my phone off and sleep. Any retreat for exhausted parents?',
  ]);
  concern([
    'För fem år sen var jag nära att ta mitt liv. Nu mår jag bra och vill bli stödperson.',
  ]);
});
