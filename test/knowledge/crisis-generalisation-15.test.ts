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

// Constructions added after open blind batch 16 (crisis-16, English only), with phrasings written here.
describe('starving and the body failing, a car running in a closed garage, a threat and the child near, tablets had with gin', () => {
  crisis([
    'two weeks without food now, only water. this morning I fainted on the stairs',
    'I weigh 41 kg and my heart keeps skipping, nearly passed out at work',
    'my husband locked himself in the garage and the engine is running, he won\'t open',
    'He has threatened to kill me. Now he is waiting outside my work and sent a photo of our son at the school gate.',
    "I've had half of the sleeping pills with a bottle of wine, things are getting blurry",
    'my little sister (7) is home alone, dad has not come back since yesterday',
  ]);
  ordinary([
    'Our car club meets in a garage where we keep the engine running while we tune it, any volunteers?',
    'I fainted once at a concert years ago, is there a support group for people with low blood pressure?',
    'My 8-year-old is home alone for an hour after school, is there an afternoon club in Vantaa?',
  ]);
});

describe('worth more dead, a noose set up, a birthday decided the last, nobody to find me; quieted: a daredevil\'s death wish, a pharmacist', () => {
  crisis([
    "Sometimes I think I'd be worth more dead, the life insurance would pay the mortgage",
    'the rope is already up in the barn. I keep looking at it',
    "I've decided this will be my last birthday. just wanted to say it somewhere",
    'everyone is away at midsummer and nobody will find me till they come back',
    'got the shotgun out on the table tonight. not going to do anything stupid. probably.',
  ]);
  ordinary([
    'my mates say I have a death wish because I ski off-piste, any avalanche course in Lapland?',
    'Pharmacist here, we want leaflets about overdose risks for young customers',
  ]);
  concern([
    'feel invisible at school and sad all the time, not gonna do anything dumb though',
  ]);
});
