// Structured logging with pino: never message text or personal data, and conversation ids only as short hashes.
import { createHash } from 'node:crypto';
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'luotsi' },
    // Belt and braces: even if someone logs a whole activity, its words do not reach the log.
    redact: { paths: ['text', '*.text', 'value', '*.value', 'attachments', '*.attachments', 'req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}

/** A stable, non-reversible tag for a conversation id, enough to follow one conversation through the log. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}
