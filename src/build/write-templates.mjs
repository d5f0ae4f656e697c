// dist/template/precompiled/<key>.cjs (precompile-template.ts): the templates of qujat's own forms (every edition's)
// compiled ahead by Handlebars, each named by the hash of its text and Handlebars' setting, so that a process
// rendering them neither parses nor compiles; a template the build has not seen (a form of one's own, a changed
// file) is compiled at run time as before. Run by build.mjs after tsc.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url);

export async function writeTemplates() {
  const { precompileTemplate } = await import(new URL('template/precompile-template.js', dist).href);
  const { precompiledTemplateFolder } = await import(new URL('template/find-precompiled-template.js', dist).href);
  const { listFormIds, loadForm } = await import(new URL('forms/index.js', dist).href);
  await mkdir(precompiledTemplateFolder, { recursive: true });
  let count = 0;
  for (const id of listFormIds()) {
    const form = loadForm(id);
    for (const template of new Set(form.manifest.editions.map((edition) => edition.template))) {
      const { key, code } = precompileTemplate(await readFile(join(form.dir, template), 'utf8'), `templates/${id}/${template}`);
      await writeFile(join(precompiledTemplateFolder, `${key}.cjs`), code);
      count += 1;
    }
  }
  return count;
}
