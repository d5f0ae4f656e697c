import type { UiLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/problems/index.js';
import { qujatVersion } from '../../core/version.js';
import { checkRegulation, type DocumentLine, docxLimits, docxMaxNesting, type DocxProblem, readRegulationBytes } from '../../regulation/index.js';
import { formatJson, formatSarif } from '../../report/index.js';
import { formatCount } from './format-count.js';
import { formatSize } from './format-size.js';
import { keepMostSevere } from './keep-most-severe.js';
import { regulationLimits } from './regulation-limits.js';
import type { WebErrorCode } from './send-error.js';

/** A draft to check: the bytes of an upload or of pasted text, and how to check it. */
export interface RegulationTask {
  bytes: Uint8Array;
  fileType: 'docx' | 'md' | 'txt';
  /** The name the findings are reported against (draft.docx, pasted.md): never the name the browser sent. */
  name: string;
  profile: 'kz' | 'kg' | 'auto';
  lang: 'kk' | 'ru' | 'ky' | 'auto';
  /** The date chosen in the app; without one, the date the draft states, else `today`. */
  asOf?: string;
  today: string;
  uiLang: UiLanguage;
}

export interface RegulationReply {
  profile: 'kz' | 'kg';
  /** The date the draft was checked as of, and where it came from (the app's date field, the draft's own date, today). */
  asOf: string;
  dateFrom: 'option' | 'document' | 'today';
  lang: string;
  /** The findings shown (at most `regulationLimits.findings`, the most severe), sorted by place. */
  problems: Problem[];
  /** All findings and all errors, and how many findings were left out of `problems` and the reports. */
  total: number;
  errors: number;
  omitted: number;
  lines: Pick<DocumentLine, 'line' | 'offset' | 'text'>[];
  reports: { json: string; sarif: string };
}

export type RegulationOutcome = { ok: true; reply: RegulationReply } | { ok: false; status: number; code: WebErrorCode; values?: Record<string, string> };

/** What is wrong with a DOCX, as the message that says so in the UI language (the library's text is no part of it). */
const docxErrors: Record<DocxProblem, WebErrorCode> = {
  'not-zip': 'notDocx',
  'no-document': 'notDocx',
  'too-large': 'zipBomb',
  'too-many-files': 'tooManyEntries',
  'document-too-large': 'docxTooLarge',
  'too-many-paragraphs': 'tooManyLines',
  'broken-xml': 'brokenXml',
  'too-deep': 'docxTooDeep',
};

function refuse(status: number, code: WebErrorCode, values?: Record<string, string>): RegulationOutcome {
  return { ok: false, status, code, ...(values && { values }) };
}

/**
 * A draft regulation checked against its jurisdiction's profile, within `regulationLimits`: sizes are measured
 * before anything is parsed (a DOCX while it is inflated), so that an oversized or bomb-like file is refused in
 * milliseconds with what the limit is. Runs in a worker thread (see `createRegulationChecker`).
 */
export function checkRegulationUpload(task: RegulationTask): RegulationOutcome {
  const limits = regulationLimits;
  const lang = task.uiLang;
  // The shared limits, checked by the reader before anything is parsed (a DOCX while it is inflated).
  const read = readRegulationBytes(task.bytes, `.${task.fileType}`);
  if (!read.ok && read.reason === 'too-large') {
    return read.limit === 'lines'
      ? refuse(413, 'tooManyLines', { limit: formatCount(limits.lines, lang) })
      : refuse(413, 'textTooLarge', { limit: formatSize(limits.textBytes, lang) });
  }
  if (!read.ok) {
    const code: WebErrorCode =
      read.reason === 'encoding' ? 'notUtf8' : read.reason === 'unsupported' ? 'unsupportedType' : read.docx ? docxErrors[read.docx.reason]! : 'unreadable';
    const reason = read.docx?.reason;
    const limit =
      reason === 'too-deep'
        ? String(docxMaxNesting)
        : reason === 'too-many-files'
          ? formatCount(docxLimits.entries, lang)
          : reason === 'too-many-paragraphs'
            ? formatCount(docxLimits.paragraphs, lang)
            : reason === 'document-too-large'
              ? formatSize(docxLimits.documentXmlBytes, lang)
              : undefined;
    if (reason === 'too-large' || reason === 'too-many-files' || reason === 'too-many-paragraphs' || reason === 'document-too-large')
      return refuse(413, code, limit ? { limit } : undefined);
    // The library's own words stay out of the message: they go along as `detail`, for developers.
    return refuse(422, code, { detail: (read.docx?.detail ?? read.detail).slice(0, 300), ...(limit && { limit }) });
  }
  // An empty file (or one of blank lines only) has nothing to check.
  if (read.lines.every((line) => line.text.trim() === '')) return refuse(422, 'emptyFile');
  const result = checkRegulation(read.lines, { profile: task.profile, lang: task.lang, asOf: task.asOf, today: task.today, file: task.name, uiLang: lang });
  // A text in none of kk, ru, ky is refused, not checked as if it were Russian; so is a language the chosen profile does not check.
  if (!result.ok)
    return refuse(
      422,
      result.reason === 'language' ? 'unsupportedLanguage' : 'profileLanguage',
      result.reason === 'language' ? {} : { profile: result.profile!, lang: result.lang! },
    );
  const { profile, lang: documentLang, problems, asOf, dateFrom } = result;
  const shown = keepMostSevere(problems, limits.findings);
  return {
    ok: true,
    reply: {
      profile,
      asOf,
      dateFrom,
      lang: documentLang,
      problems: shown,
      total: problems.length,
      errors: problems.filter((problem) => problem.severity === 'error').length,
      omitted: problems.length - shown.length,
      lines: read.lines.map(({ line, offset, text: lineText }) => ({ line, offset, text: lineText })),
      reports: { json: formatJson(shown), sarif: formatSarif(shown, qujatVersion, { profile, lang: documentLang, asOf, dateFrom }) },
    },
  };
}
