// Constructions added after open blind batches 17 (fi/sv/en) and 18 (English), each with phrasings written here rather
// than taken from the batches. Every table names the category it tests.
import { describe, expect, it } from 'vitest';
import { detectCrisis, normaliseForCrisis } from '../../knowledge/crisis-guard.js';
import { crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a baby\'s breathing: grey or bluish lips, the chest pulling in, a floppy baby, a child who cannot be woken properly', () => {
  crisis([
    'our son is 2 months and his lips look greyish, he breathes fast and the skin is pulling in between his ribs',
    'vauvan huulet on vähän sinertävät ja kylkivälit vetää joka hengenvedolla',
    'bebisens läppar är lite gråa och han drar in under revbenen när han andas',
    'my daughter is 5 weeks old and so floppy today, she will not feed',
    'tytär on diabeetikko, en saa häntä millään hereille ja hän hikoilee',
    "I can't wake him properly, he mumbles and is drenched in sweat",
  ]);
  ordinary([
    'My lips are always grey in winter, any tips for a dry skin group?',
    'my arms felt all floppy after the gym class, is there a gentler group for beginners?',
  ]);
});

describe('a poison drunk by a child: dishwasher liquid, detergent, washing-up liquid', () => {
  crisis([
    'my 2 year old drank some washing-up liquid and keeps coughing',
    'poika joi astianpesuainetta ja oksentaa',
    'lillan drack diskmedel och hostar',
  ]);
  ordinary([
    'is there a cheaper place to buy dishwasher detergent for a big family?',
  ]);
});

describe('a worker with one client now: on the floor and cold, a phone ringing inside, flies at the window', () => {
  crisis([
    'home carer here, my client is on the floor, she cannot move her leg and is ice cold',
    'Hemtjänsten här: klienten öppnar inte och telefonen ringer inne, vi har ingen nyckel',
    'nobody has answered in the flat below for a week, and there are flies on the inside of the window',
    'vuokralainen ei ole avannut ovea viikkoon ja rappu alkaa haista',
  ]);
  ordinary([
    'My clients often fall at home, is there a course on fall prevention for home carers?',
    'our neighbour does not open the door to anyone, she is shy, can a volunteer visit her?',
  ]);
});

describe('a dose asked for so that one does not wake, fire commanded by voices, looking down from a roof, the insurance money, a hip broken now', () => {
  crisis([
    'how much of my sleeping pills would be enough so I do not wake up?',
    'the voices keep telling me the flat must be purified with fire tonight',
    'äänet käskee polttaa koko kämpän bensalla',
    "I'm up on the roof terrace of our building and I keep looking down",
    'he took the rifle to the shed and said the family would all be better off with his life insurance money',
    'min sambo knuffade mig i golvet och jag tror att höften är av, han kommer tillbaka snart',
  ]);
  ordinary([
    'we have a lovely roof terrace, would the neighbourhood club like to meet there?',
    'grandma broke her hip last winter, is there a walking group for after rehab?',
  ]);
});

describe('quieted: disavowals said in other words, a past told with "back" or "in college", coffee in excess', () => {
  ordinary([
    "I'm exhausted by this winter and the debts, I'm not thinking of doing anything stupid, I just need someone to talk to",
    'not that I would ever do anything, but I have had enough of being this lonely',
    'intissä on raskasta enkä jaksa mitään, en oo tekemässä mitään mut haluisin puhua jollekin',
    'My cousin attempted suicide six years back and is doing well, how can our family keep supporting him?',
    'otin varmaan yliannostuksen kahvia aamulla, onko vuorotyöläisille jotain vertaistukea?',
  ]);
});

describe('a long story of hard times without any word of danger is not an alarm', () => {
  ordinary([
    'Hei, kirjoitan isäni puolesta. Hän on 74 ja asuu yksin omakotitalossa Iisalmessa. Äiti kuoli keväällä ja sen jälkeen '
      + 'isä on kerännyt taloon lehtiä, pahvilaatikoita ja rikkinäisiä kodinkoneita niin, että keittiössä ei enää mahdu '
      + 'laittamaan ruokaa. Hän on suuttunut aina kun yritämme siivota, ja me sisarukset olemme ihan loppu ja riidoissa '
      + 'keskenämme. Onko jossain järjestöä, joka tukee sekä keräilijää itseään että omaisia?',
    'My wife and I run a small dairy farm near Seinäjoki. Milk prices fell again, the bank calls every week about the new '
      + 'barn loan and I have not slept properly since the autumn. My wife says I have changed and the kids notice it too. '
      + 'I am not the type to talk about feelings but she made me write here. Is there anyone who helps farmers with money '
      + 'trouble and the stress that comes with it, somebody who knows farming?',
  ]);
});

describe('punctuation said aloud to dictation', () => {
  it('reads "period", "piste" and "punkt" between words as sentence marks, and keeps the nouns', () => {
    expect(normaliseForCrisis('he went out an hour ago period he said nothing')).toContain('ago . he');
    expect(normaliseForCrisis('tulin kotiin piste kukaan ei ollut siellä')).toContain('kotiin . kukaan');
    expect(normaliseForCrisis('jag kom hem punkt ingen var där')).toContain('hem . ingen');
    expect(normaliseForCrisis('my period is late')).toContain('period is late');
    expect(normaliseForCrisis('a trial period of six months')).toContain('trial period of');
  });

  it('reads a danger told with dictated punctuation', () => {
    const told = 'my husband went to the barn with the shotgun an hour ago period he said we would all be better off with the insurance money period he does not answer';
    expect(detectCrisis(told).crisis).toBe(true);
  });
});
