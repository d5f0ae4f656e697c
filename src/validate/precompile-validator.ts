import { createAjv } from './create-validator.js';
import { loadAjv, readAjvVersion } from './load-ajv.js';
import { hashValidatedSchema, withoutTexts } from './validated-schema.js';

/**
 * A schema's validator as the source of a CommonJS module (the build's precompiled validators, which spare each
 * process ajv's meta-schema and compiling): ajv's standalone code of the very validator `createValidator` would
 * compile, wrapped in a function of the `require` it loads ajv's run-time helpers with and of the formats, named by
 * the key the validator is found by (`hashValidatedSchema`). The same schema gives the same text.
 */
export function precompileValidator(schema: Record<string, unknown>): { key: string; code: string } {
  const { _, standaloneCode } = loadAjv();
  const ajv = createAjv({ source: true, formats: _`formats` });
  const validate = ajv.compile(withoutTexts(schema));
  const id = typeof schema.$id === 'string' ? schema.$id : '(a schema without $id)';
  const code = [
    `// The validator of ${id}, precompiled by ajv ${readAjvVersion()} (src/build/write-validators.mjs).`,
    `'use strict';`,
    `module.exports = function createValidator(require, formats) {`,
    `const module = { exports: {} };`,
    standaloneCode(ajv, validate),
    `return module.exports.default;`,
    `};`,
    '',
  ].join('\n');
  return { key: hashValidatedSchema(schema), code };
}
