import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueData } from '../../knowledge/catalogue.js';
import { findNull, fromHsds, parseAddress, stableUuid, toHsds, type HsdsExport } from '../../knowledge/hsds.js';
import { loadKnowledge } from '../../knowledge/loader.js';
import type { Activity } from '../../knowledge/schema.js';
import { REGION_IDS, TARGET_GROUPS, type Lang } from '../../knowledge/vocabulary.js';
import { copyKnowledgeBase, type KbCopy } from '../fixtures/kb-copy.js';

// The official Open Referral HSDS 3.0 compiled schemas, vendored unchanged (see the README beside them).
const SCHEMAS = join(import.meta.dirname, '../fixtures/schemas/hsds-3.0');
const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = (formatsModule).default;
addFormats(ajv);
const validateService = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'service.json'), 'utf8')));
ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, 'service_with_definitions.json'), 'utf8')), 'hsds');
const definition = (name: string): ValidateFunction => ajv.getSchema(`hsds#/definitions/${name}`)!;

/** Every schema error of the export, as "services[3] /phones/0/number must be string". */
function schemaErrors(doc: HsdsExport): string[] {
  const errors: string[] = [];
  const check = (v: ValidateFunction, items: readonly unknown[], what: string) => items.forEach((item, i) => {
    if (!v(item)) for (const e of v.errors ?? []) errors.push(`${what}[${i}] ${e.instancePath} ${e.message}`);
  });
  check(validateService, doc.services, 'services');
  check(definition('organization'), doc.organizations, 'organizations');
  check(definition('taxonomy_term'), doc.taxonomy_terms ?? [], 'taxonomy_terms');
  check(definition('taxonomy'), doc.taxonomies ?? [], 'taxonomies');
  check(definition('location'), doc.locations ?? [], 'locations');
  return errors;
}

const loaded = loadKnowledge();
if (!loaded.ok) throw new Error('knowledge base invalid');
const real = loaded.data;

/** An activity with everything HSDS has a place for: street address, chat, hours, phones per language, ages. */
const placed: Activity = {
  ...real.activities.find((a) => a.area.scope === 'municipality')!,
  id: 'test-monitoritalo-rovaniemi',
  title: { fi: 'Nuorten olohuone', sv: 'Ungas vardagsrum', en: 'Young people\'s living room' },
  targetGroups: ['youth', 'close-ones'],
  ageMin: 13, ageMax: 29,
  area: { scope: 'municipality', municipalities: ['698'] },
  contact: {
    url: 'https://www.example.org/olohuone', phone: '+358 40 000 0000', phoneByLang: { sv: '+358 40 000 0001' },
    chatUrl: 'https://chat.example.org', address: 'Monitoritalo Monde, Pohjolankatu 6, 96100 Rovaniemi',
  },
  hours: { fi: 'Ma–pe 12.00–18.00', sv: 'Mån–fre 12.00–18.00', en: 'Mon–Fri 12:00–18:00' },
  keywords: { fi: ['nuorisotila', 'olohuone'], sv: ['ungdomsgård'] },
};
const regional: Activity = {
  ...placed, id: 'test-kanta-hame-region', area: { scope: 'region', regions: ['kanta-hame'] }, contact: { url: 'https://www.example.org' },
  imported: { from: 'ptv', id: '0d1c2b3a-4958-4a6b-8c7d-9e0f1a2b3c4d', at: '2026-11-30', refreshDays: 30 },
};
const data: CatalogueData = { ...real, activities: [...real.activities, placed, regional] };
const exports = Object.fromEntries((['fi', 'sv', 'en'] as const).map((l) => [l, toHsds(data, l)])) as Record<Lang, HsdsExport>;
const serviceOf = (doc: HsdsExport, id: string) => doc.services.find((s) => s.id === stableUuid(`service:${id}`))!;

