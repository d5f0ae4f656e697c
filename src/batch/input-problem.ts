import { dynamicKey, type Translator } from '../core/i18n/index.js';
import { inputLimits } from '../core/limits/index.js';

/**
 * Why a batch input cannot be read (further), as data: what the user has to fix, and where. The libraries' own
 * (English) words stay in `detail` of the failure, for developers.
 */
export type InputProblem =
  | { kind: 'csv-quote' | 'csv-unclosed-quote' | 'csv'; line: number }
  | { kind: 'xlsx' }
  /** A workbook past one of the shared `inputLimits`. */
  | { kind: 'xlsx-limit'; limit: 'inflatedBytes' | 'entries' | 'sharedStringsBytes' }
  | { kind: 'file'; code: string };

/** A csv-parse error as an input problem at its line (the lines counted after `normalizeLineEnds`). */
export function classifyCsvError(error: unknown, fallbackLine: number): InputProblem {
  const { code, lines } = error as { code?: string; lines?: number };
  const line = typeof lines === 'number' && lines > 0 ? lines : fallbackLine;
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
    return { kind: 'csv-quote', line };
  if (code === 'CSV_QUOTE_NOT_CLOSED') return { kind: 'csv-unclosed-quote', line };
  const fileCode = fileErrorCode(error);
  return fileCode ? { kind: 'file', code: fileCode } : { kind: 'csv', line };
}

/** Any error of reading a workbook: a file system error by its code, anything else a workbook that is not one. */
export function classifyXlsxError(error: unknown): InputProblem {
  const fileCode = fileErrorCode(error);
  return fileCode ? { kind: 'file', code: fileCode } : { kind: 'xlsx' };
}

export function fileErrorCode(error: unknown): string | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof code === 'string' && typeof syscall === 'string' ? code : undefined;
}

/** The problem in the user's language, without the file's name (the message around it names the file). */
export function describeInputProblem(problem: InputProblem, translator: Translator): string {
  if (problem.kind === 'file') return describeFileCode(problem.code, translator);
  if (problem.kind === 'xlsx') return translator.t('input.xlsx', 'errors');
  if (problem.kind === 'xlsx-limit') {
    const limit = inputLimits[problem.limit];
    return translator.t(dynamicKey(`input.xlsx-limit.${problem.limit}`), 'errors', {
      limit: String(limit),
      megabytes: String(Math.round(limit / 1024 / 1024)),
    });
  }
  return translator.t(dynamicKey(`input.${problem.kind}`), 'errors', { line: problem.line });
}

const knownCodes = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EDQUOT', 'EROFS', 'EEXIST', 'EMFILE', 'EIO'];

/** What a file system error code means, with the code for developers: "the disk is full (ENOSPC)". */
export function describeFileCode(code: string, translator: Translator): string {
  const key = code === 'EPERM' ? 'EACCES' : knownCodes.includes(code) ? code : 'other';
  return `${translator.t(dynamicKey(`fileError.${key}`), 'errors')} (${code})`;
}
