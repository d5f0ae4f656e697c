import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { compileOptions, handlebars } from './template-engine.js';

/**
 * Where the build writes the templates of qujat's own forms precompiled (src/build/write-templates.mjs): dist/
 * template/precompiled/ beside this module's compiled file. Running from the sources, there are none.
 */
export const precompiledTemplateFolder = fileURLToPath(new URL('precompiled/', import.meta.url));

const require = createRequire(import.meta.url);

/**
 * The key of a template's compiled code: a hash of its text and of what else the code is made from (Handlebars'
 * version, the options, the helpers' names, by which the preparation tells a helper from a field).
 */
export function hashTemplate(source: string): string {
  const setting = JSON.stringify({ handlebars: handlebars.VERSION, options: compileOptions(), helpers: Object.keys(handlebars.helpers).sort() });
  return createHash('sha256').update(setting).update('\n').update(source).digest('hex').slice(0, 32);
}

/** The template the build precompiled from exactly this text (and setting), ready to run, if there is one. */
export function findPrecompiledTemplate(source: string, folder = precompiledTemplateFolder): HandlebarsTemplateDelegate | undefined {
  const file = join(folder, `${hashTemplate(source)}.cjs`);
  return existsSync(file) ? handlebars.template(require(file) as TemplateSpecification) : undefined;
}
