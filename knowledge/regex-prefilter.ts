// A cheap test that tells when a regular expression cannot match a text, so that the crisis guard runs only the few
// hundred of its patterns whose words are there at all. From each pattern's syntax tree (parsed by
// `@eslint-community/regexpp`, the parser ESLint uses) it derives literal factors: strings one of which every match
// must contain, as RE2's and Google Code Search's prefilters do. `String.prototype.includes` over the factors costs
// a fraction of a regular-expression scan; a pattern with no usable factor always runs, so the prefilter can skip
// work but never change an answer (test/knowledge/regex-prefilter.test.ts checks that on every pattern and corpus).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A finite set of strings a node can match, or undefined when it is unbounded or too large to enumerate. */
type Exact = ReadonlySet<string> | undefined;
/** What is known of a node: the exact strings it matches, and literal factors one of which every match contains. */
interface Info { exact: Exact; factors: ReadonlySet<string> | undefined }

const MAX_EXACT = 48;
const MAX_FACTORS = 40;
/** Characters of a class enumerated one by one; a larger class ("[a-z]") is an unknown character. */
const MAX_CLASS = 6;
const EMPTY: ReadonlySet<string> = new Set(['']);
const UNKNOWN: Info = { exact: undefined, factors: undefined };

/** How good a factor set is for skipping: the shortest factor's length matters most, then how few there are. */
function quality(set: ReadonlySet<string> | undefined): number {
  if (set === undefined || set.size === 0 || set.size > MAX_FACTORS) return -1;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest === 0 ? -1 : shortest * 100 - set.size;
}

function best(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  return quality(b) > quality(a) ? b : a;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Exact {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: readonly (ReadonlySet<string> | undefined)[], limit: number): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === undefined) return undefined;
    for (const s of set) out.add(s);
    if (out.size > limit) return undefined;
  }
  return out;
}

/** The factors a node guarantees on its own: its own factor set, or its exact strings when none is empty. */
function ownFactors(info: Info): ReadonlySet<string> | undefined {
  return best(info.factors, info.exact);
}

function characterClass(node: AST.CharacterClass): Info {
  if (node.negate) return UNKNOWN;
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') chars.add(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS) {
      for (let c = element.min.value; c <= element.max.value; c++) chars.add(String.fromCodePoint(c));
    } else return UNKNOWN;
    if (chars.size > MAX_CLASS) return UNKNOWN;
  }
  return { exact: chars, factors: undefined };
}

function alternatives(nodes: readonly AST.Alternative[]): Info {
  const infos = nodes.map(sequence);
  return {
    exact: union(infos.map((i) => i.exact), MAX_EXACT),
    // Every match takes one branch, so it contains one of the factors of the branch it took.
    factors: union(infos.map(ownFactors), MAX_FACTORS),
  };
}

function quantified(node: AST.Quantifier): Info {
  const inner = element(node.element);
  if (node.min === 0) {
    const exact = node.max === 1 && inner.exact !== undefined ? union([inner.exact, EMPTY], MAX_EXACT) : undefined;
    return { exact, factors: undefined };
  }
  if (node.min === node.max && inner.exact !== undefined) {
    let exact: Exact = EMPTY;
    for (let i = 0; i < node.min && exact !== undefined; i++) exact = cross(exact, inner.exact);
    return { exact, factors: ownFactors(inner) };
  }
  return { exact: undefined, factors: ownFactors(inner) };
}

function element(node: AST.Element): Info {
  switch (node.type) {
    case 'Character': return { exact: new Set([String.fromCodePoint(node.value)]), factors: undefined };
    case 'CharacterClass': return characterClass(node);
    case 'Assertion': return { exact: EMPTY, factors: undefined }; // \b, ^, $ and look-arounds consume nothing
    case 'Group':
    case 'CapturingGroup': return alternatives(node.alternatives);
    case 'Quantifier': return quantified(node);
    default: return UNKNOWN; // \s, \w, ., back-references, class sets: any character
  }
}

/** A concatenation: exact strings are multiplied out while small; each run that stops being exact yields factors. */
function sequence(node: AST.Alternative): Info {
  let run: Exact = EMPTY;
  let factors: ReadonlySet<string> | undefined;
  let allExact = true;
  for (const part of node.elements) {
    const info = element(part);
    const joined: Exact = run !== undefined && info.exact !== undefined ? cross(run, info.exact) : undefined;
    if (joined !== undefined) { run = joined; continue; }
    allExact = false;
    factors = best(best(factors, run), ownFactors(info));
    run = info.exact ?? EMPTY;
  }
  factors = best(factors, run);
  return { exact: allExact ? run : undefined, factors };
}

