import { computeParts, preview, render } from '../../api/index.js';
import type { UiLanguage } from '../../core/i18n/index.js';
import { createTranslator } from '../../core/i18n/index.js';
import { hasErrors } from '../../core/problems/index.js';
import { projectFor, type ResolvedProjectOptions } from '../../core/project/index.js';
import { type DocumentVersion, type OutputFormat, removePointers } from '../../pipeline/index.js';
import { describeImportRefusal, importXliffText } from '../../translation/index.js';
import { parseFormText } from './parse-form-text.js';

/** A request's costly part, as data that crosses to a worker thread: what to do and with what. */
export type WorkTask =
  | { kind: 'parse'; formId: string; text: string; format: 'json' | 'yaml' | 'csv'; record?: number; uiLang: UiLanguage }
  | { kind: 'check'; formId: string; data: unknown; uiLang: UiLanguage }
  | { kind: 'preview'; formId: string; data: unknown; langs: DocumentVersion[]; uiLang: UiLanguage; stylesheet: string }
  | { kind: 'render'; formId: string; data: unknown; lang: DocumentVersion; format: OutputFormat; pdfa?: boolean; uiLang: UiLanguage }
  | { kind: 'import'; text: string; fileName: string; lang?: string; localesDir: string; confirm: boolean; uiLang: UiLanguage };

/** A task with the folders of the server's project (the shipped ones when absent). */
export type ProjectWorkTask = WorkTask & { project?: ResolvedProjectOptions };

/** What the route sends back: a JSON reply with its status, or a file. */
export type WorkResult = { type: 'json'; status: number; body: unknown } | { type: 'file'; bytes: Uint8Array; fileName: string; format: OutputFormat };

/**
 * Runs one costly task: parsing a data file's text, validating and computing, the preview, a PDF or DOCX, an XLIFF
 * import. Run on a worker thread (`work-worker.js`), so that the server's event loop keeps answering everyone.
 */
export async function runWorkTask(task: ProjectWorkTask): Promise<WorkResult> {
  // The thread's context for the server's folders, its caches dropped when the locale files changed.
  const project = projectFor(task.project);
  switch (task.kind) {
    case 'parse':
      return { type: 'json', status: 200, body: await parseFormText(task.formId, task.text, task.format, task.uiLang, task.record, project) };
    case 'check': {
      const result = computeParts(task.formId, task.data, { lang: task.uiLang, project });
      return {
        type: 'json',
        status: 200,
        body: {
          valid: !hasErrors(result.problems),
          problems: result.problems,
          computed: result.computed,
          partial: result.partial,
          doubtful: result.doubtful ?? [],
        },
      };
    }
    case 'preview': {
      // Data with errors: a draft, its wrong values left blank and what depends on them not computed.
      const parts = computeParts(task.formId, task.data, { lang: task.uiLang, project });
      const draft =
        parts.partial && task.data !== null && typeof task.data === 'object' && !Array.isArray(task.data)
          ? { data: removePointers(task.data as Record<string, unknown>, parts.doubtful ?? []), computed: parts.computed ?? {} }
          : undefined;
      const result = preview(task.formId, task.data, { langs: task.langs, uiLang: task.uiLang, stylesheet: task.stylesheet, ...(draft && { draft }), project });
      return { type: 'json', status: 200, body: { ...result, draft: draft !== undefined && result.pages.length > 0 } };
    }
    case 'render': {
      const result = await render(task.formId, task.data, { langs: [task.lang], formats: [task.format], uiLang: task.uiLang, pdfa: task.pdfa, project });
      const document = result.documents[0];
      if (!document) return { type: 'json', status: 422, body: { problems: result.problems } };
      return { type: 'file', bytes: document.bytes, fileName: document.fileName, format: task.format };
    }
    case 'import': {
      // Without `confirm`, the import only says what it would change (the page's confirmation step).
      const result = await importXliffText(task.text, task.fileName, task.lang, task.localesDir, { dryRun: !task.confirm });
      if (!result.ok) {
        const translator = createTranslator(task.uiLang, project);
        return {
          type: 'json',
          status: 422,
          body: { ok: false, messages: result.refusals.map((refusal) => describeImportRefusal(refusal, translator, task.fileName)) },
        };
      }
      const changes = result.changes.map(({ file, key, before, after }) => ({ file, key, before: before ?? '', after }));
      return {
        type: 'json',
        status: 200,
        body: result.dryRun
          ? { ok: true, dryRun: true, lang: result.lang, changed: result.changed, changes }
          : { ok: true, lang: result.lang, changed: result.changed, written: result.written.length },
      };
    }
  }
}
