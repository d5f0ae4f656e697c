import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from '../core/paths.js';

let common: Record<string, unknown> | undefined;

/** The definitions the forms share (`schemas/common.schema.json`, `urn:qujat:schema:common`), read once. */
export function readCommonSchema(): Record<string, unknown> {
  common ??= JSON.parse(readFileSync(join(projectPaths.schemas, 'common.schema.json'), 'utf8')) as Record<string, unknown>;
  return common;
}
