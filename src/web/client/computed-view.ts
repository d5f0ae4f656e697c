import { h } from './dom.js';
import type { UiTexts } from './ui-texts.js';

/** A derived value as the UI writes it: numbers with the language's decimal mark, ranges, ratings, yes/no. */
function formatValue(value: unknown, ui: UiTexts): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return ui.number(value);
  if (typeof value === 'boolean') return ui.t(value ? 'value.yes' : 'value.no', 'web');
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value.map((item) => ui.number(item as number)).join(' – ');
  if (typeof value === 'string') return ui.find(`value.${value}`, 'web') ?? value;
  return JSON.stringify(value);
}

function labelOf(key: string, ui: UiTexts): string {
  return ui.find(`computed.${key}`, 'web') ?? key;
}

/**
 * What the form derives (achievement %, allowed range, final score, rating, deadlines, eligibility), as a list:
 * each value is marked with its pointer (`data-computed="/finalScore"`), rows of a list as a table.
 */
export function buildComputedView(computed: Record<string, unknown>, ui: UiTexts): HTMLElement {
  const list = h('dl', { class: 'computed' });
  const add = (pointer: string, key: string, value: unknown) => {
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
      list.append(h('dt', {}, labelOf(key, ui)), h('dd', {}, buildTable(pointer, value as Record<string, unknown>[], ui)));
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [child, childValue] of Object.entries(value)) add(`${pointer}/${child}`, child, childValue);
    } else {
      list.append(h('dt', {}, labelOf(key, ui)), h('dd', { 'data-computed': pointer }, formatValue(value, ui)));
    }
  };
  for (const [key, value] of Object.entries(computed)) add(`/${key}`, key, value);
  return list;
}

function buildTable(pointer: string, rows: Record<string, unknown>[], ui: UiTexts): HTMLElement {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))];
  return h('table', { class: 'computed-rows' },
    h('thead', {}, h('tr', {}, h('th', {}, '№'), ...columns.map((column) => h('th', {}, labelOf(column, ui))))),
    h('tbody', {}, ...rows.map((row, index) => h('tr', {}, h('td', {}, String(index + 1)), ...columns.map((column) => h('td', { 'data-computed': `${pointer}/${index}/${column}` }, formatValue(row?.[column], ui)))))));
}
