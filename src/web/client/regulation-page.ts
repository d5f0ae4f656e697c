// The server's reply by its own type: a type-only import, nothing of the server's code comes into the page.
import type { RegulationReply } from '../server/check-regulation-upload.js';
import { postForm, postFormForFile, type Problem } from './api.js';
import { describeError } from './describe-error.js';
import { h, replaceChildren } from './dom.js';
import { downloadBlob, downloadText } from './download.js';
import { fileButton } from './file-button.js';
import { showStatus } from './show-status.js';
import type { UiTexts } from './ui-texts.js';

/**
 * The regulation check: upload a draft (.docx, .md, .txt) or paste its text, pick the profile or let it be
 * detected, see the findings listed and marked in the text, filter them, jump to their place, download the report
 * (JSON, SARIF, or printable as PDF or DOCX), or the draft itself as a DOCX with the findings as Word comments and the certain fixes as tracked changes.
 * A file the server refuses (damaged, too large) is said in the status line with the server's message.
 */
export function showRegulationPage(root: HTMLElement, ui: UiTexts): void {
  const fileInput = h('input', { type: 'file', id: 'regulation-file', accept: '.docx,.md,.txt' }) as HTMLInputElement;
  const textArea = h('textarea', { id: 'regulation-text', rows: 6, placeholder: ui.t('regulation.pastePlaceholder', 'web') }) as HTMLTextAreaElement;
  const profile = h(
    'select',
    { id: 'regulation-profile' },
    ...(['auto', 'kz', 'kg'] as const).map((value) => h('option', { value }, ui.t(`regulation.profile.${value}`, 'web'))),
  ) as HTMLSelectElement;
  const severityFilter = h(
    'select',
    { id: 'filter-severity', onchange: () => render() },
    h('option', { value: '' }, ui.t('regulation.allSeverities', 'web')),
    ...(['error', 'warning', 'info'] as const).map((value) => h('option', { value }, ui.t(`severity.${value}`, 'web'))),
  ) as HTMLSelectElement;
  const ruleFilter = h('select', { id: 'filter-rule', onchange: () => render() }) as HTMLSelectElement;
  const status = h('div', { class: 'status', id: 'regulation-status', 'aria-live': 'polite' });
  const findings = h('ol', { class: 'findings', id: 'findings' });
  const omitted = h('p', { class: 'muted', id: 'findings-omitted' });
  // A scrollable region: focusable, so that it can be scrolled by keyboard, and named for a screen reader.
  const documentView = h('div', {
    class: 'document-view',
    id: 'document-view',
    tabindex: '0',
    role: 'region',
    'aria-label': ui.t('regulation.documentView', 'web'),
  });
  const reportButtons = h('div', { class: 'buttons' });
  let result: RegulationReply | undefined;
  /** What the last check sent: the reviewed copy and the printable report are made of the same draft and choices. */
  let checked: FormData | undefined;

  replaceChildren(
    root,
    h('h1', {}, ui.t('regulation.title', 'web')),
    h('p', { class: 'lead' }, ui.t('regulation.lead', 'web')),
    h(
      'div',
      { class: 'toolbar' },
      fileButton(fileInput, ui.t('regulation.file', 'web'), '.docx, .md, .txt', ui),
      h('label', {}, ui.t('regulation.profileLabel', 'web'), ' ', profile),
      h('button', { type: 'button', id: 'regulation-check', class: 'primary', onclick: () => void runCheck() }, ui.t('action.check', 'web')),
    ),
    h('label', { class: 'block' }, ui.t('regulation.paste', 'web'), textArea),
    status,
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, ui.t('regulation.severity', 'web'), ' ', severityFilter),
      h('label', {}, ui.t('regulation.rule', 'web'), ' ', ruleFilter),
      reportButtons,
    ),
    h('div', { class: 'columns' }, h('div', { class: 'column' }, findings, omitted), h('div', { class: 'column' }, documentView)),
  );

  async function runCheck(): Promise<void> {
    const form = new FormData();
    const file = fileInput.files?.[0];
    if (file) {
      form.append('fileType', /\.docx$/i.test(file.name) ? 'docx' : /\.md$/i.test(file.name) ? 'md' : 'txt');
      form.append('file', file, 'draft');
      // The report names the draft as the user knows it.
      form.append('fileName', file.name);
    } else form.append('text', textArea.value);
    form.append('profile', profile.value);
    form.append('uiLang', ui.lang);
    showStatus(status, 'busy', ui.t('regulation.checking', 'web'));
    try {
      result = await postForm<RegulationReply>('/api/regulation/check', form);
      checked = form;
      const rules = [...new Set(result.problems.map((problem) => problem.ruleId))].sort();
      replaceChildren(
        ruleFilter,
        h('option', { value: '' }, ui.t('regulation.allRules', 'web')),
        ...rules.map((rule) => h('option', { value: rule, title: rule }, ruleName(rule))),
      );
      showStatus(
        status,
        result.errors > 0 ? 'invalid' : 'valid',
        ui.t('regulation.summaryNamed', 'web', {
          count: result.total,
          errors: result.errors,
          profile: ui.t(`regulation.profile.${result.profile}`, 'web'),
          lang: ui.language(result.lang),
          date: ui.date(result.asOf),
          dateFrom: ui.t(`regulation.dateFrom.${result.dateFrom}`, 'web'),
        }),
      );
      omitted.textContent = result.omitted > 0 ? ui.t('regulation.omitted', 'web', { count: result.omitted, shown: result.problems.length }) : '';
      replaceChildren(
        reportButtons,
        h(
          'button',
          { type: 'button', id: 'report-json', onclick: () => downloadText(result!.reports.json, 'regulation-report.json', 'application/json') },
          ui.t('action.reportJson', 'web'),
        ),
        h(
          'button',
          { type: 'button', id: 'report-sarif', onclick: () => downloadText(result!.reports.sarif, 'regulation-report.sarif', 'application/sarif+json') },
          ui.t('action.reportSarif', 'web'),
        ),
        h('button', { type: 'button', id: 'report-pdf', onclick: () => void downloadFrom('report', 'pdf') }, ui.t('action.reportPdf', 'web')),
        h('button', { type: 'button', id: 'report-print-docx', onclick: () => void downloadFrom('report', 'docx') }, ui.t('action.reportDocx', 'web')),
        h('button', { type: 'button', id: 'report-docx', onclick: () => void downloadFrom('review') }, ui.t('action.reviewedDocx', 'web')),
      );
      render();
    } catch (error) {
      result = undefined;
      showStatus(status, 'invalid', describeError(error, ui));
      omitted.textContent = '';
      replaceChildren(findings);
      replaceChildren(documentView);
      replaceChildren(reportButtons);
    }
  }

  /** The reviewed copy of the draft, or the check's printable report (PDF, DOCX), of the draft and choices checked last. */
  async function downloadFrom(route: 'review' | 'report', format?: 'pdf' | 'docx'): Promise<void> {
    if (!checked) return;
    const form = new FormData();
    for (const [name, value] of checked) form.append(name, value);
    if (format) form.append('format', format);
    try {
      const { blob, fileName } = await postFormForFile(`/api/regulation/${route}`, form);
      downloadBlob(blob, fileName);
    } catch (error) {
      showStatus(status, 'invalid', describeError(error, ui));
    }
  }

  function render(): void {
    if (!result) return;
    const shown = result.problems.filter(
      (problem) => (!severityFilter.value || problem.severity === severityFilter.value) && (!ruleFilter.value || problem.ruleId === ruleFilter.value),
    );
    const byLine = new Map<number, Problem[]>();
    for (const problem of shown) byLine.set(problem.place.line ?? 0, [...(byLine.get(problem.place.line ?? 0) ?? []), problem]);
    replaceChildren(
      findings,
      ...shown.map((problem) =>
        h(
          'li',
          { class: `finding ${problem.severity}`, 'data-rule': problem.ruleId },
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => jumpTo(problem.place.line ?? 0) },
            `${ui.t('regulation.line', 'web')} ${problem.place.line ?? '—'}:${problem.place.column ?? 1}`,
          ),
          ' ',
          h('span', { class: `badge ${problem.severity}` }, ui.t(`severity.${problem.severity}`, 'web')),
          ' ',
          h('span', { class: 'rule-name', title: problem.ruleId }, ruleName(problem.ruleId)),
          ' ',
          ui.withoutCodes(problem.message),
          problem.fix ? h('div', { class: 'fix' }, problem.fix.description) : null,
        ),
      ),
    );
    replaceChildren(
      documentView,
      ...result.lines.map((line) => {
        const marks = byLine.get(line.line) ?? [];
        const severity = marks.some((problem) => problem.severity === 'error') ? 'error' : marks.length > 0 ? 'warning' : '';
        return h(
          'div',
          {
            class: `doc-line ${severity ? `marked ${severity}` : ''}`,
            id: `line-${line.line}`,
            title: marks.map((problem) => ui.withoutCodes(problem.message)).join('\n'),
          },
          h('span', { class: 'line-number' }, String(line.line)),
          h('span', { class: 'line-text' }, ...highlight(line, marks)),
        );
      }),
    );
  }

  /** A rule by its name in the UI language; its id (for developers, the reports) is the tooltip. */
  function ruleName(rule: string): string {
    return ui.find(`regulation.ruleName.${rule}`, 'web') ?? rule;
  }

  function jumpTo(line: number): void {
    const target = documentView.querySelector(`#line-${line}`) ?? documentView.querySelector('.doc-line:last-child');
    for (const current of documentView.querySelectorAll('.current')) current.classList.remove('current');
    target?.classList.add('current');
    target?.scrollIntoView({ block: 'center' });
  }
}

/** A line's text with the word at each finding's column marked. */
function highlight(line: { offset: number; text: string }, marks: Problem[]): (Node | string)[] {
  const starts = [...new Set(marks.map((problem) => Math.max(0, (problem.place.column ?? 1) - line.offset - 1)))]
    .filter((start) => start < line.text.length)
    .sort((a, b) => a - b);
  const parts: (Node | string)[] = [];
  let position = 0;
  for (const start of starts) {
    if (start < position) continue;
    const end = start + Math.max(1, /^\S*/u.exec(line.text.slice(start))![0].length);
    parts.push(line.text.slice(position, start), h('mark', {}, line.text.slice(start, end)));
    position = end;
  }
  parts.push(line.text.slice(position) || (line.text === '' ? '\u00a0' : ''));
  return parts;
}
