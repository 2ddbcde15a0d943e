// Topical precision over the real knowledge base: a resident who names a condition, group or life event gets its own
// association near the top, and nobody gets another topic's association first (a dementia carer is not sent to ADHD).
import { describe, expect, it } from 'vitest';
import type { RankedActivity } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher, catalogue } = realKnowledge();

/** The associations that serve only one condition, group or life event, by topic. */
const TOPICS = {
  memory: ['muistiliitto-muistiluotsi', 'muistiliitto-vertaisryhmat-laheisille', 'muistiliitto-kokemustoimijat', 'lapin-muistiyhdistys',
    'minneslotsen-borga-sibbo', 'helsingin-muistiyhdistys-muistiluotsi', 'muistiluotsi-huittinen', 'muistiyhdistykset-uusimaa-omaisten-vertaistuki',
    'muistiyhdistykset-uusimaa-vertaisohjaajaksi'],
  cancer: ['syopajarjestot-neuvonta', 'europa-donna-rintasyopa-vertaistuki'],
  diabetes: ['diabetesliitto-neuvonta-ja-yhdistykset', 'diabetesyhdistykset-uusimaa', 'porin-seudun-diabeetikot', 'borga-nejdens-diabetesforening'],
  ms: ['neuroliitto-neuvonta-ja-vertaistuki'],
  parkinson: ['parkinsonliitto-vertaistoiminta'],
  rheuma: ['reumaliitto-liikunta-ja-vertaistuki'],
  psoriasis: ['psoriasisliitto-vertaistuki'],
  eating: ['syomishairioliitto-vertaistuki'],
  adhd: ['adhd-liitto-tieto-ja-neuvonta'],
  autism: ['autismiliitto-vertaistuki'],
  epilepsy: ['epilepsialiitto-kurssit-ja-vertaisryhmat'],
  stroke: ['aivoliitto-yhdistykset-uusimaa', 'aivovammaliitto-tieto-ja-vertaistuki'],
  heart: ['sydanliitto-sydanyhdistykset', 'sydanliitto-elintapaohjaus', 'sydanyhdistykset-uusimaa'],
  // Hearing loss and deafness: the two federations are sister organisations, either is an answer a professional accepts.
  hearing: ['kuuloliitto-kuuloyhdistykset', 'kuuloliitto-lasten-ja-nuorten-vertaistoiminta', 'kuurojen-liitto-viittomakielinen-toiminta'],
  sight: ['nkl-naon-ja-tekniikan-tuki'],
  intellectual: ['tukiliitto-teatteri-ja-harrastukset', 'tukiliitto-perheet-ja-edunvalvonta', 'tukiliitto-yhdistykset-uusimaa'],
  respiratory: ['hengitysliitto-hengitysyhdistykset'],
  veterans: ['sotaveteraaniliitto-tuki-veteraaneille-ja-leskille'],
  lgbt: ['sinuiksi-sateenkaarinuoret', 'seta-tieto-ja-tuki', 'helsinki-pride-ryhmat-ja-tapahtumat', 'sateenkaariperheet-vertaistoiminta'],
  divorce: ['yvpl-vertaistuki-ja-eroneuvonta', 'miessakit-erosta-elossa'],
  prison: ['rets-tuki-vapautuville-ja-laheisille'],
  sami: ['suoma-sami-nuorat-saamelaisnuoret'],
  roma: ['romano-missio-neuvonta-ja-tuki'],
  gambling: ['peluuri-auttava-puhelin'],
  violenceUsers: ['etkl-jussi-tyo', 'lyomaton-linja-espoo'],
  undocumented: ['global-clinic-terveysapu', 'global-clinic-helsinki'],
  poisoning: ['myrkytystietokeskus-neuvonta'],
  suicideLoss: ['surunauha-vertaistuki'],
  homicideLoss: ['huoma-vertaistuki'],
  childDeath: ['kapy-lapsikuolemaperheet-vertaistuki'],
  // A miscarriage: Simpukka names it; Käpy is for a child who died from late pregnancy on.
  miscarriage: ['simpukka-tahaton-lapsettomuus'],
  students: ['nyyti-opiskelijoiden-chatit'],
  elderAbuse: ['suvanto-linja-ikaantyneiden-kaltoinkohtelu'],
  // Drugs: NA for people who use, Irti Huumeista for their close ones; either is an answer a professional accepts.
  drugs: ['na-nimettomat-narkomaanit', 'irti-huumeista-laheisryhmat'],
  mentalFamily: ['finfami-mielenterveysomaisten-tuki'],
  sexualViolence: ['tukinainen-seksuaalista-vakivaltaa-kokeneille'],
  // Rare diseases: the network and the rare-disease centre are sister answers a professional accepts.
  rare: ['harvinaiset-verkosto-tieto-ja-vertaistuki', 'norio-harvinaiskeskus'],
  muscle: ['lihastautiliitto-neuvonta-ja-vertaistuki'],
  // Video gaming, not gambling: each must stay out of the other's first three.
  gaming: ['digipelirajaton-sosped'],
} as const;
type Topic = keyof typeof TOPICS;
const topicOf = new Map<string, Topic>(Object.entries(TOPICS).flatMap(([t, ids]) => ids.map((id) => [id, t as Topic] as const)));

