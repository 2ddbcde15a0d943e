// Validators from the official schemas vendored under test/fixtures/schemas: Adaptive Cards 1.5 and the Teams manifest v1.16.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SCHEMAS = join(import.meta.dirname, '..', 'fixtures', 'schemas');
const readJson = (path: string) => JSON.parse(readFileSync(join(SCHEMAS, path), 'utf8')) as Record<string, unknown>;
const require = createRequire(import.meta.url);

// The packages are CommonJS; under ESM their class is the default export's `default` in some loaders.
type AjvClass = typeof Ajv.default;
const unwrap = <T>(m: T | { default: T }): T => ((m as { default?: T }).default ?? m) as T;
const Ajv06: AjvClass = unwrap<AjvClass>(Ajv);
const Ajv04: AjvClass = unwrap<AjvClass>(AjvDraft04);
const formats = unwrap<(ajv: InstanceType<AjvClass>) => unknown>(addFormats);

export interface SchemaCheck { valid: boolean; errors: string[] }

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/**
 * Unions (`anyOf`) report every branch that failed, which buries the one that matters; the shortest paths of the
 * deepest errors point at the element that is wrong.
 */
function check(validate: ValidateFunction, value: unknown): SchemaCheck {
  const valid = validate(value) === true;
  if (valid) return { valid, errors: [] };
  const errors = validate.errors ?? [];
  const depth = Math.max(...errors.map((e) => e.instancePath.split('/').length));
  return { valid, errors: describeErrors(errors.filter((e) => e.instancePath.split('/').length === depth)).slice(0, 12) };
}

let adaptiveCard: ValidateFunction | undefined;

/** The Adaptive Cards 1.5 schema (JSON Schema draft-06); its own keywords (`version`, `features`) are annotations. */
export function checkAdaptiveCard(content: unknown): SchemaCheck {
  if (!adaptiveCard) {
    const ajv = new Ajv06({ strict: false, allErrors: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
    formats(ajv);
    // The file names itself with draft-04's `id`, which Ajv reads only as `$id`; the copy in memory is renamed, the file is not.
    const { id, ...schema } = readJson('adaptive-cards-1.5/adaptive-card.json');
    adaptiveCard = ajv.compile({ ...schema, $id: String(id) });
  }
  return check(adaptiveCard, content);
}

let manifest: ValidateFunction | undefined;
let localization: ValidateFunction | undefined;

/** The Teams app manifest schema v1.16 (draft-04). */
export function checkTeamsManifest(value: unknown): SchemaCheck {
  if (!manifest) {
    const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
    formats(ajv);
    manifest = ajv.compile(readJson('teams-1.16/MicrosoftTeams.schema.json'));
  }
  return check(manifest, value);
}

/** The Teams localisation file schema that goes with manifest v1.16 (draft-04). */
export function checkTeamsLocalization(value: unknown): SchemaCheck {
  if (!localization) {
    // Its key patterns are written for regexes without the u flag (a bare "]"), as Teams reads them.
    const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
    formats(ajv);
    localization = ajv.compile(readJson('teams-1.16/MicrosoftTeams.Localization.schema.json'));
  }
  return check(localization, value);
}
