import { baseKey, pluralCategoryOf } from './checks/locale-rule.js';
import { pluralCategories } from './checks/plural-forms.js';

/**
 * The keys a language needs for the reference's keys: a plural text gets the language's own plural forms
 * (ru: one, few, many, other), each with the reference text it translates (the same form, or `other`).
 */
export function expandKeys(referenceKeys: readonly string[], lang: string): { key: string; sourceKey: string; plural?: string }[] {
  const result: { key: string; sourceKey: string; plural?: string }[] = [];
  const done = new Set<string>();
  for (const key of referenceKeys) {
    if (!pluralCategoryOf(key)) {
      result.push({ key, sourceKey: key });
      continue;
    }
    const base = baseKey(key);
    if (done.has(base)) continue;
    done.add(base);
    for (const category of pluralCategories(lang)) {
      const own = `${base}_${category}`;
      result.push({ key: own, sourceKey: referenceKeys.includes(own) ? own : `${base}_other`, plural: category });
    }
  }
  return result;
}
