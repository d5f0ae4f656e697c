import { getJson, postForFile, postJson, type Problem } from './api.js';
import { buildComputedView } from './computed-view.js';
import { debounce } from './debounce.js';
import { describeError } from './describe-error.js';
import { h, replaceChildren } from './dom.js';
import { downloadBlob, downloadText } from './download.js';
import { formTextsOf } from './field-labels.js';
import { keepPreviewFitted } from './fit-preview.js';
import { getAt, setAt } from './json-pointer.js';
import { buildRecordPicker, type RecordChoice } from './record-picker.js';
import { buildForm, createResolver, createSkeleton, pruneEmpty, showProblems, type SchemaNode } from './schema-form/index.js';
import { showEditionWarnings } from './show-edition-warnings.js';
import { showStatus } from './show-status.js';
import { readStored, writeStored } from './storage.js';
import type { UiTexts } from './ui-texts.js';

interface FormSummary { id: string; title: string; languages: string[] }
interface FormInfo extends FormSummary { schema: SchemaNode; common: SchemaNode; example?: Record<string, unknown>; csv: boolean }
interface CheckResult { valid: boolean; problems: Problem[]; computed: Record<string, unknown> | null; partial?: boolean; doubtful?: string[] }
interface PreviewResult { problems: Problem[]; pages: { lang: string; html: string }[]; draft?: boolean }
interface ParseResult { data?: Record<string, unknown>; problems: Problem[]; records?: RecordChoice }

/**
 * The forms page: pick a form and its languages, fill in the data in a form built from the JSON Schema (or load a
 * file, or start from the example), see each problem next to its field and the derived values as you type (those
 * that can be computed while some fields have errors too), the document as it will print, and download the PDF,
 * the DOCX and the data. Unsaved data is kept in the browser. Whatever fails is said in the status line.
 */
