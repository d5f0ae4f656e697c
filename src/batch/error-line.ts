import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { Form } from '../forms/index.js';
import type { BatchRecord, InputFailure } from './batch-record.js';
import { identifyRecord } from './identify-record.js';
import { describeInputProblem } from './input-problem.js';

/** One line of `errors.jsonl`: a failed record (its number, line, identifying fields, every error) or a broken input. */
export interface ErrorLine {
  /** The record's number (1-based, in input order); null for a problem of the input itself. */
  record: number | null;
  line?: number;
  id?: Record<string, unknown>;
  errors: {
    ruleId: string;
    severity: Problem['severity'];
    message: string;
    pointer?: string;
    /** The CSV/XLSX column the value came from. */
    column?: string;
    line?: number;
    expected?: string;
  }[];
}

export function toErrorLine(record: BatchRecord, problems: readonly Problem[], form: Form): ErrorLine {
  return {
    record: record.number,
    ...(record.line !== undefined && { line: record.line }),
    id: identifyRecord(record.value, form),
    errors: problems.map((problem) => {
      const pointer = problem.place.pointer;
      const column = pointer === undefined ? undefined : record.columns?.[pointer];
      return {
        ruleId: problem.ruleId,
        severity: problem.severity,
        message: problem.message,
        ...(pointer !== undefined && { pointer }),
        ...(column !== undefined && { column }),
        ...(problem.place.line !== undefined && { line: problem.place.line }),
        ...(problem.expected !== undefined && { expected: problem.expected }),
      };
    }),
  };
}

export function toInputFailureLine(failure: InputFailure, uiLang: UiLanguage): ErrorLine {
  const translator = createTranslator(uiLang);
  const values = { afterRecord: failure.afterRecord, detail: failure.problem ? describeInputProblem(failure.problem, translator) : failure.detail };
  return {
    record: null,
    ...(failure.line !== undefined && { line: failure.line }),
    errors: [
      {
        ruleId: 'input-broken',
        severity: 'error',
        message: translator.t('rule.input-broken.message', 'errors', values),
        expected: translator.find('rule.input-broken.expected', 'errors', values),
      },
    ],
  };
}
