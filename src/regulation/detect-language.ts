import { kazakhOnlyLetters } from '../core/text/index.js';

export type DraftLanguage = 'kk' | 'ru' | 'ky';

/** Letters of other Cyrillic languages (Ukrainian, Belarusian, Uzbek, Tajik, Tatar): a text full of them is none of ours. */
const otherCyrillic = /[їєґўҳҷӣӯҗЇЄҐЎҲҶӢӮҖ]/gu;

/**
 * kk, ru or ky from the letters used, or undefined for a text in none of them (English, Uzbek in Latin letters, too
 * little Cyrillic). Kazakh-only letters (ә ғ қ ұ һ і) mean Kazakh; ң ө ү without them mean Kyrgyz; neither means
 * Russian. Weighed by letters over the whole text, so that a few names in another language do not decide: in Kazakh
 * prose about 10–13 % of the Cyrillic letters are Kazakh-only ones, in Kyrgyz about 4–5 % are ң ө ү, while a Russian
 * draft that names a few people (Қасымова Әйгерім) has well under 1 %.
 */
export function detectLanguage(text: string): DraftLanguage | undefined {
  const all = (text.match(/\p{L}/gu) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  if (cyrillic < 5 || cyrillic / all < 0.5) return undefined;
  if ((text.match(otherCyrillic) ?? []).length / cyrillic > 0.005) return undefined;
  const kazakh = (text.match(new RegExp(kazakhOnlyLetters.source, 'gu')) ?? []).length;
  const kyrgyz = (text.match(/[ңөүҢӨҮ]/gu) ?? []).length;
  if (kazakh / cyrillic > 0.03) return 'kk';
  if (kyrgyz / cyrillic > 0.015) return 'ky';
  return 'ru';
}