/** Messages naming a topic, as residents write them: the topic's association belongs among the first three. */
const NAMED: ReadonlyArray<readonly [Lang, Topic, string]> = [
  ['en', 'eating', "I think I have bulimia and I'm scared to tell anyone, is there someone I could talk to?"],
  ['sv', 'adhd', 'Vår son har fått en ADHD-diagnos, var får vi information och stöd som föräldrar?'],
  ['en', 'hearing', "I'm hard of hearing and feel left out of conversations, is there a peer group?"],
  ['fi', 'memory', 'Hoidan kotona äitiä jolla on muistisairaus, ja jaksaminen on lopussa. Onko omaisille vertaistukea?'],
  ['fi', 'memory', 'Äidin muisti on alkanut pätkiä ja lääkäri epäilee alzheimeria. Mistä saisin omaisena tietoa?'],
  ['sv', 'memory', 'Min man har fått diagnosen Alzheimers och jag vet inte hur vi ska klara vardagen.'],
  ['en', 'memory', 'My dad has dementia and keeps forgetting things, where can our family get advice?'],
  ['fi', 'cancer', 'Sain eilen tiedon että mulla on rintasyöpä. Haluisin jutella jonkun kanssa joka on käyny saman läpi.'],
  ['sv', 'cancer', 'Min mamma har lungcancer och får cellgifter, vart kan vi anhöriga vända oss för att prata?'],
  ['en', 'cancer', 'my wife was diagnosed with breast cancer last week, is there support for us'],
  ['fi', 'diabetes', 'Pojalla todettiin ykköstyypin diabetes, onko vertaistukea vanhemmille?'],
  ['en', 'diabetes', 'I was told I have type 2 diabetes. Any advice or groups where I could learn to live with it?'],
  ['fi', 'ms', 'Minulla diagnosoitiin MS-tauti kuukausi sitten, mistä löytäisin muita sairastuneita?'],
  ['en', 'ms', 'newly diagnosed with multiple sclerosis, looking for peer support'],
  ['fi', 'parkinson', 'Isällä on Parkinsonin tauti ja äiti hoitaa häntä. Onko meille vertaistukea tai neuvontaa?'],
  ['en', 'parkinson', "My husband has Parkinson's. Is there a peer group for people like us?"],
  ['fi', 'rheuma', 'Nivelreuma vaivaa ja haluaisin tavata muita reumaatikkoja, onko vertaistukea?'],
  ['fi', 'eating', 'Tyttäreni sairastaa anoreksiaa, mistä me vanhemmat saadaan tukea?'],
  ['fi', 'adhd', 'Sain aikuisena ADHD-diagnoosin, mistä tietoa ja vertaistukea?'],
  ['fi', 'autism', 'Lapsella todettiin autismikirjo, haluaisin tavata muita perheitä samassa tilanteessa'],
  ['en', 'autism', 'our son is autistic and we would like to meet other families and get information'],
  ['fi', 'epilepsy', 'Sain epilepsiadiagnoosin ja kohtaukset pelottaa, olisiko vertaisryhmää?'],
  ['en', 'epilepsy', 'My daughter has epilepsy. Are there courses or peer groups for families?'],
  ['fi', 'stroke', 'Mies sai aivoinfarktin ja puhe on mennyt, onko vertaisryhmiä tai tukea meille?'],
  ['en', 'stroke', 'my mother had a stroke last month, where can the family find support'],
  ['fi', 'heart', 'Sain sydäninfarktin keväällä, onko sydänpotilaille liikuntaryhmiä ja vertaistukea?'],
  ['en', 'heart', "after my heart attack I'm scared to exercise, any groups for heart patients?"],
  ['fi', 'hearing', 'Olen kuuro ja haluaisin viittomakielistä toimintaa ja neuvontaa'],
  ['fi', 'sight', 'Näkö on heikentynyt makulan takia, mistä apua apuvälineisiin ja vertaistoimintaa?'],
  ['en', 'sight', "I'm losing my sight and need help learning a screen reader"],
  ['fi', 'intellectual', 'Aikuinen kehitysvammainen veljeni kaipaisi harrastuksia ja kavereita'],
  ['en', 'intellectual', 'My daughter has Down syndrome and we are looking for hobbies for her'],
  ['en', 'respiratory', 'I have COPD and get short of breath, is there a support group?'],
  ['fi', 'veterans', 'Isoisä on sotaveteraani, mitä tukea ja toimintaa hänelle on tarjolla?'],
  ['en', 'lgbt', "I'm gay and new to Helsinki, looking for an LGBT community to meet people"],
  ['fi', 'divorce', 'Ero tuli yllättäen ja nyt oon yksinhuoltaja kahdelle lapselle, mistä tukea?'],
  ['en', 'divorce', 'going through a divorce, need advice on custody and someone to talk to'],
  ['fi', 'prison', 'Pääsen vankilasta ensi kuussa enkä tiedä mistä asunto ja tuki'],
  ['en', 'prison', 'my brother is getting out of prison soon, is there support for him and the family'],
  ['fi', 'sami', 'Olen saamelaisnuori ja etsin muita nuoria saamelaisia'],
  ['fi', 'gambling', 'Mieheni pelaa nettikasinolla ja velkaa on tullut paljon, mistä apua?'],
  ['sv', 'gambling', 'Jag har spelproblem och spelar bort hela lönen'],
  ['en', 'gambling', "I can't stop gambling on my phone and I'm losing everything"],
  ['fi', 'violenceUsers', 'Olen lyönyt vaimoani riidassa ja haluan oppia hallitsemaan vihaani'],
  ['fi', 'miscarriage', 'Keskenmeno viime kuussa ja olo on ihan tyhjä, onko vertaistukea meille vanhemmille?'],
  ['sv', 'miscarriage', 'kamratstöd efter missfall'],
  ['en', 'childDeath', 'we lost our baby at 22 weeks and need to talk to other parents who have been through it'],
  // Known gaps until the named circumstance became evidence of its situation (nothing else in them is read as a topic).
  ['fi', 'hearing', 'Kuulo on heikentynyt ja kuulokoje tuntuu hankalalta, kuka neuvoisi ja olisiko vertaistukea?'],
  ['fi', 'lgbt', 'Oon 15 ja luulen että oon trans, en uskalla kertoo kellekään. Onko jotain ryhmää?'],
  ['fi', 'students', 'Olen yliopisto-opiskelija ja gradu ahdistaa niin etten saa nukuttua, voisinko jutella muiden opiskelijoiden kanssa?'],
  ['en', 'students', "I'm an exchange student in Turku and feel really lonely and anxious, is there a chat for students?"],
  ['fi', 'elderAbuse', 'Veljeni vie äidin eläkkeen joka kuukausi ja äiti pelkää sanoa mitään. Mistä saisi neuvoa?'],
  ['en', 'elderAbuse', 'I think my grandmother is a victim of financial abuse by her carer, who can advise us?'],
  ['fi', 'drugs', 'Olen käyttänyt amfetamiinia kymmenen vuotta ja haluan nyt lopettaa, onko vertaisryhmiä?'],
  ['fi', 'drugs', 'Tyttäreni käyttää huumeita ja me vanhemmat ollaan ihan lopussa. Onko läheisille ryhmiä?'],
  ['fi', 'mentalFamily', 'Pojallani todettiin skitsofrenia ja koko perhe on ihan hukassa, mistä omaiset saavat tukea?'],
  ['en', 'mentalFamily', 'My wife is bipolar and has been in hospital twice this year. Where can I get support as her husband?'],
  ['fi', 'lgbt', 'Olemme naispari ja odotamme ensimmäistä lastamme, onko muita sateenkaariperheitä tavattavaksi?'],
  ['fi', 'sexualViolence', 'Minut raiskattiin bileissä viime kuussa. Mistä saisin apua ja neuvoja?'],
  ['en', 'sexualViolence', "My friend was raped at a party and doesn't know if she should go to the police, where can she get help?"],
  ['fi', 'rare', 'Lapsellamme todettiin harvinainen perinnöllinen sairaus, mistä saisimme tietoa ja vertaistukea?'],
  ['en', 'rare', 'I have a rare disease and have never met anyone else with the same diagnosis'],
  ['sv', 'rare', 'Vår dotter har en sällsynt sjukdom, finns det någon som kan ge information och kamratstöd?'],
  ['fi', 'muscle', 'Isälläni todettiin ALS, mistä saamme tukea ja tietoa?'],
  ['en', 'muscle', 'My father was diagnosed with ALS last month, where can the family get support?'],
  ['fi', 'muscle', 'Minulla on lihastauti ja liikkuminen vaikeutuu, olisiko vertaistukea?'],
  ['fi', 'cancer', 'Vaimollani todettiin rintasyöpä ja hän aloittaa solunsalpaajat, mistä saisimme vertaistukea?'],
  ['fi', 'diabetes', 'Asun Porissa ja minulla on kakkostyypin diabetes, onko täällä yhdistystä?'],
  ['fi', 'gaming', '15-vuotias poikani pelaa fortnitea yöt läpi eikä käy koulussa, mistä apua?'],
  ['fi', 'gaming', 'Pelaan liikaa tietokonepelejä ja opiskelut kärsii'],
  ['en', 'gaming', 'my son plays video games all night and skips school, what can we do?'],
  ['sv', 'gaming', 'Min son spelar dataspel hela nätterna och vill inte gå till skolan'],
];

