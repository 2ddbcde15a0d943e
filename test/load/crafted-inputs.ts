// Messages crafted to make a turn expensive, each within what the Direct Line endpoint accepts (10,000 characters of text,
// a 64 KB body), for `npm run bench:crafted` and test/integration/cpu-bounds.test.ts; and ordinary messages to compare with.

/** What a Direct Line client may post as text, in UTF-16 code units (adapters/directline/activity-schema.ts). */
export const MAX_TEXT_UNITS = 10_000;

/** `unit` repeated up to `units` UTF-16 code units, never splitting a surrogate pair. */
function fill(unit: string, units = MAX_TEXT_UNITS): string {
  const times = Math.floor(units / unit.length);
  return unit.repeat(times);
}

export interface Crafted { name: string; text: string }

/**
 * One per way a per-character or per-word algorithm could be made to work hard: one long word (one-letter deletions,
 * compound splitting, n-grams), many one-letter words, many place-like words and near-misses (facet lookup, fuse.js),
 * combining marks, emoji, look-alike letters from other scripts, and characters that NFKD turns into many letters.
 * Most are 16–20 KB of UTF-8.
 */
export function craftedMessages(): Crafted[] {
  const list: Crafted[] = [
    { name: 'one long word (ä ×10,000)', text: fill('ä') },
    { name: 'one long word (a ×10,000)', text: fill('a') },
    { name: 'one long place-like word', text: fill('helsingissävantaalla') },
    { name: 'one-letter words (ä ×5,000)', text: fill('ä ') },
    { name: 'one-letter words, mixed', text: fill('k ä ö å e ') },
    { name: 'place names in Finnish cases', text: fill('Helsingissä Vantaalla Hämeenlinnassa Pelkosenniemellä Kauniaisissa ') },
    { name: 'place names one edit off', text: fill('Helsingisä Vantaala Hämenlinnassa Pelkosenieme Kauniaisisa ') },
    { name: 'long near-place words', text: fill('Hämeenlinnaaaaaaaaaaaa Pelkosenniemmmmmmmmm ') },
    { name: 'combining marks on one letter', text: `a${'\u0301'.repeat(MAX_TEXT_UNITS - 1)}` },
    { name: 'letters with stacked marks', text: fill('e\u0301\u0302\u0303 ') },
    { name: 'emoji (😀 ×5,000)', text: fill('😀') },
    { name: 'ZWJ emoji families', text: fill('👨‍👩‍👧‍👦') },
    { name: 'Cyrillic look-alikes', text: fill('аррӏе ѕսрроrt һеӏр ') },
    { name: 'mathematical bold letters', text: fill('𝐡𝐞𝐥𝐩 𝐦𝐞 ') },
    { name: 'full-width letters', text: fill('ｈｅｌｐ ｍｅ ') },
    { name: 'NFKD ×18 (ﷺ ×6,000)', text: fill('ﷺ', 6_000) },
    { name: 'NFKD into one word (ﬃ ×6,000)', text: fill('ﬃ', 6_000) },
    { name: 'NFKD katakana (㌀ ×6,000)', text: fill('㌀', 6_000) },
    { name: 'zero-width joined words', text: fill('omaishoitaja\u200bvertaistuki\u200b') },
    { name: 'known words, many', text: fill('omaishoitaja vertaistuki yksinäisyys velkaneuvonta ruoka-apu mielenterveys ') },
    { name: 'known compounds glued', text: fill('omaishoitajavertaistukiyksinäisyysvelkaneuvonta ') },
    { name: 'spaced letters', text: fill('a p u a ') },
    { name: 'markup', text: fill('<b>apua</b>&amp;&#128512; ') },
  ];
  return list.map((c) => ({ ...c, text: c.text.slice(0, MAX_TEXT_UNITS) }));
}

/** What residents ordinarily write: a need, then the answers to the questions. */
export const ORDINARY_NEEDS: Record<'fi' | 'sv' | 'en', string> = {
  fi: 'Hoidan muistisairasta äitiäni ja olen ihan uupunut, tarvitsisin vertaistukea',
  sv: 'Jag känner mig ensam på kvällarna och skulle vilja träffa andra',
  en: 'I have debts I cannot pay and I do not know where to start',
};

export const utf8Kb = (text: string): number => Math.round(Buffer.byteLength(text, 'utf8') / 102.4) / 10;
