// Frames for danger that is never named: plans, means, farewells and emergencies happening to someone else. A frame
// combines cues (who × what × when) instead of listing phrases: a means (pills in a quantity, a rope, a rifle, a
// bridge railing) becomes a crisis only next to intent, a plan, a farewell or despair; a farewell only next to despair
// or a plan. Each cue can be dampened in its own sentence (a climbing trip, a hunting licence, a move to Oulu), never
// the other cues of the message. Everything runs over the folded text of crisis-text.ts (a–z, digits, " . ").
import { alt, gap, PILLS, PILLS_QTY, re } from './crisis-lexicon.js';
import type { CrisisKind } from './vocabulary.js';

export interface Cue {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  /** A benign context in the same sentence turns this cue off there (and only there). */
  readonly dampers?: RegExp;
}

const words = (...xs: string[]): RegExp => new RegExp(`\\b${alt(...xs)}\\b`);

/** Sport, travel, hobbies and household use of words that are also means. */
const HOBBY = words('kiipei[a-z]*', 'climb[a-z]*', 'klattr[a-z]*', 'retk[a-z]*', 'trip', 'hike', 'hiking', 'vaellu[a-z]*', 'camping', 'leiri[a-z]*', 'purjeh[a-z]*', 'sailing', 'segl[a-z]*',
  'vene[a-z]*', 'boat', 'bat[a-z]*', 'teltta[a-z]*', 'tent', 'talt', 'pyykki[a-z]*', 'clothesline', 'tvatt[a-z]*', 'hyppynaru[a-z]*', 'jump rope', 'hopprep', 'benji[a-z]*', 'bungee',
  'laskuvarjo[a-z]*', 'skydiv[a-z]*', 'parachut[a-z]*', 'uimahyp[a-z]*', 'hyppytorni[a-z]*', 'diving', 'hopptorn[a-z]*', 'uimaan', 'swimming', 'simma', 'bada', 'avanto[a-z]*', 'ice swimming', 'vinterbad[a-z]*',
  'metsastyskortt[a-z]*', 'metsastysseur[a-z]*', 'metsastyskurs[a-z]*', 'metsastyskau[a-z]*', 'metsastama[a-z]*', 'metsalle', 'jahti[a-z]*', 'jahtiin', 'hunting licen[cs]e', 'hunting course',
  'hunting club', 'hunting season', 'go hunting', 'going hunting', 'jaktkort[a-z]*', 'jaktlag[a-z]*', 'jaktlicens', 'jaktsasong[a-z]*', 'ampumara[a-z]*', 'ampumaseur[a-z]*', 'shooting range',
  'shooting club', 'skyttebana[a-z]*', 'skytteklubb[a-z]*', 'asekurssi[a-z]*', 'aselupa[a-z]*', 'gun licen[cs]e', 'vapenlicens', 'keittio[a-z]*', 'kitchen', 'kok[a-z]*', 'cooking',
  'resepti[a-z]*', 'recipe', 'leipa[a-z]*', 'bread', 'knife set', 'veitsisarja', 'apteek[a-z]*', 'pharmacy', 'apotek[a-z]*', 'reseptilaake[a-z]*', 'prescription', 'dosett[a-z]*', 'pill organi[sz]er',
  'annosjakel[a-z]*', 'laakehoito[a-z]*', 'siltatyo[a-z]*', 'remont[a-z]*', 'renovat[a-z]*', 'kattoremont[a-z]*', 'roof repair', 'valokuv[a-z]*', 'photo[a-z]*', 'maisema[a-z]*', 'view', 'utsikt[a-z]*');

