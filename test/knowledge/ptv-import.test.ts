import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/loader.js';
import { importPtv, loadPtvMapping, type PtvContext } from '../../knowledge/ptv-import.js';
import { copyKnowledgeBase, type KbCopy } from '../fixtures/kb-copy.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/ptv');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
const loaded = loadKnowledge();
if (!loaded.ok) throw new Error('knowledge base invalid');
const mapping = loadPtvMapping();
if (!mapping.ok) throw new Error(mapping.problems.join('\n'));
const ctx: PtvContext = {
  knownActivityIds: new Set(loaded.catalogue.activityById.keys()), municipalityCodes: new Set(loaded.catalogue.municipalities.keys()),
  municipalities: loaded.data.municipalities, mapping: mapping.mapping, today: '2026-12-01', refreshDays: 30,
};
const CARERS = '0d1c2b3a-4958-4a6b-8c7d-9e0f1a2b3c4d';
const DIGI = '1e2d3c4b-5a69-4b7c-9d8e-0f1a2b3c4d5e';
const DEBT = '4b5a6f7e-8d9c-4e0f-8a1b-3c4d5e6f7081';

describe('importing from Palvelutietovaranto (PTV Open API v11)', () => {
  it('maps services, their service location, phone and web channels and organisations into activities', () => {
    const result = importPtv(fixture('good'), ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([]);
    expect(result.activities.map((a) => a.imported?.id)).toEqual([CARERS, DIGI, DEBT]);
    const carers = result.activities[0]!;
    expect(carers.title).toEqual({ fi: 'Omaishoitajien vertaisryhmä', sv: 'Kamratstödgrupp för närståendevårdare', en: 'Peer group for family carers' });
    expect(carers.organisation).toEqual({ name: 'Esimerkkikaupunki', url: 'https://www.example.org' });
    expect(carers.typeIds).toEqual(['low-threshold-guidance', 'peer-support', 'volunteering']);
    expect(carers.situationIds).toEqual(['caregiver', 'loneliness', 'volunteering']);
    expect(carers.targetGroups).toEqual(['everyone', 'seniors']);
    expect(carers.area).toEqual({ scope: 'municipality', municipalities: ['710'] });
    expect(carers.channels).toEqual(['face-to-face', 'phone']);
    expect(carers.cost).toBe('free');
    expect(carers.contact).toEqual({
      url: 'https://www.example.org/omaishoitajat', phone: '+358 19 000 0000', phoneByLang: { sv: '+358 19 000 0001' },
      address: 'Esimerkkikatu 5, 10600 Tammisaari',
    });
    expect(carers.hours).toEqual({
      fi: 'Ma–to 9.00–15.00, pe 9.00–13.00. Kahvi on valmiina',
      sv: 'Mån–tors 9.00–15.00, fre 9.00–13.00. Kaffet är färdigt',
      en: 'Mon–Thu 9:00–15:00, Fri 9:00–13:00. Coffee is ready',
    });
    expect(carers.nextStep.sv).toBe('Kom till gruppen eller ring och fråga mer.');
    expect(carers.asks.en).toBe('The group is free and needs no registration.');
    expect(carers.source).toBe(`PTV service ${CARERS}: https://api.palvelutietovaranto.suomi.fi/api/v11/Service/${CARERS}`);
    expect(carers.lastVerified).toBe('2026-11-20');
    expect(carers.imported).toEqual({ from: 'ptv', id: CARERS, at: '2026-12-01', refreshDays: 30 });
    expect(result.activities[1]!.area).toEqual({ scope: 'region', regions: ['kanta-hame'] });
    expect(result.activities[2]!.area).toEqual({ scope: 'national' });
    expect(result.activities[2]!.languages).toEqual(['fi', 'sv', 'en']);
  });

  it('leaves out, and lists with the reason, services outside Luotsi\'s scope or municipalities', () => {
    const result = importPtv(fixture('good'), ctx);
    expect(result.skipped).toEqual([
      { record: expect.stringContaining('Asukaspysäköintitunnus'), reason: 'service classes outside Luotsi\'s scope: P16.4' },
      { record: expect.stringContaining('Vapaaehtoisten ystävätoiminta'), reason: 'area outside Luotsi\'s municipalities (837)' },
    ]);
  });

  it('uses the Finnish text where PTV has no Swedish one, and names the service and field in a warning', () => {
    const result = importPtv(fixture('missing-translation'), ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const carers = result.activities.find((a) => a.imported?.id === CARERS)!;
    expect(carers.title.sv).toBe('Omaishoitajien vertaisryhmä');
    expect(carers.title.en).toBe('Peer group for family carers');
    expect(result.warnings).toContainEqual({ record: `services[0] ${CARERS} "Omaishoitajien vertaisryhmä"`, message: 'title.sv is missing: the fi text is used until it is translated' });
    expect(result.warnings).toContainEqual(expect.objectContaining({ message: 'description.sv is missing: the fi text is used until it is translated' }));
  });

  it('stops at a service class the mapping table does not know, naming the service and the class', () => {
    const result = importPtv(fixture('unknown-service-class'), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{
      record: `services[1] ${DIGI} "Digituki kirjastossa"`, field: 'serviceClasses',
      message: 'service class P4.15 (Uusi luokka (uudempi koodisto)) is not in knowledge/data/ptv-service-classes.yaml: add a row that maps or skips it',
    }]);
  });

  it('imports nothing when one record is broken, and names the record and its fields', () => {
    const result = importPtv(fixture('broken-record'), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.record, p.field])).toEqual([[`services[4] ${DEBT}`, 'serviceNames'], [`services[4] ${DEBT}`, 'modified']]);
  });

  it('refuses a file that is not the three v11 lists', () => {
    const result = importPtv({ services: [] }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/serviceChannels/);
  });
});

