// Counts that tell a data keeper whether the catalogue is complete: per language, type, situation, region.
import type { CatalogueData } from './catalogue.js';
import { LANGS, SITUATION_IDS, TYPE_IDS, type Lang } from './vocabulary.js';
import type { Activity } from './schema.js';

export const STALE_AFTER_DAYS = 365;

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

export function staleActivities(activities: readonly Activity[], today: Date, days = STALE_AFTER_DAYS): Activity[] {
  const limit = today.getTime() - days * 86_400_000;
  return activities.filter((a) => Date.parse(`${a.lastVerified}T00:00:00Z`) < limit);
}

export function summarise(data: CatalogueData, today = new Date()) {
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
    withPhone: data.activities.filter((a) => a.contact.phone).length,
    crisisLines: data.activities.filter((a) => a.crisisLine).map((a) => a.id),
    stale: staleActivities(data.activities, today).map((a) => a.id),
  };
}
