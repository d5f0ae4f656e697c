import { correctMixedWord, correctMixedWordToLatin, mixesScripts } from '../../core/text/index.js';
import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

/**
 * A word typed with Latin and Cyrillic letters, with the word its author meant: all Cyrillic for a Cyrillic word
 * («бiлiм» → «білім»), all Latin for a Latin one («НR» → «HR», «VІІ» → «VII»). Where no correction is certain, the
 * message says so and offers none.
 */
export const mixedScript: RegulationRule = {
  id: 'mixed-script',
  ids: ['mixed-script'],
  severities: ['error'],
  messageKeys: ['regulation.mixed-script', 'regulation.mixed-script-no-fix'],
  doc: 'A word that mixes Latin and Cyrillic letters, with the word in one script when it is known.',
  check(context) {
    for (const line of context.lines) {
      for (const match of line.text.matchAll(/[\p{L}\p{M}]+/gu)) {
        const word = match[0];
        if (!mixesScripts(word)) continue;
        const latin = (word.match(/\p{Script=Latin}/gu) ?? []).length > (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
        const corrected = latin ? (correctMixedWordToLatin(word) ?? correctMixedWord(word)) : (correctMixedWord(word) ?? correctMixedWordToLatin(word));
        const at = locate(line, match.index ?? 0);
        if (corrected)
          context.report({ ruleId: 'mixed-script', severity: 'error', ...at, length: word.length, values: { word, corrected }, fix: corrected, certain: true });
        else context.report({ ruleId: 'mixed-script', severity: 'error', ...at, length: word.length, values: { word }, messageKey: 'mixed-script-no-fix' });
      }
    }
  },
};
