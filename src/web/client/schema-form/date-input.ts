import { h } from '../dom.js';
import type { UiTexts } from '../ui-texts.js';

/**
 * A date as typed: 20.01.2026 (or 20.1.2026), as the UI writes dates, or 2026-01-20. Read as an ISO date; anything
 * else is kept as typed, so that validation says what is wrong; nothing typed is `undefined`.
 */
export function parseDate(text: string): string | undefined {
  const plain = text.trim();
  if (plain === '') return undefined;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(plain);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  return plain;
}

/**
 * A date field that shows and takes the date as the UI language writes it (20.01.2026), not the browser's own
 * format (mm/dd/yyyy in an English browser), in one Tab stop; the data keeps the ISO date.
 */
export function dateInput(attributes: Record<string, unknown>, value: unknown, ui: UiTexts, onValue: (value: string | undefined) => void): HTMLInputElement {
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  return h('input', {
    ...attributes,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    'data-date': true,
    maxlength: 10,
    placeholder: ui.t('format.datePlaceholder', 'web'),
    value: iso ? ui.date(iso) : typeof value === 'string' ? value : '',
    oninput: (event: Event) => onValue(parseDate((event.target as HTMLInputElement).value)),
  });
}
