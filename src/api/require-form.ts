import type { ProjectContext } from '../core/project/index.js';
import { type Form, loadForm } from '../forms/index.js';

export class UnknownFormError extends Error {
  constructor(readonly formId: string) {
    super(`unknown form "${formId}"`);
  }
}

/** The form, or an exception: asking the library for a form that does not exist is a programming error. */
export function requireForm(formId: string, project?: ProjectContext): Form {
  const form = loadForm(formId, project);
  if (!form) throw new UnknownFormError(formId);
  return form;
}
