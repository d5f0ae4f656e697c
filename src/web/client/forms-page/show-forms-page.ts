import { getJson, postForFile, postJson } from '../api.js';
import { debounce } from '../debounce.js';
import { describeError } from '../describe-error.js';
import { h, replaceChildren } from '../dom.js';
import { downloadBlob, downloadText } from '../download.js';
import { setAt } from '../json-pointer.js';
import { buildRecordPicker } from '../record-picker.js';
import { buildForm, createResolver, createSkeleton, pruneEmpty, showProblems } from '../schema-form/index.js';
import { showEditionWarnings } from '../show-edition-warnings.js';
import { showStatus } from '../show-status.js';
import { readStored, writeStored } from '../storage.js';
import type { UiTexts } from '../ui-texts.js';
import { buildFormsLayout } from './build-forms-layout.js';
import { markComputedStale, showComputed } from './computed-panel.js';
import { describeFileProblems } from './describe-file-problems.js';
import type { CheckResult, FormInfo, FormSummary, ParseResult, PreviewResult } from './form-replies.js';
import { hasFilledValues } from './has-filled-values.js';
import { markWrongRows } from './mark-wrong-rows.js';
import { FormsPageState } from './page-state.js';
import { showNoPreview, showPreview } from './preview-panel.js';
import { askToReplace, hideUndo, offerUndo } from './replace-guard.js';
import { showScoreRanges } from './show-score-ranges.js';

/**
 * The forms page: pick a form and its languages, fill in the data in a form built from the JSON Schema (or load a
 * file, or start from the example), see each problem next to its field and the derived values as you type (those
 * that can be computed while some fields have errors too), the document as it will print, and download the PDF,
 * the DOCX and the data. Unsaved data is kept in the browser. Whatever fails is said in the status line.
 * What the page knows is one `FormsPageState`; its layout is `buildFormsLayout`'s.
 */