/** Moves, retirements and ordinary goodbyes. */
const ORDINARY_GOODBYE = words('muutan', 'muutetaan', 'muutto[a-z]*', 'muuttamassa', 'moving', 'move to', 'moved', 'relocat[a-z]*', 'flyttar', 'flytta[a-z]*', 'elakkeelle', 'elake[a-z]*', 'retir[a-z]*',
  'pension[a-z]*', 'viimeinen tyopaiva', 'last day at work', 'last day of work', 'sista arbetsdag[a-z]*', 'kesaloma[a-z]*', 'lomalle', 'vacation', 'holiday', 'semester[a-z]*', 'reissu[a-z]*',
  'vaihto[a-z]*', 'exchange', 'utbyte[a-z]*', 'kirpputori[a-z]*', 'flea market', 'loppis', 'tori[a-z]*', 'myyn', 'selling', 'saljer', 'kierratys[a-z]*', 'recycl[a-z]*', 'kuolinpesa[a-z]*',
  'testamentt[a-z]*', 'will and', 'edunvalvontavaltuut[a-z]*', 'power of attorney', 'framtidsfullmakt', 'hautajais[a-z]*', 'funeral', 'begravning[a-z]*', 'muutin', 'muuttoon',
  'syopa[a-z]*', 'cancer', 'cancer[a-z]*', 'saattohoito[a-z]*', 'palliat[a-z]*', 'terminal', 'hospice', 'kuolemansairau[a-z]*');

/** Professional, academic and media talk about the subject. */
export const TALK_ABOUT = words('koulutu[a-z]*', 'kurssi[a-z]*', 'luento[a-z]*', 'tutkimu[a-z]*', 'essee[a-z]*', 'essay', 'uppsats[a-z]*', 'kirja[a-z]*', 'novel', 'book', 'romaan[a-z]*',
  'elokuva[a-z]*', 'film[a-z]*', 'movie', 'sarja[a-z]*', 'series', 'serie[a-z]*', 'peli[a-z]*', 'game', 'spel[a-z]*', 'hamlet', 'shakespeare', 'runo[a-z]*', 'poem', 'dikt[a-z]*', 'laulu[a-z]*',
  'song', 'lyrics', 'sanoitu[a-z]*', 'uutis[a-z]*', 'news', 'nyheter', 'artikkel[a-z]*', 'article', 'artikel[a-z]*', 'tyossani', 'tyokseni', 'asiakkaa[a-z]*', 'asiakkai[a-z]*', 'client[a-z]*',
  'klient[a-z]*', 'potilaa[a-z]*', 'potilai[a-z]*', 'patient[a-z]*', 'opiskelija[a-z]*', 'student[a-z]*', 'studerande', 'ammattilai[a-z]*', 'professional[a-z]*', 'vapaaehtoi[a-z]*', 'volunteer[a-z]*',
  'frivillig[a-z]*', 'koulutuksessa', 'training', 'utbildning[a-z]*', 'ensiapu[a-z]*', 'first aid', 'forsta hjalp[a-z]*', 'harjoitu[a-z]*', 'ovning[a-z]*', 'exercise', 'drill', 'jos joku', 'if someone',
  'om nagon', 'mita tehda jos', 'what to do if', 'vad gor man om', 'miten toimia', 'how to act');

const DESPAIR_WORDS = [
  'en jaksa', 'ei jaksa', 'emma jaksa', 'en jaksa enaa', 'en enaa jaksa', 'en kesta', 'en kesta enaa', 'ei kannata', 'mika jarki', 'ei mitaan jarkea', 'ei mitaan merkitysta', 'kaikki on turhaa',
  'ihan turhaa', 'toivoton[a-z]*', 'toivottom[a-z]*', 'kukaan ei kaipaa[a-z]*', 'kukaan ei kaipais[a-z]*', 'kukaan ei valita', 'kukaan ei huomaa[a-z]*', 'kaikki olis parempi', 'kaikilla olis parempi',
  'olen taakka', 'oon taakka', 'taakkana', 'ei ole ulospaasya', 'ei oo ulospaasya', 'loppu on', 'tama on loppu', 'taa on loppu', 'viimeinen kerta', 'en pysty enaa', 'en jaksa tata', 'pimeaa',
  "can't anymore", 'cant anymore', "can't do this anymore", 'cant do this anymore', "can't take it", 'cant take it', "can't go on", 'cant go on', 'no point', 'pointless', 'hopeless',
  'nobody would miss', 'no one would miss', 'nobody cares', 'no one cares', 'nobody will care', 'done with everything', 'done with it all', 'give up', 'giving up', 'burden', 'no way out', 'the end',
  'had enough', "i'm done", 'im done', 'over it all', 'empty inside', 'tired of everything', 'so tired of it all',
  'orkar inte', 'klarar inte mer', 'klarar inte av', 'ingen mening', 'ingen bryr sig', 'ingen skulle sakna', 'hopplost', 'ger upp', 'meningslost', 'en borda', 'ingen utvag', 'det ar slut',
  'pallar inte', 'jag ar klar med allt', 'trott pa allt', 'zzcoffin',
];
const DESPAIR = words(...DESPAIR_WORDS);

