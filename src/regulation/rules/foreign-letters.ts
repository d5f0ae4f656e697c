import { kazakhOnlyLetters, kyrgyzOnlyPattern, mixesScripts } from '../../core/text/index.js';
import { correctForeignLetters } from '../correct-foreign-letters.js';
import { locate } from '../join-lines.js';
import type { RegulationRule } from '../regulation-rule.js';

/** Letters a language does not write: Kazakh-only ones in Russian and Kyrgyz, also ң ө ү in Russian; Kyrgyz double vowels in Kazakh. */
const foreign: Record<string, RegExp> = {
  ru: /[әғқұһіңөүӘҒҚҰҺІҢӨҮ]/u,
  ky: kazakhOnlyLetters,
  kk: kyrgyzOnlyPattern,
};

/**
 * A capitalised word in another language's letters is a name where the country writes names so: a Kazakh surname or
 * place in a Russian draft of Kazakhstan (Қасымова, Қостанай), a Kyrgyz one with ң ө ү in a Russian draft of
 * Kyrgyzstan (Өкмөт, Кеңеш). Kazakh-only letters in a Kyrgyz body's text are a slip even in a capitalised word.
 */
function isName(word: string, lang: string, profile: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (lang === 'kk' || profile === 'kz') return true;
  return lang === 'ru' && !kazakhOnlyLetters.test(word);
}

/**
 * A common word of the draft's language with a letter that language does not write: a slip of a Kazakh keyboard
 * («слұжба»), a Kyrgyz spelling in a Kazakh text («көөнө»). Proper names are no slip: a capitalised word (a Kazakh
 * surname or place in a Russian text), a word in quotes (a name of a system or an act), a word beside others of the
 * same kind (a phrase quoted in the other language) are left alone.
 */
export const foreignLetters: RegulationRule = {
  id: 'foreign-letters',
  ids: ['foreign-letters'],
  severities: ['error', 'warning'],
  messageKeys: ['regulation.foreign-letters', 'regulation.foreign-letters-fix'],
  doc: "A word with letters of another Cyrillic alphabet than the draft's language (a warning in Kazakh), with the word it stands for where the letters tell.",
  check(context) {
    const pattern = foreign[context.lang];
    if (!pattern) return;
    for (const line of context.lines) {
      const words = [...line.text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)];
      const marked = words.map((match) => pattern.test(match[0]));
      words.forEach((match, index) => {
        const word = match[0];
        if (!marked[index] || marked[index - 1] || marked[index + 1] || isName(word, context.lang, context.profile.id)) return;
        // A letter of a number («№ 203-ө», «15-қ») is part of the number, not a word.
        if (word.length === 1 || /\d-?$/u.test(line.text.slice(0, match.index))) return;
        // A word typed in two alphabets («VІ») is a mixed-script finding, not this one; a word with two different
        // letters of another language («өкмөтү», «өткөрүү») is that language's word, not a slip of the keyboard.
        if (mixesScripts(word) || new Set(word.toLowerCase().match(new RegExp(pattern.source, 'gu')) ?? []).size > 1) return;
        const before = line.text.slice(0, match.index);
        if ((before.match(/«/gu) ?? []).length > (before.match(/»/gu) ?? []).length || (before.match(/["“”]/gu) ?? []).length % 2 === 1) return;
        const correction = correctForeignLetters(word, context.lang);
        context.report({
          ruleId: 'foreign-letters',
          severity: context.lang === 'kk' ? 'warning' : 'error',
          ...locate(line, match.index ?? 0),
          length: word.length,
          values: { word, lang: context.lang, ...(correction && { corrected: correction.corrected }) },
          ...(correction && { fix: correction.corrected, certain: correction.certain, messageKey: 'foreign-letters-fix' }),
        });
      });
    }
  },
};
