import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createKnowledgeHolder, formatProblem, loadKnowledge } from '../../knowledge/loader.js';
import { staleActivities, staleBySource, summarise } from '../../knowledge/kb-summary.js';
import type { Activity } from '../../knowledge/schema.js';
import { PERSONA_IDS, SITUATION_IDS, TYPE_IDS } from '../../knowledge/vocabulary.js';
import { copyKnowledgeBase, lineOfMatch, type KbCopy } from '../fixtures/kb-copy.js';

let kb: KbCopy | undefined;
afterEach(() => { kb?.remove(); kb = undefined; });

describe('the knowledge base', () => {
  it('loads with at least 150 activities, every type, situation and persona, complete in fi, sv and en', () => {
    const result = loadKnowledge();
    if (!result.ok) throw new Error(result.problems.slice(0, 10).map(formatProblem).join('\n'));
    const s = summarise(result.data);
    expect(s.activities).toBeGreaterThanOrEqual(150);
    expect(s.activityTypes).toBe(TYPE_IDS.length);
    expect(s.situations).toBe(SITUATION_IDS.length);
    expect(s.personas).toBe(PERSONA_IDS.length);
    for (const lang of ['fi', 'sv', 'en'] as const) expect(s.languages[lang]?.entriesComplete).toBe(s.languages[lang]?.entries);
    for (const id of TYPE_IDS) expect(s.perType[id], id).toBeGreaterThan(0);
    for (const id of SITUATION_IDS) expect(s.perSituation[id], id).toBeGreaterThan(0);
  });

  it('offers 112-adjacent crisis lines for suicidal and violent crises', () => {
    const result = loadKnowledge();
    if (!result.ok) throw new Error('knowledge base invalid');
    expect(result.catalogue.crisisLines('suicide').length).toBeGreaterThan(0);
    expect(result.catalogue.crisisLines('violence')[0]?.crisisLine?.kinds).toContain('violence');
  });

  it('finds a municipality by its Swedish name', () => {
    const result = loadKnowledge();
    if (!result.ok) throw new Error('knowledge base invalid');
    expect(result.catalogue.findMunicipality('Vanda')?.fi).toBe('Vantaa');
    expect(result.catalogue.findMunicipality('esbo')?.code).toBe('049');
  });
});

describe('a broken knowledge file', () => {
  it('is refused with the file and line of a YAML syntax error', () => {
    kb = copyKnowledgeBase();
    let line = 0;
    kb.edit('situations.yaml', (t) => {
      line = lineOfMatch(t, /^\s+- id: loneliness/);
      return t.split('\n').map((l, i) => (i === line - 1 ? `${l}\n   bad: [unclosed` : l)).join('\n');
    });
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const p = result.problems.find((x) => x.code === 'yaml-syntax');
    expect(p?.file).toMatch(/situations\.yaml$/);
    expect(p?.line).toBeGreaterThanOrEqual(line);
    expect(p!.line).toBeLessThanOrEqual(line + 3);
  });

  it('names the line and field of a missing Swedish translation', () => {
    kb = copyKnowledgeBase();
    const rel = 'activities/national.yaml';
    const text = readFileSync(kb.file(rel), 'utf8');
    const idLine = lineOfMatch(text, /^\s+- id: /);
    kb.edit(rel, (t) => t.replace(/(title: \{ ?fi: "[^"]*"), ?sv: "[^"]*"/, '$1').replace(/(title:\n\s+fi: .*\n)\s+sv: .*\n/, '$1'));
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const p = result.problems.find((x) => x.field.endsWith('title.sv'));
    expect(p, JSON.stringify(result.problems)).toBeDefined();
    expect(p!.file).toMatch(/national\.yaml$/);
    expect(p!.line).toBeGreaterThanOrEqual(idLine);
    expect(formatProblem(p!)).toMatch(/national\.yaml:\d+ activities\.\d+\.title\.sv: /);
  });

  it('refuses a dangling municipality reference and points at it', () => {
    kb = copyKnowledgeBase();
    const rel = 'municipalities.yaml';
    // Remove Vantaa from the municipality list: activities that name "092" now point nowhere.
    kb.edit(rel, (t) => t.replace(/^ {2}- code: "092"\n(?: {4}.*\n)*/m, '').split('\n').filter((l) => !/code: "?092"?/.test(l)).join('\n'));
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const p = result.problems.find((x) => x.code === 'unknown-reference');
    expect(p?.message).toContain('"092"');
    expect(p?.line).toBeGreaterThan(1);
  });

  it('refuses an unknown activity type id', () => {
    kb = copyKnowledgeBase();
    kb.edit('activities/national.yaml', (t) => t.replace(/typeIds: \[([a-z-]+)/, 'typeIds: [no-such-type'));
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.code === 'invalid-field' && /typeIds/.test(p.field))).toBe(true);
  });

  it('refuses the same activity id twice and says where the first one is', () => {
    kb = copyKnowledgeBase();
    const text = readFileSync(kb.file('activities/national.yaml'), 'utf8');
    const firstId = /- id: ([a-z0-9-]+)/.exec(text)![1]!;
    kb.edit('activities/national.yaml', (t) => t.replace(/(- id: [a-z0-9-]+[\s\S]*?)- id: [a-z0-9-]+/, `$1- id: ${firstId}`));
    const result = loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const p = result.problems.find((x) => x.code === 'duplicate-id');
      expect(p?.message).toMatch(/first defined at .*national\.yaml:\d+/);
    }
  });

  it('keeps serving the last good catalogue when a reload finds a broken file', () => {
    kb = copyKnowledgeBase();
    const first = loadKnowledge(kb.dir);
    if (!first.ok) throw new Error('copy should load');
    const holder = createKnowledgeHolder(first.catalogue, kb.dir);
    kb.edit('personas.yaml', (t) => t.replace('personas:', 'personas: [broken'));
    const reload = holder.reload();
    expect(reload.ok).toBe(false);
    expect(holder.current()).toBe(first.catalogue);
    expect(holder.current().activities.length).toBeGreaterThanOrEqual(150);
  });
});

