// Open Referral HSDS 3.0 out and in: the catalogue as organizations, services (with locations, addresses,
// service_at_locations, schedules, phones, languages, service areas and taxonomy attributes), taxonomies and terms in
// one language; and one to three such files (one per language) read back into activities.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CatalogueData } from './catalogue.js';
import type { ImportContext, RecordImportResult } from './csv-import.js';
import { checkCandidates } from './csv-import.js';
import type { Activity, Municipality } from './schema.js';
import { fold } from './text.js';
import {
  CHANNELS, COSTS, CRISIS_KINDS, LANGS, REGION_IDS, SITUATION_IDS, TARGET_GROUPS, TYPE_IDS,
  type Channel, type Cost, type Lang, type RegionId, type TargetGroup,
} from './vocabulary.js';

type L3 = Record<Lang, string>;

/** Region (maakunta) names and Statistics Finland region codes, also used by the PTV import. */
export const REGION_LABELS: Record<RegionId, L3> = {
  uusimaa: { fi: 'Uusimaa', sv: 'Nyland', en: 'Uusimaa' },
  'kanta-hame': { fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', en: 'Kanta-Häme' },
  satakunta: { fi: 'Satakunta', sv: 'Satakunta', en: 'Satakunta' },
  lappi: { fi: 'Lappi', sv: 'Lappland', en: 'Lapland' },
};
export const REGION_CODES: Record<RegionId, string> = { uusimaa: '01', satakunta: '04', 'kanta-hame': '05', lappi: '19' };

const NATIONAL: L3 = { fi: 'Koko Suomi', sv: 'Hela Finland', en: 'All of Finland' };
const COUNTRY: L3 = { fi: 'Suomi', sv: 'Finland', en: 'Finland' };
const REGION_WORD: L3 = { fi: 'Maakunta', sv: 'Landskap', en: 'Region' };
const MUNICIPALITY_WORD: L3 = { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' };
const CHAT: L3 = { fi: 'Chat', sv: 'Chatt', en: 'Chat' };

export const TARGET_GROUP_LABELS: Record<TargetGroup, L3> = {
  everyone: { fi: 'kaikki', sv: 'alla', en: 'everyone' },
  children: { fi: 'lapset', sv: 'barn', en: 'children' },
  youth: { fi: 'nuoret', sv: 'unga', en: 'young people' },
  'young-adults': { fi: 'nuoret aikuiset', sv: 'unga vuxna', en: 'young adults' },
  families: { fi: 'perheet', sv: 'familjer', en: 'families' },
  parents: { fi: 'vanhemmat', sv: 'föräldrar', en: 'parents' },
  adults: { fi: 'aikuiset', sv: 'vuxna', en: 'adults' },
  seniors: { fi: 'ikäihmiset', sv: 'äldre', en: 'older people' },
  immigrants: { fi: 'maahan muuttaneet', sv: 'invandrare', en: 'immigrants' },
  caregivers: { fi: 'omaishoitajat', sv: 'närståendevårdare', en: 'family carers' },
  'close-ones': { fi: 'läheiset ja omaiset', sv: 'anhöriga och närstående', en: 'relatives and loved ones' },
  men: { fi: 'miehet', sv: 'män', en: 'men' },
  women: { fi: 'naiset', sv: 'kvinnor', en: 'women' },
  lgbtiq: { fi: 'sateenkaari-ihmiset', sv: 'regnbågsmänniskor', en: 'LGBTIQ+ people' },
  'people-with-disabilities': { fi: 'vammaiset ihmiset', sv: 'personer med funktionsnedsättning', en: 'people with disabilities' },
  'people-with-illness': { fi: 'sairastuneet', sv: 'personer med sjukdom', en: 'people living with an illness' },
  'crime-victims': { fi: 'rikoksen uhrit', sv: 'brottsoffer', en: 'victims of crime' },
  unemployed: { fi: 'työttömät', sv: 'arbetslösa', en: 'unemployed people' },
  professionals: { fi: 'ammattilaiset', sv: 'yrkesverksamma', en: 'professionals' },
  volunteers: { fi: 'vapaaehtoiset', sv: 'frivilliga', en: 'volunteers' },
  associations: { fi: 'yhdistykset', sv: 'föreningar', en: 'associations' },
};
export const CHANNEL_LABELS: Record<Channel, L3> = {
  phone: { fi: 'puhelin', sv: 'telefon', en: 'phone' },
  chat: { fi: 'chat', sv: 'chatt', en: 'chat' },
  'face-to-face': { fi: 'kasvokkain', sv: 'ansikte mot ansikte', en: 'face to face' },
  online: { fi: 'verkossa', sv: 'på nätet', en: 'online' },
  'home-visit': { fi: 'kotikäynti', sv: 'hembesök', en: 'home visit' },
};
export const COST_LABELS: Record<Cost, L3> = {
  free: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free' },
  low: { fi: 'Pieni maksu', sv: 'Liten avgift', en: 'Small fee' },
  membership: { fi: 'Jäsenmaksu', sv: 'Medlemsavgift', en: 'Membership fee' },
  paid: { fi: 'Maksullinen', sv: 'Avgiftsbelagd', en: 'Paid' },
};
/** Names of the languages activities are offered in, for HSDS `language.name`; a code missing here gets no name. */
const LANGUAGE_NAMES: Record<string, L3> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' }, sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' }, ar: { fi: 'arabia', sv: 'arabiska', en: 'Arabic' },
  ru: { fi: 'venäjä', sv: 'ryska', en: 'Russian' }, uk: { fi: 'ukraina', sv: 'ukrainska', en: 'Ukrainian' },
  so: { fi: 'somali', sv: 'somaliska', en: 'Somali' }, fa: { fi: 'persia', sv: 'persiska', en: 'Persian' },
  et: { fi: 'viro', sv: 'estniska', en: 'Estonian' }, se: { fi: 'pohjoissaame', sv: 'nordsamiska', en: 'Northern Sami' },
  de: { fi: 'saksa', sv: 'tyska', en: 'German' }, fr: { fi: 'ranska', sv: 'franska', en: 'French' },
  es: { fi: 'espanja', sv: 'spanska', en: 'Spanish' }, tr: { fi: 'turkki', sv: 'turkiska', en: 'Turkish' },
  ku: { fi: 'kurdi', sv: 'kurdiska', en: 'Kurdish' }, zh: { fi: 'kiina', sv: 'kinesiska', en: 'Chinese' },
  vi: { fi: 'vietnam', sv: 'vietnamesiska', en: 'Vietnamese' }, th: { fi: 'thai', sv: 'thailändska', en: 'Thai' },
  pl: { fi: 'puola', sv: 'polska', en: 'Polish' }, sq: { fi: 'albania', sv: 'albanska', en: 'Albanian' },
  ti: { fi: 'tigrinja', sv: 'tigrinja', en: 'Tigrinya' }, dar: { fi: 'dari', sv: 'dari', en: 'Dari' },
};

