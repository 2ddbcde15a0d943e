import { describe, expect, it } from 'vitest';
import { detectCrisis, MAX_SCAN_CHARS, normaliseForCrisis, readCrisis } from '../../knowledge/crisis-guard.js';
import type { CrisisKind } from '../../knowledge/vocabulary.js';

// Acute danger in the words residents actually use: colloquial, misspelled, without umlauts, someone else at risk.
const finnishCrises: [string, CrisisKind][] = [
  ['en jaksa enää elää', 'suicide'],
  ['haluun kuolla', 'suicide'],
  ['aion tappaa itseni', 'suicide'],
  ['tapan itteni', 'suicide'],
  ['mä en haluu enää olla olemassa', 'suicide'],
  ['en näe mitään syytä elää', 'suicide'],
  ['kaveri puhuu itsarista', 'suicide'],
  ['viiltelen', 'suicide'],
  ['itsemurha', 'suicide'],
  ['mietin itsaria', 'suicide'],
  ['oon miettiny itaria', 'suicide'],
  ['tapan ittení tänään', 'suicide'],
  ['en jaksa elaa', 'suicide'],
  ['TAPAN ITSENI', 'suicide'],
  ['haluaisin vaan kuolla pois', 'suicide'],
  ['olen ajatellut lopettaa elämäni', 'suicide'],
  ['kaikilla olis parempi ilman mua', 'suicide'],
  ['mulla on itsetuhoisia ajatuksia', 'suicide'],
  ['kaveri aikoo tappaa itsensä', 'suicide'],
  ['mä oon niin loppu et haluisin vaa nukahtaa enkä herätä', 'suicide'],
  ['poikani sanoo tappavansa itsensä', 'suicide'],
  ['haluisin vaan pois tästä maailmasta', 'suicide'],
  ['oon päättäny et tää on mun viimenen ilta', 'suicide'],
  ['oon ottanu kaikki pillerit', 'overdose'],
  ['nielin koko purkin unilääkkeitä', 'overdose'],
  ['join pullon viinaa ja otin kaikki masennuslääkkeet', 'overdose'],
  ['mieheni uhkaa tappaa minut', 'violence'],
  ['hän lyö minua nyt', 'violence'],
  ['pelkään että hän tappaa', 'violence'],
  ['isä hakkaa äitiä', 'violence'],
  ['poikaystävä kuristi mua just äsken', 'violence'],
  ['exä yrittää murtautua sisään', 'violence'],
  ['mua pelottaa että se tappaa mut kun se tulee kotiin', 'violence'],
  ['mies potki mua vatsaan, oon raskaana', 'violence'],
  ['joku hakkaa naapurissa naista, kuuluu huutoa', 'violence'],
  ['mun lapsi ei hengitä', 'general'],
  ['mä haluun et kaikki loppuu nyt', 'suicide'],
  ['olen säästänyt lääkkeitä ja aion ottaa ne kaikki kerralla', 'overdose'],
  ['isäpuoli heittelee tavaroita ja huutaa että tappaa meidät', 'violence'],
  ['mies on lukinnut mut kotiin ja lyö', 'violence'],
];

const swedishCrises: [string, CrisisKind][] = [
  ['jag vill ta mitt liv', 'suicide'],
  ['jag orkar inte leva längre', 'suicide'],
  ['vill inte finnas mer', 'suicide'],
  ['jag vill dö', 'suicide'],
  ['jag vill bara do', 'suicide'],
  ['jag tänker ta livet av mig ikväll', 'suicide'],
  ['min kompis pratar om självmord', 'suicide'],
  ['jag skär mig själv', 'suicide'],
  ['det finns ingen mening att leva', 'suicide'],
  ['jag har bestämt mig för att dö', 'suicide'],
  ['jag har tagit alla mina tabletter', 'overdose'],
  ['han slår mig', 'violence'],
  ['min sambo hotar att döda mig', 'violence'],
  ['någon försöker bryta sig in hos mig', 'violence'],
  ['min kille hotar att skjuta mig', 'violence'],
  ['min son skadar sig själv', 'suicide'],
  ['det vore bättre om jag inte fanns', 'suicide'],
];

