import { findPrecompiledTemplate } from './find-precompiled-template.js';
import { prepareTemplate } from './prepare-template.js';
import { compileOptions, handlebars } from './template-engine.js';

export type TemplateFunction = (context: unknown, data: Record<string, unknown>) => string;

/**
 * A form template, ready to run: the code the build precompiled from this very text when there is one (qujat's own
 * forms), else prepared (`prepareTemplate`: every output into a data slot, raw output refused) and compiled here.
 * The caller passes `slots` in the template data.
 */
export function compileTemplate(source: string, name: string): TemplateFunction {
  const compiled = findPrecompiledTemplate(source) ?? handlebars.compile(prepareTemplate(source, name), compileOptions());
  return (context, data) => compiled(context, { data });
}
