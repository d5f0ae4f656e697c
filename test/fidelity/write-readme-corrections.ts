/** Writes the README's "Corrections of the official text" table from templates/official-text-corrections.yaml. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from '../../src/core/paths.js';
import { formatCorrections, readCorrections, replaceReadmeCorrections } from './official-text-corrections.js';

const file = join(projectPaths.root, 'README.md');
writeFileSync(file, replaceReadmeCorrections(readFileSync(file, 'utf8'), formatCorrections(readCorrections())));
