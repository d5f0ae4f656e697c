import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { ProjectContext } from '../core/project/index.js';
import { checkFormData } from '../pipeline/index.js';
import { requireForm } from './require-form.js';

export interface ValidationResult {
  valid: boolean;
  problems: Problem[];
}

/**
 * Checks data against the form's JSON Schema and rules. `data` is a plain value, or the result of
 * `parseData`/`readDataFile` to have line:column in the problems.
 */
export function validate(formId: string, data: unknown, options: { lang?: UiLanguage; project?: ProjectContext } = {}): ValidationResult {
  const checked = checkFormData(requireForm(formId, options.project), data, options.lang);
  return { valid: checked.valid !== undefined, problems: checked.problems };
}