describe('the HSDS 3.0 export', () => {
  it.each(['fi', 'sv', 'en'] as const)('validates against the official compiled schemas in %s, with no null anywhere', (lang) => {
    const doc = exports[lang];
    expect(schemaErrors(doc).slice(0, 10)).toEqual([]);
    expect(findNull(doc)).toBeUndefined();
    expect(doc.services).toHaveLength(data.activities.length);
    const orgIds = new Set(doc.organizations.map((o) => o.id));
    for (const s of doc.services) expect(orgIds.has(s.organization_id!)).toBe(true);
  });

  it('catches what the issue found: nulls and missing required fields are schema errors', () => {
    const broken = structuredClone(exports.fi);
    (broken.services[0] as Record<string, unknown>).alert = null;
    (broken.services[0]!.phones ??= []).push({ id: stableUuid('x'), number: undefined as unknown as string });
    expect(schemaErrors(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('writes human-readable text in the export language, never a raw vocabulary code', () => {
    // Codes no one writes in prose ("caregivers, close-ones", "kanta-hame" were the ones found), in any text field.
    const codes = [...TARGET_GROUPS, ...REGION_IDS].filter((c) => c.includes('-'));
    const codeRx = new RegExp(`(?<![\\w/.-])(?:${codes.join('|')})(?![\\w-])`);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const s of exports[lang].services) {
        const texts = [s.name, s.description, s.application_process, s.fees_description, s.eligibility_description,
          ...(s.service_areas ?? []).flatMap((a) => [a.name, a.description, a.extent])].filter((t): t is string => !!t);
        for (const t of texts) expect(t, `${lang} ${s.name}`).not.toMatch(codeRx);
        // Who it is for is written out in the language, not as English target-group codes.
        if (lang !== 'en') for (const g of TARGET_GROUPS) expect(s.eligibility_description, `${lang} ${s.name}`).not.toMatch(new RegExp(`\\b${g}\\b`));
      }
    }
    const sv = serviceOf(exports.sv, placed.id);
    expect(sv.eligibility_description).toBe('Unga, anhöriga och närstående; ålder 13–29 år');
    expect(serviceOf(exports.fi, regional.id).service_areas?.[0]?.name).toBe('Kanta-Häme');
    expect(serviceOf(exports.sv, regional.id).service_areas?.[0]?.name).toBe('Egentliga Tavastland');
  });

  it('gives an activity with a place its location, street address and service_at_location', () => {
    const s = serviceOf(exports.fi, placed.id);
    const physical = s.service_at_locations?.find((x) => x.location?.location_type === 'physical');
    expect(physical?.location_id).toBe(physical?.location?.id);
    expect(physical?.location?.name).toBe('Monitoritalo Monde');
    expect(physical?.location?.addresses?.[0]).toMatchObject({
      address_1: 'Pohjolankatu 6', postal_code: '96100', city: 'Rovaniemi', state_province: 'Lappi', country: 'FI', address_type: 'physical',
    });
    expect(s.service_at_locations?.find((x) => x.location?.location_type === 'virtual')?.location?.url).toBe('https://chat.example.org');
    expect(exports.fi.locations?.map((l) => l.id)).toContain(physical?.location?.id);
    expect(s.schedules?.[0]?.description).toBe('Ma–pe 12.00–18.00');
  });

  it('keeps an address without a postal code as the location\'s description rather than inventing one', () => {
    const noPostcode: Activity = { ...placed, id: 'test-no-postcode', contact: { url: 'https://www.example.org', address: 'Matkakeskus, Eteläinen Asemakatu 2, Riihimäki' } };
    const doc = toHsds({ ...real, activities: [noPostcode] }, 'fi');
    const location = doc.services[0]!.service_at_locations?.[0]?.location;
    expect(location?.description).toBe('Matkakeskus, Eteläinen Asemakatu 2, Riihimäki');
    expect(location?.addresses).toBeUndefined();
    expect(schemaErrors(doc)).toEqual([]);
    expect(parseAddress('Eteläpuisto 10 B, 2. krs, Pori')).toEqual({ street: 'Eteläpuisto 10 B', extra: '2. krs', city: 'Pori' });
  });

  it('states service areas with proper extents: the municipality with its code, a region as its municipalities', () => {
    const area = serviceOf(exports.sv, placed.id).service_areas![0]!;
    expect(area).toMatchObject({ name: 'Rovaniemi', extent_type: 'text', extent: 'Rovaniemi (698)' });
    const region = serviceOf(exports.fi, regional.id).service_areas![0]!;
    expect(region.extent).toContain('Hämeenlinna (109)');
    expect(region.extent).toContain('Forssa (061)');
    expect(region.extent!.split(', ')).toHaveLength(real.municipalities.filter((m) => m.region === 'kanta-hame').length);
    const national = exports.en.services.find((s) => s.service_areas?.[0]?.name === 'All of Finland');
    expect(national?.service_areas?.[0]?.extent).toBe('Finland (FI)');
  });

  it('links every attribute to a listed taxonomy term and every term to a listed taxonomy, in the export language', () => {
    const doc = exports.sv;
    const terms = new Map((doc.taxonomy_terms ?? []).map((t) => [t.id, t]));
    const taxonomies = new Set((doc.taxonomies ?? []).map((t) => t.id));
    for (const t of terms.values()) {
      expect(taxonomies.has(t.taxonomy_id!)).toBe(true);
      expect(t.language).toBe('sv');
    }
    for (const s of doc.services) for (const a of s.attributes ?? []) expect(terms.has(a.taxonomy_term_id!)).toBe(true);
    const caregiver = [...terms.values()].find((t) => t.code === 'caregiver');
    expect(caregiver?.name).toBe(real.situations.find((x) => x.id === 'caregiver')!.name.sv);
  });

  it('gives the same ids on every export, so directories can sync', () => {
    expect(toHsds(data).services.map((s) => s.id)).toEqual(exports.fi.services.map((s) => s.id));
  });
});

describe('reading HSDS back', () => {
  const files = (['fi', 'sv', 'en'] as const).map((lang) => ({ name: `${lang}.json`, json: JSON.parse(JSON.stringify(exports[lang])) as unknown }));
  const ctx = { knownActivityIds: new Set<string>(), municipalityCodes: new Set(real.municipalities.map((m) => m.code)), municipalities: real.municipalities };

  it('round-trips: export in fi, sv and en, import, and every activity comes back the same', () => {
    const result = fromHsds(files, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.warnings).toEqual([]);
    const back = new Map(result.activities.map((a) => [a.id, a]));
    expect(back.size).toBe(data.activities.length);
    for (const a of data.activities) expect(back.get(a.id), a.id).toEqual(a);
  });

  it('fills a language missing from a single-language file from the one it has, and says so', () => {
    const result = fromHsds([files[0]!], ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    const a = result.activities.find((x) => x.id === placed.id)!;
    expect(a.title).toEqual({ fi: 'Nuorten olohuone', sv: 'Nuorten olohuone', en: 'Nuorten olohuone' });
    expect(result.warnings).toContainEqual({ record: expect.stringContaining('Nuorten olohuone'), message: 'title.sv is missing: the fi text is used until it is translated' });
  });

  it('imports nothing when one service is broken, and names it', () => {
    const broken = structuredClone(files.map((f) => f.json)) as HsdsExport[];
    for (const doc of broken) doc.services.find((s) => s.id === stableUuid(`service:${placed.id}`))!.service_areas = [];
    const result = fromHsds(broken.map((json, i) => ({ name: files[i]!.name, json })), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ record: expect.stringContaining('Nuorten olohuone'), field: 'service_areas' })]);
  });

  it('refuses ids that exist already, as the CSV import does', () => {
    const result = fromHsds(files, { ...ctx, knownActivityIds: new Set([placed.id]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ field: 'id', message: `id "${placed.id}" already exists` })]);
  });
});

