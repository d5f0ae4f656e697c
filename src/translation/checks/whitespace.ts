import { eachNamespace, type LocaleRule } from './locale-rule.js';

const invisible = /[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

/** White space and invisible characters: leading or trailing spaces, doubled spaces, control and zero-width characters. */
export const whitespace: LocaleRule = {
  id: 'whitespace',
  ids: ['outer-space', 'double-space', 'invisible-character'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.outer-space.message', 'locales.double-space.message', 'locales.invisible-character.message'],
  doc: 'Leading or trailing spaces, doubled spaces, control and zero-width characters.',
  check(context) {
    for (const { files } of eachNamespace(context)) {
      for (const file of files) {
        for (const entry of file.entries.values()) {
          const { value } = entry;
          const values = { key: entry.key };
          if (value !== value.trim()) context.report({ ruleId: 'outer-space', severity: 'error', file, entry, values, fix: value.trim() });
          if (/ {2,}/.test(value.trim()))
            context.report({ ruleId: 'double-space', severity: 'warning', file, entry, values, fix: value.replace(/(\S) {2,}(?=\S)/g, '$1 ') });
          if (invisible.test(value))
            context.report({ ruleId: 'invisible-character', severity: 'error', file, entry, values, fix: value.replace(invisible, '') });
          invisible.lastIndex = 0;
        }
      }
    }
  },
};
