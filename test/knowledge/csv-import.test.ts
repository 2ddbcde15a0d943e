import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, importCsv } from '../../knowledge/csv-import.js';
import { loadKnowledge } from '../../knowledge/loader.js';
import { copyKnowledgeBase, type KbCopy } from '../fixtures/kb-copy.js';

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
const goodRow = (id: string, over: Row = {}): Row => ({
  id, organisation: 'Suomen Punainen Risti', organisation_url: 'https://www.punainenristi.fi',
  title_fi: 'Ystävätoiminta Hämeenlinnassa', title_sv: 'Vänverksamhet i Tavastehus', title_en: 'Friend volunteers in Hämeenlinna',
  description_fi: 'Vapaaehtoinen ystävä käy luonasi.', description_sv: 'En frivillig vän besöker dig.', description_en: 'A volunteer friend visits you.',
  gives_fi: 'Seuraa', gives_sv: 'Sällskap', gives_en: 'Company', asks_fi: 'Ilmoittautuminen', asks_sv: 'Anmälan', asks_en: 'Sign up',
  next_step_fi: 'Ota yhteyttä osastoon', next_step_sv: 'Kontakta avdelningen', next_step_en: 'Contact the branch',
  types: 'support-person', situations: 'loneliness|senior', target_groups: 'seniors|adults', channels: 'face-to-face',
  languages: 'fi', area: 'municipality:109', cost: 'free', anonymous: 'ei', registration: 'kyllä',
  url: 'https://www.punainenristi.fi', source: 'test', last_verified: '2026-11-01', ...over,
});
const toCsv = (rows: Row[], sep = ';') => [CSV_COLUMNS.join(sep), ...rows.map((r) => CSV_COLUMNS.map((c) => {
  const v = r[c] ?? '';
  return v.includes(sep) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v;
}).join(sep))].join('\r\n');
const ctx = { knownActivityIds: new Set(['already-there']), municipalityCodes: new Set(['109', '091']) };

describe('importing a coordinator\'s spreadsheet', () => {
  it('reads a semicolon CSV saved by Finnish Excel in Windows-1252, umlauts intact', () => {
    const bytes = iconv.encode(toCsv([goodRow('spr-ystava-hml'), goodRow('spr-ystava-hki', { area: 'municipality:091' })]), 'win1252');
    const result = importCsv(bytes, ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.activities).toHaveLength(2);
    expect(result.activities[0]?.title.fi).toBe('Ystävätoiminta Hämeenlinnassa');
    expect(result.activities[0]?.registration).toBe(true);
    expect(result.activities[0]?.situationIds).toEqual(['loneliness', 'senior']);
  });

  it('imports nothing when one row is bad, and names the row and the column', () => {
    const csv = toCsv([goodRow('a-ok'), goodRow('b-bad', { title_sv: '' }), goodRow('c-ok')], ',');
    const result = importCsv(Buffer.from(csv, 'utf8'), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 2, line: 3, field: 'title_sv' });
  });

  it('refuses ids that exist already and municipality codes it does not know', () => {
    const csv = toCsv([goodRow('already-there'), goodRow('new-one', { area: 'municipality:999' })]);
    const result = importCsv(Buffer.from(csv), ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => [p.row, p.field])).toEqual([[1, 'id'], [2, 'area']]);
    }
  });

  it('explains missing columns instead of failing row by row', () => {
    const result = importCsv(Buffer.from('nimi;puhelin\nJoku;0401234567\n'), ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/missing columns/);
  });
});

describe('npm run kb:import', () => {
  let kb: KbCopy | undefined;
  afterEach(() => { kb?.remove(); kb = undefined; });
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'knowledge/cli/kb-import.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (err) {
      const e = err as { status: number; stdout: string };
      return { code: e.status, out: e.stdout };
    }
  };

  it('writes no file when a row is bad, and adds a valid file when all rows are good', () => {
    kb = copyKnowledgeBase();
    const work = mkdtempSync(join(tmpdir(), 'luotsi-csv-'));
    const bad = join(work, 'bad.csv');
    writeFileSync(bad, toCsv([goodRow('csv-one'), goodRow('csv-two', { cost: 'expensive' })]));
    const before = readdirSync(kb.file('activities')).length;
    const failed = run([bad, '--dir', kb.dir]);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/bad\.csv:3 row 2 cost: /);
    expect(readdirSync(kb.file('activities'))).toHaveLength(before);

    const good = join(work, 'good.csv');
    writeFileSync(good, toCsv([goodRow('csv-one'), goodRow('csv-two')]));
    const ok = run([good, '--dir', kb.dir, '--out', 'from-spreadsheet']);
    expect(ok.code).toBe(0);
    expect(existsSync(kb.file('activities/from-spreadsheet.yaml'))).toBe(true);
    const reloaded = loadKnowledge(kb.dir);
    expect(reloaded.ok && reloaded.catalogue.activityById.get('csv-two')?.title.sv).toBe('Vänverksamhet i Tavastehus');
  });
});
