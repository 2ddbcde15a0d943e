// The bounded place-name search answers exactly as one plain fuse.js search over every name would, on misspellings,
// inflected forms, other words and junk; and a place name is still found however it is misspelled within reach.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createPlaceNameSearch } from '../../knowledge/place-names.js';
import { fold } from '../../knowledge/text.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { catalogue } = realKnowledge();
const names = new Map<string, string>();
for (const m of catalogue.municipalities.values()) {
  names.set(fold(m.fi), m.code);
  if (m.sv && !names.has(fold(m.sv))) names.set(fold(m.sv), m.code);
}
const entries = [...names.entries()];
const bounded = createPlaceNameSearch(entries);
const plain = new Fuse(entries.map(([name, code]) => ({ name, code })), { keys: ['name'], includeScore: true, threshold: 0.25, ignoreLocation: true });
const reference = (key: string) => {
  const best = plain.search(key, { limit: 1 })[0];
  return best && (best.score ?? 1) <= 0.25 ? best.item.code : undefined;
};

/** A deterministic stream of numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

function misspellings(name: string, next: () => number): string[] {
  const letters = 'abdefghijklmnoprstuvyaoäöx';
  const pick = () => letters[Math.floor(next() * letters.length)]!;
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) {
    out.push(name.slice(0, i) + name.slice(i + 1)); // a letter missing
    out.push(name.slice(0, i) + pick() + name.slice(i + 1)); // a wrong letter
    out.push(name.slice(0, i) + pick() + name.slice(i)); // a letter too many
    if (i + 1 < name.length) out.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)); // two swapped
  }
  // Two and three edits at random places, and Finnish case endings.
  for (let n = 0; n < 6; n++) {
    let w = name;
    for (let e = 0; e < 2 + (n % 2); e++) {
      const at = Math.floor(next() * (w.length + 1));
      w = next() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + pick() + w.slice(at);
    }
    out.push(w);
  }
  for (const ending of ['ssa', 'lla', 'sta', 'lle', 'n', 'an', 'ista']) out.push(name + ending);
  return out;
}

describe('the bounded place-name search', () => {
  it('answers as a plain fuse.js search over all names, for every misspelling of every name', () => {
    const next = random(42);
    const keys = entries.flatMap(([name]) => misspellings(name, next)).filter((k) => k.length >= 4);
    expect(keys.length).toBeGreaterThan(4_000);
    const differing = keys.filter((k) => bounded(k) !== reference(k));
    expect(differing).toEqual([]);
  });

  it('answers as a plain fuse.js search for other words, random letters and glued names', () => {
    const next = random(7);
    const words = ['omaishoitaja', 'vertaistuki', 'yksinäisyys', 'velkaneuvonta', 'puhelimessa', 'ruotsiksi', 'helsingissävantaalla', 'ääkkönen', 'kkkkkkk', 'aaaa', 'abcdefghijklmnopqrstuvwxyzabcd'];
    const randomWords = Array.from({ length: 3_000 }, () => {
      const length = 4 + Math.floor(next() * 24);
      return Array.from({ length }, () => 'aeiouyäöhjklmnprstv'[Math.floor(next() * 19)]).join('');
    });
    const glued = entries.slice(0, 200).map(([name], i) => name + entries[(i + 7) % entries.length]![0]);
    const keys = [...words, ...randomWords, ...glued].map(fold);
    const differing = keys.filter((k) => bounded(k) !== reference(k));
    expect(differing).toEqual([]);
  });

  it('finds a place misspelled within reach, and nothing for text far longer than any name', () => {
    expect(bounded('hameenlina')).toBe(names.get('hameenlinna'));
    expect(bounded('helsingfos')).toBe(names.get('helsingfors'));
    expect(bounded('vantaa'.repeat(20))).toBeUndefined();
    expect(bounded('x'.repeat(10_000))).toBeUndefined();
  });
});

describe('findMunicipality', () => {
  it('finds names, codes and misspellings as before, and nothing in a pasted page', () => {
    expect(catalogue.findMunicipality('Vantaa')?.code).toBe(names.get('vantaa'));
    expect(catalogue.findMunicipality('  Helsingfors ')?.code).toBe(names.get('helsingfors'));
    expect(catalogue.findMunicipality('Hämeenlina')?.code).toBe(names.get('hameenlinna'));
    expect(catalogue.findMunicipality(`Vantaa ${'ﷺ'.repeat(5_000)}`)).toBeUndefined();
    expect(catalogue.findMunicipality('Helsingisä Vantaala '.repeat(500))).toBeUndefined();
  });
});
