import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, readLocaleResources } from '../../dialogs/i18n.js';
import { LANGS } from '../../knowledge/vocabulary.js';

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const resources = readLocaleResources();
const namespaces = [...new Set(LANGS.flatMap((l) => Object.keys(resources[l] ?? {})))];
const keysOf = (lang: string, ns: string) => flatten((resources[lang] as Record<string, unknown> | undefined)?.[ns]);

describe('locales', () => {
  it('has a translation namespace in every language', () => {
    for (const lang of LANGS) expect(Object.keys(resources[lang] ?? {})).toContain('translation');
  });

  it.each(namespaces)('has the same keys in Finnish, Swedish and English in namespace %s, none of them empty', (ns) => {
    const all = new Set(LANGS.flatMap((l) => [...keysOf(l, ns).keys()]));
    for (const lang of LANGS) {
      const keys = keysOf(lang, ns);
      const missing = [...all].filter((k) => !keys.has(k));
      expect(missing, `${lang}/${ns}.json is missing keys`).toEqual([]);
      const empty = [...keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(empty, `${lang}/${ns}.json has empty or non-text values`).toEqual([]);
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (v: unknown) => [...String(v).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort().join(',');
    for (const ns of namespaces) {
      for (const [key, fi] of keysOf('fi', ns)) {
        for (const lang of ['sv', 'en']) expect(placeholders(keysOf(lang, ns).get(key)), `${lang} ${ns}:${key}`).toBe(placeholders(fi));
      }
    }
  });

  it('answers in the language asked for and falls back to Finnish for a key only Finnish has', () => {
    const i18n = createI18n();
    expect(i18n.t('sv', 'actions.startOver')).toBe('Börja om');
    expect(i18n.t('en', 'actions.startOver')).toBe('Start over');
    expect(i18n.t('fi', 'actions.startOver')).toBe('Aloita alusta');
    i18n.instance.addResource('fi', 'translation', 'onlyFinnish', 'vain suomeksi');
    expect(i18n.t('en', 'onlyFinnish')).toBe('vain suomeksi');
    expect(i18n.has('en', 'onlyFinnish')).toBe(false);
  });

  it('fills in variables without HTML-escaping them', () => {
    const i18n = createI18n();
    expect(i18n.t('en', 'summary.code', { code: 'AB&C23' })).toBe('Code: AB&C23');
  });
});

// Every key the code names literally ("t('result.source')", "t(lang, 'errors.general')", "t('staff:welcome.team')") must
// exist in fi, sv and en: i18next would otherwise show the resident the bare key, and comparing against t(key) in the
// dialog harness cannot notice it (t returns the key).
describe('keys used in the code', () => {
  const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
  const KEY = /\bt\(\s*(?:[\w.]+,\s*)?'([A-Za-z][\w-]*(?::[\w-]+)?(?:\.[\w-]+)+|[a-z]+:[\w.-]+)'/g;
  const used = new Map<string, string>();
  for (const file of ['bot', 'dialogs', 'adapters'].flatMap(sources)) {
    for (const m of readFileSync(file, 'utf8').matchAll(KEY)) used.set(m[1]!, file);
  }

  it('finds the keys (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it.each(LANGS)('every literal key exists in %s', (lang) => {
    const missing = [...used].filter(([key]) => {
      const [ns, path] = key.includes(':') ? key.split(':') as [string, string] : ['translation', key];
      const keys = keysOf(lang, ns);
      return !keys.has(path) && ![...keys.keys()].some((k) => k.startsWith(`${path}.`) || k.startsWith(`${path}_`));
    }).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