const TIME_SOON = alt('tanaan', 'tana iltana', 'tana yona', 'tanaa', 'illalla', 'yolla', 'huomenna', 'ylihuomenna', 'viikonloppuna', 'maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina',
  'perjantaina', 'lauantaina', 'sunnuntaina', 'nyt', 'heti', 'kohta', 'pian', 'ennen joulua', 'syntymapaivanani',
  'ikvall', 'i kvall', 'i natt', 'i dag', 'idag', 'imorgon', 'i morgon', 'nu', 'snart', 'i helgen', 'pa mandag', 'pa tisdag', 'pa onsdag', 'pa torsdag', 'pa fredag', 'pa lordag', 'pa sondag',
  'tonight', 'today', 'tomorrow', 'this weekend', 'this evening', 'right now', 'now', 'soon', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'before christmas', 'on my birthday');

/** Means of taking one's life, in any form the resident may name them. */
const MEANS: Cue = {
  name: 'means', dampers: HOBBY,
  patterns: [
    re(PILLS_QTY, '\\s+', gap(2), PILLS),
    re(alt('saastany[a-z]*', 'saastin', 'saastan', 'saastelen', 'keranny[a-z]*', 'kerainny[a-z]*', 'keraan', 'kerailen', 'hamstra[a-z]*', 'piilott[a-z]*', 'piilotan', 'samla[a-z]*', 'sparat',
      'sparar', 'gommer', 'gomt', 'saved', 'saving', 'stockpil[a-z]*', 'hoard[a-z]*', 'collect[a-z]*', 'stash[a-z]*', 'hiding', 'hidden'), '\\s+', gap(3), PILLS),
    re(alt('koysi', 'koyden', 'koytta', 'koydesta', 'naru', 'narun', 'narua', 'silmukka', 'silmukan', 'hirttosilmuk[a-z]*', 'rope', 'noose', 'rep', 'repet', 'snara', 'snaran', 'zzrope')),
    re(alt('kivaari[a-z]*', 'haulikk[a-z]*', 'metsastyskivaari[a-z]*', 'metsastysase[a-z]*', 'ase', 'aseen', 'asetta', 'aseella', 'pistooli[a-z]*', 'revolveri[a-z]*', 'rifle', 'shotgun',
      'gun', 'guns', 'pistol', 'revolver', 'firearm', 'gevar[a-z]*', 'hagelgevar[a-z]*', 'jaktgevar[a-z]*', 'bossa[a-z]*', 'vapen', 'vapnet', 'pistol[a-z]*', 'zzgun')),
    re(alt('silta', 'sillalla', 'sillalle', 'sillalta', 'sillan', 'kaide', 'kaiteella', 'kaiteelle', 'kaiteen', 'katolla', 'katolle', 'katon reunalla', 'kerrostalon katolle', 'parvekkeen kaiteella',
      'bridge', 'railing', 'ledge', 'rooftop', 'the roof', 'top floor', 'bron', 'bro', 'racket', 'raling', 'taket', 'takkanten', 'zzbridge')),
    re(alt('kiskoille', 'kiskoilla', 'raiteille', 'raiteilla', 'junan alle', 'junarata[a-z]*', 'ratapiha[a-z]*', 'tracks', 'railway', 'train tracks', 'in front of a train', 'under a train', 'spar[a-z]*',
      'ralsen', 'framfor taget', 'under taget', 'zztrain')),
    re(alt('partaater[a-z]*', 'teran', 'terat', 'razor', 'razors', 'blade', 'blades', 'rakblad[a-z]*', 'zzknife', 'zzblood')),
    re(alt('pakokaasu[a-z]*', 'haka[a-z]*', 'hiilimonoksid[a-z]*', 'exhaust', 'carbon monoxide', 'charcoal', 'avgas[a-z]*', 'kolmonoxid', 'auto kayntiin', 'car running', 'motorn igang')),
    re(alt('tappava annos', 'tappavan annoksen', 'lethal dose', 'fatal dose', 'dodlig dos', 'how many (?:pills|tablets) (?:it takes|does it take|would it take|to die)', 'kuinka monta (?:pilleria|tablettia|nappia) (?:tarvitaan|tarvii|pitaa)', 'hur manga (?:tabletter|piller) (?:som )?(?:behovs|kravs)')),
  ],
};

