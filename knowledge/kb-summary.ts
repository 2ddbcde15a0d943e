// Counts that tell a data keeper whether the catalogue is complete (per language, type, situation, region and
// municipality), warnings worth a look, and which entries are due for re-checking, source by source.
import type { CatalogueData } from './catalogue.js';
import { createFacetExtractor } from './facets.js';
import type { Origin } from './loader.js';
import type { Activity, Municipality } from './schema.js';
import { LANGS, SITUATION_IDS, TYPE_IDS, type Lang } from './vocabulary.js';

/** Hand-kept entries are re-checked yearly; imported ones when their source's refresh interval has passed. */
export const STALE_AFTER_DAYS = 365;
const DAY = 86_400_000;

function textsIn(value: unknown, lang: Lang): { present: number; total: number } {
  // Walks every { fi, sv, en } object in an entry and counts whether `lang` is filled in.
  let present = 0;
  let total = 0;
  const visit = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    const o = v as Record<string, unknown>;
    if ('fi' in o && 'sv' in o && 'en' in o && LANGS.every((l) => typeof o[l] === 'string' || Array.isArray(o[l]))) {
      total++;
      const x = o[lang];
      if ((typeof x === 'string' && x.trim()) || (Array.isArray(x) && x.length > 0)) present++;
      return;
    }
    Object.values(o).forEach(visit);
  };
  visit(value);
  return { present, total };
}

const daysSince = (date: string, today: Date) => Math.floor((today.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY);

/** Why an entry is due: a hand-kept one not verified within `days`, an imported one whose import is older than its source allows. */
export function staleReason(a: Activity, today: Date, days = STALE_AFTER_DAYS): string | undefined {
  if (a.imported) {
    const age = daysSince(a.imported.at, today);
    return age > a.imported.refreshDays ? `imported from ${a.imported.from} ${age} days ago; ${a.imported.from} is refreshed every ${a.imported.refreshDays} days` : undefined;
  }
  const age = daysSince(a.lastVerified, today);
  return age > days ? `last verified ${age} days ago` : undefined;
}

export function staleActivities(activities: readonly Activity[], today: Date, days = STALE_AFTER_DAYS): Activity[] {
  return activities.filter((a) => staleReason(a, today, days) !== undefined);
}

/** The source an entry is kept from: its import, else the site its `source` names first, else its seed. */
export function sourceOf(a: Activity): { key: string; kind: 'import' | 'site' | 'seed' } {
  if (a.imported) return { key: a.imported.from, kind: 'import' };
  const url = /https?:\/\/[^\s;,)]+/.exec(a.source)?.[0];
  if (url) {
    try { return { key: new URL(url).hostname.replace(/^www\./, ''), kind: 'site' }; } catch { /* not a URL after all */ }
  }
  return { key: /^seed:\d+/.exec(a.source)?.[0] ?? a.source.slice(0, 40), kind: 'seed' };
}

export interface SourceGroup {
  source: string;
  kind: 'import' | 'site' | 'seed';
  refreshDays: number;
  entries: number;
  stale: Array<{ id: string; organisation: string; lastVerified: string; importedAt?: string; reason: string; url: string; file?: string }>;
}

/** Every source with its entries due for re-checking, the most overdue sources first. */
export function staleBySource(activities: readonly Activity[], today: Date, days = STALE_AFTER_DAYS, origins?: ReadonlyMap<string, Origin>): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const a of activities) {
    const { key, kind } = sourceOf(a);
    const group = groups.get(key) ?? { source: key, kind, refreshDays: a.imported?.refreshDays ?? days, entries: 0, stale: [] };
    groups.set(key, group);
    group.entries++;
    const reason = staleReason(a, today, days);
    if (!reason) continue;
    const origin = origins?.get(a.id);
    group.stale.push({
      id: a.id, organisation: a.organisation.name, lastVerified: a.lastVerified, ...(a.imported ? { importedAt: a.imported.at } : {}),
      reason, url: a.contact.url, ...(origin ? { file: `${origin.file}:${origin.line}` } : {}),
    });
  }
  for (const g of groups.values()) g.stale.sort((x, y) => (x.importedAt ?? x.lastVerified).localeCompare(y.importedAt ?? y.lastVerified));
  return [...groups.values()].sort((x, y) => y.stale.length - x.stale.length || x.source.localeCompare(y.source));
}

