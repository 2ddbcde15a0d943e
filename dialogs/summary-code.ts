// Short, crypto-random summary codes a resident can read aloud or type without mixing up 0/O or 1/I/L.
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const SUMMARY_TTL_SECONDS = 14 * 24 * 3600;

export function newSummaryCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Whether a string could be a code at all; the page route uses it to answer 404 without a lookup. */
export function isSummaryCode(value: string): boolean {
  return value.length === CODE_LENGTH && [...value].every((c) => CODE_ALPHABET.includes(c));
}
