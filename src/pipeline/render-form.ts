import type { OutputFormat } from '../core/format/index.js';
import type { DocumentLanguage } from '../core/i18n/index.js';
import type { DocumentVersion } from '../core/i18n/index.js';
import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { toDocumentText } from '../core/text/index.js';
import { type Form, projectOf, selectEdition } from '../forms/index.js';
import { type Block, fitBlocks, pairGapPoints, renderDocx, type RenderOptions, renderPdf, textWidthPoints, toLayout } from '../render/index.js';
import { buildDocumentTree } from './build-document-tree.js';
import { checkFormData } from './check-form-data.js';

export { type OutputFormat, outputFormats } from '../core/format/index.js';
export type { DocumentVersion } from '../core/i18n/index.js';

export interface RenderedDocument {
  formId: string;
  lang: DocumentVersion;
  format: OutputFormat;
  /** `<form-id>.<lang>.<format>` */
  fileName: string;
  bytes: Uint8Array;
}

export interface RenderRequest {
  langs: readonly DocumentVersion[];
  formats: readonly OutputFormat[];
  /** Language of the problems' messages. */
  uiLang?: UiLanguage;
  /** PDF/A-2b instead of plain PDF. */
  pdfa?: boolean;
}

export interface RenderResult {
  problems: Problem[];
  /** Empty when any problem is an error: invalid data gives no document at all. */
  documents: RenderedDocument[];
  /** The derived values, when the data is valid. */
  computed?: Record<string, unknown>;
}

const renderers: Record<OutputFormat, (blocks: ReturnType<typeof toLayout>, options: RenderOptions) => Promise<Uint8Array>> = {
  pdf: renderPdf,
  docx: renderDocx,
};

/** One document version laid out, ready for any renderer (PDF, DOCX, HTML). */
export interface LaidOutDocument {
  lang: DocumentVersion;
  blocks: Block[];
  options: RenderOptions;
}

export interface LayoutResult {
  problems: Problem[];
  /** Empty when any problem is an error. */
  layouts: LaidOutDocument[];
  computed?: Record<string, unknown>;
}

/** Validates, computes and lays out one data set in every asked language, all or nothing. */
export function layoutForm(form: Form, input: unknown, request: Pick<RenderRequest, 'langs' | 'uiLang' | 'pdfa'>, draft?: Draft): LayoutResult {
  const checked = checkFormData(form, input, request.uiLang);
  if (!checked.valid && draft) return layoutDraft(form, draft, request, checked.problems);
  if (!checked.valid) return { problems: checked.problems, layouts: [] };
  if (checked.problems.some((problem) => problem.blocksRender)) {
    return { problems: checked.problems.map((problem) => (problem.blocksRender ? { ...problem, severity: 'error' } : problem)), layouts: [] };
  }
  const { data, computed, edition } = checked.valid;
  const offered = form.manifest.languages as readonly string[];
  const notOffered = [...new Set(request.langs.flatMap((version) => version.split('+')).filter((lang) => !offered.includes(lang)))];
  if (notOffered.length > 0) {
    const translator = createTranslator(request.uiLang ?? 'en', projectOf(form));
    return {
      problems: notOffered.map((lang) => {
        const values = { form: form.manifest.id, languages: offered.join(', '), lang };
        return {
          ruleId: 'language-not-offered',
          severity: 'error' as const,
          message: translator.t('rule.language-not-offered.message', 'errors', values),
          expected: translator.find('rule.language-not-offered.expected', 'errors', values),
          place: {},
        };
      }),
      layouts: [],
    };
  }
  const layouts: LaidOutDocument[] = [];
  const missing: Problem[] = [];
  for (const version of request.langs) {
    const parts = version.split('+') as DocumentLanguage[];
    const built = parts.map((lang) => buildDocumentTree(form, edition, data, computed, lang));
    const keys = built.flatMap((part) => part.missing);
    missing.push(...keys.map((key) => describeMissingTranslation(key, form, request.uiLang ?? 'en')));
    if (keys.length > 0) continue;
    layouts.push(
      layOutVersion(form, version, parts, built, {
        date: String(data.date),
        pdfa: request.pdfa,
        ...(typeof data.body === 'string' && { author: toDocumentText(data.body) }),
      }),
    );
  }
  if (missing.length > 0) return { problems: [...checked.problems, ...missing], layouts: [] };
  return { problems: checked.problems, layouts, computed };
}

