import { h } from './dom.js';
import type { UiTexts } from './ui-texts.js';

/**
 * A file input as a button in the UI language ("Файлды таңдау (.docx, .md, .txt)") with the chosen file's name
 * beside it: the browser's own "Choose File / No file chosen" speaks the browser's language, not the officer's.
 */
export function fileButton(input: HTMLInputElement, caption: string, formats: string, ui: UiTexts): HTMLElement {
  input.classList.add('visually-hidden');
  const name = h('span', { class: 'file-name muted', id: `${input.id}-name` }, ui.t('action.noFile', 'web'));
  input.addEventListener('change', () => {
    name.textContent = input.files?.[0]?.name ?? ui.t('action.noFile', 'web');
  });
  return h(
    'span',
    { class: 'file-button' },
    h('span', { class: 'label' }, caption),
    ' ',
    h('label', { class: 'button', for: input.id }, ui.t('action.chooseFile', 'web', { formats })),
    input,
    ' ',
    name,
  );
}
