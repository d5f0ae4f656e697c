import { eachNamespace, referenceEntry, type LocaleRule } from './locale-rule.js';

const invisible = /[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
const finalPunctuation = /[.:;!?…]$/u;

/**
 * White space and invisible characters: leading or trailing spaces, doubled spaces, control and zero-width
 * characters; and a final punctuation mark that differs from the reference language's.
 */
export const whitespace: LocaleRule = {
  id: 'whitespace',
  check(context) {
    for (const { reference, files } of eachNamespace(context)) {
      for (const file of files) {
        for (const entry of file.entries.values()) {
          const { value } = entry;
          const values = { key: entry.key };
          if (value !== value.trim()) context.report({ ruleId: 'outer-space', severity: 'error', file, entry, values, fix: value.trim() });
          if (/ {2,}/.test(value.trim())) context.report({ ruleId: 'double-space', severity: 'warning', file, entry, values, fix: value.replace(/(\S) {2,}(?=\S)/g, '$1 ') });
          if (invisible.test(value)) context.report({ ruleId: 'invisible-character', severity: 'error', file, entry, values, fix: value.replace(invisible, '') });
          invisible.lastIndex = 0;
          const source = file === reference ? undefined : referenceEntry(reference, entry);
          if (!source || source.value.trim() === '' || value.trim() === '') continue;
          const expected = finalPunctuation.exec(source.value.trim())?.[0] ?? '';
          const actual = finalPunctuation.exec(value.trim())?.[0] ?? '';
          if (expected !== actual) context.report({ ruleId: 'final-punctuation', severity: 'warning', file, entry, values: { ...values, expected: expected || '—', actual: actual || '—', reference: reference!.lang } });
        }
      }
    }
  },
};