/** A plan: a decision, a time, a date, preparations. */
const PLAN: Cue = {
  name: 'plan', dampers: ORDINARY_GOODBYE,
  patterns: [
    re(alt('paatin', 'oon paattany', 'olen paattanyt', 'olen jo paattanyt', 'paatos on tehty', 'decided', 'made up my mind', "i've made my decision", 'bestamt mig', 'bestamde mig', 'beslutat')),
    re(alt('kaikki on valmiina', 'kaikki on valmista', 'kaikki valmiina', 'everything is ready', "everything's ready", 'everything is prepared', 'allt ar klart', 'allt ar forberett', 'allt ar redo')),
    re(alt('paiva', 'paivamaara', 'paivan', 'paivakin', 'date', 'day', 'datum', 'dag', 'dagen'), '\\s+', gap(2), alt('on paatetty', 'on valittu', 'on valmis', 'is set', 'is chosen', 'is decided', 'is picked', 'ar bestamd', 'ar vald', 'ar satt')),
    re(alt('valitsin paivan', 'paatin paivan', 'valinnut paivan', 'picked a date', 'picked the day', 'chose the day', 'chosen the day', 'set a date', 'valt dagen', 'bestamt dagen', 'bestamt datum')),
    re(alt('aion', 'aijon', 'meinaan', 'teen sen', 'teen sen', 'going to', 'gonna', "i'll do it", 'will do it', 'ska gora det', 'tanker gora det', 'gor det'), '\\s+', gap(2), TIME_SOON),
    re(alt('teen sen', 'do it', 'gora det', 'end it', 'lopetan sen', 'lopetan kaiken', 'avslutar det'), '\\s+', gap(1), TIME_SOON),
  ],
};