/**
 * For the web app's preview only (never a file): data with errors laid out as far as it goes, its wrong and missing
 * values left blank and what depends on them not computed (`computed` as the live check gives it), so that one
 * error does not hide the whole document. None when a template cannot do without a value.
 */
export interface Draft {
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
}

function layoutDraft(form: Form, draft: Draft, request: Pick<RenderRequest, 'langs' | 'uiLang' | 'pdfa'>, problems: Problem[]): LayoutResult {
  const date = typeof draft.data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(draft.data.date) ? draft.data.date : new Date().toISOString().slice(0, 10);
  const edition =
    selectEdition(form.manifest, date, typeof draft.data.edition === 'string' ? draft.data.edition : undefined) ?? selectEdition(form.manifest, date);
  const offered = form.manifest.languages as readonly string[];
  if (!edition || request.langs.some((version) => version.split('+').some((lang) => !offered.includes(lang)))) return { problems, layouts: [] };
  const layouts: LaidOutDocument[] = [];
  try {
    for (const version of request.langs) {
      const parts = version.split('+') as DocumentLanguage[];
      const built = parts.map((lang) => buildDocumentTree(form, edition, draft.data, draft.computed, lang));
      if (built.some((part) => part.missing.length > 0)) return { problems, layouts: [] };
      layouts.push(layOutVersion(form, version, parts, built, { date }));
    }
  } catch {
    return { problems, layouts: [] };
  }
  return { problems, layouts };
}

/** Validates, computes and renders one data set in every asked language and format, all or nothing. */
export async function renderForm(form: Form, input: unknown, request: RenderRequest): Promise<RenderResult> {
  const laidOut = layoutForm(form, input, request);
  if (laidOut.layouts.length === 0 && laidOut.problems.some((problem) => problem.severity === 'error')) return { problems: laidOut.problems, documents: [] };
  const documents: RenderedDocument[] = [];
  for (const { lang, blocks, options } of laidOut.layouts) {
    for (const format of request.formats) {
      documents.push({
        formId: form.manifest.id,
        lang,
        format,
        fileName: `${form.manifest.id}.${lang}.${format}`,
        bytes: await renderers[format](blocks, options),
      });
    }
  }
  return { problems: laidOut.problems, documents, computed: laidOut.computed };
}

/**
 * One version of the document (`kk`, or a pair `kk+ru`) laid out from its languages' trees: each set for the width
 * it has (the page's, or half of it beside the other language), joined as the form's manifest says.
 */
function layOutVersion(
  form: Form,
  version: DocumentVersion,
  parts: DocumentLanguage[],
  built: { tree: Parameters<typeof toLayout>[0]; title: string }[],
  extra: Pick<RenderOptions, 'date' | 'pdfa' | 'author'>,
): LaidOutDocument {
  const mode = form.manifest.bilingual ?? 'sequential';
  const orientation = form.manifest.orientation ?? 'portrait';
  const width = mode === 'columns' && parts.length > 1 ? (textWidthPoints(orientation) - pairGapPoints) / 2 : textWidthPoints(orientation);
  const blocks = joinVersions(
    built.map((part, index) => fitBlocks(toLayout(part.tree), width, parts[index]!)),
    mode,
  );
  const title = built.map((part) => part.title).join(' / ');
  return { lang: version, blocks, options: { title, lang: parts[0]!, orientation, ...extra } };
}

/**
 * A bilingual document (`kk+ru`) holds its versions one after the other, each from a new page, or, when the form
 * declares `bilingual: columns`, side by side: each block beside the same block of the other language.
 */
function joinVersions(versions: Block[][], mode: 'sequential' | 'columns'): Block[] {
  const [first = [], second] = versions;
  if (!second) return first;
  if (mode === 'sequential') return [...first, { kind: 'pageBreak' }, ...second];
  return first.map((left, index) => ({ kind: 'pair', left, right: second[index] ?? { kind: 'paragraph', runs: [], align: 'left', role: 'body' } }));
}

function describeMissingTranslation(entry: string, form: Form, uiLang: UiLanguage): Problem {
  const [lang = '', namespace = '', key = ''] = entry.split(':');
  const translator = createTranslator(uiLang, projectOf(form));
  const values = { key, lang, namespace };
  return {
    ruleId: 'missing-translation',
    severity: 'error',
    message: translator.t('rule.missing-translation.message', 'errors', values),
    expected: translator.find('rule.missing-translation.expected', 'errors', values),
    place: { file: `locales/${lang}/${namespace}.json`, pointer: `/${key.split('.').join('/')}` },
  };
}
