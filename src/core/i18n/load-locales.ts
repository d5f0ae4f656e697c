import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LocaleResources = Record<string, Record<string, Record<string, unknown>>>;

/** Every `<lang>/<namespace>.json` of one locale folder, read now (a project keeps them: `ProjectContext.locales`). */
export function readLocaleFolder(dir: string): LocaleResources {
  const resources: LocaleResources = {};
  for (const lang of readdirSync(dir)
    .filter((entry) => !entry.startsWith('.') && statSync(join(dir, entry)).isDirectory())
    .sort()) {
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    }
    resources[lang] = namespaces;
  }
  return resources;
}

/** Several locale folders as one: a later folder's texts win, key by key, within each language and namespace. */
export function loadLocalesFrom(dirs: readonly string[]): LocaleResources {
  // The first folder's texts are taken as read (no copy): the others are merged into them.
  const [first, ...others] = dirs;
  const merged: LocaleResources = first === undefined ? {} : readLocaleFolder(first);
  for (const dir of others) {
    for (const [lang, namespaces] of Object.entries(readLocaleFolder(dir))) {
      for (const [namespace, texts] of Object.entries(namespaces)) {
        const target = ((merged[lang] ??= {})[namespace] ??= {});
        mergeTexts(target, texts);
      }
    }
  }
  return merged;
}

function mergeTexts(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isTree(value) && isTree(existing)) mergeTexts(existing, value);
    else target[key] = isTree(value) ? structuredClone(value) : value;
  }
}

function isTree(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
