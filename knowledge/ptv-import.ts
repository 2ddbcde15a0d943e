// Turns a Palvelutietovaranto (PTV) Open API v11 export ({ services, serviceChannels, organizations }, each the items
// of the v11 list responses) into activities: service classes through the reviewed table in
// data/ptv-service-classes.yaml, areas to municipality codes, channels to address, opening hours, phone and web page;
// all or nothing like the CSV import, every problem naming the record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ImportContext, RecordProblem } from './csv-import.js';
import { checkCandidates } from './csv-import.js';
import { fillText3, REGION_CODES, withoutNulls, type HsdsWarning } from './hsds.js';
import type { Activity, Municipality } from './schema.js';
import { LANGS, REGION_IDS, SITUATION_IDS, TARGET_GROUPS, TYPE_IDS, type Lang, type RegionId } from './vocabulary.js';

// ---- The mapping table --------------------------------------------------------------------------------------------
const classCode = z.string().regex(/^P\d+(?:\.\d+)*(?:\.\*)?$/, 'expected a PTV service class code such as P4.12 or P16.*');
const MappedClass = z.object({ code: classCode, name: z.string().min(1), typeIds: z.array(z.enum(TYPE_IDS)).min(1), situationIds: z.array(z.enum(SITUATION_IDS)).min(1) }).strict();
const SkippedClass = z.object({ code: classCode, name: z.string().min(1), skip: z.literal(true) }).strict();
const TargetGroupRow = z.object({ code: z.string().regex(/^KR\d+(?:\.\d+)*$/), name: z.string().min(1), targetGroups: z.array(z.enum(TARGET_GROUPS)) }).strict();
export const PtvMappingFile = z.object({
  serviceClasses: z.array(z.union([MappedClass, SkippedClass])).min(1),
  targetGroups: z.array(TargetGroupRow),
}).strict().superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.serviceClasses.forEach((r, i) => {
    if (seen.has(r.code)) ctx.addIssue({ code: 'custom', path: ['serviceClasses', i, 'code'], message: `service class ${r.code} appears twice` });
    seen.add(r.code);
  });
});
export type PtvMapping = z.infer<typeof PtvMappingFile>;
export const PTV_MAPPING_FILE = join(import.meta.dirname, 'data', 'ptv-service-classes.yaml');

