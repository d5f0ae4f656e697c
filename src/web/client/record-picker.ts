import { h } from './dom.js';
import type { UiTexts } from './ui-texts.js';

export interface RecordChoice {
  count: number;
  index: number;
  labels: string[];
}

/**
 * For a file that holds several records (a CSV of a unit, a JSON array): which one is loaded, and a list to load
 * another, each named by its number and identifying fields ("2. Қасымова Әйгерім Ерланқызы, Жетекші сарапшы").
 */
export function buildRecordPicker(choice: RecordChoice, fileName: string, ui: UiTexts, pick: (index: number) => void): HTMLElement {
  const select = h(
    'select',
    { id: 'record-select', onchange: () => pick(Number(select.value)) },
    ...Array.from({ length: Math.max(choice.labels.length, choice.index + 1) }, (_, index) =>
      h('option', { value: index, selected: index === choice.index }, `${index + 1}. ${choice.labels[index] ?? ''}`.trim()),
    ),
  );
  return h(
    'div',
    { class: 'record-picker', id: 'record-picker' },
    h('span', { id: 'record-loaded' }, ui.t('forms.recordLoaded', 'web', { number: choice.index + 1, count: choice.count, file: fileName })),
    ' ',
    h('label', {}, ui.t('forms.recordPick', 'web'), ' ', select),
  );
}
