import { createTranslator, isUiLanguage, uiLanguages, type UiLanguage, type Translator } from '../core/i18n/index.js';
import { CliExit, exitCodes } from './exit-codes.js';

/** The UI language: `--lang`/`--ui-lang`, else QUJAT_LANG, else the system locale when it is kk/ru/ky, else English. */
export function resolveUiLanguage(option: string | undefined, env: NodeJS.ProcessEnv = process.env): UiLanguage {
  if (option !== undefined) {
    if (!isUiLanguage(option)) {
      throw new CliExit(exitCodes.usage, createTranslator('en').t('unknownLanguage', 'cli', { value: option, allowed: uiLanguages.join(', ') }));
    }
    return option;
  }
  const fromEnv = (env.QUJAT_LANG ?? env.LC_ALL ?? env.LANG ?? '').slice(0, 2).toLowerCase();
  return isUiLanguage(fromEnv) ? fromEnv : 'en';
}

export function cliTranslator(lang: UiLanguage): Translator {
  return createTranslator(lang);
}

/** Splits `kk,ru` and checks each item against the allowed values: a wrong item is a usage error. */
export function parseList<T extends string>(value: string, allowed: readonly T[], translator: Translator, messageKey: 'unknownLanguage' | 'unknownFormat'): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      const values = { value: item, allowed: allowed.join(', ') };
      throw new CliExit(exitCodes.usage, messageKey === 'unknownLanguage' ? translator.t('unknownLanguage', 'cli', values) : translator.t('unknownFormat', 'cli', values));
    }
  }
  return [...new Set(items)] as T[];
}