export function loadPtvMapping(file = PTV_MAPPING_FILE): { ok: true; mapping: PtvMapping } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    return { ok: false, problems: [`${file}: ${(err as Error).message.split('\n')[0]}`] };
  }
  const parsed = PtvMappingFile.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${file} ${i.path.join('.')}: ${i.message}`) };
  return { ok: true, mapping: parsed.data };
}

type ClassRow = PtvMapping['serviceClasses'][number];
/** The row for a class: its own code, else the nearest "P16.*" branch row above it. */
function classRow(mapping: PtvMapping, code: string): ClassRow | undefined {
  const exact = mapping.serviceClasses.find((r) => r.code === code);
  if (exact) return exact;
  const parts = code.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const branch = mapping.serviceClasses.find((r) => r.code === `${parts.slice(0, n).join('.')}.*`);
    if (branch) return branch;
  }
  return undefined;
}

// ---- PTV Open API v11 shapes (the fields read), key by key as in vrk-kpa/ptv-releases' v11 test resources ----------
const Localized = z.object({ language: z.string(), value: z.string() });
const LocalizedTyped = Localized.extend({ type: z.string().optional() });
const FintoItem = z.object({ code: z.string(), name: z.array(Localized).default([]), uri: z.string().optional() });
const AreaMunicipality = z.object({ code: z.string(), name: z.array(Localized).default([]) });
const PtvArea = z.object({ type: z.string(), code: z.string().optional(), name: z.array(Localized).default([]), municipalities: z.array(AreaMunicipality).default([]) });
const WebPage = z.object({ url: z.string(), value: z.string().optional(), language: z.string().optional() });
const PhoneNumber = z.object({
  type: z.string().optional(), additionalInformation: z.string().optional(), serviceChargeType: z.string().optional(),
  chargeDescription: z.string().optional(), prefixNumber: z.string().optional(), isFinnishServiceNumber: z.boolean().optional(),
  number: z.string(), language: z.string().optional(),
});
const OpeningHour = z.object({ dayFrom: z.string().optional(), dayTo: z.string().optional(), from: z.string().optional(), to: z.string().optional() });
const ServiceHour = z.object({
  serviceHourType: z.string(), validFrom: z.string().optional(), validTo: z.string().optional(), isClosed: z.boolean().optional(),
  validForNow: z.boolean().optional(), isAlwaysOpen: z.boolean().optional(), isReservation: z.boolean().optional(),
  additionalInformation: z.array(Localized).default([]), openingHour: z.array(OpeningHour).default([]),
});
const StreetAddress = z.object({
  street: z.array(Localized).default([]), streetNumber: z.string().optional(), postalCode: z.string().optional(),
  postOffice: z.array(Localized).default([]), municipality: z.object({ code: z.string() }).optional(),
  latitude: z.string().optional(), longitude: z.string().optional(),
});
const Address = z.object({ type: z.string().optional(), subType: z.string().optional(), streetAddress: StreetAddress.optional(), country: z.string().optional() });
const modified = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'expected a date and time such as 2026-11-20T08:15:00Z');

export const PtvService = z.object({
  id: z.uuid(),
  serviceNames: z.array(LocalizedTyped).min(1),
  serviceDescriptions: z.array(LocalizedTyped).default([]),
  serviceChargeType: z.string().optional(),
  areaType: z.string().optional(),
  areas: z.array(PtvArea).default([]),
  languages: z.array(z.string()).default([]),
  serviceClasses: z.array(FintoItem).default([]),
  targetGroups: z.array(FintoItem).default([]),
  keywords: z.array(Localized).default([]),
  requirements: z.array(Localized).default([]),
  serviceChannels: z.array(z.object({ serviceChannel: z.object({ id: z.uuid(), name: z.string().optional() }), serviceChargeType: z.string().optional() })).default([]),
  organizations: z.array(z.object({ organization: z.object({ id: z.uuid(), name: z.string().optional() }).optional(), roleType: z.string().optional() })).default([]),
  publishingStatus: z.string().optional(),
  modified,
});
export const PtvChannel = z.object({
  id: z.uuid(),
  serviceChannelType: z.enum(['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation']),
  organizationId: z.uuid().optional(),
  serviceChannelNames: z.array(LocalizedTyped).default([]),
  phoneNumbers: z.array(PhoneNumber).default([]),
  supportPhones: z.array(PhoneNumber).default([]),
  webPages: z.array(WebPage).default([]),
  addresses: z.array(Address).default([]),
  serviceHours: z.array(ServiceHour).default([]),
  languages: z.array(z.string()).default([]),
  publishingStatus: z.string().optional(),
  modified: modified.optional(),
});
export const PtvOrganization = z.object({
  id: z.uuid(),
  organizationNames: z.array(LocalizedTyped).default([]),
  municipality: z.object({ code: z.string() }).optional(),
  webPages: z.array(WebPage).default([]),
  publishingStatus: z.string().optional(),
});
type Service = z.infer<typeof PtvService>;
type Channel = z.infer<typeof PtvChannel>;
type Organization = z.infer<typeof PtvOrganization>;

/** The file `kb:import -- --format ptv` reads: the items of the three v11 list responses. */
export const PtvExportFile = z.object({ services: z.array(z.unknown()), serviceChannels: z.array(z.unknown()), organizations: z.array(z.unknown()) });

// ---- Texts ------------------------------------------------------------------------------------------------------
const inLang = <T extends { language?: string }>(items: readonly T[], lang: Lang) => items.filter((x) => x.language === lang);
const firstText = (items: ReadonlyArray<{ language: string; value: string; type?: string }>, type: string, lang: Lang) =>
  items.find((x) => x.language === lang && (x.type ?? type) === type && x.value.trim())?.value.trim();
const perLang = (pick: (lang: Lang) => string | undefined) => Object.fromEntries(LANGS.map((l) => [l, pick(l)])) as Partial<Record<Lang, string>>;
/** PTV descriptions may carry Draft.js JSON or markdown bullets; residents read plain sentences. */
function plain(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let t = text;
  if (t.trim().startsWith('{"blocks"')) {
    try {
      const doc = JSON.parse(t) as { blocks?: Array<{ text?: string }> };
      t = (doc.blocks ?? []).map((b) => b.text ?? '').filter(Boolean).join(' ');
    } catch { /* not Draft.js after all: keep the text */ }
  }
  const out = t.replace(/\r?\n+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  return out || undefined;
}

const SENTENCES = {
  nextStep: { fi: 'Katso ajantasaiset yhteystiedot ja aukioloajat palvelun sivulta.', sv: 'Se aktuella kontaktuppgifter och öppettider på tjänstens webbsida.', en: 'See the service\'s page for current contact details and opening hours.' },
  gives: { fi: 'Katso palvelun kuvaus.', sv: 'Se beskrivningen av tjänsten.', en: 'See the description of the service.' },
  asks: {
    free: { fi: 'Palvelu on maksuton.', sv: 'Tjänsten är avgiftsfri.', en: 'The service is free.' },
    paid: { fi: 'Palvelu voi olla maksullinen; katso hinta palvelun sivulta.', sv: 'Tjänsten kan vara avgiftsbelagd; se priset på tjänstens webbsida.', en: 'The service may charge a fee; see its page for the price.' },
  },
} as const;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_NAMES: Record<Lang, string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'], sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const ALWAYS: Record<Lang, string> = { fi: 'avoinna aina', sv: 'alltid öppet', en: 'always open' };
const BY_APPOINTMENT: Record<Lang, string> = { fi: 'ajanvarauksella', sv: 'med tidsbokning', en: 'by appointment' };
const CLOSED: Record<Lang, string> = { fi: 'suljettu', sv: 'stängt', en: 'closed' };

function clock(time: string | undefined, lang: Lang): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(time ?? '');
  if (!m) return undefined;
  return `${Number(m[1])}${lang === 'en' ? ':' : '.'}${m[2]}`;
}

/** Weekly opening hours valid today ("ma–pe 9.00–15.00, la 10.00–14.00"), in each language; undefined when none. */
export function formatHours(hours: ReadonlyArray<z.infer<typeof ServiceHour>>, today: string): Record<Lang, string> | undefined {
  const valid = hours.filter((h) => h.serviceHourType === 'DaysOfTheWeek'
    && (h.validForNow || ((!h.validFrom || h.validFrom.slice(0, 10) <= today) && (!h.validTo || h.validTo.slice(0, 10) >= today))));
  if (valid.length === 0) return undefined;
  const h = valid[0]!;
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const parts: string[] = [];
    if (h.isAlwaysOpen) parts.push(ALWAYS[lang]);
    else if (h.isClosed) parts.push(CLOSED[lang]);
    else {
      // One entry per weekday in v11 standard hours (dayTo is emptied); runs of days with the same times are joined.
      const days = DAYS.map((d) => h.openingHour.find((o) => o.dayFrom === d));
      let i = 0;
      while (i < 7) {
        const o = days[i];
        const from = clock(o?.from, lang);
        const to = clock(o?.to, lang);
        if (!o || !from || !to) { i++; continue; }
        let j = i;
        while (j + 1 < 7 && days[j + 1]?.from === o.from && days[j + 1]?.to === o.to) j++;
        parts.push(`${DAY_NAMES[lang][i]}${j > i ? `–${DAY_NAMES[lang][j]}` : ''} ${from}–${to}`);
        i = j + 1;
      }
    }
    if (h.isReservation) parts.push(BY_APPOINTMENT[lang]);
    const extra = plain(inLang(h.additionalInformation, lang)[0]?.value);
    const line = [parts.join(', '), extra].filter(Boolean).join('. ');
    if (!line) return undefined;
    out[lang] = line.charAt(0).toUpperCase() + line.slice(1);
  }
  return out;
}

/** "+358" and "9 310 12345" → "+358 9 310 12345"; undefined when the result is not a dialable number. */
function phoneOf(p: z.infer<typeof PhoneNumber>): string | undefined {
  const digits = `${p.prefixNumber && !p.isFinnishServiceNumber ? `${p.prefixNumber} ` : ''}${p.number}`.replace(/[^0-9+ ]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^\+?[0-9][0-9 ]{2,18}[0-9]$/.test(digits) ? digits : undefined;
}
const https = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

// ---- The import ---------------------------------------------------------------------------------------------------
export const PTV_API = 'https://api.palvelutietovaranto.suomi.fi';
export interface PtvSkip { record: string; reason: string }
export type PtvImportResult =
  | { ok: true; activities: Activity[]; skipped: PtvSkip[]; warnings: HsdsWarning[] }
  | { ok: false; problems: RecordProblem[]; skipped: PtvSkip[]; warnings: HsdsWarning[] };

export interface PtvContext extends ImportContext {
  municipalities: readonly Municipality[];
  mapping: PtvMapping;
  /** YYYY-MM-DD: the import's date, for `imported.at` and for which opening hours are valid. */
  today: string;
  refreshDays: number;
  /** Hand-kept entries that already describe a PTV service (its id in their `source`): the PTV copy is left out. */
  handKept?: ReadonlyMap<string, string>;
}

export function importPtv(json: unknown, ctx: PtvContext): PtvImportResult {
  const skipped: PtvSkip[] = [];
  const warnings: HsdsWarning[] = [];
  const file = PtvExportFile.safeParse(json);
  if (!file.success) {
    return { ok: false, skipped, warnings, problems: file.error.issues.map((i) => ({ record: 'file', field: i.path.join('.'), message: `${i.message} (expected { "services": [...], "serviceChannels": [...], "organizations": [...] })` })) };
  }
  const problems: RecordProblem[] = [];
  const parseAll = <S extends z.ZodType>(list: unknown[], schema: S, key: string): Array<z.infer<S>> => list.flatMap((raw, i) => {
    const parsed = schema.safeParse(withoutNulls(raw));
    if (parsed.success) return [parsed.data];
    const r = raw as { id?: unknown; serviceNames?: Array<{ value?: unknown }> };
    const name = Array.isArray(r?.serviceNames) && typeof r.serviceNames[0]?.value === 'string' ? ` "${r.serviceNames[0].value}"` : '';
    const record = `${key}[${i}]${typeof r?.id === 'string' ? ` ${r.id}` : ''}${name}`;
    for (const issue of parsed.error.issues) problems.push({ record, field: issue.path.join('.'), message: issue.message });
    return [];
  });
  const services = parseAll(file.data.services, PtvService, 'services');
  const channels = parseAll(file.data.serviceChannels, PtvChannel, 'serviceChannels');
  const organizations = parseAll(file.data.organizations, PtvOrganization, 'organizations');
  if (problems.length > 0) return { ok: false, problems, skipped, warnings };

  const channelById = new Map(channels.map((c) => [c.id, c]));
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const known = new Set(ctx.municipalities.map((m) => m.code));
  const candidates: Array<{ record: string; value: unknown }> = [];

  for (const [i, s] of services.entries()) {
    const fiName = firstText(s.serviceNames, 'Name', 'fi') ?? s.serviceNames[0]!.value;
    const record = `services[${i}] ${s.id} "${fiName}"`;
    if (s.publishingStatus && s.publishingStatus !== 'Published') { skipped.push({ record, reason: `publishing status ${s.publishingStatus}` }); continue; }
    const kept = ctx.handKept?.get(s.id.toLowerCase());
    if (kept) { skipped.push({ record, reason: `kept by hand at ${kept}` }); continue; }

    // Service classes through the reviewed table: an unknown class stops the import.
    const rows = s.serviceClasses.map((c) => ({ c, row: classRow(ctx.mapping, c.code) }));
    const unknown = rows.filter((r) => !r.row);
    if (unknown.length > 0) {
      for (const { c } of unknown) {
        const label = c.name.find((n) => n.language === 'fi')?.value ?? c.name[0]?.value ?? '';
        problems.push({ record, field: 'serviceClasses', message: `service class ${c.code}${label ? ` (${label})` : ''} is not in knowledge/data/ptv-service-classes.yaml: add a row that maps or skips it` });
      }
      continue;
    }
    const mapped = rows.flatMap((r) => (r.row && !('skip' in r.row) ? [r.row] : []));
    if (mapped.length === 0) {
      skipped.push({ record, reason: s.serviceClasses.length === 0 ? 'no service class' : `service classes outside Luotsi's scope: ${s.serviceClasses.map((c) => c.code).join(', ')}` });
      continue;
    }

    // Area: nationwide, or the municipalities of the areas that are in Luotsi's municipality list.
    const org = s.organizations.find((o) => o.roleType === 'Responsible')?.organization ?? s.organizations[0]?.organization;
    const organization = org ? orgById.get(org.id) : undefined;
    const area = readArea(s, organization, ctx.municipalities, known);
    if ('skip' in area) { skipped.push({ record, reason: area.skip }); continue; }

    const connected = s.serviceChannels.map((c) => channelById.get(c.serviceChannel.id)).filter((c): c is Channel => !!c);
    for (const c of s.serviceChannels) if (!channelById.has(c.serviceChannel.id)) warnings.push({ record, message: `service channel ${c.serviceChannel.id} is not in the file: its contact details are not imported` });
    const location = connected.find((c) => c.serviceChannelType === 'ServiceLocation');
    const phoneChannel = connected.find((c) => c.serviceChannelType === 'Phone');
    const webChannels = connected.filter((c) => c.serviceChannelType === 'WebPage' || c.serviceChannelType === 'EChannel');

    const channelsOut = new Set<string>();
    if (location) channelsOut.add('face-to-face');
    if (phoneChannel) channelsOut.add('phone');
    if (webChannels.length > 0) channelsOut.add('online');

    const pageOf = (c: Channel | Organization | undefined) => {
      const pages = c?.webPages ?? [];
      return (pages.find((p) => p.language === 'fi') ?? pages[0])?.url;
    };
    const url = [...webChannels, location, phoneChannel].map(pageOf).find(Boolean) ?? pageOf(organization);
    if (channelsOut.size === 0) {
      channelsOut.add('online');
      warnings.push({ record, message: 'no service channel: imported as online, reached through the web page' });
    }

    const numbers = [...(phoneChannel?.phoneNumbers ?? []), ...(location?.phoneNumbers ?? [])].filter((p) => (p.type ?? 'Phone') === 'Phone');
    const main = numbers.find((p) => p.language === 'fi') ?? numbers[0];
    const phone = main ? phoneOf(main) : undefined;
    if (main && !phone) warnings.push({ record, message: `phone number "${main.number}" is not a dialable number: left out` });
    const phoneByLang = Object.fromEntries((['sv', 'en'] as const).flatMap((l) => {
      const n = numbers.find((p) => p.language === l);
      const formatted = n ? phoneOf(n) : undefined;
      return formatted && formatted !== phone ? [[l, formatted]] : [];
    }));

    const visiting = location?.addresses.find((a) => (a.type ?? 'Location') !== 'Postal' && a.streetAddress);
    const street = visiting?.streetAddress;
    const streetName = street ? (street.street.find((x) => x.language === 'fi') ?? street.street[0])?.value : undefined;
    const town = street ? (street.postOffice.find((x) => x.language === 'fi') ?? street.postOffice[0])?.value : undefined;
    const address = streetName && town
      ? `${streetName}${street?.streetNumber ? ` ${street.streetNumber}` : ''}, ${street?.postalCode ? `${street.postalCode} ` : ''}${town.charAt(0) + town.slice(1).toLowerCase()}`
      : undefined;
    const hours = formatHours((location ?? phoneChannel)?.serviceHours ?? [], ctx.today);

    // Cost: the service's charge type, else its channels' when they agree; unknown is imported as paid and reported.
    const chargeTypes = new Set(s.serviceChannels.map((c) => c.serviceChargeType).filter(Boolean));
    const charge = s.serviceChargeType ?? (chargeTypes.size === 1 ? [...chargeTypes][0] : undefined);
    const cost = charge === 'FreeOfCharge' ? 'free' : 'paid';
    if (charge !== 'FreeOfCharge' && charge !== 'Chargeable') warnings.push({ record, message: `charge type ${charge ?? 'not given'}: imported as "paid" until someone checks` });

    const desc = (type: string) => perLang((l) => plain(firstText(s.serviceDescriptions, type, l)));
    const descriptions = desc('Description');
    const summaries = desc('Summary');
    const requirements = perLang((l) => plain(inLang(s.requirements, l)[0]?.value));
    const title = fillText3(perLang((l) => firstText(s.serviceNames, 'Name', l)), 'title', record, warnings);
    const description = fillText3(LANGS.some((l) => descriptions[l]) ? descriptions : summaries, 'description', record, warnings);
    if (!description) problems.push({ record, field: 'serviceDescriptions', message: 'no description in fi, sv or en' });
    const gives = fillText3(summaries, 'gives', record, warnings) ?? { ...SENTENCES.gives };
    const asks = fillText3(requirements, 'asks', record, warnings) ?? { ...SENTENCES.asks[cost] };
    const nextStep = fillText3(desc('UserInstruction'), 'nextStep', record, warnings) ?? { ...SENTENCES.nextStep };

    const targetGroups = [...new Set(s.targetGroups.flatMap((t) => targetRow(ctx.mapping, t.code)?.targetGroups ?? []))];
    const keywords = Object.fromEntries(LANGS.flatMap((l) => {
      const words = inLang(s.keywords, l).map((k) => k.value.trim()).filter(Boolean);
      return words.length ? [[l, words]] : [];
    }));
    const orgName = organization ? (firstText(organization.organizationNames, 'Name', 'fi') ?? organization.organizationNames[0]?.value) : org?.name;
    const languages = s.languages.filter((l) => /^[a-z]{2,3}$/.test(l));

    const value: Record<string, unknown> = {
      id: `ptv-${s.id}`,
      organisation: { name: orgName ?? '', url: https(pageOf(organization) ?? url ?? '') },
      title, description, gives, asks, nextStep,
      typeIds: [...new Set(mapped.flatMap((r) => r.typeIds))],
      situationIds: [...new Set(mapped.flatMap((r) => r.situationIds))],
      targetGroups: targetGroups.length ? targetGroups : ['everyone'],
      channels: [...channelsOut],
      languages: languages.length ? languages : LANGS.filter((l) => firstText(s.serviceNames, 'Name', l)),
      area: area.area,
      cost,
      // PTV has no anonymity or registration fields: never promise anonymity; registration is stated in the texts.
      anonymous: false,
      registration: false,
      contact: {
        url: url ? https(url) : '',
        ...(phone ? { phone } : {}),
        ...(Object.keys(phoneByLang).length ? { phoneByLang } : {}),
        ...(address ? { address } : {}),
      },
      ...(hours ? { hours } : {}),
      ...(Object.keys(keywords).length ? { keywords } : {}),
      source: `PTV service ${s.id}: ${PTV_API}/api/v11/Service/${s.id}`,
      lastVerified: s.modified.slice(0, 10),
      imported: { from: 'ptv', id: s.id, at: ctx.today, refreshDays: ctx.refreshDays },
    };
    if (!orgName) problems.push({ record, field: 'organizations', message: 'no responsible organisation with a name' });
    if (!url && !pageOf(organization)) problems.push({ record, field: 'serviceChannels', message: 'no web page on the service\'s channels or its organisation: residents need a page to check' });
    candidates.push({ record, value });
  }
  if (problems.length > 0) return { ok: false, problems, skipped, warnings };
  return { ...checkCandidates(candidates, ctx), skipped, warnings };
}

