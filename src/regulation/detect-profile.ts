import { detectLanguage } from './detect-language.js';

/**
 * The jurisdiction of a draft: Kyrgyz text is a Kyrgyz body's, Kazakh text a Kazakhstan body's; a Russian text
 * by the country it names more often. `undefined` when a Russian text names neither.
 */
export function detectProfile(text: string): 'kz' | 'kg' | undefined {
  const lang = detectLanguage(text);
  if (lang !== 'ru') return lang === 'ky' ? 'kg' : 'kz';
  const kyrgyz = (text.match(/Кыргыз/giu) ?? []).length;
  const kazakh = (text.match(/Казахстан/giu) ?? []).length;
  return kyrgyz === kazakh ? undefined : kyrgyz > kazakh ? 'kg' : 'kz';
}
