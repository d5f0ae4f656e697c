import { correctMixedWord, mixesScripts, wordPattern } from '../../core/text/scripts.js';
import type { LocaleRule } from './locale-rule.js';

/** A word that mixes Cyrillic and Latin letters (a Latin `i` typed for the Kazakh `і`, and the like), with its correction. */
export const mixedScript: LocaleRule = {
  id: 'mixed-script',
  ids: ['mixed-script'],
  severities: ['error'],
  messageKeys: ['locales.mixed-script.message'],
  doc: 'A word that mixes Cyrillic and Latin letters, with its correction.',
  check(context) {
    for (const file of context.files) {
      for (const entry of file.entries.values()) {
        const text = entry.value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/g, ' ');
        for (const [found] of text.matchAll(wordPattern)) {
          if (!mixesScripts(found)) continue;
          const corrected = correctMixedWord(found);
          context.report({
            ruleId: 'mixed-script',
            severity: 'error',
            file,
            entry,
            values: { key: entry.key, word: found, corrected: corrected ?? '?' },
            ...(corrected && { fix: entry.value.replace(found, corrected) }),
          });
        }
      }
    }
  },
};
