// Misspelled place names ("Hämeenlina", "Helsingfos") found with fuse.js, at a cost bounded per call: the pattern is
// capped, and only names that could be within fuse's threshold (by the q-gram lemma) are searched.
import Fuse from 'fuse.js';

/** fuse.js's score runs backwards (0 = exact): only close ones are accepted. */
const THRESHOLD = 0.25;

/**
 * A search over folded names with exactly the answers of one fuse.js search over all of them (`threshold` 0.25,
 * `ignoreLocation`), best score first and the earlier name on a tie, but with fuse.js run on few names, if any:
 *
 * - With `ignoreLocation`, fuse.js matches when some part of a name is within `floor(0.25 × pattern length)` edits of the
 *   pattern. Such a part shares at least `(length − 1) − 2 × edits` of the pattern's letter pairs (each edit breaks
 *   at most two), so a name sharing fewer cannot match and is not searched.
 * - A pattern more than twice as long as every name is mostly errors against each: it is not searched at all (nor is
 *   it split into 32-letter chunks, as fuse.js does with longer ones).
 */
export function createPlaceNameSearch<T>(entries: ReadonlyArray<readonly [name: string, value: T]>): (key: string) => T | undefined {
  const searchers = entries.map(([name]) => new Fuse([{ name }], { keys: ['name'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true }));
  const byPair = new Map<string, number[]>();
  let longest = 0;
  entries.forEach(([name], i) => {
    longest = Math.max(longest, name.length);
    for (const pair of new Set(pairsOf(name))) {
      const list = byPair.get(pair);
      if (list) list.push(i); else byPair.set(pair, [i]);
    }
  });
  const maxPattern = 2 * longest;
  const shared = new Int32Array(entries.length);

  return (key) => {
    if (key.length > maxPattern || key.length === 0) return undefined;
    const pairs = pairsOf(key);
    const edits = Math.floor(THRESHOLD * key.length);
    // fuse.js splits patterns over 32 letters into chunks and averages them: those are searched everywhere.
    const needed = key.length <= 32 ? pairs.length - 2 * edits : 0;
    shared.fill(0);
    for (const pair of pairs) for (const i of byPair.get(pair) ?? []) shared[i]! += 1;
    let best: { score: number; value: T } | undefined;
    for (let i = 0; i < entries.length; i++) {
      if (shared[i]! < needed) continue;
      const score = searchers[i]!.search(key, { limit: 1 })[0]?.score;
      if (score !== undefined && (!best || score < best.score)) best = { score, value: entries[i]![1] };
    }
    return best && best.score <= THRESHOLD ? best.value : undefined;
  };
}

/** Every pair of adjacent letters, with repeats (one per position). */
function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) pairs.push(text.slice(i, i + 2));
  return pairs;
}
