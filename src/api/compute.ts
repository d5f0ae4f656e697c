import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { ProjectContext } from '../core/project/index.js';
import { checkFormData, type ComputedParts, computeValidParts } from '../pipeline/index.js';
import { requireForm } from './require-form.js';

export interface ComputeResult {
  /** The derived values (absent when the data is invalid). */
  computed?: Record<string, unknown>;
  edition?: string;
  problems: Problem[];
}

/** The values the form derives from valid data, as the methodology computes them. */
export function compute(formId: string, data: unknown, options: { lang?: UiLanguage; project?: ProjectContext } = {}): ComputeResult {
  const checked = checkFormData(requireForm(formId, options.project), data, options.lang);
  return checked.valid ? { computed: checked.valid.computed, edition: checked.valid.edition.id, problems: checked.problems } : { problems: checked.problems };
}

/**
 * The derived values as far as they can be trusted, also for data with errors (a form being filled in): the values
 * that depend on a wrong or missing value are null or left out (`partial`), the others computed as for valid data.
 */
export function computeParts(formId: string, data: unknown, options: { lang?: UiLanguage; project?: ProjectContext } = {}): ComputedParts {
  return computeValidParts(requireForm(formId, options.project), data, options.lang);
}
