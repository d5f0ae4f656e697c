import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '../../core/paths.js';

/** qujat's version, from package.json, for the reports' tool field. */
export const appVersion = String((JSON.parse(readFileSync(join(projectPaths.root, 'package.json'), 'utf8')) as { version: string }).version);
