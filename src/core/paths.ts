import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where the project's data lives: forms are data, found here, never in code. */
export const projectPaths = {
  root,
  templates: join(root, 'templates'),
  locales: join(root, 'locales'),
  schemas: join(root, 'schemas'),
  examples: join(root, 'schemas', 'examples'),
};
