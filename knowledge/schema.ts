// zod schemas of the knowledge files: the one boundary through which the catalogue enters the service.
import { z } from 'zod';
import {
  AREAS, CHANNELS, COSTS, CRISIS_KINDS, PERSONA_IDS, QUESTIONS, REGION_IDS, SITUATION_IDS,
  TARGET_GROUPS, TYPE_IDS,
} from './vocabulary.js';

const nonEmpty = z.string().trim().min(1);
/** A text every resident can read in their own language: fi, sv and en all required. */
export const Text3 = z.object({ fi: nonEmpty, sv: nonEmpty, en: nonEmpty }).strict();
export type Text3 = z.infer<typeof Text3>;
/** Lists of words or phrasings per language, each language at least one entry. */
export const TextList3 = z.object({
  fi: z.array(nonEmpty).min(1),
  sv: z.array(nonEmpty).min(1),
  en: z.array(nonEmpty).min(1),
}).strict();
export type TextList3 = z.infer<typeof TextList3>;

export const TypeId = z.enum(TYPE_IDS);
export const SituationId = z.enum(SITUATION_IDS);
export const PersonaId = z.enum(PERSONA_IDS);
export const RegionId = z.enum(REGION_IDS);
export const Channel = z.enum(CHANNELS);
export const TargetGroup = z.enum(TARGET_GROUPS);
export const Cost = z.enum(COSTS);
export const Question = z.enum(QUESTIONS);
export const CrisisKind = z.enum(CRISIS_KINDS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');
const httpsUrl = z.url({ protocol: /^https?$/ });
/** Finnish phone numbers as printed for residents: digits, spaces, an optional leading +. */
const phone = z.string().regex(/^\+?[0-9][0-9 ]{2,18}[0-9]$/, 'expected a phone number of digits and spaces');

export const ActivityTypeSchema = z.object({
  id: TypeId,
  area: z.enum(AREAS),
  name: Text3,
  /** Plain-language description, a sentence or two. */
  description: Text3,
  /** How residents put it when this is what they need ("tarvitsen jonkun jolle puhua"). */
  examples: TextList3,
}).strict();
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const SituationSchema = z.object({
  id: SituationId,
  name: Text3,
  description: Text3,
  /** Whole phrasings that signal the situation, colloquial ones included ("mun äiti on dementikko"). */
  phrases: TextList3,
  /** Single words and word stems that signal it ("omaishoit", "dement", "närstående"). */
  keywords: TextList3,
  /** Activity types that usually help, most fitting first. */
  typeIds: z.array(TypeId).min(1),
  personaIds: z.array(PersonaId).default([]),
  /** Follow-up questions that change the results for this situation, most useful first. */
  questions: z.array(Question).default([]),
}).strict();
export type Situation = z.infer<typeof SituationSchema>;

export const PersonaStepSchema = z.object({
  /** now = the first step; harder = if things get harder; later = once things settle. */
  phase: z.enum(['now', 'harder', 'later']),
  situationId: SituationId,
  typeId: TypeId,
  story: Text3,
  /** Activities that fit this step; when empty the step is filled from the catalogue by type and situation. */
  activityIds: z.array(kebabId).default([]),
}).strict();
export const PersonaSchema = z.object({
  id: PersonaId,
  name: nonEmpty,
  situationIds: z.array(SituationId).min(1),
  summary: Text3,
  steps: z.array(PersonaStepSchema).min(2),
  /** jatta is the staff-side view; the rest are residents. */
  audience: z.enum(['resident', 'staff']).default('resident'),
}).strict();
export type Persona = z.infer<typeof PersonaSchema>;

export const MunicipalitySchema = z.object({
  /** Statistics Finland municipality code, three digits ("092" = Vantaa). */
  code: z.string().regex(/^\d{3}$/, 'expected a three-digit municipality code'),
  fi: nonEmpty,
  /** Swedish name where one is in use (Vantaa / Vanda). */
  sv: nonEmpty.optional(),
  region: RegionId,
  /**
   * Former municipalities merged into this one and its parts, as residents name them (Tammisaari, Ekenäs, Karjaa):
   * recognised in every inflection like the municipality's own name.
   */
  aliases: z.array(nonEmpty).optional(),
  /** Old names or parts that are also ordinary words ("Pohja" is also "bottom"): recognised only after "asun", "i", "in". */
  ambiguousAliases: z.array(nonEmpty).optional(),
}).strict();
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const AreaSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('national') }).strict(),
  z.object({ scope: z.literal('region'), regions: z.array(RegionId).min(1) }).strict(),
  z.object({ scope: z.literal('municipality'), municipalities: z.array(z.string().regex(/^\d{3}$/)).min(1) }).strict(),
]);
export type Area = z.infer<typeof AreaSchema>;

