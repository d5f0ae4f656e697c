import { getFile, getJson, postForm, type Problem } from './api.js';
import { describeError } from './describe-error.js';
import { h, replaceChildren, svg } from './dom.js';
import { downloadBlob } from './download.js';
import { fileButton } from './file-button.js';
import { showStatus } from './show-status.js';
import type { UiTexts } from './ui-texts.js';

interface CoverageRow {
  namespace: string;
  lang: string;
  keys: number;
  translated: number;
  percent: number;
  problems: number;
}
interface Report {
  coverage: CoverageRow[];
  problems: Problem[];
}
interface TextChange {
  file: string;
  key: string;
  before: string;
  after: string;
}
interface ImportReply {
  ok: boolean;
  dryRun?: boolean;
  changed?: number;
  changes?: TextChange[];
  messages?: string[];
}

const langColours: Record<string, string> = { kk: '#1f4e79', ru: '#c55a11', ky: '#548235', en: '#7f7f7f' };

/** Translations: coverage per namespace and language (chart and table), the problems of `locales check`, XLIFF. */
export async function showTranslationsPage(root: HTMLElement, ui: UiTexts): Promise<void> {
  const status = h('div', { class: 'status', id: 'xliff-status', 'aria-live': 'polite' });
  // The source language: Kazakh for most texts, Kyrgyz for the Kyrgyz forms' (kg-hr-regulation), into Russian only.
  const exportSource = h(
    'select',
    { id: 'xliff-source' },
    h('option', { value: 'kk' }, ui.language('kk')),
    h('option', { value: 'ky' }, ui.language('ky')),
  ) as HTMLSelectElement;
  const exportLang = h(
    'select',
    {
      id: 'xliff-lang',
      onchange: () => {
        const fromKyrgyz = exportSource.querySelector<HTMLOptionElement>('option[value=ky]')!;
        fromKyrgyz.disabled = exportLang.value === 'ky';
        if (fromKyrgyz.disabled) exportSource.value = 'kk';
      },
    },
    h('option', { value: 'ru' }, ui.language('ru')),
    h('option', { value: 'ky' }, ui.language('ky')),
  ) as HTMLSelectElement;
  const importFile = h('input', { type: 'file', id: 'xliff-file', accept: '.xliff,.xlf,.xml' }) as HTMLInputElement;
  const body = h('div', {}, h('p', { class: 'muted' }, ui.t('translations.loading', 'web')));
  const review = h('div', { id: 'xliff-review' });
  replaceChildren(
    root,
    h('h1', {}, ui.t('translations.title', 'web')),
    h('p', { class: 'lead' }, ui.t('translations.lead', 'web')),
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, ui.t('translations.exportLang', 'web'), ' ', exportLang),
      h('label', {}, ui.t('translations.sourceLang', 'web'), ' ', exportSource),
      h('button', { type: 'button', id: 'xliff-export', onclick: () => void exportXliff() }, ui.t('action.exportXliff', 'web')),
      fileButton(importFile, ui.t('translations.importFile', 'web'), 'XLIFF', ui),
      h('button', { type: 'button', id: 'xliff-import', onclick: () => void importXliff() }, ui.t('action.importXliff', 'web')),
    ),
    status,
    review,
    body,
  );

  async function exportXliff(): Promise<void> {
    try {
      const { blob, fileName } = await getFile(`/api/locales/xliff/${exportLang.value}${exportSource.value === 'kk' ? '' : `?source=${exportSource.value}`}`);
      downloadBlob(blob, fileName);
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
    }
  }

  /** First asks what the file would change and shows it; the changes are written only when the user applies them. */
  async function importXliff(confirm = false): Promise<void> {
    const file = importFile.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file, 'import.xliff');
    // The messages name the file as the translator knows it.
    form.append('fileName', file.name);
    if (confirm) form.append('confirm', 'yes');
    replaceChildren(review);
    try {
      const result = await postForm<ImportReply>('/api/locales/xliff', form);
      if (!result.ok) showStatus(status, 'invalid', (result.messages ?? []).join('; '));
      else if (result.dryRun && result.changed === 0) showStatus(status, 'valid', ui.t('translations.noChange', 'web'));
      else if (result.dryRun) {
        showStatus(status, 'valid', ui.t('translations.confirm', 'web', { count: result.changed }));
        replaceChildren(
          review,
          buildChanges(result.changes ?? [], ui),
          h(
            'div',
            { class: 'toolbar' },
            h('button', { type: 'button', id: 'xliff-apply', onclick: () => void importXliff(true) }, ui.t('action.applyImport', 'web')),
            h(
              'button',
              {
                type: 'button',
                id: 'xliff-cancel',
                onclick: () => {
                  replaceChildren(review);
                  showStatus(status, '', '');
                },
              },
              ui.t('action.cancel', 'web'),
            ),
          ),
        );
      } else {
        showStatus(status, 'valid', ui.t('translations.imported', 'web', { count: result.changed }));
        await load();
      }
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
    }
  }

  async function load(): Promise<void> {
    let report: Report;
    try {
      report = await getJson<Report>('/api/locales/report');
    } catch (error) {
      replaceChildren(body);
      showStatus(status, 'invalid', describeError(error, ui));
      return;
    }
    replaceChildren(
      body,
      h('h2', {}, ui.t('translations.coverage', 'web')),
      buildChart(report.coverage, ui),
      buildTable(report.coverage, ui),
      h('h2', {}, ui.t('translations.problems', 'web', { count: report.problems.length })),
      buildProblems(report.problems, ui),
    );
  }

  await load();
}