/**
 * Known gaps, kept so they are not forgotten: each fails its assertion today and `it.fails` turns green only while it
 * does. When one starts to pass (vitest then reports it), move it into NAMED. None at the moment: the last two ("kuulo",
 * "trans" read as no situation at all) closed when a named circumstance became evidence of its activity's situation.
 */
const KNOWN_GAPS: ReadonlyArray<readonly [Lang, Topic, string]> = [];

/** Needs that name no topic: no topic association first, and none among the first three. */
const GENERAL: ReadonlyArray<readonly [Lang, string]> = [
  ['fi', 'olen yksinäinen eläkeläinen ja kaipaisin seuraa'],
  ['fi', 'Rahat ei riitä ruokaan loppukuusta, mistä saisi ruoka-apua?'],
  ['fi', 'Masentaa ja ahdistaa, haluaisin puhua jonkun kanssa'],
  ['fi', 'Poika juo liikaa, mistä apua läheiselle?'],
  ['fi', 'Haluaisin ryhtyä vapaaehtoiseksi iltaisin'],
  ['fi', 'Äiti on 85 ja kaipaisi jumppaa ja seuraa muiden ikäistensä kanssa'],
  ['fi', 'Ulosotto uhkaa ja velkoja on liikaa, kuka neuvoo?'],
  ['fi', 'Muutin juuri Suomeen ja haluan oppia suomea'],
  ['fi', 'Olen omaishoitaja ja tarvitsisin lomaa ja vertaistukea'],
  ['fi', 'Mies lyö minua ja pelkään, mistä apua?'],
  ['sv', 'Jag är ensam och vill träffa nya vänner'],
  ['sv', 'Min man dog i våras och jag är så ensam'],
  ['sv', 'Jag har skulder som jag inte kan betala'],
  ['sv', 'Min pappa dricker för mycket, var får anhöriga stöd?'],
  ['sv', 'pensionär, vill börja motionera i grupp'],
  ['en', "I'm new in Finland and lonely"],
  ['en', 'I feel depressed and need someone to talk to'],
  ['en', "I lost my job and don't know what to do"],
  ['en', "I'd like to volunteer on weekends"],
  ['en', "we can't afford food this month, the kids are hungry"],
  ['en', 'my grandmother is 90 and lives alone, could someone visit her'],
  ['en', 'my retired parents are bored, any clubs or day trips for pensioners?'],
  ['sv', 'Min son vill börja spela basket, finns det något lag för nybörjare?'],
  ['sv', 'Min sambo slår mig och jag är rädd, vart kan jag vända mig?'],
  ['en', 'my husband hits me when he drinks, where can I get help?'],
  ['fi', 'Mieheni kuoli syksyllä. Lapset on jo aikuisia ja asuvat muualla, ja talo on niin hiljainen.'],
];