export const ContactSchema = z.object({
  /** Only numbers the seeds state or widely published national numbers (DEVELOPERS honesty rule). */
  phone: phone.optional(),
  /** Who answers the phone / when, if the number needs explaining. */
  phoneNote: Text3.optional(),
  /** The same service's own number for residents of a language, where it has one (MIELI Kriisipuhelin in Swedish and English). */
  phoneByLang: z.object({ fi: phone, sv: phone, en: phone }).partial().strict().optional(),
  chatUrl: httpsUrl.optional(),
  /** The organisation's public page for this activity; always present so a resident can check. */
  url: httpsUrl,
  address: nonEmpty.optional(),
}).strict();

/** Which import wrote an entry, the record's id there, when, and how often that source should be imported again. */
export const ImportedSchema = z.object({
  from: z.enum(['ptv', 'hsds']),
  /** The record's id in the source (PTV's service id). */
  id: nonEmpty,
  at: isoDate,
  refreshDays: z.number().int().min(1).max(3650),
}).strict();
export type Imported = z.infer<typeof ImportedSchema>;

export const ActivitySchema = z.object({
  id: kebabId,
  organisation: z.object({ name: nonEmpty, url: httpsUrl }).strict(),
  title: Text3,
  description: Text3,
  /** What it gives me / what it asks of me / the next step, in plain language. */
  gives: Text3,
  asks: Text3,
  nextStep: Text3,
  typeIds: z.array(TypeId).min(1),
  situationIds: z.array(SituationId).min(1),
  targetGroups: z.array(TargetGroup).min(1),
  ageMin: z.number().int().min(0).max(120).optional(),
  ageMax: z.number().int().min(0).max(120).optional(),
  channels: z.array(Channel).min(1),
  /** Languages the activity is offered in, ISO 639-1 ("fi", "sv", "en", "ar", ...). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  area: AreaSchema,
  cost: Cost,
  anonymous: z.boolean(),
  registration: z.boolean(),
  contact: ContactSchema,
  /** Opening hours only where a seed or the organisation states them. */
  hours: Text3.optional(),
  /** Extra words residents might use for this activity, per language. */
  keywords: z.object({ fi: z.array(nonEmpty), sv: z.array(nonEmpty), en: z.array(nonEmpty) }).partial().strict().optional(),
  /** Shown in the crisis interrupt, after 112: lower rank first. */
  crisisLine: z.object({ kinds: z.array(CrisisKind).min(1), rank: z.number().int().min(1) }).strict().optional(),
  /**
   * For a circumstance the resident must name ("itsemurha", "henkirikos"): the word beginnings, in any of the three
   * languages, without which this activity is not a first answer (an ordinary grief is not a homicide bereavement).
   */
  onlyWhen: z.object({ fi: z.array(nonEmpty), sv: z.array(nonEmpty), en: z.array(nonEmpty) }).strict().optional(),
  /** Where this entry comes from: a seed ("seed:004 Uusimaa handbook, Keskusteluapu") and/or the public page. */
  source: nonEmpty,
  lastVerified: isoDate,
  /** Set on entries an import wrote (PTV, HSDS): the next import from the same source replaces them; hand-kept entries have none. */
  imported: ImportedSchema.optional(),
}).strict().refine((a) => a.ageMin === undefined || a.ageMax === undefined || a.ageMin <= a.ageMax, {
  message: 'ageMin must not exceed ageMax', path: ['ageMin'],
});
export type Activity = z.infer<typeof ActivitySchema>;

/** File shapes: each YAML file holds one top-level list under a known key. */
export const TypesFile = z.object({ activityTypes: z.array(ActivityTypeSchema) }).strict();
export const SituationsFile = z.object({ situations: z.array(SituationSchema) }).strict();
export const PersonasFile = z.object({ personas: z.array(PersonaSchema) }).strict();
export const MunicipalitiesFile = z.object({ municipalities: z.array(MunicipalitySchema) }).strict();
export const ActivitiesFile = z.object({ activities: z.array(ActivitySchema) }).strict();
