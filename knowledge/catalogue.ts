// Builds the immutable, indexed Catalogue from already validated knowledge data.
import type { Catalogue } from './contracts.js';
import { createPlaceNameSearch } from './place-names.js';
import type { Activity, ActivityType, Municipality, Persona, Situation } from './schema.js';
import { fold } from './text.js';
import type { CrisisKind, SituationId, TypeId } from './vocabulary.js';

export interface CatalogueData {
  activityTypes: readonly ActivityType[];
  situations: readonly Situation[];
  personas: readonly Persona[];
  municipalities: readonly Municipality[];
  activities: readonly Activity[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Longer input is no place name (the longest, with a Finnish case ending, is about 20 letters) and is not looked up. */
const MAX_NAME_INPUT = 200;

/** Indexes validated data; cross-reference checks belong to the loader, this only builds lookups. */
export function createCatalogue(data: CatalogueData): Catalogue {
  const types = new Map<TypeId, ActivityType>(data.activityTypes.map((t) => [t.id, deepFreeze(t)]));
  const situations = new Map<SituationId, Situation>(data.situations.map((s) => [s.id, deepFreeze(s)]));
  const personas = new Map<string, Persona>(data.personas.map((p) => [p.id, deepFreeze(p)]));
  const municipalities = new Map<string, Municipality>(data.municipalities.map((m) => [m.code, deepFreeze(m)]));
  const activities = Object.freeze(data.activities.map((a) => deepFreeze(a)));
  const activityById = new Map<string, Activity>(activities.map((a) => [a.id, a]));

  const byName = new Map<string, Municipality>();
  for (const m of municipalities.values()) {
    byName.set(fold(m.fi), m);
    if (m.sv) byName.set(fold(m.sv), m);
  }
  // Former municipalities and parts (Ekenäs, Tammisaari → Raasepori) never replace a municipality's own name; the
  // ambiguous ones ("Pohja", also "bottom") are left to the facet reader, which asks for a context word.
  for (const m of municipalities.values()) {
    for (const alias of m.aliases ?? []) if (!byName.has(fold(alias))) byName.set(fold(alias), m);
  }
  // Misspelled place names ("Hämeenlina", "Helsingfos") from staff filters and the CLI: fuse.js over the
  // folded fi and sv names; its score runs backwards (0 = exact), so accept only close ones.
  // Its cost is bounded however long or odd the text (see place-names.ts).
  const placeNames = createPlaceNameSearch([...byName.entries()]);
  const crisis = activities
    .filter((a) => a.crisisLine)
    .sort((a, b) => (a.crisisLine?.rank ?? 0) - (b.crisisLine?.rank ?? 0));

  return Object.freeze({
    types, situations, personas, municipalities, activities, activityById,
    findMunicipality(nameOrCode: string): Municipality | undefined {
      const trimmed = nameOrCode.trim();
      // Folding may lengthen text (a ligature becomes many letters): what is far too long for a name is not folded.
      if (trimmed.length > MAX_NAME_INPUT) return undefined;
      const key = fold(trimmed);
      const exact = municipalities.get(key) ?? byName.get(key);
      if (exact || key.length < 4) return exact;
      return placeNames(key);
    },
    regionOf(code: string) {
      return municipalities.get(code)?.region;
    },
    crisisLines(kind?: CrisisKind): readonly Activity[] {
      if (!kind) return crisis;
      const forKind = crisis.filter((a) => a.crisisLine?.kinds.includes(kind));
      // General lines always follow the kind-specific ones: nobody in danger gets an empty list.
      const general = crisis.filter((a) => !forKind.includes(a) && a.crisisLine?.kinds.includes('general'));
      return [...forKind, ...general];
    },
  });
}