export async function showFormsPage(root: HTMLElement, ui: UiTexts): Promise<void> {
  // Kazakhstan's forms first (most of them, and the default), then Kyrgyzstan's; each country's in the list's order.
  const country = (form: FormSummary) => (form.id.startsWith('kz-') ? 0 : 1);
  const forms = (await getJson<FormSummary[]>('/api/forms')).sort((left, right) => country(left) - country(right));
  const storedForm = readStored<string>('form') ?? 'kz-a-evaluation-sheet';
  const state = new FormsPageState(forms.some((form) => form.id === storedForm) ? storedForm : forms[0]!.id);
  const { visibility } = state;

  const view = buildFormsLayout(root, ui, forms, state.formId, {
    openForm: (id) => void openForm(id),
    loadFile: () => void loadFile(),
    loadExample: () =>
      void confirmReplace(ui.t('forms.confirmExample', 'web'), () => {
        forgetFile();
        visibility.showAll = true;
        replaceData(structuredClone(state.info.example ?? {}));
      }),
    clear: () =>
      void confirmReplace(ui.t('forms.confirmClear', 'web'), () => {
        forgetFile();
        visibility.showAll = false;
        replaceData(createSkeleton(state.info.schema, state.resolve));
      }),
    download: (format) => void download(format),
    downloadJson: () => downloadText(`${JSON.stringify(state.data, null, 2)}\n`, `${state.formId}.json`, 'application/json'),
  });

  /**
   * Nothing lost with one click: replacing filled data (Clear, the example) asks first, in the UI language, and the
   * data replaced last can be brought back («Undo») until the next replacement or another form is opened.
   */
  async function confirmReplace(question: string, replace: () => void): Promise<void> {
    if (!hasFilledValues(state.data) || (await askToReplace(view, question))) replace();
  }

  /** Replaces the data with `next`, keeping what it replaced (when anything was filled in) for «Undo». */
  function replaceData(next: Record<string, unknown>): void {
    const previous = state.data;
    const previousForm = state.formId;
    rebuild(next);
    if (!hasFilledValues(previous)) hideUndo(view);
    else offerUndo(view, ui, () => state.formId === previousForm && rebuild(previous));
  }

  const check = debounce(() => void runCheck(), 250);
  // A draft's wrong rows are marked in its document each time one is shown (a new draft, another language's tab).
  view.previewFrame.addEventListener('load', () => markWrongRows(view.previewFrame, state.data, state.wrongItems, ui));

  async function openForm(id: string): Promise<void> {
    state.formId = id;
    writeStored('form', id);
    forgetFile();
    hideUndo(view);
    visibility.showAll = false;
    let info: FormInfo;
    try {
      info = await getJson<FormInfo>(`/api/forms/${encodeURIComponent(id)}`);
    } catch (error) {
      showStatus(view.status, 'invalid', describeError(error, ui));
      return;
    }
    state.info = info;
    state.resolve = createResolver(info.schema, info.common);
    // Only the formats this form can be read from: a CSV only when the form maps its columns.
    view.fileInput.accept = info.csv ? '.json,.yaml,.yml,.csv' : '.json,.yaml,.yml';
    view.fileLabel.textContent = ui.t('action.loadFile', 'web', { formats: info.csv ? 'JSON, YAML, CSV' : 'JSON, YAML' });
    const kept = readStored<unknown>(`data.${id}`);
    const start =
      kept !== null && typeof kept === 'object' && !Array.isArray(kept) ? (kept as Record<string, unknown>) : createSkeleton(info.schema, state.resolve);
    const stored = readStored<string[]>(`langs.${id}`)?.filter((lang) => info.languages.includes(lang));
    state.langs = stored && stored.length > 0 ? stored : [info.languages[0]!];
    replaceChildren(
      view.langBox,
      ...info.languages.map((lang) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            value: lang,
            'data-lang': lang,
            checked: state.langs.includes(lang),
            onchange: (event: Event) => {
              const input = event.target as HTMLInputElement;
              state.langs = info.languages.filter((candidate) => (candidate === lang ? input.checked : state.langs.includes(candidate)));
              writeStored(`langs.${state.formId}`, state.langs);
              check();
            },
          }),
          ` ${ui.language(lang)}`,
        ),
      ),
    );
    rebuild(start);
  }

  /** Builds the form for `next` (the current data by default); the data is replaced only once its form is built. */
  function rebuild(next: Record<string, unknown> = state.data): void {
    const { info, resolve } = state;
    const form = buildForm(info.schema, {
      ui,
      data: next,
      resolve,
      setValue(pointer, value) {
        setAt(state.data, pointer, value);
        pruneEmpty(state.data, info.schema, resolve);
        changed();
      },
      changeStructure() {
        rebuild();
      },
    });
    // The problems found in the data replaced are not this data's: none is shown until its own check answers.
    if (next !== state.data) visibility.forgetData();
    state.data = next;
    form.addEventListener('focusout', (event) => {
      const pointer = (event.target as HTMLElement).dataset?.control;
      if (pointer !== undefined && visibility.touch(pointer)) showShownProblems();
    });
    replaceChildren(view.editor, form);
    changed();
  }

  function changed(): void {
    writeStored(`data.${state.formId}`, state.data);
    // An answer still on its way is about the data before this change: it is dropped when it comes.
    state.nextVersion();
    check();
  }

  async function runCheck(): Promise<void> {
    const current = state.nextVersion();
    const { formId, data, langs } = state;
    try {
      const result = await postJson<CheckResult>(`/api/forms/${formId}/check`, { data, uiLang: ui.lang });
      if (!state.isCurrent(current)) return;
      visibility.setProblems(result.problems);
      showShownProblems();
      showEditionWarnings(view.editionWarnings, result.problems, ui);
      showComputed(view.computedBox, result, state.info, ui);
      showScoreRanges(view.editor.querySelector('form'), result.computed, ui);
      if (langs.length === 0) {
        showNoPreview(view, ui.t('forms.previewNoLang', 'web'));
        return;
      }
      const preview = await postJson<PreviewResult>(`/api/forms/${formId}/preview`, { data, langs, uiLang: ui.lang });
      if (!state.isCurrent(current)) return;
      // Not even a draft can be laid out: a note says why there is no preview.
      if (preview.pages.length === 0) {
        showNoPreview(view, ui.t('forms.previewBlocked', 'web'));
        return;
      }
      state.wrongItems = preview.draft ? (result.doubtful ?? []) : [];
      showPreview(view, state, preview.pages, ui);
      // A draft while the data has errors: said above the document, whose wrong values are left blank.
      if (preview.draft) {
        view.previewNote.textContent = ui.t('forms.previewDraft', 'web');
        view.previewNote.hidden = false;
      }
    } catch (error) {
      if (!state.isCurrent(current)) return;
      showStatus(view.status, 'invalid', describeError(error, ui));
      markComputedStale(view.computedBox, ui);
    }
  }

  /** The problems shown at their fields and counted in the status line; the required fields not yet filled as a note. */
  function showShownProblems(): void {
    const { shown, waiting } = visibility.select(state.data);
    const form = view.editor.querySelector<HTMLElement>('form');
    if (form) showProblems(form, shown, ui);
    const errors = shown.filter((problem) => problem.severity === 'error').length;
    if (errors > 0) showStatus(view.status, 'invalid', ui.t('forms.errors', 'web', { count: errors }));
    else if (waiting > 0) showStatus(view.status, '', ui.t('forms.fillRequired', 'web', { count: waiting }));
    else showStatus(view.status, 'valid', ui.t('forms.valid', 'web'));
  }

  async function download(format: 'pdf' | 'docx'): Promise<void> {
    // The document asked for: every problem is shown, and the first wrong field gets the focus.
    if (!visibility.showAll) {
      visibility.showAll = true;
      showShownProblems();
    }
    const firstWrong = view.editor.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (firstWrong) {
      firstWrong.focus();
      return;
    }
    try {
      for (const lang of state.langs) {
        const result = await postForFile(`/api/forms/${state.formId}/render`, { data: state.data, lang, format, uiLang: ui.lang });
        if ('problems' in result) {
          showStatus(view.status, 'invalid', result.problems.map((problem) => ui.withoutCodes(problem.message)).join('; '));
          return;
        }
        downloadBlob(result.blob, result.fileName);
      }
    } catch (error) {
      showStatus(view.status, 'invalid', describeError(error, ui));
    }
  }

  async function loadFile(): Promise<void> {
    const file = view.fileInput.files?.[0];
    if (!file) return;
    const format = /\.csv$/i.test(file.name) ? 'csv' : /\.ya?ml$/i.test(file.name) ? 'yaml' : 'json';
    try {
      state.loaded = { text: await file.text(), format, name: file.name };
      await loadRecord(undefined);
    } catch (error) {
      showStatus(view.status, 'invalid', describeError(error, ui));
    } finally {
      view.fileInput.value = '';
    }
  }

  /** The loaded file's record (the first when none is asked for); for a file of several, the list to pick another. */
  async function loadRecord(record: number | undefined): Promise<void> {
    const loaded = state.loaded;
    if (!loaded) return;
    const result = await postJson<ParseResult>(`/api/forms/${state.formId}/parse`, {
      text: loaded.text,
      format: loaded.format,
      uiLang: ui.lang,
      ...(record !== undefined && { record }),
    });
    if (result.data === undefined) {
      showStatus(view.status, 'invalid', describeFileProblems(loaded.name, result.problems, ui));
      forgetFile();
      return;
    }
    replaceChildren(
      view.recordBox,
      result.records
        ? buildRecordPicker(
            result.records,
            loaded.name,
            ui,
            (index) => void loadRecord(index).catch((error: unknown) => showStatus(view.status, 'invalid', describeError(error, ui))),
          )
        : null,
    );
    if (!result.records) state.loaded = undefined;
    visibility.showAll = true;
    replaceData(result.data);
  }

  function forgetFile(): void {
    state.loaded = undefined;
    replaceChildren(view.recordBox);
  }

  await openForm(state.formId);
}
