import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { defaultProject, type ProjectContext } from '../core/project/index.js';

export interface Example {
  formId: string;
  /** `default` for `<form-id>.json`, else the part between the form id and the extension. */
  name: string;
  file: string;
}

/** The examples, `schemas/examples/<form-id>[.<name>].(json|yaml)`, of the given forms, from the folder of each. */
export function findExamples(formIds: readonly string[], project: ProjectContext = defaultProject()): Example[] {
  return formIds.flatMap((formId) => {
    // The examples of the folder the form comes from (a user's form hides a shipped one of the same id).
    const root = project.roots.find((candidate) => existsSync(join(candidate.templates, formId, 'form.yaml')));
    if (!root || !existsSync(root.examples)) return [];
    return readdirSync(root.examples)
      .sort()
      .flatMap((file) => {
        const match = new RegExp(`^${formId.replace(/[.-]/g, '\\$&')}(?:\\.([\\w-]+))?\\.(json|ya?ml)$`).exec(file);
        return match ? [{ formId, name: match[1] ?? 'default', file: join(root.examples, file) }] : [];
      });
  });
}
