import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from '../../src/core/paths.js';

/** A fresh copy of a shipped example's data. */
export function loadExample(formId: string): Record<string, any> {
  return JSON.parse(readFileSync(join(projectPaths.examples, `${formId}.json`), 'utf8'));
}

export const fixturesDir = new URL('../fixtures/', import.meta.url).pathname;
