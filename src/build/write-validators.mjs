// dist/validate/ajv.cjs: ajv (the class of JSON Schema 2020-12, its code tag, its standalone code) bundled by esbuild
// into one file, which load-ajv.ts loads only for a schema that has no precompiled validator. And dist/validate/
// precompiled/<key>.cjs (precompile-validator.ts): the validators of qujat's own schemas (the form manifest's and
// every shipped form's, as validation sees them) as ajv's standalone code, each named by the hash of its schema and
// ajv's setting, so that a process validating them neither loads ajv nor compiles; a schema the build has not seen
// (a form of one's own, a changed file) is compiled at run time as before. Run by build.mjs after tsc.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = new URL('../../dist/', import.meta.url);

const ajvEntry = `module.exports = {
  Ajv2020: require('ajv/dist/2020.js').default,
  _: require('ajv/dist/compile/codegen/index.js')._,
  standaloneCode: require('ajv/dist/standalone/index.js').default,
};`;

export async function writeValidators() {
  await build({
    stdin: { contents: ajvEntry, resolveDir: root, sourcefile: 'ajv-entry.cjs', loader: 'js' },
    outfile: fileURLToPath(new URL('validate/ajv.cjs', dist)),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const { precompileValidator } = await import(new URL('validate/precompile-validator.js', dist).href);
  const { precompiledFolder } = await import(new URL('validate/find-precompiled-validator.js', dist).href);
  const { listFormIds, loadForm } = await import(new URL('forms/index.js', dist).href);
  const { projectPaths } = await import(new URL('core/paths.js', dist).href);
  const manifestSchema = JSON.parse(await readFile(join(projectPaths.schemas, 'form-manifest.schema.json'), 'utf8'));
  const schemas = [manifestSchema, ...listFormIds().map((id) => loadForm(id).schema)];
  await mkdir(precompiledFolder, { recursive: true });
  for (const schema of schemas) {
    const { key, code } = precompileValidator(schema);
    await writeFile(join(precompiledFolder, `${key}.cjs`), code);
  }
  return schemas.length;
}