describe('finding a municipality', () => {
  const result = loadKnowledge();
  if (!result.ok) throw new Error('knowledge base invalid');
  it('forgives a typo in a place name', () => {
    expect(result.catalogue.findMunicipality('Hämeenlina')?.code).toBe('109');
    expect(result.catalogue.findMunicipality('helsingfos')?.fi).toBe('Helsinki');
  });
  it('does not guess a place from an unrelated word', () => {
    expect(result.catalogue.findMunicipality('omaishoitaja')).toBeUndefined();
    expect(result.catalogue.findMunicipality('xy')).toBeUndefined();
  });
});

describe('what kb:validate and kb:stale tell a data keeper', () => {
  const result = loadKnowledge();
  if (!result.ok) throw new Error('knowledge base invalid');
  const base = result.data.activities.find((a) => a.area.scope === 'municipality')!;
  const make = (id: string, over: Partial<Activity>): Activity => ({ ...base, id, keywords: undefined, ...over });
  const today = new Date('2026-12-01T12:00:00Z');

  it('counts activities per municipality code they list', () => {
    const data = { ...result.data, activities: [
      make('a', { area: { scope: 'municipality', municipalities: ['710', '091'] } }),
      make('b', { area: { scope: 'municipality', municipalities: ['710'] } }),
      make('c', { area: { scope: 'region', regions: ['uusimaa'] } }),
    ] };
    expect(summarise(data, today).perMunicipality).toEqual({ '091': 1, '710': 2 });
    const real = summarise(result.data, today).perMunicipality;
    expect(real['091']).toBe(result.data.activities.filter((a) => a.area.scope === 'municipality' && a.area.municipalities.includes('091')).length);
  });

  it('warns about a regional entry whose source or text names one town of the region, and only then', () => {
    const region: Activity['area'] = { scope: 'region', regions: ['uusimaa'] };
    const data = { ...result.data, activities: [
      make('one-town', { area: region, source: 'https://www.vantaa.fi/fi/palveluhakemisto/asukastalo' }),
      make('one-town-text', { area: region, source: 'seed:004', title: { fi: 'Asukastalo Helsingissä', sv: 'Invånarhus i Helsingfors', en: 'Residents\' house in Helsinki' } }),
      make('two-towns', { area: region, source: 'https://www.espoo.fi and https://www.vantaa.fi' }),
      make('other-region-town', { area: region, source: 'https://www.pori.fi/jotain' }),
      make('scoped', { area: { scope: 'municipality', municipalities: ['092'] }, source: 'https://www.vantaa.fi' }),
    ] };
    const warnings = summarise(data, today).warnings;
    expect(warnings.map((w) => w.id)).toEqual(['one-town', 'one-town-text']);
    expect(warnings[0]?.message).toMatch(/names only Vantaa \(092\)/);
  });

  it('flags an imported entry older than its source\'s refresh interval, and lists stale entries source by source', () => {
    const activities = [
      make('ptv-fresh', { imported: { from: 'ptv', id: 'x1', at: '2026-11-20', refreshDays: 30 }, lastVerified: '2023-01-01' }),
      make('ptv-old', { imported: { from: 'ptv', id: 'x2', at: '2026-09-01', refreshDays: 30 }, lastVerified: '2026-08-30' }),
      make('hand-old', { source: 'https://www.example.org/page', lastVerified: '2025-06-01' }),
      make('hand-new', { source: 'https://www.example.org/other', lastVerified: '2026-06-01' }),
    ];
    expect(staleActivities(activities, today).map((a) => a.id)).toEqual(['ptv-old', 'hand-old']);
    const groups = staleBySource(activities, today);
    expect(groups.map((g) => [g.source, g.refreshDays, g.entries, g.stale.map((s) => s.id)])).toEqual([
      ['example.org', 365, 2, ['hand-old']],
      ['ptv', 30, 2, ['ptv-old']],
    ]);
    expect(groups[1]?.stale[0]?.reason).toBe('imported from ptv 91 days ago; ptv is refreshed every 30 days');
  });

  it('prints perMunicipality from npm run kb:validate and exits 0 on the real base', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'knowledge/cli/kb-validate.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const summary = JSON.parse(out) as { ok: boolean; perMunicipality: Record<string, number>; warnings: unknown[] };
    expect(summary.ok).toBe(true);
    expect(summary.perMunicipality['710']).toBeGreaterThan(0);
    expect(Array.isArray(summary.warnings)).toBe(true);
  }, 30_000);
});
