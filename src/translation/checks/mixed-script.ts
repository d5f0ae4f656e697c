import type { LocaleRule } from './locale-rule.js';

/** Latin letters that look like Cyrillic ones; `i` is the Kazakh `і` in kk, the Ukrainian-looking `і` elsewhere too. */
const lookAlikes: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', h: 'һ', t: 'т', b: 'в',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};

const word = /[\p{L}\p{M}]+/gu;

/** The word with its Latin look-alikes replaced, or undefined when a Latin letter has no Cyrillic twin. */
export function correctMixedWord(text: string): string | undefined {
  const corrected = text.replace(/[A-Za-z]/g, (char) => lookAlikes[char] ?? char);
  return /[A-Za-z]/.test(corrected) ? undefined : corrected;
}

/** A word that mixes Cyrillic and Latin letters (a Latin `i` typed for the Kazakh `і`, and the like), with its correction. */
export const mixedScript: LocaleRule = {
  id: 'mixed-script',
  check(context) {
    for (const file of context.files) {
      for (const entry of file.entries.values()) {
        const text = entry.value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/g, ' ');
        for (const [found] of text.matchAll(word)) {
          if (!/\p{Script=Cyrillic}/u.test(found) || !/\p{Script=Latin}/u.test(found)) continue;
          const corrected = correctMixedWord(found);
          context.report({ ruleId: 'mixed-script', severity: 'error', file, entry, values: { key: entry.key, word: found, corrected: corrected ?? '?' }, ...(corrected && { fix: entry.value.replace(found, corrected) }) });
        }
      }
    }
  },
};
