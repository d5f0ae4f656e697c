import { baseKey, eachNamespace, type LocaleRule } from './locale-rule.js';

/**
 * A text the reference language has and another language lacks (an error), one only a non-reference language has,
 * or a document text in a language the form is not issued in (whose file holds only the form's interface texts).
 */
export const missingKey: LocaleRule = {
  id: 'missing-key',
  ids: ['missing-key', 'extra-key', 'not-in-language'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.missing-key.message', 'locales.extra-key.message', 'locales.not-in-language.message'],
  doc: 'A text one language has and another lacks, or a document text in a language the form is not issued in.',
  check(context) {
    for (const { scope, reference, files } of eachNamespace(context)) {
      if (!reference) continue;
      const referenceBases = new Set([...reference.entries.keys()].map(baseKey));
      for (const file of files.filter((candidate) => candidate !== reference)) {
        const bases = new Set([...file.entries.keys()].map(baseKey));
        for (const base of referenceBases) {
          if (!bases.has(base) && scope.hasKey(file.lang, base))
            context.report({ ruleId: 'missing-key', severity: 'error', file, values: { key: base, reference: reference.lang } });
        }
        for (const entry of file.entries.values()) {
          if (!referenceBases.has(baseKey(entry.key)))
            context.report({ ruleId: 'extra-key', severity: 'error', file, entry, values: { key: entry.key, reference: reference.lang } });
          else if (!scope.hasKey(file.lang, baseKey(entry.key)))
            context.report({ ruleId: 'not-in-language', severity: 'warning', file, entry, values: { key: entry.key, lang: file.lang } });
        }
      }
    }
  },
};