/** Activities scoped to specific municipalities, counted for each municipality code they list. */
export function perMunicipality(activities: readonly Activity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of activities) {
    if (a.area.scope !== 'municipality') continue;
    for (const code of new Set(a.area.municipalities)) counts[code] = (counts[code] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([x], [y]) => x.localeCompare(y)));
}

export interface KbWarning { code: 'regional-entry-names-one-town'; id: string; file?: string; line?: number; message: string }

/**
 * A regional entry whose source page or text names exactly one municipality of its region is probably that town's
 * (a Helsinki residents' house listed for all of Uusimaa): a warning for a person to check, never a failure.
 */
export function regionalWarnings(data: CatalogueData, origins?: ReadonlyMap<string, Origin>): KbWarning[] {
  const places = createFacetExtractor(data.municipalities);
  const byCode = new Map<string, Municipality>(data.municipalities.map((m) => [m.code, m]));
  const warnings: KbWarning[] = [];
  for (const a of data.activities) {
    if (a.area.scope !== 'region') continue;
    const regions = new Set<string>(a.area.regions);
    // The source's addresses count word by word ("www.vantaa.fi/..."); prose counts only where a place is certain.
    const text = [a.source, ...LANGS.flatMap((l) => [a.title[l], a.description[l]])].join(' ');
    const named = new Set<string>();
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 3) continue;
      const code = places.extract(word).municipality;
      if (code && regions.has(byCode.get(code)?.region ?? '')) named.add(code);
    }
    if (named.size !== 1) continue;
    const town = byCode.get([...named][0]!)!;
    const origin = origins?.get(a.id);
    warnings.push({
      code: 'regional-entry-names-one-town', id: a.id, ...(origin ? { file: origin.file, line: origin.line } : {}),
      message: `area is the whole ${[...regions].join(', ')} region but its source or text names only ${town.fi} (${town.code}): scope it to ${town.fi} if that is where it runs`,
    });
  }
  return warnings;
}

export function summarise(data: CatalogueData, today = new Date(), origins?: ReadonlyMap<string, Origin>) {
  const all = [...data.activityTypes, ...data.situations, ...data.personas, ...data.activities];
  const languages = Object.fromEntries(LANGS.map((lang) => {
    const counts = all.map((e) => textsIn(e, lang));
    const entriesComplete = counts.filter((c) => c.present === c.total).length;
    const texts = counts.reduce((s, c) => s + c.present, 0);
    return [lang, { entriesComplete, entries: all.length, texts, activitiesServedIn: data.activities.filter((a) => a.languages.includes(lang)).length }];
  }));
  const perType = Object.fromEntries(TYPE_IDS.map((id) => [id, data.activities.filter((a) => a.typeIds.includes(id)).length]));
  const perSituation = Object.fromEntries(SITUATION_IDS.map((id) => [id, data.activities.filter((a) => a.situationIds.includes(id)).length]));
  const perArea: Record<string, number> = {};
  for (const a of data.activities) {
    const keys = a.area.scope === 'national' ? ['national'] : a.area.scope === 'region' ? a.area.regions : ['municipality'];
    for (const k of keys) perArea[k] = (perArea[k] ?? 0) + 1;
  }
  const imported: Record<string, number> = {};
  for (const a of data.activities) if (a.imported) imported[a.imported.from] = (imported[a.imported.from] ?? 0) + 1;
  const warnings = regionalWarnings(data, origins);
  return {
    ok: true,
    activities: data.activities.length,
    activityTypes: data.activityTypes.length,
    situations: data.situations.length,
    personas: data.personas.length,
    municipalities: data.municipalities.length,
    organisations: new Set(data.activities.map((a) => a.organisation.name)).size,
    languages,
    perType,
    perSituation,
    perArea,
    perMunicipality: perMunicipality(data.activities),
    imported,
    withPhone: data.activities.filter((a) => a.contact.phone).length,
    crisisLines: data.activities.filter((a) => a.crisisLine).map((a) => a.id),
    stale: staleActivities(data.activities, today).map((a) => a.id),
    warnings,
  };
}