/** Farewell behaviour: letters, giving away, affairs in order, the last time, stopping vital medication. */
const FAREWELL: Cue = {
  name: 'farewell', dampers: ORDINARY_GOODBYE,
  patterns: [
    re(alt('jaahyvais[a-z]*', 'hyvastely[a-z]*', 'hyvastelykirje[a-z]*', 'hyvastit', 'hyvastin', 'hyvastelin', 'hyvasti kaikki', 'goodbye (?:letter|letters|note|notes|message|messages|video)',
      'goodbyes', 'said goodbye', 'saying goodbye', 'farewell', 'avskedsbrev[a-z]*', 'avsked', 'adjo till alla', 'tog farval', 'sagt hejda', 'sagt adjo')),
    re(alt('kirjoitin', 'kirjotin', 'kirjottanu', 'kirjoittanut', 'wrote', 'written', 'skrev', 'skrivit'), '\\s+', gap(2), alt('kirjee[a-z]*', 'kirjeet', 'kirjeen', 'letters', 'letter', 'notes', 'note', 'brev', 'breven'), '\\s+', gap(1), alt('kaikille', 'lapsille', 'aidille', 'isalle', 'perheelle', 'everyone', 'my kids', 'my family', 'my mum', 'my mom', 'to everyone', 'for everyone', 'till alla', 'till barnen', 'till mamma')),
    re(alt('annan', 'annoin', 'anna', 'lahjoitan', 'lahjoitin', 'jaan', 'jaoin', 'giving', 'gave', 'give', 'given', 'ger', 'gav', 'gett'), '\\s+', gap(3), alt('pois', 'away', 'bort'), '(?:\\s+' + gap(2) + alt('kaiken', 'kaikki', 'tavarani', 'kissani', 'koirani', 'everything', 'my things', 'my stuff', 'my cat', 'my dog', 'allt', 'mina saker', 'min katt', 'min hund') + ')?'),
    re(alt('laitan', 'laitoin', 'hoidan', 'hoidin', 'jarjestan', 'jarjestin', 'putting', 'put', 'getting', 'got', 'sorting', 'ordnar', 'ordnat', 'fixar'), '\\s+', gap(2), alt('asiat jarjestykseen', 'asiani jarjestykseen', 'asiat kuntoon', 'paperit kuntoon', 'affairs in order', 'my affairs', 'things in order', 'mina affarer', 'allt i ordning', 'mina papper')),
    re(alt('viimeinen', 'viimenen', 'viimonen', 'my last', 'min sista', 'mitt sista', 'last'), '\\s+', alt('kesa', 'kesani', 'joulu', 'jouluni', 'syntymapaiva', 'syntymapaivani', 'kerta', 'kertaa', 'summer', 'christmas', 'birthday', 'time you', 'time i', 'sommar', 'jul', 'julen', 'fodelsedag', 'gang', 'gangen')),
    re(alt('lopetin', 'lopettanut', 'lopettanu', 'jatin', 'jattanyt', 'jattany', 'stopped', 'quit', 'slutat', 'slutade'), '\\s+', gap(3), alt('insuliin[a-z]*', 'insulin', 'sydanlaak[a-z]*', 'verenohennus[a-z]*', 'heart (?:meds|medicine|medication|pills)', 'blood thinners?', 'hjartmedicin[a-z]*', 'blodfortunnande', 'dialyysi[a-z]*', 'dialysis', 'dialys', 'laakkeet', 'laakkeeni', 'my meds', 'my medication', 'medicinerna', 'mina mediciner'),
      '\\s+', gap(4), alt('tahallaan', 'tarkoituksella', 'ihan sama', 'ei ole valia', 'ei oo valia', 'jotta', 'etta kuolisin', 'on purpose', 'deliberately', "don't care", 'dont care', 'so that', 'so i', 'med flit', 'med avsikt', 'spelar ingen roll', 'sa att')),
    re(alt('pitakaa huolta', 'pidattehan huolta', 'pida huolta', 'take care of', 'look after', 'ta hand om'), '\\s+', gap(2), alt('kissasta', 'koirasta', 'lapsista', 'aidista', 'my cat', 'my dog', 'my kids', 'mum', 'mom', 'katten', 'hunden', 'barnen', 'mamma'), '\\s+', gap(1), alt('kun', 'when', 'after', 'nar', 'efter'), '\\s+', gap(1), alt('olen poissa', 'oon poissa', 'mua ei oo', 'minua ei ole', "i'm gone", 'im gone', 'i am gone', 'jag ar borta', 'jag inte finns')),
    re(alt('en tarvitse', 'en tarvii', 'en tarvi', "won't need", 'wont need', 'will not need', "don't need", 'kommer inte behova', 'behover inte'), '\\s+', gap(2), alt('enaa', 'niita enaa', 'mitaan enaa', 'anymore', 'any more', 'them anymore', 'it anymore', 'langre', 'mer'), '(?:\\s+' + alt('kun', 'when', 'after', 'nar', 'efter') + ')?'),
  ],
};

const DESPAIR_CUE: Cue = { name: 'despair', dampers: TALK_ABOUT, patterns: [new RegExp(DESPAIR.source, 'g')] };

