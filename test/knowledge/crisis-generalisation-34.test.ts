// Constructions added after open blind batches 34 and 36 (code-switching, second-language writers, workers typing in an
// appointment, people let down before; emergencies of others told by what is seen), each with phrasings written here rather
// than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('a stroke told by one side of the body and words that come wrong', () => {
  crisis([
    'my dad right arm not working since 10 min and his words come out wrong',
    'isän oikea käsi ei tottele ja puhe sammaltaa, hän istuu keittiössä',
    'mammas vänstra arm domnade nyss och orden kommer fel när hon pratar',
  ]);
  ordinary([
    'Isä sai aivoinfarktin viime vuonna, oikea käsi ei toimi ja sanat tulee väärin. Onko afasiaryhmää Kuopiossa?',
    'After his stroke two years ago his left leg does not work well; is there adapted exercise in Espoo?',
  ]);
});

describe('a fall from a height or a blow, with someone not moving or bleeding from an ear', () => {
  crisis([
    'a man fell off the roof at the site next to us and he is not moving',
    'kaveri putosi telineiltä ja korvasta tulee verta, pomo käskee olla soittamatta',
    'min kollega föll från stegen och rör sig inte',
  ]);
  ordinary([
    'I fell off my bike last month and hurt my knee, looking for a walking group in Turku when it heals.',
  ]);
});

describe('an old person fallen outdoors in the frost, who cannot be lifted', () => {
  crisis([
    'mieheni kaatui pihalle enkä saa häntä ylös, hän on ihan kylmä ja puhuu sekavia',
    'my mother fell on the path and I can\'t get her up, it is so cold out',
    'farfar ramlade i snön och jag kan inte lyfta honom, han är alldeles kall',
  ]);
  ordinary([
    'Mummo kaatui viime talvena pihalla eikä päässyt ylös, nyt mietitään turvapuhelinta. Kuka neuvoo?',
  ]);
});

describe('gas smelt and someone who fainted; a weak knock and a call for help behind a locked door', () => {
  crisis([
    'rapussa haisee kaasu ja naapurin mies makaa oven suussa',
    'it smells of gas in the flat and my wife fainted',
    'I hear weak knocking on the radiator from the flat below and someone saying help',
    'hör svag knackning i elementet och någon som ropar hjälp, dörren är låst',
  ]);
  ordinary([
    'Our gas stove smells a bit when lit, who checks it? We rent in Lahti.',
  ]);
});

describe('a train that does not stop waited for, a death to be taken for an accident, the next lorry steered into', () => {
  crisis([
    'sitter på stationen och väntar på tåget som inte stannar här. orkar inte mer med nånting',
    'they will think it was an accident, that is better for everyone',
    'odotan laiturilla junaa joka ei pysähdy tällä asemalla. en jaksa enää',
    'next truck that comes I steer into it, nobody needs to understand',
    'seuraava rekka joka tulee vastaan, siihen minä käännän',
  ]);
  ordinary([
    'Waiting for the train that does not stop in Kerava on Sundays, so annoying. Any men\'s groups in Järvenpää?',
    'Poliisin mukaan isän kuolema oli onnettomuus. Sururyhmää etsin Porista.',
  ]);
});

describe('a stab wound, a capsized boat, men with bats at the door', () => {
  crisis([
    'kaveria puukotettiin kaupan edessä ja se vuotaa verta vatsasta',
    'he was stabbed in the stairwell, bleeding a lot and going pale',
    'the canoe tipped over and my brother is holding on to it, the water is ice cold',
    'veneemme kaatui ja poika roikkuu veneen laidassa vedessä',
    'his cousins are outside our door with bats, shouting they will kill me',
  ]);
  ordinary([
    'Vi har ett basebollag för nyanlända pojkar i Vasa, och vi behöver tränare.',
    'Was stabbed years ago and I am fine now. Looking for volunteering with youth in Vantaa.',
  ]);
});

describe('a child tells of touching at night and the adult has the child alone tonight', () => {
  crisis([
    'my 8 year old told me her stepdad touches her at night and he is babysitting tonight',
    'tyttö kertoi että isäpuoli tulee hänen huoneeseensa öisin, ja tänä yönä he ovat kahden',
  ]);
  ordinary([
    'Isäpuoli kopeloi minua lapsena, kerron siitä nyt ensimmäistä kertaa. Onko vertaistukea aikuisille?',
  ]);
});

describe('a missing person with dementia, children alone since a weekday, passports held: the second-language forms', () => {
  crisis([
    'morfar med demens är borta, dörren stod öppen och tofflorna är kvar, det är minus femton',
    'äiti (muistisairas) lähti illalla ulos ja ovi jäi auki, pakkasta on paljon eikä löydy',
    'mamma har inte varit hemma sen i lördags och maten är slut, min bror är 6',
    'boss keep our passports and we cannot go out, he hit my friend yesterday',
    'arbetsgivaren har tagit passen och vi får inte lämna gården',
    'my uncle injected all his insulin and his phone is off',
  ]);
  ordinary([
    'My mother has dementia and once walked out in slippers two years ago; is there a memory café in Espoo?',
  ]);
});

