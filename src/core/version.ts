import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from './paths.js';

/** qujat's version: package.json's, read once (the only place it is written), for `--version`, SARIF and batch manifests. */
export const qujatVersion = String((JSON.parse(readFileSync(join(projectPaths.root, 'package.json'), 'utf8')) as { version: string }).version);