/** One row per namespace, one bar per language, its length the share of texts translated. */
function buildChart(rows: CoverageRow[], ui: UiTexts): Element {
  const namespaces = [...new Set(rows.map((row) => row.namespace))];
  const barHeight = 7;
  const rowHeight = 4 * barHeight + 8;
  const labelWidth = 210;
  const width = 640;
  const chart = svg('svg', {
    class: 'coverage-chart',
    id: 'coverage-chart',
    viewBox: `0 0 ${width} ${namespaces.length * rowHeight + 24}`,
    role: 'img',
    'aria-label': ui.t('translations.coverage', 'web'),
  });
  namespaces.forEach((namespace, index) => {
    const y = index * rowHeight;
    chart.append(svg('text', { x: 0, y: y + rowHeight / 2 + 4, 'font-size': 11 }, namespace));
    // One bar per language, always in the same order (kk, ru, ky, en), so that a colour keeps its place.
    const order = Object.keys(langColours);
    const bars = rows.filter((row) => row.namespace === namespace).sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
    bars.forEach((row, bar) => {
      const length = ((width - labelWidth - 40) * row.percent) / 100;
      const rect = svg('rect', {
        x: labelWidth,
        y: y + 2 + bar * barHeight,
        width: length.toFixed(1),
        height: barHeight - 1,
        fill: langColours[row.lang] ?? '#333',
      });
      rect.append(svg('title', {}, `${ui.language(row.lang)}: ${ui.number(row.percent)} %`));
      chart.append(rect);
    });
  });
  const legendY = namespaces.length * rowHeight + 14;
  Object.entries(langColours).forEach(([lang, colour], index) => {
    chart.append(
      svg('rect', { x: labelWidth + index * 100, y: legendY - 9, width: 10, height: 10, fill: colour }),
      svg('text', { x: labelWidth + index * 100 + 14, y: legendY, 'font-size': 11 }, ui.language(lang)),
    );
  });
  return chart;
}

function buildTable(rows: CoverageRow[], ui: UiTexts): HTMLElement {
  const columns = ['namespace', 'lang', 'keys', 'translated', 'percent', 'problems'] as const;
  return scrollable(
    h(
      'table',
      { class: 'grid', id: 'coverage-table' },
      h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', {}, ui.t(`translations.column.${column}`, 'web'))))),
      h(
        'tbody',
        {},
        ...rows.map((row) =>
          h(
            'tr',
            { class: row.percent < 100 ? 'incomplete' : '' },
            ...columns.map((column) =>
              h('td', {}, column === 'lang' ? ui.language(row.lang) : typeof row[column] === 'number' ? ui.number(row[column] as number) : String(row[column])),
            ),
          ),
        ),
      ),
    ),
  );
}

/** What an import would change: per text the file, the key, the text now and the text after. */
function buildChanges(changes: TextChange[], ui: UiTexts): HTMLElement {
  return scrollable(
    h(
      'table',
      { class: 'grid', id: 'xliff-changes' },
      h('thead', {}, h('tr', {}, ...(['file', 'key', 'before', 'after'] as const).map((column) => h('th', {}, ui.t(`translations.column.${column}`, 'web'))))),
      h(
        'tbody',
        {},
        ...changes.map((change) =>
          h('tr', {}, h('td', {}, change.file), h('td', {}, h('code', {}, change.key)), h('td', {}, change.before), h('td', {}, change.after)),
        ),
      ),
    ),
  );
}

function buildProblems(problems: Problem[], ui: UiTexts): HTMLElement {
  if (problems.length === 0) return h('p', { class: 'valid' }, ui.t('translations.clean', 'web'));
  return scrollable(
    h(
      'table',
      { class: 'grid', id: 'locale-problems' },
      h(
        'thead',
        {},
        h('tr', {}, ...(['severity', 'file', 'key', 'message', 'fix'] as const).map((column) => h('th', {}, ui.t(`translations.column.${column}`, 'web')))),
      ),
      h(
        'tbody',
        {},
        ...problems.map((problem) =>
          h(
            'tr',
            { class: problem.severity },
            h('td', {}, ui.t(`severity.${problem.severity}`, 'web')),
            h('td', {}, `${problem.place.file ?? ''}${problem.place.line ? `:${problem.place.line}` : ''}`),
            h('td', {}, h('code', {}, problem.place.pointer?.slice(1).replace(/\//g, '.') ?? '')),
            h('td', {}, problem.message),
            h('td', {}, problem.fix?.description ?? ''),
          ),
        ),
      ),
    ),
  );
}

/** A wide table in a box of the page's width that scrolls sideways by itself (focusable, to scroll by keyboard). */
function scrollable(table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll', tabindex: '0' }, table);
}
