import { localizeNumber } from '../../core/format/index.js';
import { createTranslator } from '../../core/i18n/index.js';

/**
 * A size as the UI language writes it: "10 МБ", "9,8 КБ", "2 MB" (a no-break space between). Below 1 MB in
 * kilobytes; one decimal below ten units, none above.
 */
export function formatSize(bytes: number, lang: string): string {
  const translator = createTranslator(lang);
  const inMegabytes = bytes >= 1024 * 1024;
  const amount = bytes / (inMegabytes ? 1024 * 1024 : 1024);
  const rounded = amount < 10 ? Math.round(amount * 10) / 10 : Math.round(amount);
  const unit = inMegabytes ? translator.t('unit.mb', 'web') : translator.t('unit.kb', 'web');
  return `${String(localizeNumber(rounded, lang))}\u00a0${unit}`;
}
