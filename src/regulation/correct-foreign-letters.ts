/** The Russian letter a Kazakh or Kyrgyz letter typed in a Russian word stands for (ә could also be э: not certain). */
const russianFor: Record<string, string> = { ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/** The Kyrgyz letter a Kazakh consonant or ұ typed in a Kyrgyz word stands for. */
const kyrgyzFor: Record<string, string> = { ғ: 'г', қ: 'к', ұ: 'у', һ: 'х' };

const vowels = /[аәеёиіоөуұүыэюя]/u;

/**
 * Kazakh «і» in a Kyrgyz word, by the vowel before it (Kyrgyz vowel harmony): «и» after е, и, э, і; «ү» after ө, ү
 * («бөлім» → «бөлүм», «мамлекеттік» → «мамлекеттик»). Without a front vowel before it there is no certain letter.
 */
function kyrgyzForI(before: string): string | undefined {
  const previous = [...before].reverse().find((letter) => vowels.test(letter));
  if (previous === undefined) return undefined;
  if ('еиэі'.includes(previous)) return 'и';
  if ('өү'.includes(previous)) return 'ү';
  return undefined;
}

function withCaseOf(letter: string, replacement: string): string {
  return letter === letter.toLowerCase() ? replacement : replacement.toUpperCase();
}

/**
 * The word a slip of the keyboard stands for, with each letter the draft's language does not write replaced by the
 * one it stands for: in Russian the look-alike Russian letter («сотрүдников» → «сотрудников», «мәслихата» →
 * «маслихата», the last not certain: ә may be э), in Kyrgyz the Kyrgyz letter («қызматы» → «кызматы»,
 * «бөлімдөрүнөн» → «бөлүмдөрүнөн»). Undefined where any letter has no such counterpart (Kyrgyz ә; a Kyrgyz double
 * vowel in a Kazakh word, which is a Kyrgyz word rather than a slip: «көөнө» is Kazakh «көне»).
 */
export function correctForeignLetters(word: string, lang: string): { corrected: string; certain: boolean } | undefined {
  if (lang !== 'ru' && lang !== 'ky') return undefined;
  let corrected = '';
  let certain = true;
  for (const letter of word) {
    const lower = letter.toLowerCase();
    let replacement: string | undefined;
    if (lang === 'ru') {
      replacement = russianFor[lower];
      if (lower === 'ә') {
        replacement = 'а';
        certain = false;
      }
    } else if (lower === 'і') replacement = kyrgyzForI(corrected.toLowerCase());
    else if (lower === 'ә') return undefined;
    else replacement = kyrgyzFor[lower];
    if (replacement === undefined && /[әғқұһіңөү]/u.test(lower) && !(lang === 'ky' && 'ңөү'.includes(lower))) return undefined;
    corrected += replacement === undefined ? letter : withCaseOf(letter, replacement);
  }
  return corrected === word ? undefined : { corrected, certain };
}
