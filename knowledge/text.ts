// Small text helpers shared by the catalogue, matcher and tools: case and diacritic folding.

/** Lower-case and fold diacritics so "Äiti", "aiti" and "ÄITI" compare equal; å→a, ö→o, ä→a. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