/** The literal factors of a pattern, one of which every match contains; undefined when no useful set exists. */
export function literalFactors(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i') || pattern.flags.includes('v')) return undefined;
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode });
  } catch {
    return undefined;
  }
  const set = ownFactors(alternatives(ast.alternatives));
  return quality(set) > 0 ? [...set!] : undefined;
}

let enabled = true;

/** Turns the prefilter off and on, so a test or a benchmark can compare answers and cost with and without it. */
export function usePrefilter(on: boolean): void {
  enabled = on;
}

// The texts the guard reads are normalised to a–z, digits, space, '.', ',' and the apostrophe: 40 symbols. A text's
// letter trigrams go into a 64,000-bit table in one pass; a factor can occur only if all its trigrams do. Checking a
// factor is then a handful of table reads, far cheaper than a scan of the text per factor or per pattern.
const SYMBOLS = 40;
const symbol = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) symbol[c] = c - 97;
for (let c = 48; c <= 57; c++) symbol[c] = 26 + c - 48;
symbol[32] = 36; symbol[46] = 37; symbol[44] = 38; symbol[39] = 39;
// Besides whether a trigram occurs, the table keeps where: a long text is cut at sentence marks into up to 32 stretches,
// and each trigram cell holds a bit per stretch it occurs in. Whether a cell occurs in the current text at all is a bit
// of `present`: 8 KB, cleared for each text, where the gates' reads stay in the processor's nearest cache.
const CELLS = SYMBOLS * SYMBOLS * SYMBOLS;
const present = new Int32Array((CELLS >>> 5) + 1);
/** Whether the current text holds the trigram `cell`. */
const occurs = (cell: number): boolean => (present[cell >>> 5]! & (1 << (cell & 31))) !== 0;
const where = new Uint32Array(CELLS);
let seenFor: string | undefined;
let exotic = false;
/** Texts shorter than this are one stretch: scanning them whole costs less than choosing where to. */
const STRETCHED_FROM = 600;
const MAX_STRETCHES = 32;
/** Where each stretch of the current text begins, and where it ends (at a '.' or the text's end), as many as `stretches`. */
const stretchStart = new Int32Array(MAX_STRETCHES);
const stretchEnd = new Int32Array(MAX_STRETCHES);
let stretches = 0;

function code(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? symbol[c]! : -1;
}

const DOT = 46;

function index(text: string): void {
  if (seenFor === text) return;
  present.fill(0);
  exotic = false;
  const length = Math.max(1, Math.ceil(text.length / MAX_STRETCHES));
  stretches = 1;
  stretchStart[0] = 0;
  let bit = 1;
  let a = 36, b = 36; // a text begins as if after spaces, so a factor's trigrams never run off its start
  for (let i = 0; i < text.length; i++) {
    const c = code(text, i);
    if (c < 0) { exotic = true; a = b = 36; continue; }
    const cell = (a * SYMBOLS + b) * SYMBOLS + c;
    const word = cell >>> 5;
    const mask = 1 << (cell & 31);
    if ((present[word]! & mask) !== 0) where[cell]! |= bit;
    else { present[word]! |= mask; where[cell] = bit; }
    a = b;
    b = c;
    // A stretch ends at a sentence mark once it is long enough; the mark is its last character.
    if (text.charCodeAt(i) === DOT && text.length >= STRETCHED_FROM && i + 1 - stretchStart[stretches - 1]! >= length && stretches < MAX_STRETCHES) {
      stretchEnd[stretches - 1] = i;
      stretchStart[stretches] = i + 1;
      stretches++;
      bit = bit << 1 >>> 0;
    }
  }
  stretchEnd[stretches - 1] = text.length;
  seenFor = text;
}

/**
 * Every pattern's factors as the trigram cells each needs, in one array, gate after gate in the order patterns are first
 * asked about. A gate at `at` holds its number of factors n, then n + 1 positions in the arena where each factor's cells
 * begin (the last where the final one ends), then the cells. The guard asks some 400 gates about every message, in
 * the same order each time: read from one array in order, they cost a fraction of as many small arrays of arrays
 * scattered over the heap, which a busy server has long pushed out of the processor's caches.
 */
let arena = new Int32Array(16 * 1024);
let arenaUsed = 0;

/** The stretches of the current text in which one of the gate's factors can stand: a bit per stretch, 0 for none. */
function stretchesOf(at: number): number {
  let any = 0;
  const n = arena[at]!;
  for (let f = 0; f < n; f++) {
    let all = 0xffffffff;
    for (let i = arena[at + 1 + f]!; i < arena[at + 2 + f]!; i++) {
      const cell = arena[i]!;
      all = occurs(cell) ? (all & where[cell]!) >>> 0 : 0;
      if (all === 0) break;
    }
    any = (any | all) >>> 0;
  }
  return any;
}

