// Constructions added after open blind batch 23 (phone typing, workers' shorthand, dialects, second-language writers),
// each with phrasings written here rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { crisis, concern, ordinary } from '../fixtures/crisis-tables.js';

describe('an emergency told only by what is seen: a crooked mouth, a fit that goes on, a grey face', () => {
  crisis([
    'isä istuu sohvalla, suu on vino eikä oikea käsi nouse',
    'my dad is at the table and his mouth went crooked, he is not making sense',
    'hon har krampat i över fem minuter nu och slutar inte',
    'my son has been fitting for 7 minutes and has gone a grey colour',
  ]);
  ordinary(['I had a seizure years ago and now want to join an epilepsy peer group in Tampere']);
});

describe('someone through the ice or not coming up in the water', () => {
  crisis([
    'naapuri meni jään läpi tuossa rannassa ja pitää kiinni jään reunasta',
    'my cousin dove off the pier and has not come back up, it has been a minute',
    'pappa gick genom isen vid stugan, han hänger i iskanten',
  ]);
  ordinary([
    'Ajokortti meni jäihin sairauden takia ja nyt en pääse töihin. Onko vertaistukea?',
    'We go ice swimming every Sunday, is there a club in Oulu?',
  ]);
});

describe('fire or smoke now with someone inside who cannot get out', () => {
  crisis([
    'koko rappu on täynnä savua ja kolmannessa kerroksessa asuu yksin vanha rouva joka ei kävele',
    'smoke is pouring out of the flat below and my neighbour is still inside, he uses a wheelchair',
    'det brinner i bastun och farfar kommer inte ut',
  ]);
  ordinary(['Our house burned down last week and everyone got out. Where can we get clothes for the kids in Kemi?']);
});

describe('a weak voice behind a door that does not open; carbon monoxide by a closed stove', () => {
  crisis([
    'vuokralainen ei avaa ovea ja oven takaa kuuluu heikkoa valitusta, avain ei sovi',
    'the old man upstairs does not open and I can hear faint moaning from inside',
    'kaikilla mökissä kova päänsärky ja lapsi oksentaa, kamiinan pelti oli kiinni koko yön',
  ]);
});

describe('children left for days, a relative locked in, a worker whose passport is held', () => {
  crisis([
    'isä ei oo tullu kotiin eilen aamusta, mä oon 9 ja mun pikkusisko on täällä, ei oo ruokaa',
    'mamma har inte kommit hem sedan i förrgår och min lillebror gråter, vi har ingen mat',
    'my brother has locked his wife in the bedroom since yesterday and took her phone',
    'boss take my passport and not let us go from the farm, he hit my friend yesterday',
  ]);
  ordinary(['My mum has not come home from her work trip yet, she is back on Friday. I am 16, any cooking classes?']);
});

describe('a person out of their mind among cars; a blade held with a threat', () => {
  crisis([
    'kaveri kuulee ääniä ja kävelee nyt moottoritien pientareella autojen seassa',
    'my brother thinks someone is chasing him and he is walking on the highway in traffic',
    'Her husband has machete and says he will hurt anybody who comes in',
    'miehellä on puukko kädessä ja sanoo että tappaa minut',
  ]);
});

describe('one\'s own act said sideways: steering into a lorry, all the jars taken, enough "for good"', () => {
  crisis([
    'ajan kohta moottoritiellä ekaa rekkaa päin, sanokaa siskolle anteeksi',
    "I'm going to drive into a lorry on the way home tonight",
    'nielin jo kaikki mun unilääkkeet ja join pullon viiniä',
    'har tagit alla mina sömntabletter och vill bara sova för alltid',
    'kuinka monta buranaa riittäisi lopullisesti',
    'would 50 of my amitriptyline be enough',
  ]);
  ordinary([
    'How much paracetamol is enough for a child of 20 kg with a fever?',
    'I took all my pills this morning as usual and then went to the day centre',
  ]);
});

describe('farewells said sideways: the pet at the neighbour\'s, the door left open, nobody has to listen any more', () => {
  crisis([
    'kissa on jo naapurilla ja ovi jää auki ettei tarvitse murtaa. kiitos kaikesta',
    "my mate's having the cat and he has my passwords. cheers for everything",
    'TÄNÄÄN MÄ TEEN SEN MISTÄ MÄ OON PUHUNU, ei tarvii enää kuunnella mua',
    'ja far ut i skogen i natt utan jacka och tänker int kom tibaak',
    'lähden yöllä metsään ilman takkia, älkää ettikö mua',
  ]);
});

describe('an attempt dated by a year or an age, with life well now; a dark phrase corrected at once', () => {
  concern(['Yritin kerran itsemurhaa kuusi vuotta sitten ja pelkään että ne ajatukset tulevat takaisin nyt kun ero on menossa.']);
  ordinary([
    'Yritin itsemurhaa 2014. Nyt voin hyvin ja haluaisin kokemusasiantuntijaksi.',
    'Jag överlevde ett självmordsförsök som 17-åring. Nu är jag 40 och vill prata i skolor.',
    'Attempted suicide at 16, I am 35 now and doing fine. How do I volunteer with young people?',
    'haluun vaan kuolla pois tästä kunnasta, siis muuttaa pois, onko sateenkaarinuorille jotain',
    'Lärde mig knopar och rep på scouterna, nu vill jag bli ledare',
  ]);
});
