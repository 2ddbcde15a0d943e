// Turns a coordinator's spreadsheet (CSV, comma or semicolon, UTF-8 or Windows-1252) into validated activities:
// every bad row is reported with its row and field, and nothing is imported unless every row is good. The checks every
// import shares (CSV, PTV, HSDS) live here too.
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ActivitySchema, type Activity } from './schema.js';

export interface RowProblem { row: number; line: number; field: string; message: string }
export type ImportResult = { ok: true; activities: Activity[] } | { ok: false; problems: RowProblem[] };

/** The columns a spreadsheet uses; documented in the README. Lists inside a cell are separated by "|" or ",". */
export const CSV_COLUMNS = [
  'id', 'organisation', 'organisation_url',
  'title_fi', 'title_sv', 'title_en', 'description_fi', 'description_sv', 'description_en',
  'gives_fi', 'gives_sv', 'gives_en', 'asks_fi', 'asks_sv', 'asks_en', 'next_step_fi', 'next_step_sv', 'next_step_en',
  'types', 'situations', 'target_groups', 'channels', 'languages', 'area', 'cost', 'anonymous', 'registration',
  'phone', 'chat_url', 'url', 'address', 'hours_fi', 'hours_sv', 'hours_en', 'age_min', 'age_max', 'source', 'last_verified',
] as const;
const REQUIRED = CSV_COLUMNS.filter((c) => !['phone', 'chat_url', 'address', 'hours_fi', 'hours_sv', 'hours_en', 'age_min', 'age_max'].includes(c));

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; UTF-16 by BOM; otherwise Windows-1252 (Finnish Excel). */
export function decodeCsv(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'win1252'), encoding: 'windows-1252' };
  }
}

function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = { ';': header.split(';').length, ',': header.split(',').length, '\t': header.split('\t').length };
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',') as ',' | ';' | '\t';
}

const list = (cell: string | undefined) => (cell ?? '').split(/[|,]/).map((s) => s.trim()).filter(Boolean);
const yesNo = (cell: string | undefined): boolean | string => {
  const v = (cell ?? '').trim().toLowerCase();
  if (['kyllä', 'kylla', 'k', 'yes', 'y', 'ja', 'true', '1', 'x'].includes(v)) return true;
  if (['ei', 'e', 'no', 'n', 'nej', 'false', '0', ''].includes(v)) return false;
  return v; // left as a string so validation names the field
};
const opt = (cell: string | undefined) => (cell && cell.trim() ? cell.trim() : undefined);

function parseArea(cell: string | undefined): unknown {
  const v = (cell ?? '').trim().toLowerCase();
  if (v === 'national' || v === 'valtakunnallinen' || v === 'koko suomi') return { scope: 'national' };
  const [scope, rest] = v.split(':', 2);
  if (scope === 'region' || scope === 'alue') return { scope: 'region', regions: list(rest) };
  if (scope === 'municipality' || scope === 'kunta') return { scope: 'municipality', municipalities: list(rest) };
  return v; // invalid: validation reports it
}

function rowToActivity(r: Record<string, string>): unknown {
  const t3 = (base: string) => ({ fi: r[`${base}_fi`] ?? '', sv: r[`${base}_sv`] ?? '', en: r[`${base}_en`] ?? '' });
  const hours = t3('hours');
  const num = (cell: string | undefined) => (opt(cell) === undefined ? undefined : Number(cell));
  const contact: Record<string, unknown> = { url: opt(r.url) ?? '' };
  if (opt(r.phone)) contact.phone = opt(r.phone);
  if (opt(r.chat_url)) contact.chatUrl = opt(r.chat_url);
  if (opt(r.address)) contact.address = opt(r.address);
  const activity: Record<string, unknown> = {
    id: (r.id ?? '').trim(),
    organisation: { name: (r.organisation ?? '').trim(), url: (r.organisation_url ?? '').trim() },
    title: t3('title'), description: t3('description'), gives: t3('gives'), asks: t3('asks'), nextStep: t3('next_step'),
    typeIds: list(r.types), situationIds: list(r.situations), targetGroups: list(r.target_groups),
    channels: list(r.channels), languages: list(r.languages), area: parseArea(r.area),
    cost: (r.cost ?? '').trim(), anonymous: yesNo(r.anonymous), registration: yesNo(r.registration),
    contact, source: (r.source ?? '').trim(), lastVerified: (r.last_verified ?? '').trim(),
  };
  if (hours.fi || hours.sv || hours.en) activity.hours = hours;
  if (num(r.age_min) !== undefined) activity.ageMin = num(r.age_min);
  if (num(r.age_max) !== undefined) activity.ageMax = num(r.age_max);
  return activity;
}

