import { hashTemplate } from './find-precompiled-template.js';
import { prepareTemplate } from './prepare-template.js';
import { compileOptions, handlebars } from './template-engine.js';

/**
 * A form template compiled ahead as the source of a CommonJS module (the build's precompiled templates, which spare
 * each process Handlebars' parser and compiler): the very code `compileTemplate` would compile, named by the key it
 * is found by (`hashTemplate`). The same text gives the same code.
 */
export function precompileTemplate(source: string, name: string): { key: string; code: string } {
  const spec = handlebars.precompile(prepareTemplate(source, name), compileOptions()) as string;
  const code = `// ${name}, precompiled by Handlebars ${handlebars.VERSION} (src/build/write-templates.mjs).\n'use strict';\nmodule.exports = ${spec};\n`;
  return { key: hashTemplate(source), code };
}
