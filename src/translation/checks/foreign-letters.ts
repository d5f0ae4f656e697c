import { kazakhOnlyLetters as kazakhOnly, kyrgyzOnlyPattern as kyrgyzOnly } from '../../core/text/scripts.js';
import type { LocaleRule } from './locale-rule.js';

/**
 * Letters that do not belong to the file's language: the Kazakh-only letters ә ғ қ ұ һ і in Kyrgyz or Russian
 * texts, and Kyrgyz long vowels in Kazakh texts. Allow-listed words (names such as «Е-қызмет») are skipped.
 */
export const foreignLetters: LocaleRule = {
  id: 'foreign-letters',
  ids: ['foreign-letters'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.foreign-letters.message'],
  doc: "Letters of another language than the file's (Kazakh letters in Kyrgyz or Russian, Kyrgyz ones in Kazakh).",
  check(context) {
    for (const file of context.files) {
      const pattern = file.lang === 'ky' || file.lang === 'ru' ? kazakhOnly : file.lang === 'kk' ? kyrgyzOnly : undefined;
      if (!pattern) continue;
      for (const entry of file.entries.values()) {
        for (const [found] of entry.value.matchAll(/[\p{L}\p{M}-]+/gu)) {
          if (!pattern.test(found) || context.allowed.words.has(found)) continue;
          context.report({
            ruleId: 'foreign-letters',
            severity: file.lang === 'kk' ? 'warning' : 'error',
            file,
            entry,
            values: { key: entry.key, word: found, lang: file.lang },
          });
        }
      }
    }
  },
};
