import { correctMixedWord, kazakhOnlyLetters, kyrgyzOnlyPattern, mixesScripts } from '../../core/text/index.js';
import type { RegulationRule } from '../regulation-rule.js';

/** Words mixing Latin and Cyrillic letters (with the corrected word), and letters foreign to the document's language. */
export const scripts: RegulationRule = {
  id: 'scripts',
  check(context) {
    const foreign = context.lang === 'ky' || context.lang === 'ru' ? kazakhOnlyLetters : context.lang === 'kk' ? kyrgyzOnlyPattern : undefined;
    for (const line of context.lines) {
      for (const match of line.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const word = match[0];
        const column = (match.index ?? 0) + 1;
        if (mixesScripts(word)) {
          const corrected = correctMixedWord(word);
          context.report({ ruleId: 'mixed-script', severity: 'error', line: line.line, column, values: { word, corrected: corrected ?? '?' }, ...(corrected && { fix: corrected }) });
        } else if (foreign?.test(word)) {
          context.report({ ruleId: 'foreign-letters', severity: context.lang === 'kk' ? 'warning' : 'error', line: line.line, column, values: { word, lang: context.lang } });
        }
      }
    }
  },
};