// ---- HSDS 3.0 shapes (the subset used), written from schema/compiled/service_with_definitions.json ---------------
// Optional fields are absent, never null: the official schemas give each one a single JSON type.
const uuid = z.uuid();
const text = z.string();
export const HsdsTaxonomy = z.object({ id: uuid, name: text, description: text, version: text.optional() });
export const HsdsTaxonomyTerm = z.object({
  id: uuid, code: text.optional(), name: text, description: text, parent_id: uuid.optional(), taxonomy: text.optional(),
  language: text.optional(), taxonomy_id: uuid.optional(), term_uri: z.url().optional(),
});
export const HsdsAttribute = z.object({
  id: uuid, link_id: uuid.optional(), taxonomy_term_id: uuid.optional(), link_type: text.optional(), link_entity: text.optional(),
  value: text.optional(), taxonomy_term: HsdsTaxonomyTerm.optional(),
});
export const HsdsLanguage = z.object({
  id: uuid, service_id: uuid.optional(), location_id: uuid.optional(), phone_id: uuid.optional(),
  name: text.optional(), code: text.optional(), note: text.optional(),
});
export const HsdsPhone = z.object({
  id: uuid, service_id: uuid.optional(), location_id: uuid.optional(), organization_id: uuid.optional(),
  number: text, extension: z.number().optional(), type: text.optional(), description: text.optional(),
  languages: z.array(HsdsLanguage).optional(),
});
export const HsdsServiceArea = z.object({
  id: uuid, service_id: uuid.optional(), name: text.optional(), description: text.optional(), extent: text.optional(),
  extent_type: text.optional(), uri: text.optional(),
});
export const HsdsSchedule = z.object({
  id: uuid, service_id: uuid.optional(), location_id: uuid.optional(), service_at_location_id: uuid.optional(),
  description: text.optional(), opens_at: text.optional(), closes_at: text.optional(), byday: text.optional(),
});
export const HsdsAddress = z.object({
  id: uuid, location_id: uuid.optional(), attention: text.optional(), address_1: text, address_2: text.optional(), city: text,
  region: text.optional(), state_province: text, postal_code: text, country: text, address_type: z.enum(['physical', 'postal', 'virtual']),
});
export const HsdsLocation = z.object({
  id: uuid, location_type: z.enum(['physical', 'postal', 'virtual']), url: z.url().optional(), organization_id: uuid.optional(),
  name: text.optional(), description: text.optional(), latitude: z.number().optional(), longitude: z.number().optional(),
  addresses: z.array(HsdsAddress).optional(),
});
export const HsdsServiceAtLocation = z.object({
  id: uuid, service_id: uuid.optional(), location_id: uuid.optional(), description: text.optional(),
  schedules: z.array(HsdsSchedule).optional(), location: HsdsLocation.optional(),
});
export const HsdsOrganization = z.object({
  id: uuid, name: text, alternate_name: text.optional(), description: text, email: z.email().optional(), website: z.url().optional(),
});
export const HsdsService = z.object({
  id: uuid, organization_id: uuid.optional(), name: text, alternate_name: text.optional(), description: text.optional(),
  url: z.url().optional(), email: z.email().optional(), status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  application_process: text.optional(), fees_description: text.optional(), eligibility_description: text.optional(),
  minimum_age: z.number().optional(), maximum_age: z.number().optional(), assured_date: z.iso.date().optional(),
  last_modified: z.iso.datetime({ offset: true }).optional(), alert: text.optional(),
  phones: z.array(HsdsPhone).optional(), schedules: z.array(HsdsSchedule).optional(),
  service_areas: z.array(HsdsServiceArea).optional(), service_at_locations: z.array(HsdsServiceAtLocation).optional(),
  languages: z.array(HsdsLanguage).optional(), attributes: z.array(HsdsAttribute).optional(), organization: HsdsOrganization.optional(),
});
/** Our file: the HSDS objects of one language, grouped as the HSDS API lists them, and that language. */
export const HsdsExport = z.object({
  language: z.enum(LANGS).optional(),
  organizations: z.array(HsdsOrganization),
  services: z.array(HsdsService),
  locations: z.array(HsdsLocation).optional(),
  taxonomies: z.array(HsdsTaxonomy).optional(),
  taxonomy_terms: z.array(HsdsTaxonomyTerm).optional(),
});
export type HsdsExport = z.infer<typeof HsdsExport>;
type Term = z.infer<typeof HsdsTaxonomyTerm>;
type Attribute = z.infer<typeof HsdsAttribute>;
type Location = z.infer<typeof HsdsLocation>;
type Service = z.infer<typeof HsdsService>;

