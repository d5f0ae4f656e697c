import { baseKey, eachNamespace, type LocaleRule } from './locale-rule.js';

/**
 * A text the reference language has and another language lacks (an error), one only a non-reference language has,
 * or a document text in a language the form is not issued in (whose file holds only the form's interface texts).
 */
export const missingKey: LocaleRule = {
  id: 'missing-key',
  check(context) {
    for (const { scope, reference, files } of eachNamespace(context)) {
      for (const lang of scope.languages) {
        if (!context.byNamespace.get(scope.namespace)?.has(lang)) {
          context.report({ ruleId: 'missing-file', severity: 'error', file: `locales/${lang}/${scope.namespace}.json`, values: { lang, namespace: scope.namespace } });
        }
      }
      for (const [lang, file] of context.byNamespace.get(scope.namespace) ?? []) {
        if (!scope.languages.includes(lang)) context.report({ ruleId: 'extra-file', severity: 'warning', file, values: { lang, namespace: scope.namespace, languages: scope.languages.join(', ') } });
      }
      if (!reference) continue;
      const referenceBases = new Set([...reference.entries.keys()].map(baseKey));
      for (const file of files.filter((candidate) => candidate !== reference)) {
        const bases = new Set([...file.entries.keys()].map(baseKey));
        for (const base of referenceBases) {
          if (!bases.has(base) && scope.hasKey(file.lang, base)) context.report({ ruleId: 'missing-key', severity: 'error', file, values: { key: base, reference: reference.lang } });
        }
        for (const entry of file.entries.values()) {
          if (!referenceBases.has(baseKey(entry.key))) context.report({ ruleId: 'extra-key', severity: 'error', file, entry, values: { key: entry.key, reference: reference.lang } });
          else if (!scope.hasKey(file.lang, baseKey(entry.key))) context.report({ ruleId: 'not-in-language', severity: 'warning', file, entry, values: { key: entry.key, lang: file.lang } });
        }
      }
    }
  },
};
