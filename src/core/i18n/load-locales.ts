import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../paths.js';

export type LocaleResources = Record<string, Record<string, Record<string, unknown>>>;

let cached: LocaleResources | undefined;

/** Every `locales/<lang>/<namespace>.json`, read once per process. */
export function loadLocales(dir: string = projectPaths.locales): LocaleResources {
  if (dir === projectPaths.locales && cached) return cached;
  const resources: LocaleResources = {};
  for (const lang of readdirSync(dir).filter((entry) => !entry.startsWith('.') && statSync(join(dir, entry)).isDirectory()).sort()) {
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(join(dir, lang)).filter((name) => name.endsWith('.json')).sort()) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    }
    resources[lang] = namespaces;
  }
  if (dir === projectPaths.locales) cached = resources;
  return resources;
}
