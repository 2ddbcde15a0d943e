// Maps the catalogue to Open Referral HSDS 3.0 (organizations, services with phones, languages, service areas
// and taxonomy attributes), and the zod shapes of the HSDS 3.0 objects used, written from the public schema.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CatalogueData } from './catalogue.js';
import type { Activity } from './schema.js';
import type { Lang } from './vocabulary.js';

const uuid = z.uuid();
const nullableString = z.string().nullable().optional();

export const HsdsTaxonomyTerm = z.object({
  id: uuid, code: nullableString, name: z.string().min(1), description: z.string().min(1),
  parent_id: uuid.nullable().optional(), taxonomy: nullableString, language: nullableString,
  taxonomy_id: uuid.nullable().optional(), term_uri: nullableString,
});
export const HsdsAttribute = z.object({
  id: uuid, link_id: uuid, taxonomy_term_id: uuid, link_type: nullableString, link_entity: z.string().min(1),
  value: nullableString, taxonomy_term: HsdsTaxonomyTerm.optional(),
});
export const HsdsLanguage = z.object({
  id: uuid, service_id: uuid.nullable().optional(), location_id: uuid.nullable().optional(), phone_id: uuid.nullable().optional(),
  name: nullableString, code: z.string().regex(/^[a-z]{2,3}$/).nullable().optional(), note: nullableString,
});
export const HsdsPhone = z.object({
  id: uuid, location_id: uuid.nullable().optional(), service_id: uuid.nullable().optional(), organization_id: uuid.nullable().optional(),
  contact_id: uuid.nullable().optional(), service_at_location_id: uuid.nullable().optional(),
  number: z.string().min(1), extension: z.number().nullable().optional(),
  type: z.enum(['text', 'fax', 'voice', 'cell', 'video', 'pager', 'textphone']).nullable().optional(),
  description: nullableString, languages: z.array(HsdsLanguage).optional(),
});
export const HsdsServiceArea = z.object({
  id: uuid, service_id: uuid.nullable().optional(), name: nullableString, description: nullableString,
  extent: nullableString, extent_type: z.enum(['geojson', 'topojson', 'kml', 'text']).nullable().optional(), uri: nullableString,
});
export const HsdsOrganization = z.object({
  id: uuid, name: z.string().min(1), alternate_name: nullableString, description: z.string().min(1),
  email: z.email().nullable().optional(), website: z.url().nullable().optional(), tax_status: nullableString, tax_id: nullableString,
  year_incorporated: z.number().nullable().optional(), legal_status: nullableString, logo: nullableString, uri: nullableString,
  parent_organization_id: uuid.nullable().optional(),
});
export const HsdsService = z.object({
  id: uuid, organization_id: uuid, program_id: uuid.nullable().optional(), name: z.string().min(1), alternate_name: nullableString,
  description: nullableString, url: z.url().nullable().optional(), email: z.email().nullable().optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  interpretation_services: nullableString, application_process: nullableString, fees_description: nullableString,
  wait_time: nullableString, eligibility_description: nullableString,
  minimum_age: z.number().nullable().optional(), maximum_age: z.number().nullable().optional(),
  assured_date: z.iso.date().nullable().optional(), assurer_email: z.email().nullable().optional(), alert: nullableString,
  last_modified: z.iso.datetime().nullable().optional(),
  phones: z.array(HsdsPhone).optional(), languages: z.array(HsdsLanguage).optional(),
  service_areas: z.array(HsdsServiceArea).optional(), attributes: z.array(HsdsAttribute).optional(),
});
export const HsdsExport = z.object({
  organizations: z.array(HsdsOrganization),
  services: z.array(HsdsService),
  taxonomy_terms: z.array(HsdsTaxonomyTerm),
});
export type HsdsExport = z.infer<typeof HsdsExport>;

/** Stable UUIDs (v5-style, SHA-1 over a namespace and name) so re-exports keep ids. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`luotsi:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const FEES: Record<Activity['cost'], Record<Lang, string>> = {
  free: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free' },
  low: { fi: 'Pieni maksu', sv: 'Liten avgift', en: 'Small fee' },
  membership: { fi: 'Jäsenmaksu', sv: 'Medlemsavgift', en: 'Membership fee' },
  paid: { fi: 'Maksullinen', sv: 'Avgiftsbelagd', en: 'Paid' },
};

export function toHsds(data: CatalogueData, lang: Lang = 'fi'): HsdsExport {
  const terms = new Map<string, z.infer<typeof HsdsTaxonomyTerm>>();
  const term = (taxonomy: string, code: string, name: string, description: string) => {
    const id = stableUuid(`term:${taxonomy}:${code}`);
    if (!terms.has(id)) terms.set(id, { id, code, name, description, taxonomy, language: lang, parent_id: null, taxonomy_id: null, term_uri: null });
    return terms.get(id)!;
  };
  for (const t of data.activityTypes) term('luotsi-activity-type', t.id, t.name[lang], t.description[lang]);
  for (const s of data.situations) term('luotsi-life-situation', s.id, s.name[lang], s.description[lang]);

  const organizations = new Map<string, z.infer<typeof HsdsOrganization>>();
  const services = data.activities.map((a) => {
    const orgId = stableUuid(`org:${a.organisation.name}`);
    if (!organizations.has(orgId)) {
      organizations.set(orgId, { id: orgId, name: a.organisation.name, description: a.organisation.name, website: a.organisation.url });
    }
    const serviceId = stableUuid(`service:${a.id}`);
    const municipalityNames = a.area.scope === 'municipality'
      ? a.area.municipalities.map((c) => data.municipalities.find((m) => m.code === c)?.fi ?? c)
      : a.area.scope === 'region' ? a.area.regions : ['Suomi / Finland'];
    const attributes = [
      ...a.typeIds.map((id) => ({ taxonomy: 'luotsi-activity-type', id })),
      ...a.situationIds.map((id) => ({ taxonomy: 'luotsi-life-situation', id })),
    ].map(({ taxonomy, id }) => {
      const tt = [...terms.values()].find((x) => x.taxonomy === taxonomy && x.code === id)!;
      return { id: stableUuid(`attr:${a.id}:${taxonomy}:${id}`), link_id: serviceId, taxonomy_term_id: tt.id, link_type: 'service', link_entity: 'service', value: null, taxonomy_term: tt };
    });
    return {
      id: serviceId,
      organization_id: orgId,
      name: a.title[lang],
      description: a.description[lang],
      url: a.contact.url,
      status: 'active' as const,
      application_process: a.nextStep[lang],
      fees_description: FEES[a.cost][lang],
      eligibility_description: a.targetGroups.join(', '),
      minimum_age: a.ageMin ?? null,
      maximum_age: a.ageMax ?? null,
      assured_date: a.lastVerified,
      alert: null,
      phones: a.contact.phone ? [{ id: stableUuid(`phone:${a.id}`), service_id: serviceId, number: a.contact.phone, type: 'voice' as const, description: a.contact.phoneNote?.[lang] ?? null }] : [],
      languages: a.languages.map((code) => ({ id: stableUuid(`lang:${a.id}:${code}`), service_id: serviceId, code, name: null })),
      service_areas: municipalityNames.map((name) => ({ id: stableUuid(`area:${a.id}:${name}`), service_id: serviceId, name, extent_type: 'text' as const, extent: name })),
      attributes,
    };
  });
  return { organizations: [...organizations.values()], services, taxonomy_terms: [...terms.values()] };
}