const englishCrises: [string, CrisisKind][] = [
  ['I want to end it all', 'suicide'],
  ["I'm going to kill myself", 'suicide'],
  ['kms', 'suicide'],
  ['no reason to live', 'suicide'],
  ['i just wanna die', 'suicide'],
  ['i dont want to live anymore', 'suicide'],
  ['everyone would be better off without me', 'suicide'],
  ['my friend says she wants to kill herself', 'suicide'],
  ["I've been cutting myself again", 'suicide'],
  ['Im suicidal', 'suicide'],
  ['gonna off myself tonight', 'suicide'],
  ['took all my pills', 'overdose'],
  ['i swallowed a bottle of paracetamol', 'overdose'],
  ['he is hitting me', 'violence'],
  ['someone is trying to break in', 'violence'],
  ['my boyfriend threatened to kill me', 'violence'],
  ['my dad is beating my mom right now', 'violence'],
  ["he said he'd kill me if i leave", 'violence'],
  ['i dont see the point in living anymore', 'suicide'],
  ['i hurt myself on purpose last night', 'suicide'],
  ['my son is not breathing, should i call 112', 'general'],
];

// Figurative speech, grief, negation and talk about the topic: these residents need other help, not an interrupt.
const notCrises: string[] = [
  'kuolen tylsyyteen',
  'nauroin itseni kuoliaaksi',
  // "tää työ tappaa mut" is decided as figurative: an inanimate subject with "tappaa mut" is everyday hyperbole for
  // exhaustion, which the matcher routes to mental-health support. "se tappaa mut" (a person) still fires.
  'tää työ tappaa mut',
  'koulu tappaa mut',
  'äiti tappaa mut kun näkee todistuksen',
  'äiti kuoli viime vuonna',
  'isä kuoli syöpään',
  'mummo kuoli viikko sitten ja suren',
  'en ole itsetuhoinen',
  'en ole koskaan ollut itsetuhoinen',
  'itsemurhien ehkäisy -koulutus',
  'etsin kurssia itsemurhien ehkäisystä',
  'veljeni teki itsemurhan kaksi vuotta sitten, etsin vertaistukea',
  'mielenterveyden ensiapukurssi',
  'haluan vapaaehtoiseksi kriisipuhelimeen',
  'väkivaltatyön koulutus',
  'haluan auttaa väkivallan uhreja vapaaehtoisena',
  'tapoin aikaa',
  'tapan aikaa kirjastossa',
  'kuolen nälkään, missä on ruoka-apua',
  'mä oon ihan loppu, en jaksa enää hoitaa äitiä',
  'en jaksa herätä aamulla kouluun',
  'lapsena isä löi minua ja haluaisin puhua siitä',
  'yksinäisyys tappaa hiljaa, haluan uusia ystäviä',
  'pakkanen tappaa mut, lämmintä vaatetta lapsille?',
  'itsemurha-ajatukset ovat onneksi menneisyyttä, haluan kokemusasiantuntijaksi',
  'jag har inga självmordstankar',
  'dödstrött',
  'jag orkar inte längre med jobbet',
  'min pappa dog förra året',
  'det slår mig att jag behöver nya vänner',
  'utbildning i självmordsprevention för lärare',
  'jag vill inte dö ensam, jag vill träffa folk',
  'mamma kommer döda mig när hon ser betyget',
  'jag tänker inte ta mitt liv, men jag mår dåligt',
  'jag slog mig på knät och behöver hjälp med handlingen',
  'jag har aldrig haft självmordstankar',
  'dying to learn Finnish',
  'bored to death',
  'this traffic is killing me',
  "I'm not suicidal",
  'killing time',
  'my feet are killing me after the walk',
  "I'm dying for a coffee",
  'I lost my dad to suicide and need a grief group',
  'suicide prevention training for volunteers',
  'I would never kill myself but I feel low',
  'my mom is going to kill me if she sees this',
  'I cut myself while cooking',
  'he beat me at chess again',
  'my landlord is kicking me out',
  'it just hit me how lonely I am',
  'I want to dye my hair',
  "I don't want to live alone anymore",
  'I nearly died laughing at the improv class',
  'självmordsprevention, finns det material på svenska',
  'how to support a colleague after a suicide in the team',
  'jag kan inte leva utan min fru',
  'Hengenvaarassa soita 112.',
  'väkivaltaa tai sen uhkaa kokenutta ihmistä tuetaan',
];