/** Stable UUIDs (v5-style, SHA-1 over a namespace and name) so re-exports keep ids. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`luotsi:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

// ---- Our taxonomies: every concept an activity carries that HSDS has no field for -----------------------------
const TAXONOMIES = {
  type: { key: 'luotsi-activity-type', linkType: 'service_type', name: { fi: 'Luotsin toimintamuodot', sv: 'Luotsis verksamhetsformer', en: 'Luotsi activity types' }, description: { fi: 'Järjestö- ja vapaaehtoistoiminnan muodot Uudenmaan järjestökäsikirjan mukaan', sv: 'Former av förenings- och frivilligverksamhet enligt handboken för Nyland', en: 'Forms of NGO and volunteer activity, after the Uusimaa NGO handbook' } },
  situation: { key: 'luotsi-life-situation', linkType: 'need', name: { fi: 'Elämäntilanteet', sv: 'Livssituationer', en: 'Life situations' }, description: { fi: 'Elämäntilanteet, joissa toiminnasta on apua', sv: 'Livssituationer där verksamheten hjälper', en: 'Life situations the activity helps with' } },
  target: { key: 'luotsi-target-group', linkType: 'eligibility', name: { fi: 'Kohderyhmät', sv: 'Målgrupper', en: 'Target groups' }, description: { fi: 'Kenelle toiminta on tarkoitettu', sv: 'Vem verksamheten är avsedd för', en: 'Who the activity is for' } },
  channel: { key: 'luotsi-channel', linkType: 'delivery_method', name: { fi: 'Asiointitavat', sv: 'Kontaktsätt', en: 'Ways to take part' }, description: { fi: 'Miten toimintaan osallistutaan', sv: 'Hur man deltar i verksamheten', en: 'How people take part' } },
  cost: { key: 'luotsi-cost', linkType: 'cost', name: { fi: 'Hinta', sv: 'Pris', en: 'Cost' }, description: { fi: 'Mitä osallistuminen maksaa', sv: 'Vad det kostar att delta', en: 'What taking part costs' } },
  property: { key: 'luotsi-property', linkType: 'property', name: { fi: 'Ominaisuudet', sv: 'Egenskaper', en: 'Properties' }, description: { fi: 'Nimettömyys ja ilmoittautuminen', sv: 'Anonymitet och anmälan', en: 'Anonymity and registration' } },
  detail: { key: 'luotsi-detail', linkType: 'detail', name: { fi: 'Lisätiedot', sv: 'Tilläggsuppgifter', en: 'Details' }, description: { fi: 'Tiedot, joille HSDS:ssä ei ole omaa kenttää; arvo on attribuutin value-kentässä', sv: 'Uppgifter som saknar eget fält i HSDS; värdet finns i attributets value-fält', en: 'Information HSDS has no field for; the value is in the attribute\'s value field' } },
} as const;
type TaxonomyName = keyof typeof TAXONOMIES;

const PROPERTY_TERMS = {
  anonymous: { fi: 'Voi osallistua nimettömänä', sv: 'Man kan delta anonymt', en: 'You can take part anonymously' },
  registration: { fi: 'Vaatii ilmoittautumisen', sv: 'Kräver anmälan', en: 'Registration required' },
} as const;
const DETAIL_TERMS = {
  'luotsi-id': { fi: 'Luotsin tunniste', sv: 'Luotsis identifierare', en: 'Luotsi identifier' },
  gives: { fi: 'Mitä toiminta antaa', sv: 'Vad verksamheten ger', en: 'What it gives' },
  asks: { fi: 'Mitä toiminta edellyttää', sv: 'Vad som förväntas av en', en: 'What it asks of you' },
  keywords: { fi: 'Hakusanat', sv: 'Sökord', en: 'Keywords' },
  'only-when': { fi: 'Näytetään ensimmäisenä vain, kun nämä mainitaan', sv: 'Visas först bara när dessa nämns', en: 'First answer only when these are named' },
  'crisis-line': { fi: 'Kriisilinja (järjestys; kriisin lajit)', sv: 'Krislinje (ordning; typer av kris)', en: 'Crisis line (rank; kinds of crisis)' },
  source: { fi: 'Tiedon lähde', sv: 'Källa', en: 'Source of the information' },
  imported: { fi: 'Tuotu (lähde, tunniste, päivä, päivitysväli päivinä)', sv: 'Importerad (källa, identifierare, datum, uppdateringsintervall i dagar)', en: 'Imported (source, identifier, date, refresh interval in days)' },
} as const;
const LIST_SEPARATOR = '; ';

interface TermDef { taxonomy: TaxonomyName; code: string; name: string; description: string }

function termDefs(data: CatalogueData, lang: Lang): TermDef[] {
  const defs: TermDef[] = [];
  const tax = (t: TaxonomyName) => TAXONOMIES[t].name[lang];
  for (const t of data.activityTypes) defs.push({ taxonomy: 'type', code: t.id, name: t.name[lang], description: t.description[lang] });
  for (const s of data.situations) defs.push({ taxonomy: 'situation', code: s.id, name: s.name[lang], description: s.description[lang] });
  for (const g of TARGET_GROUPS) defs.push({ taxonomy: 'target', code: g, name: TARGET_GROUP_LABELS[g][lang], description: `${tax('target')}: ${TARGET_GROUP_LABELS[g][lang]}` });
  for (const c of CHANNELS) defs.push({ taxonomy: 'channel', code: c, name: CHANNEL_LABELS[c][lang], description: `${tax('channel')}: ${CHANNEL_LABELS[c][lang]}` });
  for (const c of COSTS) defs.push({ taxonomy: 'cost', code: c, name: COST_LABELS[c][lang], description: `${tax('cost')}: ${COST_LABELS[c][lang]}` });
  for (const [code, name] of Object.entries(PROPERTY_TERMS)) defs.push({ taxonomy: 'property', code, name: name[lang], description: name[lang] });
  for (const [code, name] of Object.entries(DETAIL_TERMS)) defs.push({ taxonomy: 'detail', code, name: name[lang], description: `${tax('detail')}: ${name[lang]}` });
  return defs;
}
const termId = (taxonomy: TaxonomyName, code: string) => stableUuid(`term:${TAXONOMIES[taxonomy].key}:${code}`);
const taxonomyId = (taxonomy: TaxonomyName) => stableUuid(`taxonomy:${TAXONOMIES[taxonomy].key}`);
/** Term id → (taxonomy, code) for every term we could have written; the same ids in every language. */
const TERM_BY_ID: ReadonlyMap<string, { taxonomy: TaxonomyName; code: string }> = new Map([
  ...TYPE_IDS.map((c) => ['type', c] as const), ...SITUATION_IDS.map((c) => ['situation', c] as const),
  ...TARGET_GROUPS.map((c) => ['target', c] as const), ...CHANNELS.map((c) => ['channel', c] as const),
  ...COSTS.map((c) => ['cost', c] as const), ...Object.keys(PROPERTY_TERMS).map((c) => ['property', c] as const),
  ...Object.keys(DETAIL_TERMS).map((c) => ['detail', c] as const),
].map(([taxonomy, code]) => [termId(taxonomy, code), { taxonomy: taxonomy, code }]));

