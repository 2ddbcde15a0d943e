// Constructions added after open blind batch 10 (crisis-10), each with phrasings written here rather than taken from the
// batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('emergencies told by their signs: a spiked drink, the cold, fumes indoors, held and not let go', () => {
  crisis([
    'joku laittoi jotain mun kaverin juomaan ja nyt se ei pysty kävelemään ja yks tyyppi yrittää viedä sitä kotiinsa',
    'I think someone spiked my sister\'s drink at the club, she can barely stand and a guy keeps trying to take her outside',
    'någon har haft något i hennes drink, hon kan inte stå och en okänd kille vill ta med henne',
    'isoisä makaa hangessa pihalla yöpaidassa ja on ihan kylmä, ei vastaa mitään',
    'an old man is lying in the snow outside our building in his slippers and he is not making sense',
    'vi har grillen inne i stugan för värmens skull och nu är alla yra och pappa kräks',
    'we ran the generator inside the cabin and now the kids have headaches and my wife is confused',
    'hän ei päästä mua pois asunnosta ja vei puhelimen',
    'he won\'t let me leave the flat and took my keys',
  ]);
  ordinary([
    'Kuka vois tulla lapioimaan lunta, isä makaa selkä kipeänä sohvalla ja pihalla on hanki',
    'Our gas heater broke and the cabin is cold, any volunteers who help pensioners with repairs?',
    'I can\'t leave my mum alone in the evenings, is there a friend volunteer who could visit her?',
  ]);
});

describe('a child denied food as punishment, sexual violence told as happening now, a shaken baby with a possessive', () => {
  crisis([
    'My neighbour\'s boy told me he hasn\'t been given any food for three days as a punishment',
    'pojan isä lukitsee jääkaapin eikä poika ole saanut ruokaa sitten perjantain',
    'he keeps forcing me to have sex and says he will do it again tonight',
    'han tvingade mig att ligga med honom och nu står han utanför dörren',
    'jag ruskade min baby hårt och nu andas hon konstigt',
    'ravistin vauvaa kun se ei lopettanut itkua ja nyt se on ihan veltto',
  ]);
  concern([
    'Jag blev våldtagen för många år sedan och behöver prata med någon om det',
  ]);
});

describe('means and plans said around the method: stones, the pier, not coming back anywhere, the night it happens', () => {
  crisis([
    'I put stones in my coat pockets and I am sitting by the river',
    'olen seissyt laiturin nokassa tunnin ja katson vettä, se kävisi nopeasti',
    'after the wedding I won\'t be coming back, not anywhere. I only wanted someone to know',
    'when my parents go to the cottage on Saturday, that\'s when I\'m doing it. Don\'t try to talk me out of it',
    'Jag har sparat undan en burk med sömntabletterna sen i våras och i natt tar jag dem',
    'I have been saving up my mum\'s sleeping tablets and tonight is the night, please don\'t look for me',
    'ikväll tänker jag skära mig djupare än förra gången',
  ]);
  ordinary([
    'We took a bridge loan for the new house and now the old one won\'t sell, any free debt advice?',
    'Looking for a bridge club in Porvoo, we play Tuesdays',
    'I\'m ending it with my boyfriend this weekend, how do we split the lease?',
    'Standing at the end of the pier watching the sunset is my favourite thing, any photography club in Hanko?',
  ]);
});

describe('figures of speech: a parent\'s wrath over a mishap, too much coffee, a self-correction, crews talking shop', () => {
  ordinary([
    'my dad is going to kill me, I lost my new phone on the bus. is there a lost property office in Espoo',
    'mamma kommer döda mig, jag tappade nycklarna igen, var finns hittegods?',
    'äiti tappaa mut, mä hukkasin taas mun bussikortin',
    'Overdosed on coffee and cinnamon buns at the parish sale, is there a knitting group there too?',
    'taisin ottaa sokerin yliannostuksen joulupöydässä, onko Porissa kävelyryhmää?',
    'Haluan lopettaa kaiken, siis kaikki nämä turhat kuukausimaksut. Kuka neuvoo?',
    'We are paramedics wanting a peer group to talk about hard calls, suicides and accidents. Who supports that?',
    'Next week we role-play suicidal callers in the helpline training, any tips for self-care?',
  ]);
  concern([
    'Isä löi meitä kun me oltiin pieniä, hän on kuollut nyt mutta muistot tulevat öisin',
    'När vi var små slog mamma oss, nu har jag egna barn och drömmer om det',
    'Joskus toivon, ettei tarvitsisi herätä, mutta en ikinä tekisi itselleni mitään',
    'Sometimes I wish I would not wake up, but I would never hurt myself, my kids need me',
  ]);
});
