import type { LocaleRule } from './locale-rule.js';

/** A text that is empty or only white space. */
export const emptyValue: LocaleRule = {
  id: 'empty-value',
  check(context) {
    for (const file of context.files) {
      for (const entry of file.entries.values()) {
        if (entry.value.trim() === '') context.report({ ruleId: 'empty-value', severity: 'error', file, entry, values: { key: entry.key } });
      }
    }
  },
};