/** Hopelessness strong enough for a gentle line to the crisis services, though no wish to die is stated ("kaikki on turhaa"). */
const HOPELESS: Cue = {
  name: 'hopeless', dampers: TALK_ABOUT,
  patterns: [re(alt('kaikki on turhaa', 'kaikki tuntuu turhalta', 'ihan turhaa elamaa', 'toivoton[a-z]*', 'toivottom[a-z]*', 'ei mitaan merkitysta', 'ei mitaan jarkea', 'kukaan ei kaipaa[a-z]*',
    'kukaan ei kaipais[a-z]*', 'olen taakka', 'oon taakka', 'olen vain taakka', 'ei ole ulospaasya', 'ei oo ulospaasya', 'tyhja olo', 'pointless', 'hopeless', 'nobody would miss', 'no one would miss',
    "i'm a burden", 'im a burden', 'no way out', 'empty inside', 'nothing matters', 'ingen mening', 'hopplost', 'meningslost', 'ingen utvag', 'ingen skulle sakna', 'jag ar en borda', 'allt ar meningslost',
    'itsemurhayri[a-z]*', 'yritti itsemurhaa', 'attempted suicide', 'suicide attempt', 'sjalvmordsforsok'))],
};

/** Standing or sitting where a fall kills: oneself or someone else, now. */
const ON_THE_EDGE = [
  re(alt('seison', 'seisoo', 'seisoin', 'istun', 'istuu', 'istuin', 'kiipesin', 'kiipesi', 'kiipeaa', 'kiipean', 'roikun', 'roikkuu', 'nojaan', 'nojaa', 'olen', 'oon', 'on'), '\\s+', gap(3),
    alt('kaiteella', 'kaiteen paalla', 'kaiteen ulkopuolella', 'kaiteen yli', 'reunalla', 'katon reunalla', 'sillan kaiteella', 'parvekkeen kaiteella', 'parvekkeen reunalla', 'kiskoilla', 'raiteilla')),
  re(alt('standing', 'stood', 'sitting', 'sat', 'climbed', 'climbing', 'hanging', 'leaning', "i'm", 'im', 'i am', 'is', "he's", "she's"), '\\s+', gap(2), alt('on', 'over', 'onto', 'off', 'outside', 'at'), '\\s+',
    alt('the', 'a', 'his', 'her', 'our'), '\\s+', gap(1), alt('railing', 'rail', 'ledge', 'edge of the roof', 'edge of the bridge', 'parapet', 'tracks', 'roof edge')),
  re(alt('star', 'stod', 'sitter', 'satt', 'klattrade', 'klattrar', 'hanger', 'lutar', 'ar'), '\\s+', gap(2), alt('pa', 'over', 'utanfor', 'upp pa'), '\\s+', gap(1), alt('racket', 'balkongracket', 'broracket', 'relingen', 'kanten', 'takkanten', 'ralsen', 'spaaret', 'sparet')),
];