// ---- Addresses: "Street 1, 00100 City" or "Place, Street 1, 2. krs, 00100 City" --------------------------------
export interface AddressParts { place?: string; street: string; extra?: string; postalCode?: string; city: string }

/** Splits a Finnish address as written in the catalogue; undefined when there is no street and town to tell apart. */
export function parseAddress(address: string): AddressParts | undefined {
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  const m = /^(\d{5})\s+(.+)$/.exec(last);
  const city = m ? m[2]! : last;
  const before = parts.slice(0, -1);
  // The street is the first part with a house number; a part before it names the place ("Matkakeskus").
  let streetAt = before.findIndex((p) => /\d/.test(p));
  if (streetAt < 0) streetAt = before.length - 1;
  const out: AddressParts = { street: before[streetAt]!, city };
  if (streetAt > 0) out.place = before.slice(0, streetAt).join(', ');
  if (streetAt < before.length - 1) out.extra = before.slice(streetAt + 1).join(', ');
  if (m) out.postalCode = m[1]!;
  return out;
}

// ---- Export ----------------------------------------------------------------------------------------------------
function municipalityIndex(municipalities: readonly Municipality[]): Map<string, Municipality> {
  const byName = new Map<string, Municipality>();
  for (const m of municipalities) for (const n of [m.fi, m.sv, ...(m.aliases ?? [])]) if (n) byName.set(fold(n), m);
  return byName;
}
const muniName = (m: Municipality, lang: Lang) => (lang === 'sv' && m.sv ? m.sv : m.fi);
const languageName = (code: string, lang: Lang) => LANGUAGE_NAMES[code]?.[lang];
const omitUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The catalogue as HSDS 3.0 in one language; every text field is human-readable text in that language. */
export function toHsds(data: CatalogueData, lang: Lang = 'fi'): HsdsExport {
  const defs = termDefs(data, lang);
  const terms = new Map<string, Term>();
  for (const d of defs) {
    const id = termId(d.taxonomy, d.code);
    terms.set(id, { id, code: d.code, name: d.name, description: d.description, taxonomy: TAXONOMIES[d.taxonomy].name[lang], taxonomy_id: taxonomyId(d.taxonomy), language: lang });
  }
  const taxonomies = (Object.keys(TAXONOMIES) as TaxonomyName[]).map((t) => ({ id: taxonomyId(t), name: TAXONOMIES[t].name[lang], description: TAXONOMIES[t].description[lang], version: '1' }));
  const byName = municipalityIndex(data.municipalities);
  const byCode = new Map(data.municipalities.map((m) => [m.code, m]));

  // An organisation is its name and site: the same name with two sites (a branch's own) is two HSDS organizations.
  const orgKey = (a: Activity) => `${a.organisation.name}|${a.organisation.url}`;
  const titlesByOrg = new Map<string, string[]>();
  for (const a of data.activities) titlesByOrg.set(orgKey(a), [...(titlesByOrg.get(orgKey(a)) ?? []), a.title[lang]]);
  const orgDescription: L3 = { fi: 'Toimintaa Luotsin luettelossa', sv: 'Verksamhet i Luotsis katalog', en: 'Activities in the Luotsi catalogue' };
  const organizations = new Map<string, z.infer<typeof HsdsOrganization>>();
  const locations: Location[] = [];

  const services: Service[] = data.activities.map((a) => {
    const orgId = stableUuid(`org:${orgKey(a)}`);
    if (!organizations.has(orgId)) {
      organizations.set(orgId, { id: orgId, name: a.organisation.name, description: `${orgDescription[lang]}: ${(titlesByOrg.get(orgKey(a)) ?? []).join(LIST_SEPARATOR)}`, website: a.organisation.url });
    }
    const serviceId = stableUuid(`service:${a.id}`);
    const attr = (taxonomy: TaxonomyName, code: string, value?: string): Attribute => {
      const tt = terms.get(termId(taxonomy, code))!;
      return omitUndefined({ id: stableUuid(`attr:${a.id}:${TAXONOMIES[taxonomy].key}:${code}`), link_id: serviceId, link_type: TAXONOMIES[taxonomy].linkType, link_entity: 'service', taxonomy_term_id: tt.id, value, taxonomy_term: tt });
    };
    const attributes: Attribute[] = [
      attr('detail', 'luotsi-id', a.id),
      ...a.typeIds.map((id) => attr('type', id)),
      ...a.situationIds.map((id) => attr('situation', id)),
      ...a.targetGroups.map((id) => attr('target', id)),
      ...a.channels.map((id) => attr('channel', id)),
      attr('cost', a.cost),
      ...(a.anonymous ? [attr('property', 'anonymous')] : []),
      ...(a.registration ? [attr('property', 'registration')] : []),
      attr('detail', 'gives', a.gives[lang]),
      attr('detail', 'asks', a.asks[lang]),
      ...(a.keywords?.[lang]?.length ? [attr('detail', 'keywords', a.keywords[lang].join(LIST_SEPARATOR))] : []),
      ...(a.onlyWhen ? [attr('detail', 'only-when', a.onlyWhen[lang].join(LIST_SEPARATOR))] : []),
      ...(a.crisisLine ? [attr('detail', 'crisis-line', `${a.crisisLine.rank}${LIST_SEPARATOR}${a.crisisLine.kinds.join(', ')}`)] : []),
      attr('detail', 'source', a.source),
      ...(a.imported ? [attr('detail', 'imported', [a.imported.from, a.imported.id, a.imported.at, a.imported.refreshDays].join(LIST_SEPARATOR))] : []),
    ];

    const phones: z.infer<typeof HsdsPhone>[] = [];
    if (a.contact.phone) phones.push(omitUndefined({ id: stableUuid(`phone:${a.id}`), service_id: serviceId, number: a.contact.phone, type: 'voice', description: a.contact.phoneNote?.[lang] }));
    for (const [code, number] of Object.entries(a.contact.phoneByLang ?? {})) {
      const phoneId = stableUuid(`phone:${a.id}:${code}`);
      phones.push(omitUndefined({
        id: phoneId, service_id: serviceId, number, type: 'voice', description: languageName(code, lang),
        languages: [omitUndefined({ id: stableUuid(`lang:${a.id}:phone:${code}`), phone_id: phoneId, code, name: languageName(code, lang) })],
      }));
    }

    const serviceAreas: z.infer<typeof HsdsServiceArea>[] = [];
    if (a.area.scope === 'national') {
      serviceAreas.push({ id: stableUuid(`area:${a.id}:national`), service_id: serviceId, name: NATIONAL[lang], extent_type: 'text', extent: `${COUNTRY[lang]} (FI)` });
    } else if (a.area.scope === 'region') {
      for (const r of a.area.regions) {
        const members = data.municipalities.filter((m) => m.region === r).map((m) => `${muniName(m, lang)} (${m.code})`);
        serviceAreas.push({ id: stableUuid(`area:${a.id}:region:${r}`), service_id: serviceId, name: REGION_LABELS[r][lang], description: `${REGION_WORD[lang]} ${REGION_CODES[r]}`, extent_type: 'text', extent: members.join(', ') });
      }
    } else {
      for (const code of a.area.municipalities) {
        const m = byCode.get(code);
        const name = m ? muniName(m, lang) : code;
        serviceAreas.push({ id: stableUuid(`area:${a.id}:municipality:${code}`), service_id: serviceId, name, description: `${MUNICIPALITY_WORD[lang]} ${code}`, extent_type: 'text', extent: `${name} (${code})` });
      }
    }

    const serviceAtLocations: z.infer<typeof HsdsServiceAtLocation>[] = [];
    const place = (location: Location) => {
      locations.push(location);
      serviceAtLocations.push({ id: stableUuid(`sal:${a.id}:${location.location_type}`), service_id: serviceId, location_id: location.id, location });
    };
    if (a.contact.address) {
      const locationId = stableUuid(`location:${a.id}:physical`);
      const parts = parseAddress(a.contact.address);
      const town = parts ? byName.get(fold(parts.city)) : undefined;
      const single = a.area.scope === 'municipality' && a.area.municipalities.length === 1 ? byCode.get(a.area.municipalities[0]!) : undefined;
      const region = (town ?? single)?.region;
      // HSDS requires a postal code and a state/province: an address without them stays in the location's description.
      const addresses = parts?.postalCode && region ? [omitUndefined({
        id: stableUuid(`address:${a.id}`), location_id: locationId, address_1: parts.street, address_2: parts.extra, city: parts.city,
        state_province: REGION_LABELS[region][lang], postal_code: parts.postalCode, country: 'FI', address_type: 'physical' as const,
      })] : undefined;
      place(omitUndefined({ id: locationId, location_type: 'physical' as const, organization_id: orgId, name: parts?.place ?? a.organisation.name, description: a.contact.address, addresses }));
    }
    if (a.contact.chatUrl) {
      place({ id: stableUuid(`location:${a.id}:virtual`), location_type: 'virtual', organization_id: orgId, name: `${CHAT[lang]}: ${a.title[lang]}`, url: a.contact.chatUrl });
    }

    const ages = ageText(a.ageMin, a.ageMax, lang);
    const eligibility = [a.targetGroups.map((g) => TARGET_GROUP_LABELS[g][lang]).join(', '), ages].filter(Boolean).join('; ');
    return omitUndefined({
      id: serviceId,
      organization_id: orgId,
      name: a.title[lang],
      description: a.description[lang],
      url: a.contact.url,
      status: 'active' as const,
      application_process: a.nextStep[lang],
      fees_description: COST_LABELS[a.cost][lang],
      eligibility_description: eligibility.charAt(0).toUpperCase() + eligibility.slice(1),
      minimum_age: a.ageMin,
      maximum_age: a.ageMax,
      assured_date: a.lastVerified,
      phones: phones.length ? phones : undefined,
      schedules: a.hours ? [{ id: stableUuid(`schedule:${a.id}`), service_id: serviceId, description: a.hours[lang] }] : undefined,
      service_areas: serviceAreas,
      service_at_locations: serviceAtLocations.length ? serviceAtLocations : undefined,
      languages: a.languages.map((code) => omitUndefined({ id: stableUuid(`lang:${a.id}:${code}`), service_id: serviceId, code, name: languageName(code, lang) })),
      attributes,
    });
  });
  return { language: lang, organizations: [...organizations.values()], services, locations, taxonomies, taxonomy_terms: [...terms.values()] };
}