describe('the fixtures and the mapping table', () => {
  // Every key our fixtures use exists at the same place in PTV's own v11 test resources (vendored beside them).
  const resource = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, 'v11-resources', `${name}.json`), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  const keysMissing = (value: unknown, shape: unknown, path: string, out: string[]): string[] => {
    if (Array.isArray(value)) { for (const v of value) keysMissing(v, Array.isArray(shape) ? shape[0] : undefined, `${path}[]`, out); return out; }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const s = shape && typeof shape === 'object' && !Array.isArray(shape) ? (shape as Record<string, unknown>)[k] : undefined;
        if (s === undefined) out.push(`${path}.${k}`); else keysMissing(v, s, `${path}.${k}`, out);
      }
    }
    return out;
  };
  const resourceOfChannel: Record<string, string> = {
    ServiceLocation: 'V11VmOpenApiServiceLocationChannel', Phone: 'V11VmOpenApiPhoneChannel', WebPage: 'V11VmOpenApiWebPageChannel',
    EChannel: 'V11VmOpenApiElectronicChannel', PrintableForm: 'V11VmOpenApiPrintableFormChannel',
  };

  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))('%s is shaped key by key like the v11 responses', (file) => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { services: unknown[]; serviceChannels: Array<{ serviceChannelType: string }>; organizations: unknown[] };
    const missing: string[] = [];
    doc.services.forEach((s, i) => keysMissing(s, resource('V11VmOpenApiService'), `services[${i}]`, missing));
    doc.serviceChannels.forEach((c, i) => keysMissing(c, resource(resourceOfChannel[c.serviceChannelType]!), `serviceChannels[${i}]`, missing));
    doc.organizations.forEach((o, i) => keysMissing(o, resource('V10VmOpenApiOrganization'), `organizations[${i}]`, missing));
    expect(missing).toEqual([]);
  });

  it('has one reviewed row, with its reason, for every service class and a rule for every top-level class', () => {
    const text = readFileSync(join(import.meta.dirname, '../../knowledge/data/ptv-service-classes.yaml'), 'utf8');
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (/^ {2}- \{ code:/.test(line)) expect(lines[i - 1], `line ${i + 1} needs a comment`).toMatch(/^\s+#|^ {2}- \{ code: "P\d+\.\*"/);
    });
    const codes = new Set((parseYaml(text) as { serviceClasses: Array<{ code: string }> }).serviceClasses.map((r) => r.code));
    for (let n = 1; n <= 28; n++) expect(codes.has(`P${n}`), `P${n}`).toBe(true);
  });
});

