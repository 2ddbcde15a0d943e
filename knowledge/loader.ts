// Reads the knowledge YAML files, validates them with zod and cross-checks references; every problem names file, line and field.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { createCatalogue, type CatalogueData } from './catalogue.js';
import type { Catalogue } from './contracts.js';
import { ActivitiesFile, MunicipalitiesFile, PersonasFile, SituationsFile, TypesFile } from './schema.js';
import { PERSONA_IDS, SITUATION_IDS, TYPE_IDS } from './vocabulary.js';

export type KbProblemCode =
  | 'missing-file' | 'yaml-syntax' | 'invalid-field' | 'duplicate-id' | 'unknown-reference'
  | 'missing-entry' | 'unreachable';

export interface KbProblem {
  code: KbProblemCode;
  file: string;
  line: number;
  /** Dotted path of the field ("activities.12.title.sv"), empty for whole-file problems. */
  field: string;
  message: string;
}

/** Where an activity is written: its file and the line of its entry. */
export interface Origin { file: string; line: number }

export type LoadResult =
  | { ok: true; catalogue: Catalogue; data: CatalogueData; files: string[]; origins: ReadonlyMap<string, Origin> }
  | { ok: false; problems: KbProblem[] };

export const DEFAULT_KNOWLEDGE_DIR = join(import.meta.dirname, 'data');

