// Constructions added after open blind batch 8 (crisis-sven-8, Swedish and English), each with phrasings written here
// rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a stroke or a shaken baby told in learner word order, and a child with an age being beaten', () => {
  crisis([
    'pappa pratar sluddrigt och hans mun är hängande på vänster sida, han inte kan lyfta sin arm',
    'the right side of her mouth is drooping and she cannot lift her left arm, is it serious?',
    'the nanny says the father shook the baby and now she only sleeps',
    'my husband is hitting my 6 year old son with a stick right now',
    'he has locked both of us in the basement',
  ]);
  ordinary([
    'the left side of his face is still paralysed after the stroke two years ago, any peer group for carers?',
  ]);
});

describe('understatement and a farewell to a teacher, a plan not to be around', () => {
  crisis([
    'I am planning not to be around after Christmas, could you tell me who takes care of pets',
    'my student texted that she won\'t be at school tomorrow or ever again, thanks for everything, and her phone is off',
  ]);
});

describe('said plainly: not urgent, denies a plan, not going to act', () => {
  concern([
    'skulle inte ha något emot att inte vakna, men jag gör ingenting',
    'klient 60 år, säger att hon inte vill leva längre, förnekar planer, behöver samtalsstöd',
    'client 45 says she is just waiting to join her husband, denies any plan, lives alone',
    'my roommate keeps saying what\'s the point of any of it, he told me he isn\'t going to hurt himself',
    'Jag vill inte dö men jag ser ingen framtid här',
    // A worker's note of a client's hopelessness is worth the gentle line, though clients are professional talk.
    'klient 60 år, säger att livet är meningslöst, behöver samtalsstöd',
    'asiakas 55v, kokee että kaikki on turhaa, ei suunnitelmia',
  ]);
  ordinary([
    'How can I tell if a colleague is thinking about ending their life? It is nothing urgent, I want to learn the signs',
    'vi övar samtal med någon som vill dö på jourutbildningen, finns det material?',
  ]);
});

describe('figures, songs and histories that are not disclosures', () => {
  ordinary([
    'if I have to fill in one more Kela form again I will literally die',
    'the band plays songs all about wanting to die, any rehearsal rooms in Espoo?',
    'inte som att jag vill dö eller så, men skolan känns meningslös',
  ]);
  concern([
    'jag skar mig som tonåring och har ärr, vem kan man prata med om det som vuxen',
    'he beat me for eight years, we divorced and I am safe now but I have nightmares',
  ]);
  crisis([
    'olin vuoden ilman viiltelyä mut nyt tekee taas mieli viiltää tänä iltana',
  ]);
});
