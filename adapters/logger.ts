// Structured logging with pino: never message text or personal data, and conversation ids only as short hashes.
import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Logs to stdout unless given a destination (tests read the stream to prove what never reaches it). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'luotsi' },
    // Belt and braces: even if someone logs a whole activity, its words do not reach the log.
    redact: { paths: ['text', '*.text', 'value', '*.value', 'attachments', '*.attachments', 'req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A stable, non-reversible tag for a conversation id, enough to follow one conversation through the log. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}
