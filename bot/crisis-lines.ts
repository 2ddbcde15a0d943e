// Which crisis lines a resident sees after 112: the lines for the kind of crisis, and children's and youth lines only for the young.
import type { Catalogue, Facets } from '../knowledge/contracts.js';
import { createFacetExtractor } from '../knowledge/facets.js';
import type { Activity } from '../knowledge/schema.js';
import type { CrisisKind, TargetGroup } from '../knowledge/vocabulary.js';

/** A crisis card stays short enough to read in a bad moment. */
export const MAX_CRISIS_LINES = 4;

const YOUNG_GROUPS: ReadonlySet<TargetGroup> = new Set(['children', 'youth', 'young-adults']);
// The youngest age the catalogue's young-adult lines serve to the end (Sekasin: up to 29).
const YOUNG_UNTIL = 30;

/** A line made for children or young people (MLL's 116 111, Sekasin): not where an adult in danger should be sent. */
export function isYouthLine(line: Activity): boolean {
  return line.targetGroups.every((g) => YOUNG_GROUPS.has(g)) || (line.ageMax !== undefined && line.ageMax < YOUNG_UNTIL);
}

/** Whether the facets say the person is a child or a young person (an age, or words such as "nuori", "teini", "high school"). */
export function isYoung(facets: Facets | undefined): boolean {
  return facets?.ageGroup === 'child' || facets?.ageGroup === 'youth' || (facets?.age !== undefined && facets.age < 25);
}

// No municipalities: only the age, age-group and other word facets are read, and building it costs nothing.
const facetsOfText = createFacetExtractor([]);

/** The age facets of a message alone, for paths that have no conversation state. */
export function ageFacets(text: string): Facets {
  const { age, ageGroup } = facetsOfText.extract(text);
  return { ...(age !== undefined ? { age } : {}), ...(ageGroup ? { ageGroup } : {}) };
}

/**
 * The lines to show after 112, best first, at most MAX_CRISIS_LINES. For a young person the youth lines come right after
 * the first line, so they are not cut off; for anyone else they are left out.
 */
export function crisisLinesFor(catalogue: Pick<Catalogue, 'crisisLines'>, kind: CrisisKind | undefined, young: boolean): readonly Activity[] {
  const all = catalogue.crisisLines(kind);
  const forAnyone = all.filter((line) => !isYouthLine(line));
  if (!young) return forAnyone.slice(0, MAX_CRISIS_LINES);
  const [first, ...rest] = forAnyone;
  return [...(first ? [first] : []), ...all.filter(isYouthLine), ...rest].slice(0, MAX_CRISIS_LINES);
}