// The categories of issue 11, each in sentences written for this table (not the blind batches): what must reach
// 112 and the crisis lines however it is written, and what must not interrupt a resident.
const byCategory: Array<[category: string, text: string]> = [
  ['intent with an ordinary tail', 'aion tappaa itseni jotta kukaan ei joutuisi maksamaan mun velkoja'],
  ['intent with an ordinary tail', 'he said he will kill me if I take the kids to my mother'],
  ['intent with an ordinary tail', 'han slog mig igen i går på stugan'],
  ['plan without the word', 'olen kerännyt unilääkkeitä kuukauden ja perjantaina otan ne kaikki'],
  ['plan without the word', "I'm going to take all my pills tonight"],
  ['plan without the word', 'köysi on jo valmiina vintillä'],
  ['plan without the word', 'isän hirvikivääri on kaapissa ja mietin sitä koko ajan, en jaksa enää'],
  ['plan without the word', 'seison nyt sillan kaiteella'],
  ['inflection and spoken forms', 'otin kourallisen buranoita ja puol purkkia unilääkkeitä'],
  ['inflection and spoken forms', 'mie en jaksa ellää ennää, huomena lähen enkä tuu takas'],
  ['inflection and spoken forms', 'ja orkar int leva meir'],
  ['inflection and spoken forms', 'gonna kms tonight fr'],
  ['obfuscation', 'k1ll mys3lf t0n1ght'],
  ['obfuscation', 't a p a n  i t s e n i'],
  ['obfuscation', 'haluan\u200bkuolla'],
  ['obfuscation', 'I want to dіe'], // a Cyrillic і
  ['obfuscation', '𝘪 𝘸𝘢𝘯𝘵 𝘵𝘰 𝘥𝘪𝘦'],
  ['obfuscation', 'en jaksa enää 💊💊💊 tänään se tapahtuu'],
  ['farewell', 'annoin kissan naapurille ja kirjoitin kirjeet lapsille, kiitos kaikesta'],
  ['farewell', 'I stopped my insulin on purpose on Monday'],
  ['farewell', 'tell my sister that I loved her, the key is under the mat'],
  ['emergency to someone else', 'äiti kaatui eikä herää'],
  ['emergency to someone else', 'my dad went to get his gun and he is shouting at mum'],
  ['emergency to someone else', 'ylhäältä kuuluu kova tömähdys ja nainen huutaa apua'],
  ['emergency to someone else', 'piilossa lasten kanssa vessassa, mies hakkaa ovea'],
  ['third person', 'kämppis istuu parvekkeen kaiteella ja itkee'],
  ['third person', 'my friend says he will kill himself tonight'],
  ['third person', 'pappa hotar att skjuta oss alla'],
];

const notInterrupting: Array<[category: string, text: string]> = [
  ['danger of losing', 'olen vaarassa menettää asuntoni'],
  ['danger of losing', "we're in danger of losing our flat"],
  ['medicine in ordinary use', 'otin kaksi buranaa päänsärkyyn'],
  ['professional', 'olen sairaanhoitaja ja haluan koulutusta itsemurhariskin arviointiin'],
  ['academic', 'writing an essay about suicide in Hamlet'],
  ['idiom', 'jobbet tar livet av mig'],
  ['idiom', 'pomo tappaa mut jos myöhästyn'],
  ['idiom', 'the boss will kill me if I am late again'],
  ['ordinary goodbye', 'hyvästi kaikki, muutan Ouluun'],
  ['small child', 'taapero potkii ja puree päiväkodissa'],
  ['sport', 'ostin kiipeilyköyden retkelle'],
  ['sport', 'bungee jumping off a bridge for my birthday'],
  ['game', '7-vuotias huutaa tapan sut kun pelaa fortnitea'],
  ['task fatigue', 'en jaksa enää hoitaa äitiä yksin'],
];

