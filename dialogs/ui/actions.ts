// Every button's data as one zod union: card builders type their buttons' data with it, and a tap's `activity.value` (any
// Direct Line client can forge it) is parsed with it; what does not parse is no button of ours and is ignored.
import { z } from 'zod';
import { CHANNELS, LANGS, SITUATION_IDS } from '../../knowledge/vocabulary.js';

const id = z.string().min(1).max(200);
const ticket = z.string().min(1).max(64);
const helpful = z.enum(['yes', 'no']);
/** Free text typed into a card's field (the municipality); the crisis guard reads it too (bot/message-text.ts). */
const typed = z.string().max(2000);

const bare = <A extends string>(action: A) => z.object({ action: z.literal(action) });

/** The filters staff search shows as chips and buttons. */
export const FILTER_KEYS = ['municipality', 'channel', 'language', 'free', 'anonymous'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Staff search's own buttons (dialogs/staff-search-dialog.ts). */
export const STAFF_ACTION = 'staffSearch';
const staff = <Op extends string, S extends z.ZodRawShape>(op: Op, shape: S) =>
  z.object({ action: z.literal(STAFF_ACTION), op: z.literal(op), ...shape });
const StaffSearchData = z.discriminatedUnion('op', [
  staff('remove', { key: z.enum(FILTER_KEYS) }),
  z.discriminatedUnion('key', [
    staff('add', { key: z.literal('channel'), value: z.enum(CHANNELS) }),
    staff('add', { key: z.literal('language'), value: z.string().regex(/^[a-z]{2,3}$/) }),
    staff('add', { key: z.literal('free'), value: z.literal(true) }),
    staff('add', { key: z.literal('anonymous'), value: z.literal(true) }),
  ]),
  staff('setMunicipality', { municipalityName: typed.optional() }),
  staff('details', { id }),
  staff('clientSummary', {}),
  staff('clientLang', { lang: z.enum(LANGS) }),
  staff('persona', { id }),
  staff('paths', {}),
]);

/** A persona journey's own buttons (dialogs/persona-journey-dialog.ts); `step` tells a tap on an older step's card apart. */
export const JOURNEY_ACTION = 'journey';
const journey = <Op extends string, S extends z.ZodRawShape>(op: Op, shape: S) =>
  z.object({ action: z.literal(JOURNEY_ACTION), op: z.literal(op), ...shape });
const JourneyData = z.discriminatedUnion('op', [
  journey('next', { step: z.number().int().optional() }),
  journey('details', { id: id.optional() }),
  journey('back', {}),
  journey('end', {}),
]);

/**
 * The conversation's commands: every button but a journey's and staff search's own, which only their dialogs read
 * (dialogs/commands.ts also reads their typed forms).
 */
export const CommandDataSchema = z.discriminatedUnion('action', [
  bare('forget'), bare('summary'), bare('staff'), bare('startOver'), bare('else'), bare('nearer'), bare('phone'), bare('continue'),
  z.object({ action: z.literal('more'), id: id.optional() }),
  z.object({ action: z.literal('lang'), lang: z.enum(LANGS) }),
  z.object({ action: z.literal('situation'), id: z.enum(SITUATION_IDS) }),
  // The "what I understood" card's inputs come along: `situation:<id>` toggles ("true"/"false") and `add`, left empty
  // when nothing was picked.
  z.object({ action: z.literal('confirm'), add: z.enum(SITUATION_IDS).optional().catch(undefined) }).catchall(z.unknown()),
  // A clarifying question's answer (dialogs/questions.ts checks `q` and `value` against the question), with its field's text.
  z.object({ action: z.literal('answer'), q: z.string().min(1).max(100), value: z.string().max(100).optional() }).catchall(z.unknown()),
  z.object({ action: z.literal('save'), id }),
  z.object({ action: z.literal('feedback'), helpful }),
  z.object({ action: z.literal('persona'), id }),
  // Handing over to a person (bot/handover): the resident asks, consents, cancels, ends, answers "did it help?"; staff
  // accept, end (with the ticket) and send an activity.
  bare('handoffRequest'),
  z.object({ action: z.literal('handoffConsent'), share: z.enum(['summary', 'text']) }),
  bare('handoffCancel'),
  z.object({ action: z.literal('handoffEnd'), ticket: ticket.optional() }),
  z.object({ action: z.literal('handoffFeedback'), helpful }),
  z.object({ action: z.literal('handoffAccept'), ticket }),
  z.object({ action: z.literal('handoffSend'), ticket, id }),
]);

export const ButtonDataSchema = z.discriminatedUnion('action', [CommandDataSchema, JourneyData, StaffSearchData]);

/** The data of a button Luotsi draws, as parsed back from a tap. */
export type ButtonData = z.infer<typeof ButtonDataSchema>;
export type CommandData = z.infer<typeof CommandDataSchema>;
/** What a builder writes: input-bearing buttons need not name their inputs. */
export type ButtonDataInput = z.input<typeof ButtonDataSchema>;
export type ButtonAction = ButtonData['action'];
export type StaffSearchButton = Extract<ButtonData, { action: typeof STAFF_ACTION }>;
export type StaffOp = StaffSearchButton['op'];
export type JourneyButton = Extract<ButtonData, { action: typeof JOURNEY_ACTION }>;
export type JourneyOp = JourneyButton['op'];

/** A tapped button's data, or undefined for anything that is not a button of ours (nothing of it is kept). */
export function readButton(value: unknown): ButtonData | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = ButtonDataSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
