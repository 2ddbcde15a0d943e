// What a Direct Line client may post: a zod-checked Activity with size limits; the server supplies the rest.
import { z } from 'zod';

export const MAX_TEXT_CHARS = 10_000;
const MAX_VALUE_BYTES = 16 * 1024;
const MAX_CHANNEL_DATA_BYTES = 8 * 1024;

/** Bytes of JSON; a value too deeply nested to serialise counts as too large rather than throwing. */
const jsonSize = (v: unknown): number => {
  try {
    return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};
/** A size check for zod's refine, which takes a predicate and the message separately. */
const limited = (max: number, what: string) => [(v: unknown) => jsonSize(v) <= max, `${what} is larger than ${max} bytes`] as const;

export const ACTIVITY_TYPES = ['message', 'event', 'conversationUpdate', 'invoke', 'typing', 'endOfConversation', 'messageReaction'] as const;

const Attachment = z.object({
  contentType: z.string().max(200),
  contentUrl: z.string().max(2048).optional(),
  content: z.unknown().optional(),
  name: z.string().max(256).optional(),
  thumbnailUrl: z.string().max(2048).optional(),
});

export const IncomingActivity = z.object({
  type: z.enum(ACTIVITY_TYPES, { error: (i) => `unknown activity type "${String(i.input)}"; expected one of ${ACTIVITY_TYPES.join(', ')}` }),
  text: z.string().max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale must look like fi-FI').max(35).optional(),
  name: z.string().max(200).optional(),
  value: z.union([z.record(z.string(), z.unknown()), z.string(), z.number(), z.boolean(), z.array(z.unknown())])
    .refine((v) => jsonSize(v) <= MAX_VALUE_BYTES, `value is larger than ${MAX_VALUE_BYTES} bytes`).optional(),
  attachments: z.array(Attachment).max(5).refine(...limited(MAX_VALUE_BYTES, 'attachments')).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(10).refine(...limited(MAX_CHANNEL_DATA_BYTES, 'entities')).optional(),
  channelData: z.record(z.string(), z.unknown()).refine(...limited(MAX_CHANNEL_DATA_BYTES, 'channelData')).optional(),
  replyToId: z.string().max(200).optional(),
  reactionsAdded: z.array(z.object({ type: z.string().max(50) }).loose()).max(10).optional(),
  reactionsRemoved: z.array(z.object({ type: z.string().max(50) }).loose()).max(10).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  // Kept as sent for the client's own view (Web Chat places bubbles by it); the bot is told who speaks by the server.
  from: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).loose().optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

/** A card submit's data is small (ids, choices, a typed place name); a stored copy of a larger one would only cost space. */
export const MAX_STORED_VALUE_BYTES = 2 * 1024;
const MAX_CLIENT_ACTIVITY_ID = 100;

/**
 * What of a client's activity goes on, to the bot and into the transcript: the fields the bot reads and Web Chat shows,
 * nothing else. No attachments, entities or channelData beyond Web Chat's clientActivityID (so a client cannot, say,
 * ask for staff mode), no client-chosen ids, timestamps, conversation or recipient. Text only on messages, so an event,
 * a reaction or an end of conversation is never read as something the resident wrote.
 */
export function clientFields(incoming: IncomingActivity): Record<string, unknown> {
  const clientActivityID = incoming.channelData?.clientActivityID;
  const isMessage = incoming.type === 'message';
  return {
    type: incoming.type,
    ...(isMessage && incoming.text !== undefined ? { text: incoming.text } : {}),
    ...(isMessage && incoming.textFormat ? { textFormat: incoming.textFormat } : {}),
    ...(incoming.locale ? { locale: incoming.locale } : {}),
    ...(incoming.type === 'event' && incoming.name ? { name: incoming.name } : {}),
    ...(incoming.value !== undefined && (isMessage || incoming.type === 'event' || incoming.type === 'invoke') ? { value: incoming.value } : {}),
    ...(incoming.replyToId ? { replyToId: incoming.replyToId } : {}),
    ...(incoming.type === 'messageReaction' ? {
      reactionsAdded: (incoming.reactionsAdded ?? []).map((r) => ({ type: r.type })),
      reactionsRemoved: (incoming.reactionsRemoved ?? []).map((r) => ({ type: r.type })),
    } : {}),
    ...(typeof clientActivityID === 'string' && clientActivityID.length <= MAX_CLIENT_ACTIVITY_ID ? { channelData: { clientActivityID } } : {}),
  };
}

/** The transcript's copy: the same, with a card submit's value kept only while it is small (the bot has read it already). */
export function storedFields(fields: Record<string, unknown>): Record<string, unknown> {
  if (fields.value === undefined || jsonSize(fields.value) <= MAX_STORED_VALUE_BYTES) return fields;
  const { value: _tooLarge, ...rest } = fields;
  return rest;
}

/** The sender as the client named it (id and name only, bounded), always in the user's role. */
export function clientSender(incoming: IncomingActivity, fallbackId: string): { id: string; name?: string; role: 'user' } {
  const id = incoming.from?.id;
  const name = incoming.from?.name;
  return { id: id && id.length > 0 ? id : fallbackId, ...(name ? { name } : {}), role: 'user' };
}

/** One line per problem, e.g. "text: text is longer than 10000 characters". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