/** Emergencies happening now, usually to someone else: 112 first, whatever the other words say. */
const EMERGENCY_NOW = [
  re(alt('ei heraa', 'ei herannyt', 'ei reagoi', 'ei vastaa puhutteluun', 'en saa hereille', 'ei saa hereille', 'ei tule tajuihinsa', 'huulet on siniset', 'huulet siniset', 'kouristelee', 'vuotaa paljon verta',
    'verta tulee paljon', 'ei saa henkea', 'makaa lattialla eika', 'lyyhistyi', 'kaatui eika', 'meni tajuttomaksi')),
  re(alt('collapsed', 'passed out and', 'not responding', "won't respond", 'wont respond', 'not waking', "won't wake", 'wont wake', "can't wake", 'cant wake', 'lips are blue', 'turning blue', 'having a seizure',
    'bleeding (?:heavily|a lot|badly)', 'lot of blood', 'lying on the floor and', "(?:he|she|they|baby|child|kid)(?:'s| is| are)? (?:not breathing|can't breathe|cant breathe|choking)")),
  re(alt('foll ihop', 'svimmade och', 'svarar inte', 'reagerar inte', 'vaknar inte', 'gar inte att vacka', 'blaa lappar', 'bla lappar', 'kramper', 'bloder mycket', 'far inte luft', 'ligger pa golvet och', 'andas konstigt')),
  // Sounds of violence next door or through the wall.
  re(alt('naapurista', 'naapurissa', 'seinan takaa', 'alakerrasta', 'ylakerrasta', 'rappukaytavasta', 'next door', 'from the neighbou?rs?', 'through the wall', 'from upstairs', 'from downstairs',
    'fran grannen', 'hos grannen', 'genom vaggen', 'fran trapphuset'), '\\s+', gap(6), alt('huutaa apua', 'huutoa ja', 'kirkuu', 'kirkumista', 'paukettta', 'lyo', 'hakkaa', 'lyomisen', 'apua', 'screaming', 'screams',
    'someone being hit', 'someone being beaten', 'help', 'skriker', 'skrik och', 'slag', 'hjalp', 'nagon blir slagen')),
  // Hiding from a violent person, often with children.
  re(alt('piilossa', 'piiloudun', 'piilouduin', 'piileskelen', 'lukittauduin', 'lukitsin itseni', 'lukitsin meidat', 'hiding', 'locked myself', 'locked us', 'gommer mig', 'gommer oss', 'har gomt mig', 'last in mig', 'last in oss'),
    '\\s+', gap(4), alt('lasten kanssa', 'lapset', 'lapsien', 'hanelta', 'silta', 'mieheltani', 'mieheltä', 'mieheltani', 'exalta', 'isalta', 'with the kids', 'with my kids', 'with the children', 'from him', 'from her', 'from my husband', 'from my partner', 'from my dad', 'in the bathroom', 'vessaan', 'vessassa', 'kylpyhuoneeseen', 'med barnen', 'for honom', 'for min man', 'pa toaletten', 'i badrummet')),
  // A weapon fetched.
  re(alt('haki', 'hakee', 'hakemaan', 'kavi hakemassa', 'otti esiin', 'kaivoi esiin', 'lataa', 'latasi', 'went to get', 'is getting', 'got out', 'grabbed', 'fetched', 'loading', 'loaded', 'hamtade', 'hamtar', 'tog fram', 'laddar', 'laddade'), '\\s+', gap(3),
    alt('veitsen', 'puukon', 'aseen', 'aseensa', 'kirveen', 'kivaarin', 'haulikon', 'pistoolin', 'knife', 'gun', 'axe', 'rifle', 'shotgun', 'pistol', 'kniven', 'vapnet', 'yxan', 'gevaret', 'bossan', 'pistolen')),
  // A child with an adult nobody knows.
  re(alt('vieras', 'tuntematon', 'outo'), '\\s+', alt('mies', 'aikuinen', 'nainen', 'henkilo', 'tyyppi', 'auto'), '\\s+', gap(3), alt('vei', 'houkutteli', 'otti', 'ajoi', 'lahti', 'kaappasi', 'seuraa', 'raahasi')),
  re(alt('stranger', 'a man we (?:do not|don\'t|dont) know', 'an? (?:unknown|strange) (?:man|adult|person|woman)', 'someone we (?:do not|don\'t|dont) know'), '\\s+', gap(3), alt('took', 'has taken', 'lured', 'drove off', 'is taking', 'grabbed', 'pulled', 'dragged', 'is with')),
  re(alt('framling', 'framlingen', 'en okand', 'en frammande'), '\\s+', gap(2), alt('tog', 'har tagit', 'lockade', 'akte', 'drog', 'ryckte', 'ar med')),
];