describe('npm run kb:import -- --format ptv', () => {
  let kb: KbCopy | undefined;
  afterEach(() => { kb?.remove(); kb = undefined; });
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'knowledge/cli/kb-import.ts', '--format', 'ptv', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };
  const handKept = (k: KbCopy) => Object.fromEntries(readdirSync(k.file('activities')).filter((f) => f !== 'ptv-import.yaml').map((f) => [f, readFileSync(k.file(`activities/${f}`), 'utf8')]));

  it('replaces what came from PTV on an update run, leaves hand-kept entries alone, and writes nothing from a broken file', () => {
    kb = copyKnowledgeBase();
    const before = handKept(kb);
    const first = run([join(FIXTURES, 'good.json'), '--dir', kb.dir]);
    expect(first.code, first.out).toBe(0);
    expect(JSON.parse(first.out.trim().split('\n').pop()!)).toMatchObject({ ok: true, imported: 3, replaced: 0, skipped: 2 });
    const file = readFileSync(kb.file('activities/ptv-import.yaml'), 'utf8');
    expect(file).toMatch(/^# Imported from Palvelutietovaranto/);

    // PTV drops the debt service and renames the carers' group: the next run replaces the file, nothing else.
    const next = fixture('good') as { services: Array<{ id: string; serviceNames: Array<{ language: string; value: string }> }> };
    next.services = next.services.filter((s) => s.id !== DEBT);
    next.services[0]!.serviceNames[0]!.value = 'Omaishoitajien kohtaamispaikka';
    const updated = join(kb.dir, 'next.json');
    writeFileSync(updated, JSON.stringify(next));
    const second = run([updated, '--dir', kb.dir]);
    expect(second.code, second.out).toBe(0);
    expect(JSON.parse(second.out.trim().split('\n').pop()!)).toMatchObject({ ok: true, imported: 2, replaced: 3 });
    const after = loadKnowledge(kb.dir);
    if (!after.ok) throw new Error('the base should stay valid');
    expect(after.catalogue.activityById.get(`ptv-${CARERS}`)?.title.fi).toBe('Omaishoitajien kohtaamispaikka');
    expect(after.catalogue.activityById.has(`ptv-${DEBT}`)).toBe(false);
    expect(handKept(kb)).toEqual(before);

    const broken = run([join(FIXTURES, 'broken-record.json'), '--dir', kb.dir]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`services[4] ${DEBT} serviceNames`);
    expect(loadKnowledge(kb.dir).ok && readFileSync(kb.file('activities/ptv-import.yaml'), 'utf8')).toContain('Omaishoitajien kohtaamispaikka');

    // Forty days later the PTV entries are overdue (PTV is imported again every 30 days); kb:stale says so under "ptv".
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    kb.edit('activities/ptv-import.yaml', (t) => t.replace(/^( {6}at: ).*$/gm, `$1"${longAgo}"`));
    const stale = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'knowledge/cli/kb-stale.ts', '--dir', kb.dir], { encoding: 'utf8' })) as { sources: Array<{ source: string; refreshDays: number; stale: Array<{ id: string; reason: string }> }> };
    const ptv = stale.sources.find((g) => g.source === 'ptv');
    expect(ptv?.refreshDays).toBe(30);
    expect(ptv?.stale.map((x) => x.id).sort()).toEqual([`ptv-${CARERS}`, `ptv-${DIGI}`]);
    expect(ptv?.stale[0]?.reason).toBe('imported from ptv 40 days ago; ptv is refreshed every 30 days');
  }, 90_000);

  it('leaves a service to a hand-kept entry that already names its PTV id', () => {
    kb = copyKnowledgeBase();
    kb.edit('activities/satakunta.yaml', (t) => t.replace(/source: "([^"]*)"/, `source: "$1; PTV ${DEBT}"`));
    const result = run([join(FIXTURES, 'good.json'), '--dir', kb.dir]);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(new RegExp(`skipped: services\\[4\\] ${DEBT} .*: kept by hand at .*satakunta\\.yaml:\\d+`));
  }, 60_000);

  it('says clearly when a live PTV instance cannot be reached', () => {
    const result = run(['--url', 'http://127.0.0.1:1', '--organization', '6a1f0c2e-4b5d-4e8f-9a10-1b2c3d4e5f60']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/cannot reach http:\/\/127\.0\.0\.1:1\/api\/v11\/Service\/list\/organization/);
    expect(result.out).toMatch(/--format ptv FILE\.json/);
  }, 30_000);
});
