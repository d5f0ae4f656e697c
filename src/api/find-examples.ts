import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../core/paths.js';

export interface Example {
  formId: string;
  /** `default` for `<form-id>.json`, else the part between the form id and the extension. */
  name: string;
  file: string;
}

/** The shipped examples, `schemas/examples/<form-id>[.<name>].(json|yaml)`, of the given forms. */
export function findExamples(formIds: readonly string[]): Example[] {
  const files = readdirSync(projectPaths.examples).sort();
  return formIds.flatMap((formId) =>
    files.flatMap((file) => {
      const match = new RegExp(`^${formId.replace(/[.-]/g, '\\$&')}(?:\\.([\\w-]+))?\\.(json|ya?ml)$`).exec(file);
      return match ? [{ formId, name: match[1] ?? 'default', file: join(projectPaths.examples, file) }] : [];
    }),
  );
}
