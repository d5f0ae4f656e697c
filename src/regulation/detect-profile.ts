import type { DraftLanguage } from './detect-language.js';
import type { ProfileId } from './regulation-profile.js';
import { wholeWords } from './whole-words.js';

const kazakhstan = wholeWords('Казахстан\\p{L}*|Қазақстан\\p{L}*|акимат\\p{L}*|аким[аеу]?|акимов|маслихат\\p{L}*|тенге', 'giu');
const kyrgyzstan = wholeWords(
  'Кыргыз\\p{L}*|Киргиз\\p{L}*|Кабинет\\p{L}* Министров|Жогорку Кенеш\\p{L}*|кенеш\\p{L}*|айыл\\p{L}* окмот\\p{L}*|айыл\\p{L}* өкмөт\\p{L}*|мэри\\p{L}*|ОМСУ|ЖӨБО\\p{L}*|сом\\p{L}*|Бишкек\\p{L}*',
  'giu',
);

/**
 * The jurisdiction of a draft: Kyrgyz text is a Kyrgyz body's, Kazakh text a Kazakhstan body's; a Russian text
 * by the country it names more often (its name, its local bodies: akimat, maslikhat; kenesh, mayor's office, ayil
 * okmotu). `undefined` when a Russian text names neither more.
 */
export function detectProfile(text: string, lang: DraftLanguage): ProfileId | undefined {
  if (lang !== 'ru') return lang === 'ky' ? 'kg' : 'kz';
  const kz = (text.match(kazakhstan) ?? []).length;
  const kg = (text.match(kyrgyzstan) ?? []).length;
  return kz === kg ? undefined : kz > kg ? 'kz' : 'kg';
}
