import { kazakhOnlyLetters } from '../core/text/index.js';

/**
 * kk, ru or ky from the letters used: Kazakh-only letters (ә ғ қ ұ һ і) mean Kazakh; ң ө ү without them mean Kyrgyz;
 * neither means Russian. Weighed by letters over the whole text, so that a few names in another language do not
 * decide: in Kazakh prose about 10–13 % of the Cyrillic letters are Kazakh-only ones, in Kyrgyz about 4–5 % are
 * ң ө ү, while a Russian draft that names a few people (Қасымова Әйгерім) has well under 1 %.
 */
export function detectLanguage(text: string): 'kk' | 'ru' | 'ky' {
  const letters = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length || 1;
  const kazakh = (text.match(new RegExp(kazakhOnlyLetters.source, 'gu')) ?? []).length;
  const kyrgyz = (text.match(/[ңөүҢӨҮ]/gu) ?? []).length;
  if (kazakh / letters > 0.03) return 'kk';
  if (kyrgyz / letters > 0.015) return 'ky';
  return 'ru';
}