describe('npm run kb:export and kb:import -- --format hsds', () => {
  let kb: KbCopy | undefined;
  afterEach(() => { kb?.remove(); kb = undefined; });
  const tsx = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  it('brings a removed file\'s activities back from the three exports, unchanged but marked as imported', () => {
    kb = copyKnowledgeBase();
    const work = mkdtempSync(join(tmpdir(), 'luotsi-hsds-'));
    const rel = 'activities/satakunta.yaml';
    const before = loadKnowledge(kb.dir);
    if (!before.ok) throw new Error('copy should load');
    const ids = new Set([...before.origins].filter(([, o]) => o.file.endsWith(rel)).map(([id]) => id));
    expect(ids.size).toBeGreaterThan(3);
    // The command writes the Swedish file; the Finnish and English ones come from the same function in-process.
    const exported = tsx(['knowledge/cli/kb-export.ts', '--lang', 'sv', '--dir', kb.dir, '--out', join(work, 'sv.json')]);
    expect(exported.code, exported.out).toBe(0);
    const sv = JSON.parse(readFileSync(join(work, 'sv.json'), 'utf8')) as HsdsExport;
    expect(sv).toEqual(JSON.parse(JSON.stringify(toHsds(before.data, 'sv'))));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const doc = lang === 'sv' ? sv : toHsds(before.data, lang);
      // Keep only the services of the file to be removed, so the import does not meet ids that still exist.
      doc.services = doc.services.filter((s) => ids.has(s.attributes!.find((a) => a.taxonomy_term?.code === 'luotsi-id')!.value!));
      writeFileSync(join(work, `${lang}.json`), JSON.stringify(doc));
    }
    renameSync(kb.file(rel), join(work, 'satakunta.yaml'));
    const run = tsx(['knowledge/cli/kb-import.ts', '--format', 'hsds', join(work, 'fi.json'), join(work, 'sv.json'), join(work, 'en.json'), '--dir', kb.dir, '--out', 'from-hsds']);
    expect(run.code, run.out).toBe(0);
    const after = loadKnowledge(kb.dir);
    if (!after.ok) throw new Error('import should leave a valid base');
    for (const id of ids) {
      const { imported, ...rest } = after.catalogue.activityById.get(id)!;
      expect(imported?.from).toBe('hsds');
      expect(rest).toEqual(before.catalogue.activityById.get(id));
    }
  }, 60_000);
});
