// npm run kb:import -- [--format csv|hsds|ptv] FILE... [--url BASE --organization ID | --municipality CODE] [--out NAME]
// [--dir KNOWLEDGE_DIR] [--lang fi|sv|en] [--refresh-days N]: adds a spreadsheet (CSV), reads an HSDS 3.0 export back,
// or replaces what came from Palvelutietovaranto (PTV); all records or none, and the whole base re-validated after.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { importCsv } from '../csv-import.js';
import { fromHsds, type HsdsWarning } from '../hsds.js';
import { DEFAULT_KNOWLEDGE_DIR, formatProblem, loadKnowledge } from '../loader.js';
import { importPtv, loadPtvMapping, PTV_API, ptvIdsInSources } from '../ptv-import.js';
import type { Activity } from '../schema.js';
import { LANGS, type Lang } from '../vocabulary.js';
import { parseArgs } from './load.js';

const USAGE = `usage: npm run kb:import -- [--format csv|hsds|ptv] FILE... [--out NAME] [--dir KNOWLEDGE_DIR]
  csv (default)  FILE.csv: a coordinator's spreadsheet, added as activities/imported-NAME.yaml
  hsds           FILE.json [FILE.json FILE.json]: our HSDS 3.0 export, one file per language (fi, sv, en)
  ptv            FILE.json holding { "services": [...], "serviceChannels": [...], "organizations": [...] } (PTV Open API v11),
                 or --url ${PTV_API} with --organization ID[,ID] or --municipality CODE;
                 replaces activities/ptv-import.yaml and leaves hand-kept entries alone`;

const { flags, positional } = parseArgs(process.argv.slice(2));
const format = flags.get('format') ?? 'csv';
const dir = resolve(flags.get('dir') ?? DEFAULT_KNOWLEDGE_DIR);
const today = new Date().toISOString().slice(0, 10);
const show = (p: string) => relative(process.cwd(), p) || p;
const printWarnings = (warnings: readonly HsdsWarning[]) => { for (const w of warnings) console.log(`warning: ${w.record}: ${w.message}`); };
const fail = (message: string, code = 2): never => { console.error(message); process.exit(code); };

if (!['csv', 'hsds', 'ptv'].includes(format)) fail(`unknown format "${format}"\n${USAGE}`);
if (positional.length === 0 && !(format === 'ptv' && flags.has('url'))) fail(USAGE);
const refreshDays = Number(flags.get('refresh-days') ?? (format === 'ptv' ? 30 : 90));
if (!Number.isInteger(refreshDays) || refreshDays < 1) fail('--refresh-days takes a whole number of days');

const current = loadKnowledge(dir);
if (!current.ok) {
  console.error('the knowledge base is not valid now; fix it first:');
  for (const p of current.problems) console.error(formatProblem(p));
  process.exit(1);
}
const base = current;
const municipalityCodes = new Set(base.catalogue.municipalities.keys());

/** Writes the file beside its place and renames it in; re-validates the whole base and restores the old file if it fails. */
function install(target: string, header: string, activities: readonly Activity[], summary: Record<string, unknown>): never {
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  const tmp = `${target}.tmp`;
  writeFileSync(tmp, `${header}${stringify({ activities }, { lineWidth: 0 })}`);
  renameSync(tmp, target);
  const after = loadKnowledge(dir);
  if (!after.ok) {
    if (previous === undefined) rmSync(target); else writeFileSync(target, previous);
    for (const p of after.problems) console.log(formatProblem(p));
    console.log(JSON.stringify({ ok: false, imported: 0, problems: after.problems.length }));
    process.exit(1);
  }
  console.log(JSON.stringify({ ok: true, imported: activities.length, file: show(target), ...summary }));
  process.exit(0);
}

function readJson(file: string): unknown {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { return fail(`cannot read ${file}`); }
  try { return JSON.parse(text.replace(/^\uFEFF/, '')); } catch (err) { return fail(`${file} is not JSON: ${(err as Error).message}`, 1); }
}

