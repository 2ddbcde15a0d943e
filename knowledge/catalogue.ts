// Builds the immutable, indexed Catalogue from already validated knowledge data.
import Fuse from 'fuse.js';
import type { Catalogue } from './contracts.js';
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
  // Misspelled place names ("Hämeenlina", "Helsingfos") from staff filters and the CLI: fuse.js over the
  // folded fi and sv names; its score runs backwards (0 = exact), so accept only close ones.
  const placeNames = new Fuse([...byName.entries()].map(([name, m]) => ({ name, m })), { keys: ['name'], includeScore: true, threshold: 0.25, ignoreLocation: true });
  const crisis = activities
    .filter((a) => a.crisisLine)
    .sort((a, b) => (a.crisisLine?.rank ?? 0) - (b.crisisLine?.rank ?? 0));

  return Object.freeze({
    types, situations, personas, municipalities, activities, activityById,
    findMunicipality(nameOrCode: string): Municipality | undefined {
      const key = fold(nameOrCode.trim());
      const exact = municipalities.get(key) ?? byName.get(key);
      if (exact || key.length < 4) return exact;
      const best = placeNames.search(key, { limit: 1 })[0];
      return best && (best.score ?? 1) <= 0.25 ? best.item.m : undefined;
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
