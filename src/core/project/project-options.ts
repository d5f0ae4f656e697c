import { resolve } from 'node:path';

import { projectPaths } from '../paths.js';

/**
 * Where a project's data lives, as plain data (it crosses to worker threads as a copy): the folders of the user's
 * own forms beside (or instead of) the shipped ones, and the locale files to read and to import into.
 */
export interface ProjectOptions {
  /**
   * Folders laid out as qujat's own: `templates/<form-id>/form.yaml` with its templates, `schemas/<form-id>.schema.json`
   * (and `schemas/examples/`), `locales/<lang>/<namespace>.json`. Searched in order, before the shipped forms: a form
   * id found in one of them is that folder's form.
   */
  roots?: string[];
  /** The shipped forms too (default true). Without them the shipped texts and shared definitions stay available. */
  shipped?: boolean;
  /** The locale files in place of the shipped `locales/` (an XLIFF import writes here); each root's are read over them. */
  localesDir?: string;
}

/** Every option given, for comparing and for sending to a worker thread. */
export type ResolvedProjectOptions = Required<Pick<ProjectOptions, 'roots' | 'shipped'>> & Pick<ProjectOptions, 'localesDir'>;

/** The options with their defaults; `localesDir` only when it is not the shipped folder (the same project either way). */
export function resolveProjectOptions(options: ProjectOptions = {}): ResolvedProjectOptions {
  const localesDir =
    options.localesDir !== undefined && resolve(options.localesDir) !== resolve(projectPaths.locales) ? resolve(options.localesDir) : undefined;
  return { roots: (options.roots ?? []).map((root) => resolve(root)), shipped: options.shipped ?? true, ...(localesDir !== undefined && { localesDir }) };
}