/** Maps a schema path back to the spreadsheet column a coordinator sees. */
function columnOf(path: PropertyKey[]): string {
  const [head, second] = path.map(String);
  const map: Record<string, string> = {
    typeIds: 'types', situationIds: 'situations', targetGroups: 'target_groups', nextStep: 'next_step',
    lastVerified: 'last_verified', ageMin: 'age_min', ageMax: 'age_max', area: 'area', cost: 'cost',
  };
  if (head === 'organisation') return second === 'url' ? 'organisation_url' : 'organisation';
  if (head === 'contact') return { url: 'url', phone: 'phone', chatUrl: 'chat_url', address: 'address' }[second ?? ''] ?? 'url';
  if (['title', 'description', 'gives', 'asks', 'nextStep', 'hours'].includes(head ?? '') && second) return `${map[head!] ?? head}_${second}`;
  return map[head ?? ''] ?? head ?? '';
}

export interface ImportContext { knownActivityIds: ReadonlySet<string>; municipalityCodes: ReadonlySet<string> }

export interface CandidateIssue { path: PropertyKey[]; message: string }

/** The checks every import shares: the activity schema, an id that is new and not repeated, known municipality codes. */
export function checkCandidate(value: unknown, ctx: ImportContext, seen: Set<string>): { activity?: Activity; issues: CandidateIssue[] } {
  const parsed = ActivitySchema.safeParse(value);
  if (!parsed.success) return { issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) };
  const a = parsed.data;
  const issues: CandidateIssue[] = [];
  if (seen.has(a.id) || ctx.knownActivityIds.has(a.id)) issues.push({ path: ['id'], message: `id "${a.id}" already exists` });
  seen.add(a.id);
  if (a.area.scope === 'municipality') {
    for (const code of a.area.municipalities) if (!ctx.municipalityCodes.has(code)) issues.push({ path: ['area'], message: `unknown municipality code "${code}"` });
  }
  return { activity: a, issues };
}

/** A problem in a record of a structured import (PTV, HSDS): which record, which field, what is wrong. */
export interface RecordProblem { record: string; field: string; message: string }
export type RecordImportResult = { ok: true; activities: Activity[] } | { ok: false; problems: RecordProblem[] };

/** All or nothing: every candidate through `checkCandidate`; one bad record and nothing is imported. */
export function checkCandidates(candidates: ReadonlyArray<{ record: string; value: unknown }>, ctx: ImportContext): RecordImportResult {
  const problems: RecordProblem[] = [];
  const activities: Activity[] = [];
  const seen = new Set<string>();
  for (const { record, value } of candidates) {
    const { activity, issues } = checkCandidate(value, ctx, seen);
    for (const issue of issues) problems.push({ record, field: issue.path.map(String).join('.'), message: issue.message });
    if (activity) activities.push(activity);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, activities };
}

export function importCsv(bytes: Buffer, ctx: ImportContext): ImportResult {
  const { text } = decodeCsv(bytes);
  let records: Record<string, string>[];
  let lines: number[] = [];
  try {
    const options = { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), delimiter: detectDelimiter(text), skip_empty_lines: true, relax_column_count: true, trim: false, info: true };
    const parsed: { record: Record<string, string>; info: { lines: number } }[] = parseCsv(text, options);
    records = parsed.map((p) => p.record);
    lines = parsed.map((p) => p.info.lines);
  } catch (err) {
    return { ok: false, problems: [{ row: 0, line: (err as { lines?: number }).lines ?? 1, field: '', message: `not a readable CSV file: ${(err as Error).message}` }] };
  }
  if (records.length === 0) return { ok: false, problems: [{ row: 0, line: 1, field: '', message: 'the file has a header but no rows' }] };
  const header = Object.keys(records[0] ?? {});
  const missingColumns = REQUIRED.filter((c) => !header.includes(c));
  if (missingColumns.length > 0) {
    return { ok: false, problems: [{ row: 0, line: 1, field: missingColumns.join(', '), message: `missing columns (is the separator right and the first row the header?): ${missingColumns.join(', ')}` }] };
  }
  const problems: RowProblem[] = [];
  const activities: Activity[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const row = i + 1;
    const line = lines[i] ?? row + 1;
    const { activity, issues } = checkCandidate(rowToActivity(record), ctx, seen);
    for (const issue of issues) problems.push({ row, line, field: columnOf(issue.path), message: issue.message });
    if (activity) activities.push(activity);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, activities };
}