function ageText(min: number | undefined, max: number | undefined, lang: Lang): string | undefined {
  if (min !== undefined && max !== undefined) return { fi: `ikä ${min}–${max} v.`, sv: `ålder ${min}–${max} år`, en: `age ${min}–${max}` }[lang];
  if (min !== undefined) return { fi: `vähintään ${min}-vuotiaat`, sv: `från ${min} år`, en: `aged ${min} and over` }[lang];
  if (max !== undefined) return { fi: `enintään ${max}-vuotiaat`, sv: `upp till ${max} år`, en: `up to age ${max}` }[lang];
  return undefined;
}

/** Null anywhere in an object tree (HSDS 3.0 gives every optional field one JSON type, so null is invalid). */
export function findNull(value: unknown, path = ''): string | undefined {
  if (value === null) return path || '(root)';
  if (typeof value !== 'object' || value === undefined) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const hit = findNull(v, path ? `${path}.${k}` : k);
    if (hit) return hit;
  }
  return undefined;
}

// ---- Import ----------------------------------------------------------------------------------------------------
/** Drops nulls (other publishers write them for absent fields) so the shapes above can read their files too. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map(withoutNulls);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}

export interface HsdsInput { name: string; json: unknown; lang?: Lang }
export interface HsdsWarning { record: string; message: string }
export type HsdsImportResult = (RecordImportResult & { warnings: HsdsWarning[] });

const GENERIC: Record<'gives' | 'asks' | 'nextStep', L3> = {
  gives: { fi: 'Katso toiminnan kuvaus.', sv: 'Se beskrivningen av verksamheten.', en: 'See the description of the activity.' },
  asks: { fi: 'Katso osallistumisen ehdot palvelun sivulta.', sv: 'Se villkoren för deltagande på tjänstens webbsida.', en: 'See the service\'s page for what taking part asks of you.' },
  nextStep: { fi: 'Katso ajantasaiset tiedot ja yhteystavat palvelun sivulta.', sv: 'Se aktuell information och kontaktuppgifter på tjänstens webbsida.', en: 'See the service\'s page for current details and how to get in touch.' },
};

/** A text in every language: missing ones are filled from another language (fi, sv, en order) and reported. */
export function fillText3(parts: Partial<Record<Lang, string | undefined>>, field: string, record: string, warnings: HsdsWarning[]): Record<Lang, string> | undefined {
  const present = LANGS.filter((l) => parts[l]?.trim());
  if (present.length === 0) return undefined;
  const out = {} as Record<Lang, string>;
  for (const l of LANGS) {
    const own = parts[l]?.trim();
    if (own) { out[l] = own; continue; }
    const from = present[0]!;
    out[l] = parts[from]!.trim();
    warnings.push({ record, message: `${field}.${l} is missing: the ${from} text is used until it is translated` });
  }
  return out;
}

