import { h } from './dom.js';
import { computedLabel, computedValueText, type FormTexts } from './field-labels.js';
import type { UiTexts } from './ui-texts.js';

/**
 * Whether the documents print this derived value with two decimals (`{{decimal score 2}}` in the templates): scores,
 * percentages, shares, caps, votes and allowed ranges, so that the panel shows «96,00» as the sheet does.
 */
function printedWithTwoDecimals(pointer: string): boolean {
  const name =
    pointer
      .split('/')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? '';
  return /(score|percent|share|cap|vote|range)$/i.test(name);
}

/**
 * A derived value as the UI writes it: numbers with the language's decimal mark, dates, ranges, yes/no, and codes
 * (a rating, a KPI's unit) by the form's texts.
 */
function formatValue(pointer: string, value: unknown, ui: UiTexts, texts: FormTexts): string {
  if (value === null || value === undefined) return '—';
  const fixed = printedWithTwoDecimals(pointer);
  const number = (item: number) => (fixed ? ui.number(item, 2) : ui.number(item));
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return ui.t(value ? 'value.yes' : 'value.no', 'web');
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value.map((item) => number(item as number)).join(' – ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return ui.date(value);
  if (typeof value === 'string') return computedValueText(texts, pointer, value, ui);
  // A list of codes (a candidate's grounds): their texts, joined.
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.length === 0 ? '—' : value.map((item) => computedValueText(texts, pointer, item as string, ui)).join('; ');
  return JSON.stringify(value);
}

/**
 * What the form derives (achievement %, allowed range, final score, rating, deadlines, eligibility), as a list:
 * each value is marked with its pointer (`data-computed="/finalScore"`), rows of a list as a table under its
 * name (the panel's full width; a box that scrolls sideways on a narrow screen, focusable to scroll by keyboard), named by the form's texts in the UI language.
 */
export function buildComputedView(computed: Record<string, unknown>, ui: UiTexts, texts: FormTexts, doubtful: readonly string[] = []): HTMLElement {
  const list = h('dl', { class: 'computed' });
  const add = (pointer: string, value: unknown) => {
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
      list.append(
        h('dt', { class: 'wide' }, computedLabel(texts, pointer, ui)),
        h(
          'dd',
          { class: 'wide' },
          h('div', { class: 'table-scroll', tabindex: '0' }, buildTable(pointer, value as Record<string, unknown>[], ui, texts, doubtful)),
        ),
      );
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [child, childValue] of Object.entries(value)) add(`${pointer}/${child}`, childValue);
    } else {
      list.append(h('dt', {}, computedLabel(texts, pointer, ui)), h('dd', { 'data-computed': pointer }, formatValue(pointer, value, ui, texts)));
    }
  };
  for (const [key, value] of Object.entries(computed)) add(`/${key}`, value);
  return list;
}

/** A row of data with an error (a KPI's planned value 0) is marked, its values «—»; the other rows keep theirs. */
function buildTable(pointer: string, rows: Record<string, unknown>[], ui: UiTexts, texts: FormTexts, doubtful: readonly string[] = []): HTMLElement {
  const isWrong = (index: number) => doubtful.some((at) => at === `${pointer}/${index}` || at.startsWith(`${pointer}/${index}/`));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row ?? {})))];
  return h(
    'table',
    { class: 'computed-rows' },
    h('thead', {}, h('tr', {}, h('th', {}, '№'), ...columns.map((column) => h('th', {}, computedLabel(texts, `${pointer}/${column}`, ui))))),
    h(
      'tbody',
      {},
      ...rows.map((row, index) =>
        h(
          'tr',
          isWrong(index) ? { class: 'wrong-row', 'data-wrong': '' } : {},
          h(
            'td',
            {},
            String(index + 1),
            isWrong(index) ? h('span', { class: 'wrong-mark' }, ' ⚠', h('span', { class: 'visually-hidden' }, ui.t('forms.rowWrong', 'web'))) : null,
          ),
          ...columns.map((column) => buildCell(`${pointer}/${index}/${column}`, row?.[column], ui, texts)),
        ),
      ),
    ),
  );
}

/** A table cell: a value, or a table of its own for a list of rows within a row (a report's years). */
function buildCell(pointer: string, value: unknown, ui: UiTexts, texts: FormTexts): HTMLElement {
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object'))
    return h('td', {}, buildTable(pointer, value as Record<string, unknown>[], ui, texts));
  return h('td', { 'data-computed': pointer }, formatValue(pointer, value, ui, texts));
}
