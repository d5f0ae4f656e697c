import { h, replaceChildren } from '../dom.js';
import { keepPreviewFitted } from '../fit-preview.js';
import type { UiTexts } from '../ui-texts.js';
import type { FormSummary } from './form-replies.js';

/** The forms page's parts that change: filled in by the page as the form, the data and the answers change. */
export interface FormsPageView {
  formSelect: HTMLSelectElement;
  langBox: HTMLElement;
  fileInput: HTMLInputElement;
  fileLabel: HTMLElement;
  recordBox: HTMLElement;
  undoBar: HTMLElement;
  confirmText: HTMLElement;
  confirmDialog: HTMLDialogElement;
  status: HTMLElement;
  editor: HTMLElement;
  computedBox: HTMLElement;
  previewTabs: HTMLElement;
  previewFrame: HTMLIFrameElement;
  previewNote: HTMLElement;
  editionWarnings: HTMLElement;
}

/** What the page's buttons and choices do. */
export interface FormsPageActions {
  openForm(id: string): void;
  loadFile(): void;
  loadExample(): void;
  clear(): void;
  download(format: 'pdf' | 'docx'): void;
  downloadJson(): void;
}

/**
 * The forms page's layout: the toolbar (form, document languages, example, file, clear), the undo bar and the
 * confirmation dialog, the form with its status line, and beside it the derived values, the downloads and the
 * preview.
 */
export function buildFormsLayout(root: HTMLElement, ui: UiTexts, forms: FormSummary[], formId: string, actions: FormsPageActions): FormsPageView {
  const formSelect = h(
    'select',
    { id: 'form-select', onchange: () => actions.openForm(formSelect.value) },
    ...forms.map((form) => h('option', { value: form.id, selected: form.id === formId }, form.title)),
  );
  const confirmText = h('p', { id: 'confirm-text' });
  const previewFrame = h('iframe', { id: 'preview', sandbox: 'allow-same-origin', title: ui.t('forms.preview', 'web') });
  keepPreviewFitted(previewFrame);
  const view: FormsPageView = {
    formSelect,
    langBox: h('span', { class: 'langs', id: 'doc-langs' }),
    fileInput: h('input', { type: 'file', id: 'load-file', class: 'visually-hidden', onchange: () => actions.loadFile() }),
    fileLabel: h('label', { class: 'button', for: 'load-file' }),
    recordBox: h('div', { id: 'record-box' }),
    undoBar: h('div', { class: 'undo-bar', id: 'undo-bar', role: 'status', hidden: true }),
    confirmText,
    confirmDialog: h(
      'dialog',
      { id: 'confirm-replace', 'aria-labelledby': 'confirm-text' },
      h(
        'form',
        { method: 'dialog' },
        confirmText,
        h(
          'div',
          { class: 'buttons' },
          h('button', { value: 'replace', id: 'confirm-ok' }, ui.t('action.replace', 'web')),
          h('button', { value: 'cancel', id: 'confirm-cancel' }, ui.t('action.cancel', 'web')),
        ),
      ),
    ),
    status: h('div', { class: 'status', id: 'form-status', 'aria-live': 'polite' }),
    editor: h('div', { class: 'editor' }),
    computedBox: h('div', { id: 'computed' }),
    previewTabs: h('div', { class: 'tabs', id: 'preview-tabs' }),
    previewFrame,
    previewNote: h('p', { class: 'muted preview-note', id: 'preview-note', hidden: true }),
    editionWarnings: h('div', { class: 'edition-warnings', id: 'edition-warnings', role: 'status', hidden: true }),
  };
  const downloads = h(
    'div',
    { class: 'buttons' },
    h('button', { type: 'button', id: 'download-pdf', onclick: () => actions.download('pdf') }, ui.t('action.downloadPdf', 'web')),
    h('button', { type: 'button', id: 'download-docx', onclick: () => actions.download('docx') }, ui.t('action.downloadDocx', 'web')),
    h('button', { type: 'button', id: 'download-json', onclick: () => actions.downloadJson() }, ui.t('action.downloadJson', 'web')),
  );

  replaceChildren(
    root,
    h('h1', {}, ui.t('forms.title', 'web')),
    h('p', { class: 'lead' }, ui.t('forms.lead', 'web')),
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, ui.t('forms.form', 'web'), ' ', formSelect),
      h('span', { class: 'label' }, ui.t('forms.languages', 'web')),
      view.langBox,
      h('button', { type: 'button', id: 'load-example', onclick: () => actions.loadExample() }, ui.t('action.example', 'web')),
      view.fileLabel,
      view.fileInput,
      h('button', { type: 'button', id: 'clear-data', onclick: () => actions.clear() }, ui.t('action.clear', 'web')),
    ),
    view.undoBar,
    view.confirmDialog,
    view.recordBox,
    h(
      'div',
      { class: 'columns' },
      h('div', { class: 'column' }, view.status, view.editor),
      h(
        'div',
        { class: 'column side' },
        h('h2', {}, ui.t('forms.computed', 'web')),
        view.computedBox,
        h('h2', {}, ui.t('forms.downloads', 'web')),
        downloads,
        h('h2', {}, ui.t('forms.preview', 'web')),
        view.editionWarnings,
        view.previewTabs,
        view.previewNote,
        view.previewFrame,
      ),
    ),
  );
  return view;
}