/** Lists needed in every language (onlyWhen): missing ones are filled like texts, and reported. */
function fillLists(lists: Partial<Record<Lang, string[]>> | undefined, field: string, record: string, warnings: HsdsWarning[]): Record<Lang, string[]> | undefined {
  if (!lists) return undefined;
  const from = LANGS.find((l) => lists[l]?.length);
  if (!from) return undefined;
  return Object.fromEntries(LANGS.map((l) => {
    if (lists[l]?.length) return [l, lists[l]];
    warnings.push({ record, message: `${field}.${l} is missing: the ${from} words are used until it is translated` });
    return [l, lists[from]];
  })) as Record<Lang, string[]>;
}

export const kebab = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');

/**
 * Reads one to three HSDS files (one per language; our export says its language, otherwise the terms' language or
 * `lang` does) back into activities, all or nothing like the CSV import. A service is the same across files by id.
 */
export function fromHsds(inputs: readonly HsdsInput[], ctx: ImportContext & { municipalities: readonly Municipality[]; importedAt?: string; refreshDays?: number }): HsdsImportResult {
  const warnings: HsdsWarning[] = [];
  const problems: { record: string; field: string; message: string }[] = [];
  const docs: { name: string; lang: Lang; doc: HsdsExport }[] = [];
  for (const input of inputs) {
    const parsed = HsdsExport.safeParse(withoutNulls(input.json));
    if (!parsed.success) {
      for (const i of parsed.error.issues.slice(0, 20)) problems.push({ record: input.name, field: i.path.join('.'), message: i.message });
      continue;
    }
    const termLangs = new Set((parsed.data.taxonomy_terms ?? []).map((t) => t.language).filter((l): l is string => !!l));
    const lang = parsed.data.language ?? input.lang ?? (termLangs.size === 1 ? [...termLangs][0] as Lang : undefined);
    if (!lang || !LANGS.includes(lang)) {
      problems.push({ record: input.name, field: 'language', message: 'cannot tell which language the file is in: give --lang fi|sv|en' });
      continue;
    }
    if (docs.some((d) => d.lang === lang)) {
      problems.push({ record: input.name, field: 'language', message: `a second file in ${lang}: give one file per language` });
      continue;
    }
    docs.push({ name: input.name, lang, doc: parsed.data });
  }
  if (problems.length > 0) return { ok: false, problems, warnings };

  const byName = municipalityIndex(ctx.municipalities);
  const codes = new Set(ctx.municipalities.map((m) => m.code));
  const serviceIds = [...new Set(docs.flatMap((d) => d.doc.services.map((s) => s.id)))];
  const candidates = serviceIds.map((sid) => {
    const versions = docs.flatMap((d) => {
      const s = d.doc.services.find((x) => x.id === sid);
      return s ? [{ lang: d.lang, s, doc: d.doc }] : [];
    });
    const first = versions[0]!.s;
    const perLang = <T>(pick: (s: Service) => T | undefined) =>
      Object.fromEntries(versions.map((v) => [v.lang, pick(v.s)])) as Partial<Record<Lang, T>>;
    // Terms are ours by id (the same in every language); another publisher's terms carry nothing we can map.
    const coded = (s: Service, taxonomy: TaxonomyName) => (s.attributes ?? []).flatMap((a) => {
      const t = TERM_BY_ID.get(a.taxonomy_term_id ?? a.taxonomy_term?.id ?? '');
      return t && t.taxonomy === taxonomy ? [{ code: t.code, value: a.value }] : [];
    });
    const detail = (s: Service, code: string) => coded(s, 'detail').find((d) => d.code === code)?.value;
    const firstDoc = versions[0]!.doc;
    const luotsiId = detail(first, 'luotsi-id');
    const id = luotsiId ?? `hsds-${kebab(first.name) || sid.slice(0, 8)}`;
    const record = `service ${sid} "${first.name}"`;

    const org = first.organization ?? docs.map((d) => d.doc.organizations.find((o) => o.id === first.organization_id)).find(Boolean);
    const t3 = (field: string, pick: (s: Service) => string | undefined, fallback?: L3) =>
      fillText3(perLang(pick), field, record, warnings) ?? fallback;
    const list3 = (code: string) => {
      const per = perLang((s) => detail(s, code));
      const out = Object.fromEntries(Object.entries(per).filter(([, v]) => v).map(([l, v]) => [l, v.split(LIST_SEPARATOR).map((x) => x.trim()).filter(Boolean)]));
      return Object.keys(out).length ? out : undefined;
    };

    const areas = (first.service_areas ?? []).map((sa) => readArea(sa, byName, codes));
    const badArea = areas.find((x) => 'error' in x);
    const scopes = areas.filter((x): x is Exclude<typeof x, { error: string }> => !('error' in x));
    const extra: { record: string; field: string; message: string }[] = [];
    if (badArea) extra.push({ record, field: 'service_areas', message: (badArea).error });
    if (scopes.length === 0 && !badArea) extra.push({ record, field: 'service_areas', message: 'no service area: say where the service runs (a municipality, a region or the whole country)' });
    // Regions and municipalities together become the municipalities of both, as the activity schema has one scope.
    const area = scopes.some((x) => x.scope === 'national') ? { scope: 'national' }
      : scopes.length > 0 && scopes.every((x) => x.scope === 'region') ? { scope: 'region', regions: scopes.map((x) => (x as { region: RegionId }).region) }
        : { scope: 'municipality', municipalities: [...new Set(scopes.flatMap((x) => x.scope === 'municipality' ? [x.code] : ctx.municipalities.filter((m) => m.region === (x as { region: RegionId }).region).map((m) => m.code)))] };

    const mainPhone = (s: Service) => (s.phones ?? []).find((p) => !p.languages?.length);
    const phoneByLang = Object.fromEntries((first.phones ?? []).filter((p) => p.languages?.length === 1 && p.languages[0]!.code).map((p) => [p.languages![0]!.code!, p.number]));
    // A service_at_location embeds its location or points at one in the file's locations list.
    const locationsOf = (s: Service, doc: HsdsExport) => (s.service_at_locations ?? [])
      .map((x) => x.location ?? (doc.locations ?? []).find((l) => l.id === x.location_id)).filter((l): l is Location => !!l);
    const place = locationsOf(first, firstDoc).find((l) => l.location_type === 'physical');
    const virtual = locationsOf(first, firstDoc).find((l) => l.location_type === 'virtual' && l.url);
    const address = place ? addressText(place) : undefined;

    const contact = omitUndefined({
      phone: mainPhone(first)?.number,
      phoneNote: mainPhone(first)?.description ? fillText3(perLang((s) => mainPhone(s)?.description), 'contact.phoneNote', record, warnings) : undefined,
      phoneByLang: Object.keys(phoneByLang).length ? phoneByLang : undefined,
      chatUrl: virtual?.url,
      url: first.url ?? org?.website,
      address,
    });
    const targets = coded(first, 'target').map((x) => x.code);
    const languageCodes = (first.languages ?? []).map((l) => l.code).filter((c): c is string => !!c);
    const channels = coded(first, 'channel').map((x) => x.code);
    if (channels.length === 0) {
      if (place) channels.push('face-to-face');
      if (contact.phone) channels.push('phone');
      if (virtual) channels.push('chat');
      if (channels.length === 0) channels.push('online');
    }
    const cost = coded(first, 'cost')[0]?.code;
    if (!cost) warnings.push({ record, message: 'no cost term: imported as "paid" until someone checks' });
    if (targets.length === 0) warnings.push({ record, message: 'no target group term: imported as "everyone"' });
    const crisis = detail(first, 'crisis-line');
    const crisisMatch = crisis ? /^(\d+); (.+)$/.exec(crisis) : undefined;
    const hours = first.schedules?.some((x) => x.description) ? fillText3(perLang((s) => s.schedules?.find((x) => x.description)?.description), 'hours', record, warnings) : undefined;
    const source = detail(first, 'source') ?? (first.url ? `HSDS service ${sid}; ${first.url}` : `HSDS service ${sid}`);
    const lastVerified = first.assured_date ?? first.last_modified?.slice(0, 10);

    const value = omitUndefined({
      id,
      organisation: { name: org?.name ?? '', url: org?.website ?? first.url ?? '' },
      title: t3('title', (s) => s.name),
      description: t3('description', (s) => s.description) ?? t3('description', (s) => s.name),
      gives: t3('gives', (s) => detail(s, 'gives'), GENERIC.gives),
      asks: t3('asks', (s) => detail(s, 'asks') ?? s.eligibility_description, GENERIC.asks),
      nextStep: t3('nextStep', (s) => s.application_process, GENERIC.nextStep),
      typeIds: coded(first, 'type').map((x) => x.code),
      situationIds: coded(first, 'situation').map((x) => x.code),
      targetGroups: targets.length ? targets : ['everyone'],
      ageMin: first.minimum_age,
      ageMax: first.maximum_age,
      channels,
      languages: languageCodes.length ? languageCodes : ['fi'],
      area,
      cost: cost ?? 'paid',
      anonymous: coded(first, 'property').some((x) => x.code === 'anonymous'),
      registration: coded(first, 'property').some((x) => x.code === 'registration'),
      contact,
      hours,
      keywords: list3('keywords'),
      crisisLine: crisisMatch ? { kinds: crisisMatch[2]!.split(',').map((k) => k.trim()).filter((k) => (CRISIS_KINDS as readonly string[]).includes(k)), rank: Number(crisisMatch[1]) } : undefined,
      onlyWhen: fillLists(list3('only-when'), 'onlyWhen', record, warnings),
      source,
      lastVerified,
      imported: ctx.importedAt ? { from: 'hsds', id: sid, at: ctx.importedAt, refreshDays: ctx.refreshDays ?? 90 } : readImported(detail(first, 'imported')),
    });
    return { record, value, extra };
  });
  const checked = checkCandidates(candidates, ctx);
  const extra = candidates.flatMap((c) => c.extra);
  if (extra.length > 0) return { ok: false, problems: [...extra, ...(checked.ok ? [] : checked.problems.filter((p) => p.field !== 'area' && !p.field.startsWith('area.')))], warnings };
  return { ...checked, warnings };
}