/** "knowledge/data/activities/national.yaml:120 activities.4.contact.phone: expected ..." */
export function formatProblem(p: KbProblem): string {
  return `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

interface ParsedFile<T> { file: string; doc: Document; lines: LineCounter; data?: T }

function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  // A missing field has no node: walk up to the nearest ancestor that exists.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function parseFile<S extends z.ZodType>(abs: string, display: string, schema: S, problems: KbProblem[]): ParsedFile<z.infer<S>> | undefined {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    problems.push({ code: 'missing-file', file: display, line: 1, field: '', message: 'file is missing or unreadable' });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({ code: 'yaml-syntax', file: display, line: err.linePos?.[0]?.line ?? 1, field: '', message: err.message.split('\n')[0] ?? 'YAML syntax error' });
    }
    return undefined;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ code: 'invalid-field', file: display, line: lineOf(doc, lines, issue.path), field: issue.path.join('.'), message: issue.message });
    }
    return { file: display, doc, lines };
  }
  return { file: display, doc, lines, data: parsed.data };
}

/** Loads and validates a knowledge directory. Never throws for bad data: problems come back as values. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): LoadResult {
  const problems: KbProblem[] = [];
  const show = (abs: string) => relative(process.cwd(), abs) || abs;
  const at = (name: string) => join(dir, name);

  const types = parseFile(at('activity-types.yaml'), show(at('activity-types.yaml')), TypesFile, problems);
  const situations = parseFile(at('situations.yaml'), show(at('situations.yaml')), SituationsFile, problems);
  const personas = parseFile(at('personas.yaml'), show(at('personas.yaml')), PersonasFile, problems);
  const municipalities = parseFile(at('municipalities.yaml'), show(at('municipalities.yaml')), MunicipalitiesFile, problems);
  const activityDir = at('activities');
  const activityFiles = existsSync(activityDir)
    ? readdirSync(activityDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(activityDir, f))
    : [];
  if (activityFiles.length === 0) problems.push({ code: 'missing-file', file: show(activityDir), line: 1, field: '', message: 'no activity files (*.yaml) found' });
  const activities = activityFiles.map((f) => parseFile(f, show(f), ActivitiesFile, problems));

  if (problems.length > 0 || !types?.data || !situations?.data || !personas?.data || !municipalities?.data) {
    return { ok: false, problems };
  }

  const where = (pf: ParsedFile<unknown>, path: PropertyKey[]) => ({ file: pf.file, line: lineOf(pf.doc, pf.lines, path) });

  // Duplicate ids within each kind.
  function checkUnique<T>(pf: ParsedFile<unknown>, key: string, items: readonly T[], idOf: (t: T) => string, seen = new Map<string, string>()) {
    items.forEach((item, i) => {
      const id = idOf(item);
      const first = seen.get(id);
      if (first) problems.push({ code: 'duplicate-id', ...where(pf, [key, i, 'id']), field: `${key}.${i}.id`, message: `duplicate id "${id}" (first defined at ${first})` });
      else seen.set(id, `${pf.file}:${lineOf(pf.doc, pf.lines, [key, i])}`);
    });
    return seen;
  }
  checkUnique(types, 'activityTypes', types.data.activityTypes, (t) => t.id);
  checkUnique(situations, 'situations', situations.data.situations, (s) => s.id);
  checkUnique(personas, 'personas', personas.data.personas, (p) => p.id);
  checkUnique(municipalities, 'municipalities', municipalities.data.municipalities, (m) => m.code);
  const activitySeen = new Map<string, string>();
  for (const pf of activities) if (pf?.data) checkUnique(pf, 'activities', pf.data.activities, (a) => a.id, activitySeen);

  // Every vocabulary id must be described.
  const missing = <T extends string>(all: readonly T[], have: Set<string>, pf: ParsedFile<unknown>, key: string, what: string) => {
    for (const id of all) if (!have.has(id)) problems.push({ code: 'missing-entry', file: pf.file, line: 1, field: key, message: `${what} "${id}" of the vocabulary is not described` });
  };
  missing(TYPE_IDS, new Set(types.data.activityTypes.map((t) => t.id)), types, 'activityTypes', 'activity type');
  missing(SITUATION_IDS, new Set(situations.data.situations.map((s) => s.id)), situations, 'situations', 'situation');
  missing(PERSONA_IDS, new Set(personas.data.personas.map((p) => p.id)), personas, 'personas', 'persona');

  // References from activities to municipalities; from persona steps to activities.
  const codes = new Set(municipalities.data.municipalities.map((m) => m.code));
  const allActivities = activities.flatMap((pf) => pf?.data?.activities ?? []);
  for (const pf of activities) {
    pf?.data?.activities.forEach((a, i) => {
      if (a.area.scope !== 'municipality') return;
      a.area.municipalities.forEach((code, j) => {
        if (!codes.has(code)) problems.push({ code: 'unknown-reference', ...where(pf, ['activities', i, 'area', 'municipalities', j]), field: `activities.${i}.area.municipalities.${j}`, message: `unknown municipality code "${code}"` });
      });
    });
  }
  personas.data.personas.forEach((p, i) => p.steps.forEach((s, j) => s.activityIds.forEach((id, k) => {
    if (!activitySeen.has(id)) problems.push({ code: 'unknown-reference', ...where(personas, ['personas', i, 'steps', j, 'activityIds', k]), field: `personas.${i}.steps.${j}.activityIds.${k}`, message: `unknown activity id "${id}"` });
  })));

  // Every type and situation must be reachable by at least one activity, or residents meet dead ends.
  const typeUsed = new Set(allActivities.flatMap((a) => a.typeIds));
  const situationUsed = new Set(allActivities.flatMap((a) => a.situationIds));
  types.data.activityTypes.forEach((t, i) => {
    if (!typeUsed.has(t.id)) problems.push({ code: 'unreachable', ...where(types, ['activityTypes', i, 'id']), field: `activityTypes.${i}.id`, message: `no activity has type "${t.id}"` });
  });
  situations.data.situations.forEach((s, i) => {
    if (!situationUsed.has(s.id)) problems.push({ code: 'unreachable', ...where(situations, ['situations', i, 'id']), field: `situations.${i}.id`, message: `no activity serves situation "${s.id}"` });
  });

  if (problems.length > 0) return { ok: false, problems };
  const data: CatalogueData = {
    activityTypes: types.data.activityTypes,
    situations: situations.data.situations,
    personas: personas.data.personas,
    municipalities: municipalities.data.municipalities,
    activities: allActivities,
  };
  const origins = new Map<string, Origin>();
  for (const pf of activities) pf?.data?.activities.forEach((a, i) => origins.set(a.id, where(pf, ['activities', i])));
  return { ok: true, catalogue: createCatalogue(data), data, files: [types, situations, personas, municipalities, ...activities].map((pf) => pf!.file), origins };
}

/** Holds the catalogue the service runs on; a reload that fails keeps the last good one. */
export interface KnowledgeHolder {
  current(): Catalogue;
  reload(): { ok: true } | { ok: false; problems: KbProblem[] };
}

export function createKnowledgeHolder(initial: Catalogue, dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeHolder {
  let catalogue = initial;
  return {
    current: () => catalogue,
    reload() {
      const result = loadKnowledge(dir);
      if (!result.ok) return { ok: false, problems: result.problems };
      catalogue = result.catalogue;
      return { ok: true };
    },
  };
}
