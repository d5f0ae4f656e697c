import xliff from 'xliff';

import { findKeyUsage } from './find-key-usage.js';
import { readLocaleFiles } from './locale-files.js';
import { scopeOf } from './locale-scope.js';
import { expandKeys } from './plural-keys.js';

export type XliffVersion = '2.0' | '1.2';

interface Unit {
  source: string;
  target: string;
  note?: string;
}

/**
 * Every namespace that `lang` translates, as XLIFF: one file per namespace, one unit per text (one per plural form
 * the language needs), with the source text of the reference language, the current translation (empty when there
 * is none), and a note: the key's description, where it is used, and the plural form.
 */
export async function exportXliff(lang: string, version: XliffVersion = '2.0', sourceLanguage = 'kk', dir?: string): Promise<string> {
  const files = readLocaleFiles(dir);
  const usage = findKeyUsage();
  const resources: Record<string, Record<string, Unit>> = {};
  for (const namespace of [...new Set(files.map((file) => file.namespace))].sort()) {
    const scope = scopeOf(namespace);
    if (!scope.languages.includes(lang) || scope.reference === lang || scope.reference !== sourceLanguage) continue;
    const reference = files.find((file) => file.namespace === namespace && file.lang === scope.reference);
    if (!reference) continue;
    const target = files.find((file) => file.namespace === namespace && file.lang === lang);
    const units: Record<string, Unit> = {};
    for (const { key, sourceKey, plural } of expandKeys([...reference.entries.keys()], lang)) {
      if (!scope.hasKey(lang, sourceKey)) continue;
      const used = usage.keys.get(namespace)?.has(key.replace(/_(zero|one|two|few|many|other)$/, ''))
        ? `used by: ${namespace === 'cli' || namespace === 'errors' ? 'src' : `templates/${namespace}`}`
        : undefined;
      const note = [reference.descriptions[key] ?? reference.descriptions[sourceKey], used, plural && `plural form "${plural}" of ${lang}`]
        .filter(Boolean)
        .join(' | ');
      units[key] = { source: reference.entries.get(sourceKey)?.value ?? '', target: target?.entries.get(key)?.value ?? '', ...(note && { note }) };
    }
    resources[namespace] = units;
  }
  const document = { sourceLanguage, targetLanguage: lang, resources };
  return `${version === '1.2' ? await xliff.jsToXliff12(document) : await xliff.js2xliff(document)}\n`;
}