const top = (lang: Lang, text: string): RankedActivity[] => matcher.match({ text, lang }).results;
const show = (list: readonly RankedActivity[]): string => list.slice(0, 3).map((a) => a.id).join(', ');

describe('topic associations', () => {
  it('every topic association exists and carries the words that name its topic', () => {
    for (const id of topicOf.keys()) {
      const a = catalogue.activityById.get(id);
      expect(a, id).toBeDefined();
      expect(a!.onlyWhen, `${id} has no onlyWhen`).toBeDefined();
    }
  });

  const namedTopicFits = (lang: Lang, topic: Topic, text: string): void => {
    const results = top(lang, text);
    const own = results.slice(0, 3).filter((a) => topicOf.get(a.id) === topic);
    expect(own.length, `first three: ${show(results)}`).toBeGreaterThan(0);
    const first = topicOf.get(results[0]!.id);
    expect(first === undefined || first === topic, `first: ${show(results)}`).toBe(true);
    const others = results.slice(0, 3).filter((a) => { const t = topicOf.get(a.id); return t !== undefined && t !== topic; });
    expect(others.map((a) => a.id), `first three: ${show(results)}`).toEqual([]);
  };

  it.each(NAMED)('%s (%s): "%s" gets its own association among the first three, never another topic\'s first', namedTopicFits);

  if (KNOWN_GAPS.length > 0) it.fails.each(KNOWN_GAPS)('known gap, %s (%s): "%s" does not yet get its own association among the first three', namedTopicFits);

  it.each(GENERAL)('%s: "%s" names no topic and gets no topic association among the first three', (lang, text) => {
    const results = top(lang, text);
    expect(results.length).toBeGreaterThan(0);
    const topical = results.slice(0, 3).filter((a) => topicOf.has(a.id));
    expect(topical.map((a) => a.id), `first three: ${show(results)}`).toEqual([]);
  });
});
