// Words of danger: the vocabulary without which a long message is not read as a crisis by the learned reader alone.
//
// The learned reader (crisis-model.ts) scores a message's two most alarming neighbouring sentences. Over a long story
// about hard things (a spouse's drinking, rent arrears, a prison sentence, a hoarding neighbour, a farm in a bad year)
// its probability climbs with the number of such words, and on fresh writers it raised the crisis card on 13–14 % of
// ordinary long requests (open and sealed topical batch 17). Every long real disclosure the reader alone caught in the
// open corpus names at least one of these: death or dying, a means, a body in trouble, a place to fall or drown, a
// farewell, violence or a threat, someone who cannot be reached, voices. A long message without any of them gets the
// concern tier's gentle line instead of the interrupt; short messages, and everything the lexicon reads, are not
// touched. Matched on `normaliseForCrisis` text (folded, lower case), as word starts, so that inflections match.
const DANGER = [
  // death, killing, suicide
  'die\\b', 'dies\\b', 'dying', 'dead', 'death', 'kill(?!ar|arna|e\\b|en\\b|ig)', 'suicid', 'end it', 'end (?:my|his|her) life', 'end everything', 'finish my life', 'not (?:be )?(?:here|around|alive)', 'unalive', 'alive', 'overdos', 'sacrific', 'better off without',
  '(?:want|wanna|reason|worth it|point) (?:to )?(?:live|living)', 'why (?:i|should i) (?:still )?live', 'to live (?:any ?more|without)',
  'tapan\\b', 'tapa (?:mut|minut|itseni|hanet|sut|sinut|ne)', 'tapoin', 'lopettaa (?:elama|kaik|tama)', 'tehda lopun', 'enaa taalla', 'en ole enaa', 'syyta jatkaa', 'vill do', 'att do', 'ska do',
  'kuolla', 'kuolen', 'kuolis', 'kuolema', 'kuollee', 'kuollut ', 'kuolleena', 'tappa', 'tapan', 'itsemurh', 'itsari', 'itsetuho', 'elaa', 'elamaa', 'elaman', 'hengiss', 'henkeni',
  'dor\\b', 'doda', 'dod', 'ihjal', 'sjalvmord', 'livet', 'leva', 'lever\\b',
  // means
  'pill', 'tablet', 'meds\\b', 'medic', 'paracetamol', 'panodil', 'burana', 'insulin', 'morphin', 'opioid', 'zopiklon', 'oxy', 'stash', 'dose', 'rope', 'noose', 'hang (?:myself|himself|herself|themsel)', 'hanging', 'hanged', 'knife', 'knives', 'gun', 'pistol', 'pistoo', 'revolv', 'firearm', 'a round in', 'rifle', 'shotgun', 'axe', 'machete', 'hammer', 'weapon', 'rounds\\b', 'ammo', 'bullet',
  'laake', 'laakk', 'pilleri', 'tablett', 'pamit', 'napit', 'annos', 'koys', 'hirt', 'veits', 'puuko', 'puukk', 'aseen', 'ase\\b', 'asee', 'kivaar', 'haulik', 'kirve', 'vasara', 'panoks', 'luoti',
  'piller', 'medicin', 'dos\\b', 'dosen', 'rep\\b', 'repet', 'hanga (?:mig|sig|upp)', 'snara', 'kniv', 'vapen', 'gevar', 'yxa', 'hammare', 'skott',
  // body, injury, emergency
  'iskall', 'jattekall', '-[0-9]+', 'legs (?:are )?not working', 'syomatta', 'juomatta',
  'blood', 'bleed', 'bled\\b', 'cut (?:myself|my|deep|deeper|her|his|too)', 'cutting', 'wrist', 'vein', 'breath', 'choking', 'seizure', 'fitting', 'collaps', 'unconscious', 'fainted', 'blacked out', 'passed out', "won't wake", 'wont wake', 'not waking', "can't wake", 'cant wake', 'cannot wake', 'never wake', 'not wake', 'vomit', 'throwing up', 'sweat', 'chest', 'left arm', 'jaw', 'stroke', 'lips', 'fever', 'fell\\b', 'fallen', 'floor', 'neck', 'throat', 'strangl', 'choke', 'poison', 'drank', 'swallow', 'smell', 'stinks',
  'veri', 'verta\\b', 'vuotaa verta', 'verenvuot', 'viilt', 'ranne', 'rantee', 'hengit', 'henke', 'kourist', 'kaatu', 'tajut', 'tajuis', 'pyorty', 'ei hera', 'eika hera', 'saa (?:[a-z]+ ){0,2}herei', 'oksent', 'hikoi', 'rintakipu', 'rintaa puristaa', 'rinnassa', 'kasi puutuu', 'huul', 'kuume', 'lattia', 'kaula', 'kurku', 'kurist', 'myrky', 'joi\\b', 'nieli', 'haise', 'haju',
  'blod', 'skar (?:mig|sig|upp)', 'skurit', 'andas', 'andning', 'kramp', 'kollaps', 'medvetslos', 'svimm', 'vaknar (?:inte|int)', 'inte (?:ska )?vakna', 'aldrig vakna', 'kraks', 'krakas', 'svett', 'brostet', 'brostsmart', 'vanster arm', 'lappar', 'feber', 'ramla', 'foll\\b', 'golv', 'hals', 'stryp', 'forgift', 'drack', 'svalde', 'luktar', 'stank',
  // places and ways
  'sillalta', 'sillalle', 'sillan', 'jaalle', 'jaalla', 'rautatie', 'radalle', 'moottori', 'savua', 'rok\\b', 'smoke',
  'jump', 'bridge', 'roof', 'balcony', 'floor\\b', 'ledge', 'railing', 'rail\\b', 'rails', 'train\\b', 'trains\\b', 'tracks', 'ice\\b', 'lake', 'sea\\b', 'water', 'river', 'drown', 'garage', 'engine', 'exhaust', 'gas\\b', 'fumes', 'fire', 'burn', 'petrol', 'cliff', 'window', 'minus', 'in the snow', 'snowbank', 'freez', 'ice cold', 'freezing cold', 'so cold', 'pier', 'ferry', 'deck',
  'hyp', 'sillal', 'katol', 'katon', 'parvek', 'raite', 'juna', 'jaa\\b', 'jaal', 'jaihin', 'avanto', 'jarveen', 'jarvelle', 'mereen', 'merelle', 'jokeen', 'joelle', 'joki\\b', 'veteen', 'hukku', 'autotall', 'pakokaas', 'kaasu', 'bensalla', 'bensaa (?:paalle|lattialle|ympari)', 'bensakanist', 'bensiini', 'miinus', 'pakkas', 'lumi', 'lumes', 'hange(?!r)', 'jaakylm', 'kylmissaan', 'laitur', 'lautta',
  'hoppa', 'bron\\b', 'bro\\b', 'taket', 'balkong', 'sparet', 'sparen', 'tag\\b', 'taget', 'isen', 'sjon(?!k|g)', 'havet', 'vatten', 'alven', 'drunkn', 'garage', 'motorn', 'avgas', 'eld\\b', 'elden', 'branna', 'brann\\b', 'bensin', 'fonster', 'snon', 'bryggan', 'farjan', 'farja',
  // farewells, plans, last things
  'delete[ds]? (?:my |all |his |her )?(?:instagram|accounts?|facebook|social|snap|tiktok|steam)', 'poisti[a-z]* (?:kaikki |mun |sen )?(?:some|tilit|tilin|instan|snapin)', 'tog bort (?:mina |alla )?(?:konton|instagram|sociala)',
  'passwords?', 'losenord', 'salasan', 'bank codes', 'codes of', 'tunnukset', 'need them after', 'jaahyvaiskirje', 'sorry (?:to every|for everything)', 'anteeksi (?:kaikille|kaikesta)', 'forlat (?:for allt|alla)', 'forlatelse',
  'gora det', 'tehda sen', 'do it\\b', 'otan sen', 'tar det', 'take it\\b', 'come back with', 'plan(?:ned|ning)? (?:to|for) (?:tonight|it|end|do it)',
  'goodbye', 'bye\\b', 'farewell', 'farewell letter', 'goodbye letter', 'letters? to (?:my|each|every)', 'suicide note', 'forever', "won't need", 'wont need', 'last time', 'last day', 'the end', 'tonight', 'forgive', 'gave away', 'giving away', 'give away', 'insurance pay', 'worth more dead',
  'hyvasti', 'heippa', 'jaahyvai', 'ikuisesti', 'viimei', 'tana yona', 'paatin', 'paattany', 'annoin pois', 'testament', 'henkivakuutu',
  'hej da', 'hejda', 'farval', 'adjo', 'avskedsbrev', 'brev till (?:mina|alla|min|mamma|pappa)', 'for alltid', 'sista', 'ikvall', 'i natt', 'plan', 'redo', 'bestamt', 'gav bort', 'testamente', 'forsakring',
  // violence and threat, someone unreachable
  'hit (?:me|her|him|us|my)', 'hits (?:me|her|him|us|my)', 'auttakaa', 'last in', 'lasta in', 'outside (?:my|the|our) door', 'oven takana', 'utanfor dorren', 'run (?:him|her|them|me) over', 'aja(?:n|a) (?:sen|hanen|hanet) yli', 'uhann', 'uhkai', 'lukinn',
  'nobody answers', 'no one answers', 'kukaan ei avaa', 'ingen oppnar', 'ingen svarar',
  'beat (?:me|her|him|us|the kids|my)', 'beating', 'beaten', 'punch', 'kick(?:ed|ing|s)? (?:me|her|him|us|the door)', 'threat', 'hurt (?:me|her|him|myself|themsel|the kids|us)', 'harm (?:myself|me|her|him)', 'attacked', 'locked', 'hiding', 'chase', 'following me', 'stalk', 'scream', 'rape', 'assault', 'forced',
  'lyo', 'loi\\b', 'lyonyt', '(?<!sydan |sydameni |syda )hakka', 'potki', 'uhkaa', 'uhkas', 'uhkaili', 'tappouhk', 'satut', 'vahingoit', 'lukits', 'lukossa', 'piilo', 'huuta', 'raiska', 'pakott',
  'sla\\b', 'slog', 'slar', 'sparka', 'hot\\b', 'hota', 'hotar', 'skada', 'gomm', 'forfolj', 'skrik', 'valdt', 'tvinga',
  'not answering', "isn't answering", "hasn't answered", 'hasnt answered', 'not picking up', "doesn't open", "hasn't opened", 'not opened', "won't open", 'offline', 'no answer', 'ei vastaa', 'ei ole vastannut', 'ei oo vastannu', 'ei avaa', 'ei oo avannu', 'ei ole avannut', 'svarar inte', 'svarar int', 'oppnar inte', 'oppnat',
  // psychosis
  'voices', 'voice tell', 'demon', 'agent', 'god (?:is )?tell', 'aanet', 'aani', 'kaske', 'rosterna', 'roster',
  // Medicines by name.
  'xanor', 'diapam', 'panacod', 'opam', 'oxynorm', 'tramal', 'lyrica', 'ketipinor', 'sertral', 'zopiklon', 'imovane', 'stesolid',
];
/** The heads of Finnish and Swedish compounds, matched inside a word: "sömntabletter", "keittiöveitsellä", "sydänpillereitä", "tulipalo". */
const COMPOUND_HEADS = ['tablet', 'pilleri', 'piller', 'laakk', 'laake', 'veits', 'kniv', 'morfin', 'savua', 'tulipalo', 'sillal'];
const DANGER_WORD = new RegExp(`(?<![a-z])(?:${DANGER.join('|')})|(?:${COMPOUND_HEADS.join('|')})`);

/** Whether folded text names any danger at all (see above). */
export function namesDanger(scanned: string): boolean {
  return DANGER_WORD.test(scanned);
}
