import { type ParsedData, readDataFile } from '../core/data/index.js';
import type { Translator, UiLanguage } from '../core/i18n/index.js';
import { hasErrors } from '../core/problems/index.js';
import { type Form, loadForm } from '../forms/index.js';
import { checkForm } from '../pipeline/check-form.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { printProblems } from './print-problems.js';

/** The form named on the command line, or a usage error; a form whose own files are wrong: their problems, and exit 1. */
export function loadFormOrExit(formId: string, translator: Translator): Form {
  const form = loadForm(formId);
  if (!form) throw new CliExit(exitCodes.usage, translator.t('unknownForm', 'cli', { form: formId }));
  const lang = translator.lang as UiLanguage;
  const problems = checkForm(form, lang);
  if (hasErrors(problems)) {
    printProblems(problems, 'stylish', lang);
    throw new CliExit(exitCodes.invalid, '');
  }
  return form;
}

/** The data file, parsed with positions; a file that cannot be read at all exits with 2. */
export async function loadDataOrExit(file: string, translator: Translator): Promise<ParsedData> {
  const result = await readDataFile(file);
  if (result.ok) return result.data;
  throw unreadableExit(result.reason, file, result.detail, translator);
}

/** The usage error (exit 2) for an input file that cannot be read at all (`no-columns`: `detail` is the form's id). */
export function unreadableExit(
  reason: 'unreadable' | 'unsupported' | 'no-columns' | 'too-large',
  file: string,
  detail: string,
  translator: Translator,
): CliExit {
  const values = { file, detail, form: detail, megabytes: String(Math.round(Number(detail) / 1024 / 1024)) };
  const message =
    reason === 'unsupported'
      ? translator.t('unsupported', 'cli', values)
      : reason === 'too-large'
        ? translator.t('fileTooLarge', 'cli', values)
        : reason === 'no-columns'
          ? translator.t('noColumns', 'cli', values)
          : translator.t('unreadable', 'cli', values);
  return new CliExit(exitCodes.usage, message);
}
