import { join } from 'node:path';

import { writeFileAtomic } from '../core/fs/index.js';
import { projectPaths } from '../core/paths.js';
import { readLocaleFiles, serializeLocale } from './locale-files.js';
import { scopeOf } from './locale-scope.js';
import { setNested } from './locale-tree.js';
import { expandKeys } from './plural-keys.js';

export interface SyncAddition {
  file: string;
  key: string;
}

/**
 * Adds to each language the texts its reference has and it lacks, as empty values to translate (never a copy of
 * the source text: an empty value is reported by `locales check` until it is translated). Returns what it added.
 */
export async function syncLocales(dir = projectPaths.locales): Promise<SyncAddition[]> {
  const files = readLocaleFiles(dir);
  const added: SyncAddition[] = [];
  for (const namespace of [...new Set(files.map((file) => file.namespace))].sort()) {
    const scope = scopeOf(namespace);
    const reference = files.find((file) => file.namespace === namespace && file.lang === scope.reference);
    if (!reference) continue;
    for (const lang of scope.languages.filter((l) => l !== scope.reference)) {
      const target = files.find((file) => file.namespace === namespace && file.lang === lang);
      const tree = target ? (JSON.parse(target.text) as Record<string, unknown>) : {};
      const path = join(dir, lang, `${namespace}.json`);
      const missing = expandKeys([...reference.entries.keys()], lang).filter(
        ({ key, sourceKey }) => !target?.entries.has(key) && scope.hasKey(lang, sourceKey),
      );
      for (const { key } of missing) {
        setNested(tree, key, '');
        added.push({ file: `locales/${lang}/${namespace}.json`, key });
      }
      if (missing.length > 0) await writeFileAtomic(path, new TextEncoder().encode(serializeLocale(tree)));
    }
  }
  return added;
}
