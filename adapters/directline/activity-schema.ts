// What a Direct Line client may post: a zod-checked Activity with size limits; the server supplies the rest.
import { z } from 'zod';

export const MAX_TEXT_CHARS = 10_000;
const MAX_VALUE_BYTES = 16 * 1024;
const MAX_CHANNEL_DATA_BYTES = 8 * 1024;

const jsonSize = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
const limited = (max: number, what: string) => (v: unknown) => jsonSize(v) <= max || `${what} is larger than ${max} bytes`;

export const ACTIVITY_TYPES = ['message', 'event', 'conversationUpdate', 'invoke', 'typing'] as const;

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
  attachments: z.array(Attachment).max(5).refine(limited(MAX_VALUE_BYTES, 'attachments')).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(10).refine(limited(MAX_CHANNEL_DATA_BYTES, 'entities')).optional(),
  channelData: z.record(z.string(), z.unknown()).refine(limited(MAX_CHANNEL_DATA_BYTES, 'channelData')).optional(),
  replyToId: z.string().max(200).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  // Accepted so stock clients validate, but the server overwrites who is speaking.
  from: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional() }).loose().optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivity>;

/** One line per problem, e.g. "text: text is longer than 10000 characters". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
