import { createTranslator, isUiLanguage, type Translator, type UiLanguage } from '../core/i18n/index.js';
import { type ChoiceOption, readChoice } from './choice-option.js';
import { optionTable } from './option-table.js';

/**
 * The UI language: the command's option for it (`--ui-lang`, or `--lang` where that names the messages' language),
 * else QUJAT_LANG, else the system locale when it is kk/ru/ky, else English. A wrong value is refused in English
 * (the language it asked for is not known), naming the option.
 */
export function resolveUiLanguage(
  value: string | undefined,
  option: ChoiceOption<UiLanguage, 'one'> = optionTable.render.uiLang,
  env: NodeJS.ProcessEnv = process.env,
): UiLanguage {
  if (value !== undefined) return readChoice(option, value, createTranslator('en'));
  const fromEnv = (env.QUJAT_LANG ?? env.LC_ALL ?? env.LANG ?? '').slice(0, 2).toLowerCase();
  return isUiLanguage(fromEnv) ? fromEnv : 'en';
}

export function cliTranslator(lang: UiLanguage): Translator {
  return createTranslator(lang);
}