/** A factor as the trigram cells it needs; null when it has a character outside the alphabet or is too short to tell. */
function trigrams(factor: string): readonly number[] | null {
  if (factor.length < 3) return null;
  const cells: number[] = [];
  for (let i = 2; i < factor.length; i++) {
    const [a, b, c] = [code(factor, i - 2), code(factor, i - 1), code(factor, i)];
    if (a < 0 || b < 0 || c < 0) return null;
    cells.push((a * SYMBOLS + b) * SYMBOLS + c);
  }
  return cells;
}

/** Where the pattern's gate stands in the arena; -1 when it has none (no usable factors). */
function gateOf(pattern: RegExp): number {
  const factors = literalFactors(pattern);
  if (factors === undefined) return -1;
  const each = factors.map(trigrams);
  if (each.some((c) => c === null)) return -1;
  const cells = each.flatMap((c) => c!);
  const size = 2 + each.length + cells.length;
  if (arenaUsed + size > arena.length) {
    const grown = new Int32Array(Math.max(arena.length * 2, arenaUsed + size));
    grown.set(arena);
    arena = grown;
  }
  const at = arenaUsed;
  arena[at] = each.length;
  let next = at + 2 + each.length;
  each.forEach((c, f) => { arena[at + 1 + f] = next; next += c!.length; });
  arena[at + 1 + each.length] = next;
  arena.set(cells, at + 2 + each.length);
  arenaUsed += size;
  return at;
}

/**
 * The patterns asked about so far, each in a slot numbered in the order it was first asked about, with its gate's
 * place in the arena (-1: none). The guard asks about its patterns in much the same order for every message, so the
 * slot after the last one asked about is almost always the next pattern's: one comparison, where a look-up in a
 * map would first read the pattern object itself and then the map, each most likely from memory.
 */
const slotPattern: RegExp[] = [];
const slotGate: number[] = [];
const SLOTS = new Map<RegExp, number>();
let nextSlot = 0;
/**
 * Slots are never given back: past this many patterns (the guard has some 500, all made once) a new one gets no gate
 * and simply runs, so patterns made on the fly cannot make the arena grow without end.
 */
const MAX_SLOTS = 4096;

function gateFor(pattern: RegExp): number {
  let slot = nextSlot;
  if (slotPattern[slot] !== pattern) {
    const known = SLOTS.get(pattern);
    if (known !== undefined) slot = known;
    else if (slotPattern.length >= MAX_SLOTS) return -1;
    else {
      slot = slotPattern.length;
      slotPattern.push(pattern);
      slotGate.push(gateOf(pattern));
      SLOTS.set(pattern, slot);
    }
  }
  nextSlot = slot + 1;
  return slotGate[slot]!;
}

/** False only when `pattern` certainly cannot match `text`; true when it may (then run it). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (!enabled) return true;
  const at = gateFor(pattern);
  if (at < 0) return true;
  index(text);
  if (exotic) return true; // not a normalised text: the table does not describe it
  const n = arena[at]!;
  for (let f = 0; f < n; f++) {
    const end = arena[at + 2 + f]!;
    let i = arena[at + 1 + f]!;
    while (i < end && occurs(arena[i]!)) i++;
    if (i === end) return true;
  }
  return false;
}

/** Answers of `testWithin` for one text: pattern → (from, to) → whether it matched. */
const answers = new Map<RegExp, Map<number, boolean>>();
let answersFor: string | undefined;

/**
 * `pattern.test(text.slice(from, to))` for a pattern without the g or y flag (whose `test` keeps no state): false at
 * once when the prefilter shows that the pattern cannot match anywhere in `text` (then no part of it either: a match
 * holds one of the pattern's factors, which would stand in `text` too), and remembered for this text, so that a damper
 * read for every match in one long sentence is read once. The same answer as the plain call, always.
 */
export function testWithin(pattern: RegExp, text: string, from = 0, to = text.length): boolean {
  if (!enabled || pattern.global || pattern.sticky) return pattern.test(text.slice(from, to));
  if (!mayMatch(pattern, text)) return false;
  // A factor of a pattern that never reads a '.' stands inside one sentence, so in one stretch: none in reach, no match.
  const gate = gateFor(pattern); // when there is one, mayMatch has indexed this text
  if (gate >= 0 && !exotic && stretches > 1 && staysInSentence(pattern)) {
    const mask = stretchesOf(gate);
    let near = false;
    for (let k = 0; k < stretches && !near; k++) near = ((mask >>> k) & 1) === 1 && stretchStart[k]! < to && stretchEnd[k]! > from;
    if (!near) return false;
  }
  if (answersFor !== text) { answers.clear(); answersFor = text; }
  let byRange = answers.get(pattern);
  if (byRange === undefined) { byRange = new Map(); answers.set(pattern, byRange); }
  const key = from * 2 ** 24 + to;
  let answer = byRange.get(key);
  if (answer === undefined) {
    answer = pattern.test(from === 0 && to === text.length ? text : text.slice(from, to));
    byRange.set(key, answer);
  }
  return answer;
}