function targetRow(mapping: PtvMapping, code: string) {
  const parts = code.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const row = mapping.targetGroups.find((r) => r.code === parts.slice(0, n).join('.'));
    if (row) return row;
  }
  return undefined;
}

const regionByCode = new Map(REGION_IDS.map((r) => [REGION_CODES[r], r]));

function readArea(s: Service, organization: Organization | undefined, municipalities: readonly Municipality[], known: ReadonlySet<string>):
  { area: Activity['area'] } | { skip: string } {
  if (s.areaType === 'Nationwide' || s.areaType === 'NationwideExceptAlandIslands') return { area: { scope: 'national' } };
  const regions: RegionId[] = [];
  const codes: string[] = [];
  for (const a of s.areas) {
    if (a.type === 'Municipality' && a.code) codes.push(a.code);
    else if (a.type === 'Region' && a.code && regionByCode.has(a.code)) regions.push(regionByCode.get(a.code)!);
    else codes.push(...a.municipalities.map((m) => m.code)); // sub-regions and hospital districts list their municipalities
  }
  if (s.areas.length === 0 && organization?.municipality) codes.push(organization.municipality.code);
  const inside = [...new Set(codes.map((c) => c.padStart(3, '0')).filter((c) => known.has(c)))];
  if (regions.length > 0 && inside.length === 0) return { area: { scope: 'region', regions: [...new Set(regions)] } };
  const all = [...new Set([...inside, ...municipalities.filter((m) => regions.includes(m.region)).map((m) => m.code)])];
  if (all.length === 0) {
    return { skip: codes.length || s.areas.length ? `area outside Luotsi's municipalities (${[...new Set(codes)].join(', ') || s.areas.map((a) => `${a.type} ${a.code ?? ''}`.trim()).join(', ')})` : 'no area and no municipal organisation' };
  }
  return { area: { scope: 'municipality', municipalities: all } };
}

/** Entries kept outside the import's file that name a PTV service id in their `source`: id → "file:line". */
export function ptvIdsInSources(activities: readonly Activity[], where: (id: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of activities) {
    if (!/PTV|palvelutietovaranto|suomi\.fi\/palvelut/i.test(a.source)) continue;
    for (const m of a.source.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)) out.set(m[0].toLowerCase(), where(a.id));
  }
  return out;
}