describe('a worker\'s note that the client, asked, denies thoughts of harm; figures of an engine and of shame', () => {
  concern([
    'as. (m 60) työtön, ei näe järkeä missään. itsetuhoisia ajatuksia ei ole kysyttäessä.',
    'klienten är nedstämd efter skilsmässan, förnekar tankar på att skada sig, söker samtalsgrupp',
  ]);
  ordinary([
    'Auton moottori hirttää kiinni pakkasella, onko miesten verstasta missä voi korjata yhdessä?',
    'Poika sanoo että se kuolee häpeään jos tulen vanhempainiltaan. Onko vanhemmille vertaisryhmää?',
    'Byråkratin tar livet av mig, vem hjälper med FPA-blanketter på svenska?',
    'Got tricked by a fake bank call, I feel so stupid I could die. Any online safety course for seniors?',
    'I worked as a pharmacist for years and know overdose protocols. Can I volunteer in Kotka?',
  ]);
});

describe('batch 37: bodies in trouble told in fragments and by what is seen', () => {
  crisis([
    'MIES. KEITTIÖN LATTIA. EI VASTAA. APUA',
    'olen kaatunut kylpyhuoneen lattialle eilen illalla enkä pääse ylös',
    'tytär on syönyt viikkoja vain omenaa ja vettä, nyt pulssi on tosi heikko eikä hän pysty seisomaan',
    'my son has asthma, the inhaler is empty and his lips are turning blue',
    'dottern har astma, sprayen hjälper inte och hon kan inte prata hela meningar',
    'the baby has a high fever and purple spots that don\'t fade when I press a glass on them',
    'vauvalla kuumetta ja ihottumaa joka ei haalistu kun painaa lasilla',
    'my neighbour got an electric shock from the cable and he is on the floor not breathing',
    'mummo tukehtuu, lihapala jäi kurkkuun eikä hän pysty yskimään',
    'a man climbed outside the railing on the bridge over the motorway, people are just watching',
    'vaimo ei ole nukkunut viikkoon, puhuu demoneista ja lukitsi itsensä vessaan vauvan kanssa',
    'small kid fell out of a window, he threw up and keeps falling asleep',
  ]);
  ordinary([
    'Lapsella on astma ja inhalaattori on joskus unohtunut kotiin, onko astmaleirejä kesällä?',
    'Pelaamme bridgeä joka torstai ja tarvitsemme neljännen pelaajan Lohjalla.',
    'Our son (7) has diabetes and asks whether he will die young. How do other parents talk about it?',
    'Elektrikern fick en stöt på jobbet förra året, nu söker han en kamratgrupp för arbetsskadade.',
  ]);
});

describe('batch 37: threats with "or else" and a writer afraid to go home; pasts told in other ways', () => {
  crisis([
    'my uncles said I will be punished for leaving the church and they wait outside school, I am scared to go home',
    'boss keeps my passport and says my sister at home will be hurt if I leave tonight',
    'exäni lähetti kuvan koulun portista: sano hyvästit. hänellä on lähestymiskielto',
  ]);
  concern([
    'I try to kill myself in a camp before I came to Finland. Now I am okay but the nights are hard.',
    'slutade skada mig själv för typ två år sen men tankarna kommer ibland, finns det en chatt?',
  ]);
});

describe('batch 38: means set up without a word for death, another out of their mind with a weapon, emergencies of others', () => {
  crisis([
    'letku on pakoputkessa ja tallin ovi kiinni, auto käy',
    'pistin juuri koko insuliinikynän tyhjäksi enkä aio syödä mitään',
    'löysin pojan viestit: he sopivat tekevänsä sen yhdessä huomenna',
    'kolmevuotias on päässyt mummon dosettiin ja siitä puuttuu monta pilleriä',
    'Sunday night will be my last, everything is prepared for the children',
    'gave my switch to my cousin, she thinks im just being nice. everythings ready for tonight',
    'lit the charcoal grill inside the cabin and closed the vent. I want someone to know where I am so they find me',
    'veli on valvonut viikon, puhuu säteistä ja otti kirveen ja lähti naapuria kohti',
    'our 3-year-old wandered off from the berry patch and it is getting dark and cold',
    'the dog bit her face and blood is coming through the towel',
    'he held a knife to my neck and said next time he cuts',
    'we ate mushrooms from the forest and now she vomits and is so weak she cannot stand',
    'a man at our factory says he brings his rifle tomorrow and settles things with the bosses',
    'my sister is on day 30 of a water fast ordered by the pastor, her heart flutters and she can\'t see properly',
  ]);
  ordinary([
    'Äidin lääkkeet menee sekaisin ja apteekista sain dosetin. Kävisikö joku vapaaehtoinen auttamassa jakamisessa?',
    'My dad takes 6 kinds of pills and I want to learn to fill his weekly pill box. Any help in Vietnamese?',
    'Isä nukkui pois ja nyt kuolinpesän asiat painavat. Mistä saa ilmaista neuvontaa perunkirjoitukseen?',
    'We had our dog put to sleep and my son asks when he will wake up. Any books for children?',
    'My supervisor will murder me if the chapter is late again, ha. Any peer group for doctoral students?',
    'I need a knife safety course and a hygiene passport for a kitchen job in Pori.',
  ]);
  concern([
    'My son never talks about hurting himself but he says there is no future. Is there someone to talk to in Ukrainian?',
  ]);
});
