import { eachNamespace, type LocaleRule, referenceEntry } from './locale-rule.js';

const finalMark = /[.:;!?…]$/u;

/** A final punctuation mark that differs from the reference language's (a full stop in one language, none in another). */
export const finalPunctuation: LocaleRule = {
  id: 'final-punctuation',
  ids: ['final-punctuation'],
  severities: ['warning'],
  messageKeys: ['locales.final-punctuation.message'],
  doc: "A final punctuation mark unlike the reference language's.",
  check(context) {
    for (const { reference, files } of eachNamespace(context)) {
      for (const file of files) {
        if (file === reference) continue;
        for (const entry of file.entries.values()) {
          const source = referenceEntry(reference, entry);
          const value = entry.value.trim();
          if (!source || source.value.trim() === '' || value === '') continue;
          const expected = finalMark.exec(source.value.trim())?.[0] ?? '';
          const actual = finalMark.exec(value)?.[0] ?? '';
          if (expected !== actual)
            context.report({
              ruleId: 'final-punctuation',
              severity: 'warning',
              file,
              entry,
              values: { key: entry.key, expected: expected || '—', actual: actual || '—', reference: reference!.lang },
            });
        }
      }
    }
  },
};
