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

const GATES = new WeakMap<RegExp, readonly (readonly number[])[] | null>();
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
const seen = new Uint8Array(SYMBOLS * SYMBOLS * SYMBOLS);
let seenFor: string | undefined;
let exotic = false;

function code(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? symbol[c]! : -1;
}

function index(text: string): void {
  if (seenFor === text) return;
  seen.fill(0);
  exotic = false;
  let a = 36, b = 36; // a text begins as if after spaces, so a factor's trigrams never run off its start
  for (let i = 0; i < text.length; i++) {
    const c = code(text, i);
    if (c < 0) { exotic = true; a = b = 36; continue; }
    seen[(a * SYMBOLS + b) * SYMBOLS + c] = 1;
    a = b;
    b = c;
  }
  seenFor = text;
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

function gateOf(pattern: RegExp): readonly (readonly number[])[] | null {
  const factors = literalFactors(pattern);
  if (factors === undefined) return null;
  const cells = factors.map(trigrams);
  return cells.some((c) => c === null) ? null : (cells as (readonly number[])[]);
}

/** False only when `pattern` certainly cannot match `text`; true when it may (then run it). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (!enabled) return true;
  let gate = GATES.get(pattern);
  if (gate === undefined) {
    gate = gateOf(pattern);
    GATES.set(pattern, gate);
  }
  if (gate === null) return true;
  index(text);
  if (exotic) return true; // not a normalised text: the table does not describe it
  return gate.some((cells) => cells.every((cell) => seen[cell] === 1));
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