/** Whether a pattern reads no '.' and no end of text: neither its matches nor its look-arounds, so it cannot see past a sentence mark. */
const IN_SENTENCE = new WeakMap<RegExp, boolean>();

export function staysInSentence(pattern: RegExp): boolean {
  let known = IN_SENTENCE.get(pattern);
  if (known === undefined) {
    known = false;
    try {
      const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.flags.includes('v') });
      known = ast.alternatives.every(alternativeStays);
    } catch { /* unparsed: not known to stay */ }
    IN_SENTENCE.set(pattern, known);
  }
  return known;
}

function alternativeStays(node: AST.Alternative): boolean {
  return node.elements.every(elementStays);
}

/** Conservative: whatever is not plainly free of '.' and of the end anchor counts as reading them. */
function elementStays(node: AST.Element): boolean {
  switch (node.type) {
    case 'Character': return node.value !== DOT;
    case 'CharacterClass': return !node.negate && node.elements.every((e) => (e.type === 'Character' ? e.value !== DOT
      : e.type === 'CharacterClassRange' ? e.min.value > DOT || e.max.value < DOT
        : e.type === 'CharacterSet' && (e.kind === 'digit' || e.kind === 'space' || e.kind === 'word') && !e.negate));
    case 'CharacterSet': return (node.kind === 'digit' || node.kind === 'space' || node.kind === 'word') && !node.negate;
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') return node.alternatives.every(alternativeStays);
      return node.kind === 'start' || node.kind === 'word';
    case 'Group':
    case 'CapturingGroup': return node.alternatives.every(alternativeStays);
    case 'Quantifier': return elementStays(node.element);
    case 'Backreference': return true; // reads again what a group read
    default: return false;
  }
}

/** Copies of the patterns that stay in a sentence, run over a prefix of the text; null for the others. */
const RUNNERS = new WeakMap<RegExp, RegExp | null>();

/**
 * `pattern.exec(text)` for a global pattern: the same match and the same `lastIndex` afterwards, but in a long text the
 * expression runs only over the stretches where one of its factors can stand. A pattern that never reads a '.' nor the
 * end of the text matches inside one sentence and sees nothing past its sentence mark, so running it over the text cut
 * at the end of a stretch finds exactly the matches that begin there; stretches without a factor hold none.
 */
export function execAnchored(pattern: RegExp, text: string): RegExpExecArray | null {
  if (!enabled || !pattern.global || pattern.sticky) return pattern.exec(text);
  const gate = gateFor(pattern);
  if (gate < 0) return pattern.exec(text);
  index(text);
  if (exotic || stretches === 1) return pattern.exec(text);
  let runner = RUNNERS.get(pattern);
  if (runner === undefined) {
    runner = staysInSentence(pattern) ? new RegExp(pattern.source, pattern.flags) : null;
    RUNNERS.set(pattern, runner);
  }
  if (runner === null) return pattern.exec(text);
  const mask = stretchesOf(gate);
  const from = pattern.lastIndex;
  for (let k = 0; k < stretches; k++) {
    if (((mask >>> k) & 1) === 0 || stretchEnd[k]! <= from) continue;
    let last = k; // neighbouring stretches with a factor run as one
    while (last + 1 < stretches && ((mask >>> (last + 1)) & 1) === 1) last++;
    runner.lastIndex = Math.max(from, stretchStart[k]!);
    const m = runner.exec(text.slice(0, stretchEnd[last]));
    if (m !== null) {
      pattern.lastIndex = runner.lastIndex;
      return m;
    }
    k = last;
  }
  pattern.lastIndex = 0;
  return null;
}

const RESUMES = new WeakMap<RegExp, boolean>();

/**
 * Whether, once a sentence is decided, a pattern may go on from the sentence's closing " . " without missing a match:
 * it stays inside a sentence, and each of its matches holds a literal factor with a character other than a space, so
 * none begins on the space before the mark (the only place a match could begin there, with a '.' next).
 */
export function resumesAtSentenceEnd(pattern: RegExp): boolean {
  let known = RESUMES.get(pattern);
  if (known === undefined) {
    const factors = literalFactors(pattern);
    known = factors !== undefined && factors.every((f) => f.trim() !== '') && staysInSentence(pattern);
    RESUMES.set(pattern, known);
  }
  return known;
}
