import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { ProjectContext } from '../core/project/index.js';
import { type DocumentVersion, type Draft, layoutForm } from '../pipeline/index.js';
import { renderHtml } from '../render/html/index.js';
import { requireForm } from './require-form.js';

export interface PreviewResult {
  problems: Problem[];
  /** One HTML page per language, as the document prints (none when the data is invalid). */
  pages: { lang: DocumentVersion; html: string }[];
  computed?: Record<string, unknown>;
}

/**
 * The documents as HTML pages, from the same layout as the PDF and DOCX. `stylesheet` is the address the pages
 * link to for their style (see `createDocumentCss`).
 */
export function preview(
  formId: string,
  data: unknown,
  options: { langs: readonly DocumentVersion[]; uiLang?: UiLanguage; stylesheet?: string; draft?: Draft; project?: ProjectContext },
): PreviewResult {
  const laidOut = layoutForm(requireForm(formId, options.project), data, { langs: options.langs, uiLang: options.uiLang }, options.draft);
  return {
    problems: laidOut.problems,
    pages: laidOut.layouts.map(({ lang, blocks, options: renderOptions }) => ({
      lang,
      html: renderHtml(blocks, { ...renderOptions, stylesheet: options.stylesheet }),
    })),
    ...(laidOut.computed && { computed: laidOut.computed }),
  };
}