export async function showFormsPage(root: HTMLElement, ui: UiTexts): Promise<void> {
  // Kazakhstan's forms first (most of them, and the default), then Kyrgyzstan's; each country's in the list's order.
  const country = (form: FormSummary) => (form.id.startsWith('kz-') ? 0 : 1);
  const forms = (await getJson<FormSummary[]>('/api/forms')).sort((left, right) => country(left) - country(right));
  let formId = readStored<string>('form') ?? 'kz-a-evaluation-sheet';
  if (!forms.some((form) => form.id === formId)) formId = forms[0]!.id;
  let info: FormInfo;
  let data: Record<string, unknown> = {};
  let langs: string[] = [];
  let resolve: (node: SchemaNode) => SchemaNode = (node) => node;
  let previewLang = '';
  let sequence = 0;
  let loaded: { text: string; format: 'json' | 'yaml' | 'csv'; name: string } | undefined;
  // A field not yet filled in is required, not wrong: its problem is shown once the field is left (`touched`), or
  // for all fields once the document is asked for or data is loaded (`showAll`).
  let touched = new Set<string>();
  let showAll = false;
  let lastProblems: Problem[] = [];

  const formSelect = h('select', { id: 'form-select', onchange: () => void openForm((formSelect as HTMLSelectElement).value) },
    ...forms.map((form) => h('option', { value: form.id, selected: form.id === formId }, form.title)));
  const langBox = h('span', { class: 'langs', id: 'doc-langs' });
  const fileInput = h('input', { type: 'file', id: 'load-file', class: 'visually-hidden', onchange: () => void loadFile() }) as HTMLInputElement;
  const fileLabel = h('label', { class: 'button', for: 'load-file' });
  const recordBox = h('div', { id: 'record-box' });
  const undoBar = h('div', { class: 'undo-bar', id: 'undo-bar', role: 'status', hidden: true });
  const confirmText = h('p', { id: 'confirm-text' });
  const confirmDialog = h('dialog', { id: 'confirm-replace', 'aria-labelledby': 'confirm-text' },
    h('form', { method: 'dialog' }, confirmText,
      h('div', { class: 'buttons' },
        h('button', { value: 'replace', id: 'confirm-ok' }, ui.t('action.replace', 'web')),
        h('button', { value: 'cancel', id: 'confirm-cancel' }, ui.t('action.cancel', 'web'))))) as HTMLDialogElement;
  const status = h('div', { class: 'status', id: 'form-status', 'aria-live': 'polite' });
  const editor = h('div', { class: 'editor' });
  const computedBox = h('div', { id: 'computed' });
  const previewTabs = h('div', { class: 'tabs', id: 'preview-tabs' });
  const previewFrame = h('iframe', { id: 'preview', sandbox: 'allow-same-origin', title: ui.t('forms.preview', 'web') }) as HTMLIFrameElement;
  keepPreviewFitted(previewFrame);
  const previewNote = h('p', { class: 'muted preview-note', id: 'preview-note', hidden: true });
  const editionWarnings = h('div', { class: 'edition-warnings', id: 'edition-warnings', role: 'status', hidden: true });
  const downloads = h('div', { class: 'buttons' },
    h('button', { type: 'button', id: 'download-pdf', onclick: () => void download('pdf') }, ui.t('action.downloadPdf', 'web')),
    h('button', { type: 'button', id: 'download-docx', onclick: () => void download('docx') }, ui.t('action.downloadDocx', 'web')),
    h('button', { type: 'button', id: 'download-json', onclick: () => downloadText(`${JSON.stringify(data, null, 2)}\n`, `${formId}.json`, 'application/json') }, ui.t('action.downloadJson', 'web')));

  replaceChildren(root,
    h('h1', {}, ui.t('forms.title', 'web')),
    h('p', { class: 'lead' }, ui.t('forms.lead', 'web')),
    h('div', { class: 'toolbar' },
      h('label', {}, ui.t('forms.form', 'web'), ' ', formSelect),
      h('span', { class: 'label' }, ui.t('forms.languages', 'web')), langBox,
      h('button', { type: 'button', id: 'load-example', onclick: () => void confirmReplace(ui.t('forms.confirmExample', 'web'), () => { forgetFile(); showAll = true; replaceData(structuredClone(info.example ?? {})); }) }, ui.t('action.example', 'web')),
      fileLabel, fileInput,
      h('button', { type: 'button', id: 'clear-data', onclick: () => void confirmReplace(ui.t('forms.confirmClear', 'web'), () => { forgetFile(); showAll = false; replaceData(createSkeleton(info.schema, resolve)); }) }, ui.t('action.clear', 'web'))),
    undoBar, confirmDialog,
    recordBox,
    h('div', { class: 'columns' },
      h('div', { class: 'column' }, status, editor),
      h('div', { class: 'column side' },
        h('h2', {}, ui.t('forms.computed', 'web')), computedBox,
        h('h2', {}, ui.t('forms.downloads', 'web')), downloads,
        h('h2', {}, ui.t('forms.preview', 'web')), editionWarnings, previewTabs, previewNote, previewFrame)));

  /**
   * Nothing lost with one click: replacing filled data (Clear, the example) asks first, in the UI language, and the
   * data replaced last can be brought back («Undo») until the next replacement or another form is opened.
   */
  async function confirmReplace(question: string, replace: () => void): Promise<void> {
    if (!hasFilledValues(data)) {
      replace();
      return;
    }
    confirmText.textContent = question;
    const answer = await new Promise<string>((settle) => {
      confirmDialog.addEventListener('close', () => settle(confirmDialog.returnValue), { once: true });
      confirmDialog.returnValue = '';
      confirmDialog.showModal();
      confirmDialog.querySelector<HTMLButtonElement>('#confirm-cancel')?.focus();
    });
    if (answer === 'replace') replace();
  }

  /** Replaces the data with `next`, keeping what it replaced (when anything was filled in) for «Undo». */
  function replaceData(next: Record<string, unknown>): void {
    const previous = data;
    const previousForm = formId;
    rebuild(next);
    if (!hasFilledValues(previous)) {
      hideUndo();
      return;
    }
    replaceChildren(undoBar,
      h('span', {}, ui.t('forms.replaced', 'web')), ' ',
      h('button', { type: 'button', id: 'undo-replace', onclick: () => {
        hideUndo();
        if (formId === previousForm) rebuild(previous);
      } }, ui.t('action.undo', 'web')));
    undoBar.hidden = false;
  }

  function hideUndo(): void {
    undoBar.hidden = true;
    replaceChildren(undoBar);
  }

  const check = debounce(() => void runCheck(), 250);

  async function openForm(id: string): Promise<void> {
    formId = id;
    writeStored('form', id);
    forgetFile();
    hideUndo();
    showAll = false;
    try {
      info = await getJson<FormInfo>(`/api/forms/${encodeURIComponent(id)}`);
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
      return;
    }
    resolve = createResolver(info.schema, info.common);
    // Only the formats this form can be read from: a CSV only when the form maps its columns.
    fileInput.accept = info.csv ? '.json,.yaml,.yml,.csv' : '.json,.yaml,.yml';
    fileLabel.textContent = ui.t('action.loadFile', 'web', { formats: info.csv ? 'JSON, YAML, CSV' : 'JSON, YAML' });
    const kept = readStored<unknown>(`data.${id}`);
    const start = kept !== null && typeof kept === 'object' && !Array.isArray(kept) ? kept as Record<string, unknown> : createSkeleton(info.schema, resolve);
    const stored = readStored<string[]>(`langs.${id}`)?.filter((lang) => info.languages.includes(lang));
    langs = stored && stored.length > 0 ? stored : [info.languages[0]!];
    replaceChildren(langBox, ...info.languages.map((lang) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: lang, 'data-lang': lang, checked: langs.includes(lang), onchange: (event: Event) => {
        const input = event.target as HTMLInputElement;
        langs = info.languages.filter((candidate) => (candidate === lang ? input.checked : langs.includes(candidate)));
        writeStored(`langs.${formId}`, langs);
        check();
      } }), ` ${ui.language(lang)}`)));
    rebuild(start);
  }

  /** Builds the form for `next` (the current data by default); the data is replaced only once its form is built. */
  function rebuild(next: Record<string, unknown> = data): void {
    const form = buildForm(info.schema, {
      ui, data: next, resolve,
      setValue(pointer, value) {
        setAt(data, pointer, value);
        pruneEmpty(data, info.schema, resolve);
        changed();
      },
      changeStructure() {
        rebuild();
      },
    });
    if (next !== data) {
      touched = new Set();
      // The problems found in the data replaced are not this data's: none is shown until its own check answers.
      lastProblems = [];
    }
    data = next;
    form.addEventListener('focusout', (event) => {
      const pointer = (event.target as HTMLElement).dataset?.control;
      if (pointer === undefined || touched.has(pointer)) return;
      touched.add(pointer);
      showShownProblems();
    });
    replaceChildren(editor, form);
    changed();
  }

  function changed(): void {
    writeStored(`data.${formId}`, data);
    // An answer still on its way is about the data before this change: it is dropped when it comes.
    sequence++;
    check();
  }

  async function runCheck(): Promise<void> {
    const current = ++sequence;
    try {
      const result = await postJson<CheckResult>(`/api/forms/${formId}/check`, { data, uiLang: ui.lang });
      if (current !== sequence) return;
      lastProblems = result.problems;
      showShownProblems();
      showEditionWarnings(editionWarnings, result.problems, ui);
      showComputed(result);
      if (langs.length === 0) {
        // No empty grey box: a note says why there is no preview.
        previewFrame.srcdoc = '';
        previewFrame.hidden = true;
        replaceChildren(previewTabs);
        previewNote.textContent = langs.length === 0 ? ui.t('forms.previewNoLang', 'web') : ui.t('forms.previewBlocked', 'web');
        previewNote.hidden = false;
        return;
      }
      const preview = await postJson<PreviewResult>(`/api/forms/${formId}/preview`, { data, langs, uiLang: ui.lang });
      if (current !== sequence) return;
      if (preview.pages.length === 0) {
        // Not even a draft can be laid out: a note says why there is no preview.
        previewFrame.srcdoc = '';
        previewFrame.hidden = true;
        replaceChildren(previewTabs);
        previewNote.textContent = ui.t('forms.previewBlocked', 'web');
        previewNote.hidden = false;
        return;
      }
      showPreview(preview.pages);
      // A draft while the data has errors: said above the document, whose wrong values are left blank.
      if (preview.draft) {
        previewNote.textContent = ui.t('forms.previewDraft', 'web');
        previewNote.hidden = false;
      }
    } catch (error) {
      if (current !== sequence) return;
      showStatus(status, 'invalid', describeError(error, ui));
      // What was computed before is still shown, marked as not following the data any more.
      computedBox.classList.add('stale');
      computedBox.querySelector('#computed-note')?.remove();
      computedBox.prepend(h('p', { class: 'muted', id: 'computed-note' }, ui.t('forms.computedStale', 'web')));
    }
  }

  /** Whether a problem is shown yet: not a required field left empty that the officer has not reached. */
  function isShown(problem: Problem): boolean {
    if (showAll || problem.severity !== 'error') return true;
    const pointer = problem.place.pointer ?? '';
    if ([...touched].some((at) => at === pointer || at.startsWith(`${pointer}/`) || pointer.startsWith(`${at}/`))) return true;
    return problem.ruleId !== 'required' && hasFilledValues(getAt(data, pointer));
  }

  /** The problems shown at their fields and counted in the status line; the required fields not yet filled as a note. */
  function showShownProblems(): void {
    const shown = lastProblems.filter(isShown);
    const form = editor.querySelector<HTMLElement>('form');
    if (form) showProblems(form, shown, ui);
    const errors = shown.filter((problem) => problem.severity === 'error').length;
    const waiting = lastProblems.length - shown.length;
    if (errors > 0) showStatus(status, 'invalid', ui.t('forms.errors', 'web', { count: errors }));
    else if (waiting > 0) showStatus(status, '', ui.t('forms.fillRequired', 'web', { count: waiting }));
    else showStatus(status, 'valid', ui.t('forms.valid', 'web'));
  }

  function showComputed(result: CheckResult): void {
    computedBox.classList.remove('stale');
    if (!result.computed) {
      replaceChildren(computedBox, h('p', { class: 'muted' }, ui.t('forms.noComputed', 'web')));
      return;
    }
    if (Object.keys(result.computed).length === 0) {
      replaceChildren(computedBox, h('p', { class: 'muted' }, ui.t('forms.nothingComputed', 'web')));
      return;
    }
    // Data with errors: the values that can be computed anyway; those that depend on an error are shown as —.
    replaceChildren(computedBox,
      result.partial ? h('p', { class: 'muted', id: 'computed-note' }, ui.t('forms.computedPartial', 'web')) : null,
      buildComputedView(result.computed, ui, formTextsOf(info.schema, ui), result.doubtful ?? []));
  }

  function showPreview(pages: PreviewResult['pages']): void {
    previewNote.hidden = true;
    previewNote.textContent = '';
    previewFrame.hidden = false;
    if (!pages.some((page) => page.lang === previewLang)) previewLang = pages[0]?.lang ?? '';
    replaceChildren(previewTabs, ...pages.map((page) => h('button', { type: 'button', class: page.lang === previewLang ? 'tab current' : 'tab', onclick: () => {
      previewLang = page.lang;
      showPreview(pages);
    }, 'data-lang': page.lang }, ui.language(page.lang))));
    previewFrame.srcdoc = pages.find((page) => page.lang === previewLang)?.html ?? '';
  }

  async function download(format: 'pdf' | 'docx'): Promise<void> {
    // The document asked for: every problem is shown, and the first wrong field gets the focus.
    if (!showAll) {
      showAll = true;
      showShownProblems();
    }
    const firstWrong = editor.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (firstWrong) {
      firstWrong.focus();
      return;
    }
    try {
      for (const lang of langs) {
        const result = await postForFile(`/api/forms/${formId}/render`, { data, lang, format, uiLang: ui.lang });
        if ('problems' in result) {
          showStatus(status, 'invalid', result.problems.map((problem) => ui.withoutCodes(problem.message)).join('; '));
          return;
        }
        downloadBlob(result.blob, result.fileName);
      }
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
    }
  }

  async function loadFile(): Promise<void> {
    const file = fileInput.files?.[0];
    if (!file) return;
    const format = /\.csv$/i.test(file.name) ? 'csv' : /\.ya?ml$/i.test(file.name) ? 'yaml' : 'json';
    try {
      loaded = { text: await file.text(), format, name: file.name };
      await loadRecord(undefined);
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
    } finally {
      fileInput.value = '';
    }
  }

  /** The loaded file's record (the first when none is asked for); for a file of several, the list to pick another. */
  async function loadRecord(record: number | undefined): Promise<void> {
    if (!loaded) return;
    const result = await postJson<ParseResult>(`/api/forms/${formId}/parse`, { text: loaded.text, format: loaded.format, uiLang: ui.lang, ...(record !== undefined && { record }) });
    if (result.data === undefined) {
      // Each problem once, with its place in the file (a syntax error's line and column) and what to do.
      const name = loaded?.name ?? '';
      showStatus(status, 'invalid', result.problems.map((problem) => {
        const { line, column } = problem.place as { line?: number; column?: number };
        const place = line !== undefined ? ` (${ui.t('forms.filePlace', 'web', { line, column: column ?? 1 })})` : '';
        return `${name}: ${ui.withoutCodes(problem.message)}${place}${problem.expected ? ` — ${ui.withoutCodes(problem.expected)}` : ''}`;
      }).join('; '));
      forgetFile();
      return;
    }
    const name = loaded.name;
    replaceChildren(recordBox, result.records ? buildRecordPicker(result.records, name, ui, (index) => void loadRecord(index).catch((error: unknown) => showStatus(status, 'invalid', describeError(error, ui)))) : null);
    if (!result.records) loaded = undefined;
    showAll = true;
    replaceData(result.data);
  }

  function forgetFile(): void {
    loaded = undefined;
    replaceChildren(recordBox);
  }

  await openForm(formId);
}

/** Whether the data holds anything typed or loaded: a value other than empty objects and lists. */
function hasFilledValues(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasFilledValues);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasFilledValues);
  return value !== undefined && value !== null && value !== '';
}