/** Someone else says they will die or kill themselves soon, or is threatening a family with a weapon. */
const OTHER_INTENT = [
  re(alt('he', 'she', 'they', "he's", "she's", "they're", 'friend', 'flatmate', 'roommate', 'sister', 'brother', 'son', 'daughter', 'mom', 'mum', 'dad', 'mother', 'father', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend'),
    '\\s+', gap(3), alt('going to', 'gonna', 'about to', 'planning to', "'ll", 'will', 'wants to', 'threatening to', 'threatens to', 'said (?:he|she|they)(?:\'ll| will| would| is going to)'), '\\s+',
    alt('end it', 'end (?:his|her|their) life', 'kill (?:himself|herself|themselves)', 'jump', 'take (?:all )?(?:his|her|their) pills', 'die', 'shoot (?:us|everyone|the family|mum|mom|himself|herself)')),
  re(alt('sanoo', 'sanoi', 'kirjoitti', 'laittoi viestin', 'viestitti', 'uhkaa', 'uhkasi', 'uhkailee', 'lupasi', 'puhuu'), '\\s+', gap(2), alt('etta', 'et', 'aikovansa', 'tappavansa', 'ampuvansa', 'hyppaavansa'), '\\s+', gap(3),
    alt('tappaa itsensa', 'tappaa ittensa', 'tappaa ittensa', 'tappavansa itsensa', 'hyppaa', 'ampuu', 'ampua', 'ampuvansa', 'ei halua elaa', 'kuolee', 'lopettaa kaiken', 'itsensa')),
  re(alt('sager', 'sa', 'sade', 'skrev', 'hotar', 'hotade'), '\\s+', gap(2), alt('att'), '\\s+', gap(3), alt('ta livet av sig', 'ta sitt liv', 'hoppa', 'skjuta', 'doda sig', 'inte vill leva', 'avsluta allt')),
  re(alt('uhkaa', 'uhkasi', 'uhkailee', 'threatening', 'threatens', 'threatened', 'hotar', 'hotade'), '\\s+', gap(2), alt('ampua', 'ampuvansa', 'to shoot', 'shooting', 'att skjuta', 'skjuta'), '\\s+', gap(2),
    alt('meidat', 'kaikki', 'perheen', 'koko perheen', 'aidin', 'lapset', 'us', 'everyone', 'the family', 'all of us', 'the kids', 'oss', 'hela familjen', 'familjen', 'alla', 'barnen')),
];

/** The kinds of a frame that fired, for the crisis card's lines. */
export interface FrameHit { signal: string; kind: CrisisKind }

const sentenceAt = (text: string, index: number): string => {
  const start = text.lastIndexOf(' . ', index);
  const end = text.indexOf(' . ', index);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
};

/** Whether a cue fires anywhere in the text outside a sentence that dampens it. */
export function cueFires(cue: Cue, text: string, isNegated?: (start: number, end: number) => boolean): boolean {
  for (const pattern of cue.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) { pattern.lastIndex++; continue; }
      if (cue.dampers !== undefined && cue.dampers.test(sentenceAt(text, m.index))) continue;
      if (isNegated?.(m.index, m.index + m[0].length)) continue;
      return true;
    }
  }
  return false;
}

function anyFires(patterns: readonly RegExp[], text: string, dampers: RegExp, isNegated: (start: number, end: number) => boolean): boolean {
  return cueFires({ name: '', patterns, dampers }, text, isNegated);
}

/**
 * The frames: means × (plan | farewell | despair), farewell × (plan | despair), someone on the edge, an emergency
 * happening now, someone else's stated intent. Negation is read by the caller's rule ("en aio hypätä").
 */
export function detectFrames(text: string, isNegated: (start: number, end: number) => boolean): FrameHit[] {
  const hits: FrameHit[] = [];
  const means = cueFires(MEANS, text, isNegated);
  const plan = cueFires(PLAN, text, isNegated);
  const farewell = cueFires(FAREWELL, text, isNegated);
  const despair = cueFires(DESPAIR_CUE, text, isNegated);
  if (means && (plan || farewell || despair)) hits.push({ signal: 'frame:means+intent', kind: 'suicide' });
  if (farewell && (plan || despair)) hits.push({ signal: 'frame:farewell', kind: 'suicide' });
  if (anyFires(ON_THE_EDGE, text, HOBBY, isNegated)) hits.push({ signal: 'frame:on-the-edge', kind: 'suicide' });
  if (anyFires(EMERGENCY_NOW, text, TALK_ABOUT, isNegated)) hits.push({ signal: 'frame:emergency-now', kind: 'general' });
  if (anyFires(OTHER_INTENT, text, TALK_ABOUT, isNegated)) hits.push({ signal: 'frame:someone-else-intent', kind: 'suicide' });
  return hits;
}

/** Worrying but not acute: despair without a wish to die, a past attempt, a friend's attempt years ago. */
export function detectConcern(text: string, isNegated: (start: number, end: number) => boolean): boolean {
  return cueFires(HOPELESS, text, isNegated) || (cueFires(MEANS, text, isNegated) && cueFires(DESPAIR_CUE, text, isNegated));
}