if (format === 'csv') {
  const file = positional[0]!;
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch { fail(`cannot read ${file}`); }
  const result = importCsv(bytes!, { knownActivityIds: new Set(base.catalogue.activityById.keys()), municipalityCodes });
  if (!result.ok) {
    for (const p of result.problems) console.log(`${file}:${p.line} row ${p.row}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
    console.log(JSON.stringify({ ok: false, imported: 0, problems: result.problems.length }));
    process.exit(1);
  }
  const name = flags.get('out') ?? `imported-${basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const target = join(dir, 'activities', `${name}.yaml`);
  if (existsSync(target)) fail(`${target} exists already; choose another --out name`, 1);
  install(target, `# Imported from ${basename(file)} by npm run kb:import on ${today}; kept by hand from now on.\n`, result.activities, {});
}

if (format === 'hsds') {
  const lang = flags.get('lang') as Lang | undefined;
  if (lang && !LANGS.includes(lang)) fail('--lang takes fi, sv or en');
  const result = fromHsds(positional.map((f) => ({ name: f, json: readJson(f), ...(lang && positional.length === 1 ? { lang } : {}) })), {
    knownActivityIds: new Set(base.catalogue.activityById.keys()), municipalityCodes, municipalities: base.data.municipalities, importedAt: today, refreshDays,
  });
  printWarnings(result.warnings);
  if (!result.ok) {
    for (const p of result.problems) console.log(`${p.record}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
    console.log(JSON.stringify({ ok: false, imported: 0, problems: result.problems.length, warnings: result.warnings.length }));
    process.exit(1);
  }
  const name = flags.get('out') ?? `hsds-${basename(positional[0]!).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const target = join(dir, 'activities', `${name}.yaml`);
  if (existsSync(target)) fail(`${target} exists already; choose another --out name`, 1);
  install(target, `# Imported from Open Referral HSDS 3.0 (${positional.map((f) => basename(f)).join(', ')}) by npm run kb:import on ${today}.\n`, result.activities, { warnings: result.warnings.length });
}

// ---- PTV: the file, or the live Open API -------------------------------------------------------------------------
async function fetchPtv(baseUrl: string): Promise<unknown> {
  const root = baseUrl.replace(/\/+$/, '');
  const get = async (path: string): Promise<unknown> => {
    const url = `${root}${path}`;
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(20_000), headers: { accept: 'application/json' } });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return fail(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}.\n`
        + 'The network does not allow it from here. Fetch the three lists where it does (GET /api/v11/Service/list/organization?organizationId=ID, '
        + '/api/v11/ServiceChannel/list?guids=…, /api/v11/Organization/list?guids=…), save them as { "services", "serviceChannels", "organizations" } '
        + 'and run: npm run kb:import -- --format ptv FILE.json', 1);
    }
    if (!res.ok) return fail(`${url} answered ${res.status} ${res.statusText}`, 1);
    return res.json();
  };
  const paged = async (path: string): Promise<unknown[]> => {
    const items: unknown[] = [];
    for (let page = 1; page <= 200; page++) {
      const body = await get(`${path}${path.includes('?') ? '&' : '?'}page=${page}`) as { itemList?: unknown[]; pageCount?: number };
      items.push(...(body.itemList ?? []));
      if (!body.pageCount || page >= body.pageCount) break;
    }
    return items;
  };
  const byIds = async (path: string, ids: readonly string[]): Promise<unknown[]> => {
    const out: unknown[] = [];
    for (let i = 0; i < ids.length; i += 100) out.push(...(await get(`${path}?guids=${ids.slice(i, i + 100).join(',')}`) as unknown[]));
    return out;
  };
  const orgs = flags.get('organization');
  const municipality = flags.get('municipality');
  if (!orgs && !municipality) fail('--url needs --organization ID[,ID] or --municipality CODE');
  const services = orgs
    ? (await Promise.all(orgs.split(',').map((id) => paged(`/api/v11/Service/list/organization?organizationId=${encodeURIComponent(id.trim())}`)))).flat()
    : await paged(`/api/v11/Service/list/area/Municipality/code/${encodeURIComponent(municipality!)}`);
  const ref = (x: unknown) => x as { serviceChannels?: Array<{ serviceChannel?: { id?: string } }>; organizations?: Array<{ organization?: { id?: string } }> };
  const channelIds = [...new Set(services.flatMap((s) => (ref(s).serviceChannels ?? []).map((c) => c.serviceChannel?.id).filter((x): x is string => !!x)))];
  const orgIds = [...new Set(services.flatMap((s) => (ref(s).organizations ?? []).map((o) => o.organization?.id).filter((x): x is string => !!x)))];
  return { services, serviceChannels: await byIds('/api/v11/ServiceChannel/list', channelIds), organizations: await byIds('/api/v11/Organization/list', orgIds) };
}

if (format === 'ptv') {
  const mapping = loadPtvMapping();
  if (!mapping.ok) { for (const p of mapping.problems) console.error(p); process.exit(1); }
  const url = flags.get('url');
  const json = url ? await fetchPtv(url === 'true' ? PTV_API : url) : readJson(positional[0]!);
  if (url && flags.get('save')) writeFileSync(flags.get('save')!, JSON.stringify(json, null, 2));
  const name = flags.get('out') ?? 'ptv-import';
  const target = join(dir, 'activities', `${name}.yaml`);
  const targetShown = show(target);
  // An update run replaces this file only: ids elsewhere are hand-kept and may not be taken.
  const origins = base.origins;
  const elsewhere = base.data.activities.filter((a) => origins.get(a.id)?.file !== targetShown);
  const stray = base.data.activities.filter((a) => origins.get(a.id)?.file === targetShown && a.imported?.from !== 'ptv');
  if (stray.length > 0) fail(`${targetShown} holds entries that did not come from PTV (${stray.map((a) => a.id).join(', ')}): move them to a hand-kept file first`, 1);
  const where = (id: string) => { const o = origins.get(id); return o ? `${o.file}:${o.line}` : id; };
  const result = importPtv(json, {
    knownActivityIds: new Set(elsewhere.map((a) => a.id)), municipalityCodes, municipalities: base.data.municipalities,
    mapping: mapping.mapping, today, refreshDays, handKept: ptvIdsInSources(elsewhere, where),
  });
  printWarnings(result.warnings);
  for (const s of result.skipped) console.log(`skipped: ${s.record}: ${s.reason}`);
  if (!result.ok) {
    for (const p of result.problems) console.log(`${url ?? positional[0]} ${p.record}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
    console.log(JSON.stringify({ ok: false, imported: 0, problems: result.problems.length, skipped: result.skipped.length, warnings: result.warnings.length }));
    process.exit(1);
  }
  const replaced = base.data.activities.length - elsewhere.length;
  const header = [
    `# Imported from Palvelutietovaranto (PTV, Open API v11) by npm run kb:import -- --format ptv on ${today}`,
    `# from ${url ?? basename(positional[0]!)}. Do not edit by hand: the next PTV import replaces this whole file. Fix the`,
    '# service in PTV, or copy the entry to a hand-kept file, keeping the PTV service id in its `source` and dropping its',
    '# `imported` block (the import then leaves that service to the hand-kept entry). Service classes are read through',
    '# knowledge/data/ptv-service-classes.yaml.',
    '',
  ].join('\n');
  install(target, header, result.activities, { replaced, skipped: result.skipped.length, warnings: result.warnings.length });
}
