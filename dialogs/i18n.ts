// One i18next instance per bot, loaded synchronously from locales/<lang>/*.json so no turn waits on files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18nextInstance, type Resource } from 'i18next';
import type { Lang } from '../knowledge/vocabulary.js';
import { LANGS } from '../knowledge/vocabulary.js';

export const DEFAULT_LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export type Vars = Record<string, string | number>;

export interface I18n {
  /** The text of `key` in `lang`; falls back to Finnish, then to the key itself (a test keeps that from happening). */
  t: (lang: Lang, key: string, vars?: Vars) => string;
  /** Whether `key` exists in `lang` without falling back. */
  has(lang: Lang, key: string): boolean;
  readonly instance: I18nextInstance;
}

/** Every JSON file in a language folder is a namespace named after the file. */
export function readLocaleResources(dir: string = DEFAULT_LOCALES_DIR): Resource {
  const resources: Resource = {};
  for (const lang of LANGS) {
    const folder = join(dir, lang);
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
    }
    resources[lang] = namespaces;
  }
  return resources;
}

/** More than the locale files hold in all three languages: a bound, whatever keys are asked for. */
const MAX_PLAIN_TEXTS = 10_000;

export function createI18n(dir: string = DEFAULT_LOCALES_DIR): I18n {
  const resources = readLocaleResources(dir);
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  const instance = i18next.createInstance();
  // initAsync: false makes init complete before it returns, since the resources are already in memory.
  void instance.init({
    resources,
    lng: 'fi',
    fallbackLng: 'fi',
    supportedLngs: [...LANGS],
    ns: namespaces,
    defaultNS: 'translation',
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
    // Cards and HTML escape at their own boundary; escaping here would double-escape.
    interpolation: { escapeValue: false },
  });
  // A text without variables is the same every time it is asked for: looked up once per language and key, until a
  // resource is added or removed. Only keys that exist are kept, so the memo holds the locale files' texts at most.
  const plain = new Map<string, string>();
  const forget = () => { plain.clear(); };
  instance.store.on('added', forget);
  instance.store.on('removed', forget);
  return {
    instance,
    t: (lang, key, vars) => {
      if (vars) return instance.t(key, { lng: lang, ...vars });
      const id = `${lang}:${key}`;
      let text = plain.get(id);
      if (text === undefined) {
        text = instance.t(key, { lng: lang });
        if (text !== key && plain.size < MAX_PLAIN_TEXTS) plain.set(id, text);
      }
      return text;
    },
    has: (lang, key) => instance.exists(key, { lng: lang, fallbackLng: false }),
  };
}
