import { createProjectContext, type ProjectContext, type ProjectOptions } from '../core/project/index.js';

/**
 * A project: the forms of your own folders (laid out as qujat's: `templates/<form-id>/form.yaml` and its templates,
 * `schemas/<form-id>.schema.json`, `locales/<lang>/<namespace>.json`) beside the shipped ones, or instead of them
 * with `shipped: false`. Give it to `validate`, `compute`, `render`, `preview`, `listForms` and `checkForms` as
 * `project`. It keeps what it reads; `invalidate()` makes it read the folders again, and it reads changed locale
 * files again by itself on `refresh()`.
 */
export function createProject(options: ProjectOptions = {}): ProjectContext {
  return createProjectContext(options);
}