describe('detectCrisis', () => {
  it.each(byCategory)('%s: "%s" gets the crisis reply', (_category, text) => {
    expect(detectCrisis(text).crisis).toBe(true);
  });

  it.each(notInterrupting)('%s: "%s" is not interrupted', (_category, text) => {
    expect(detectCrisis(text).crisis).toBe(false);
  });

  it('reads the lexicon alone the same way for every table above, with the learned reader off', () => {
    const missed = byCategory.filter(([, t]) => !readCrisis(t, undefined).crisis).map(([, t]) => t);
    // The lexicon is the explainable first reader: it alone catches nearly all of these.
    expect(missed.length).toBeLessThanOrEqual(3);
  });

  it.each(finnishCrises)('flags the Finnish message "%s" as a %s crisis', (text, kind) => {
    expect(detectCrisis(text)).toMatchObject({ crisis: true, kind });
  });

  it.each(swedishCrises)('flags the Swedish message "%s" as a %s crisis', (text, kind) => {
    expect(detectCrisis(text)).toMatchObject({ crisis: true, kind });
  });

  it.each(englishCrises)('flags the English message "%s" as a %s crisis', (text, kind) => {
    expect(detectCrisis(text)).toMatchObject({ crisis: true, kind });
  });

  it.each(notCrises)('does not interrupt "%s"', (text) => {
    expect(detectCrisis(text)).toMatchObject({ crisis: false });
  });

  // The lower tier: results as usual with one gentle line to the crisis services, never an interrupt.
  it.each([
    'veljeni teki itsemurhan kaksi vuotta sitten, etsin vertaistukea',
    'lapsena isä löi minua ja haluaisin puhua siitä',
    'I lost my dad to suicide and need a grief group',
    'kaikki on turhaa, en tiedä mitä tekisin',
    'everything feels pointless lately',
    'allt känns meningslöst just nu',
    'my friend attempted suicide years ago and I still think about it',
  ])('reads "%s" as a concern, not a crisis', (text) => {
    expect(detectCrisis(text)).toMatchObject({ crisis: false, concern: true });
  });

  it.each([
    'mä oon ihan loppu, en jaksa enää hoitaa äitiä',
    'en jaksa herätä aamulla kouluun',
    'jag orkar inte längre med jobbet',
    'itsemurhien ehkäisy -koulutus',
    'dying to learn Finnish',
  ])('reads "%s" as neither crisis nor concern', (text) => {
    expect(detectCrisis(text)).toEqual({ crisis: false, signals: [] });
  });

  it('reports concept names as signals, never the words the resident wrote', () => {
    const result = detectCrisis('Aion tappaa itseni tänä yönä');
    expect(result.signals).toContain('suicidal-intent');
    for (const signal of result.signals) expect(signal).toMatch(/^[a-z+-]+$/);
    expect(result.signals.join(' ')).not.toMatch(/tappaa|itseni/);
  });

  it('names the person at risk when a resident worries about someone else', () => {
    expect(detectCrisis('kaveri puhuu itsarista').signals).toContain('someone-else-at-risk');
    expect(detectCrisis('haluun kuolla').signals).not.toContain('someone-else-at-risk');
  });

  it('reads the same message the same way with or without umlauts and capitals', () => {
    for (const [raw, plain] of [['EN NÄE MITÄÄN SYYTÄ ELÄÄ', 'en nae mitaan syyta elaa'], ['Jag vill dö', 'jag vill do'], ['Hän lyö minua', 'han lyo minua']]) {
      expect(detectCrisis(raw!)).toEqual(detectCrisis(plain!));
      expect(detectCrisis(raw!).crisis).toBe(true);
    }
  });

  it('still sees danger behind stretched letters, HTML and emoji', () => {
    expect(detectCrisis('haluun kuollaaaaa 😭😭').crisis).toBe(true);
    expect(detectCrisis('<p>I want to <b>end it all</b></p>').crisis).toBe(true);
    expect(detectCrisis('I’m going to kill myself').crisis).toBe(true);
  });

  it('stops a negation at the end of its sentence ("I\'m not ok. I\'m suicidal")', () => {
    expect(detectCrisis("I'm not ok. I'm suicidal").crisis).toBe(true);
    expect(detectCrisis('en ole ok, olen itsetuhoinen').crisis).toBe(true);
  });

  it('lets a statement of intent through even when the message also mentions a course', () => {
    expect(detectCrisis('kävin ensiapukurssin mutta haluan kuolla').crisis).toBe(true);
  });

  it.each([
    ['an empty message', ''],
    ['whitespace', '   \n\t '],
    ['control characters', '\u0000\u0001\u0007\u001b[2J'],
    ['emoji only', '😭😭😭🔪💊'],
    ['Arabic', 'أريد أن أموت'],
    ['Cyrillic', 'Я хочу умереть'],
    ['a lone surrogate', '\uD800'],
    ['markup without words', '<script>alert(1)</script>'],
  ])('returns no crisis, without throwing, for %s', (_label, text) => {
    expect(detectCrisis(text)).toEqual({ crisis: false, signals: [] });
  });

  it('reads a long message in full, so one buried sentence is not lost, and stops at MAX_SCAN_CHARS', () => {
    const padding = 'mä oon ihan loppu ja väsynyt kaikkeen. '.repeat(400); // about 16,000 characters
    expect(detectCrisis(padding + ' haluun kuolla. ' + padding)).toMatchObject({ crisis: true, kind: 'suicide' });
    const huge = padding.repeat(7); // about 110,000
    expect(detectCrisis('haluun kuolla. ' + huge)).toMatchObject({ crisis: true, kind: 'suicide' });
    expect(normaliseForCrisis(huge).length).toBeLessThan(MAX_SCAN_CHARS + 1000);
  });

  it('does not choke on non-string input from untyped callers', () => {
    expect(detectCrisis(undefined as unknown as string)).toEqual({ crisis: false, signals: [] });
  });
});
