import { join } from 'node:path';

import { projectPaths } from '../paths.js';

/** One folder of forms with its schemas, examples and locale files. */
export interface ProjectRoot {
  dir: string;
  templates: string;
  schemas: string;
  examples: string;
  locales: string;
  /** qujat's own folders: their files are named in messages relative to the project (`templates/<id>/form.yaml`). */
  shipped: boolean;
}

export const shippedRoot: ProjectRoot = {
  dir: projectPaths.root,
  templates: projectPaths.templates,
  schemas: projectPaths.schemas,
  examples: projectPaths.examples,
  locales: projectPaths.locales,
  shipped: true,
};

export function toProjectRoot(dir: string): ProjectRoot {
  return {
    dir,
    templates: join(dir, 'templates'),
    schemas: join(dir, 'schemas'),
    examples: join(dir, 'schemas', 'examples'),
    locales: join(dir, 'locales'),
    shipped: false,
  };
}

/** How a file of a root is named in a message: relative to qujat's project for its own files, else its full path. */
export function displayPath(root: ProjectRoot, file: string): string {
  return root.shipped && file.startsWith(root.dir) ? file.slice(root.dir.length).replace(/\\/g, '/') : file;
}
