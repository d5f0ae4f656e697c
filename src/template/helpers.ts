import type { HelperOptions } from 'handlebars';

import { type DateStyle, formatDate, formatDecimal } from '../core/format/index.js';
import type { Translator } from '../core/i18n/index.js';
import { dataMark, type Slots } from './slots.js';

/** What every template call gets in `@data`: the language's texts and the form's namespace. */
export interface TemplateData {
  translator: Translator;
  namespace: string;
  lang: 'kk' | 'ru' | 'ky';
  /** Where every output value goes (see `slots.ts`). */
  slots: Slots;
  /** Mark the data values inside texts too (a reading of the form's fixed wording, never a printed document). */
  markData?: boolean;
}

function dataOf(options: HelperOptions): TemplateData {
  return options.data as TemplateData;
}

/** Helpers take their positional arguments first and Handlebars' options last. */
function splitArguments(args: unknown[]): { values: unknown[]; options: HelperOptions } {
  return { values: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

interface HelperHost {
  registerHelper(name: string, fn: (...args: any[]) => unknown): void;
}

export function registerHelpers(handlebars: HelperHost): void {
  /** `{{t "sheet.title"}}`, `{{t "rating" computed.rating}}` (parts joined with dots), `{{t "key" ns="forms" name=x}}`. */
  handlebars.registerHelper('t', (...args: unknown[]) => {
    const { values, options } = splitArguments(args);
    const { translator, namespace, markData } = dataOf(options);
    const { ns, ...given } = (options.hash ?? {}) as Record<string, unknown>;
    const interpolation = markData
      ? Object.fromEntries(Object.entries(given).map(([name, value]) => [name, `${dataMark.open}${String(value ?? '')}${dataMark.close}`]))
      : given;
    const key = values.map(String).join('.');
    return translator.t(key, typeof ns === 'string' ? ns : namespace, interpolation);
  });
  /** `{{date date}}` or `{{date date "attributive"}}`: official date wording of the document's language. */
  handlebars.registerHelper('date', (...args: unknown[]) => {
    const { values, options } = splitArguments(args);
    const [value, style] = values;
    if (typeof value !== 'string' || value === '') return '';
    return formatDate(value, dataOf(options).lang, (style as DateStyle | undefined) ?? 'dateline');
  });
  /** `{{decimal value 2}}`: decimal comma, fixed decimals; empty when there is no value. */
  handlebars.registerHelper('decimal', (...args: unknown[]) => {
    const { values } = splitArguments(args);
    const [value, places] = values;
    if (value === undefined || value === null || value === '') return '';
    return formatDecimal(value as number | string, Number(places ?? 2));
  });
  /** `{{number value}}`: a number as given (its own decimals), with the decimal comma. */
  handlebars.registerHelper('number', (value: unknown) => {
    if (typeof value !== 'number') return '';
    const decimals = String(value).split('.')[1]?.length ?? 0;
    return formatDecimal(value, decimals);
  });
  handlebars.registerHelper('isNumber', (value: unknown) => typeof value === 'number');
  /** `{{br}}`: a line break inside a paragraph or a table cell. */
  handlebars.registerHelper('br', () => '\n');
  /** `{{inc @index}}`: 1-based numbering. */
  handlebars.registerHelper('inc', (value: unknown) => Number(value) + 1);
  handlebars.registerHelper('eq', (left: unknown, right: unknown) => left === right);
}
