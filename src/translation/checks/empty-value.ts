import type { LocaleRule } from './locale-rule.js';

/** A text that is empty or only white space. */
export const emptyValue: LocaleRule = {
  id: 'empty-value',
  ids: ['empty-value'],
  severities: ['error'],
  messageKeys: ['locales.empty-value.message'],
  doc: 'A text that is empty or only white space.',
  check(context) {
    for (const file of context.files) {
      for (const entry of file.entries.values()) {
        if (entry.value.trim() === '') context.report({ ruleId: 'empty-value', severity: 'error', file, entry, values: { key: entry.key } });
      }
    }
  },
};