function readImported(value: string | undefined): Activity['imported'] {
  const [from, id, at, refreshDays] = value?.split(LIST_SEPARATOR) ?? [];
  return from === 'ptv' || from === 'hsds' ? { from, id: id ?? '', at: at ?? '', refreshDays: Number(refreshDays) } : undefined;
}

type AreaRead = { scope: 'national' } | { scope: 'region'; region: RegionId } | { scope: 'municipality'; code: string } | { error: string };

function readArea(sa: z.infer<typeof HsdsServiceArea>, byName: Map<string, Municipality>, codes: ReadonlySet<string>): AreaRead {
  const name = sa.name ?? '';
  if (LANGS.some((l) => NATIONAL[l] === name) || /\(FI\)$/.test(sa.extent ?? '')) return { scope: 'national' };
  const regionByCode = /(?:^|\s)(\d{2})$/.exec(sa.description ?? '')?.[1];
  const region = REGION_IDS.find((r) => REGION_CODES[r] === regionByCode && LANGS.some((l) => REGION_WORD[l] === sa.description?.split(' ')[0]))
    ?? REGION_IDS.find((r) => LANGS.some((l) => fold(REGION_LABELS[r][l]) === fold(name)));
  if (region) return { scope: 'region', region };
  const code = /\((\d{3})\)$/.exec(sa.extent ?? '')?.[1] ?? /(?:^|\s)(\d{3})$/.exec(sa.description ?? '')?.[1];
  if (code && codes.has(code)) return { scope: 'municipality', code };
  const m = byName.get(fold(name)) ?? byName.get(fold(sa.extent ?? ''));
  if (m) return { scope: 'municipality', code: m.code };
  return { error: `"${name || sa.extent || sa.id}" is not a municipality, region or the whole country` };
}

function addressText(location: Location): string | undefined {
  const a = location.addresses?.[0];
  if (!a) return location.description;
  const formatted = [a.address_1, a.address_2, `${a.postal_code} ${a.city}`].filter(Boolean).join(', ');
  // Our export keeps the address exactly as written in the location's description; another publisher's description
  // is prose, so the structured address wins unless the description holds it.
  const d = location.description;
  return d && d.includes(a.address_1) && d.includes(a.city) ? d : formatted;
}
