import type { UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import type { ProjectContext } from '../core/project/index.js';
import { checkForm, checkForms as checkProjectForms } from '../pipeline/index.js';
import { requireForm } from './require-form.js';

/**
 * What is wrong with the forms' own files (manifests, schemas, templates, texts, what a manifest names), each
 * problem with its file and line; every form of the project, or the one named. Empty when every form can be used.
 */
export function checkForms(options: { formId?: string; lang?: UiLanguage; project?: ProjectContext } = {}): Problem[] {
  if (options.formId !== undefined) return checkForm(requireForm(options.formId, options.project), options.lang);
  return checkProjectForms(options.lang, options.project);
}
