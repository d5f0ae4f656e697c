import { h } from '../dom.js';
import type { UiTexts } from '../ui-texts.js';

/**
 * A number as typed by an officer: with a decimal comma (4,6) or point (4.6), spaces between thousands left out.
 * Not a number: `undefined` for nothing typed, else the text itself, so that validation says what is wrong.
 */
export function parseNumber(text: string): number | string | undefined {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '');
  if (plain === '') return undefined;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(plain)) return text;
  return Number(plain.replace(',', '.'));
}

/**
 * A number field: a text input (a browser's number input refuses or misreads a decimal comma) that shows the value
 * as the UI language writes it (4,6 in kk, ru, ky) and reads back both marks.
 */
export function numberInput(
  attributes: Record<string, unknown>,
  value: unknown,
  ui: UiTexts,
  onValue: (value: number | string | undefined) => void,
): HTMLInputElement {
  return h('input', {
    ...attributes,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'data-number': true,
    value: typeof value === 'number' ? ui.number(value) : typeof value === 'string' ? value : '',
    oninput: (event: Event) => onValue(parseNumber((event.target as HTMLInputElement).value)),
  });
}
