import type { Problem } from '../core/problems/index.js';
import { baseKey } from './checks/locale-rule.js';
import { readLocaleFiles } from './locale-files.js';
import { scopeOf } from './locale-scope.js';

export interface CoverageRow {
  namespace: string;
  lang: string;
  keys: number;
  translated: number;
  percent: number;
  problems: number;
}

/** Per namespace and language: the reference's texts, how many have a non-empty text here, and the problems found. */
export function computeCoverage(problems: readonly Problem[]): CoverageRow[] {
  const files = readLocaleFiles();
  const namespaces = [...new Set(files.map((file) => file.namespace))].sort();
  return namespaces.flatMap((namespace) => {
    const scope = scopeOf(namespace);
    const reference = files.find((file) => file.namespace === namespace && file.lang === scope.reference);
    const bases = new Set([...(reference?.entries.keys() ?? [])].map(baseKey));
    return scope.languages.map((lang) => {
      const file = files.find((candidate) => candidate.namespace === namespace && candidate.lang === lang);
      const translated = new Set([...(file?.entries.values() ?? [])].filter((entry) => entry.value.trim() !== '').map((entry) => baseKey(entry.key)));
      const own = [...bases].filter((key) => scope.hasKey(lang, key));
      const count = own.filter((key) => translated.has(key)).length;
      const path = `locales/${lang}/${namespace}.json`;
      return {
        namespace,
        lang,
        keys: own.length,
        translated: count,
        percent: own.length === 0 ? 100 : Math.floor((count / own.length) * 1000) / 10,
        problems: problems.filter((problem) => problem.place.file === path).length,
      };
    });
  });
}
