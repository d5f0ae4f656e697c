import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findExamples } from '../../src/api/index.js';
import { createTranslator, type DocumentLanguage } from '../../src/core/i18n/index.js';
import { listFormIds, loadForm } from '../../src/forms/index.js';
import { parseMarkdown } from '../../src/markdown/index.js';
import { checkFormData } from '../../src/pipeline/index.js';
import { findPrecompiledTemplate } from '../../src/template/find-precompiled-template.js';
import { createSlots } from '../../src/template/index.js';
import { precompileTemplate } from '../../src/template/precompile-template.js';
import { prepareTemplate } from '../../src/template/prepare-template.js';
import { compileOptions, handlebars } from '../../src/template/template-engine.js';

const folder = mkdtempSync(join(tmpdir(), 'qujat-templates-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Template = (context: unknown, options: { data: Record<string, unknown> }) => string;

/** The Markdown and the document tree (slots filled) a template makes of the data, as buildDocumentTree runs it. */
function run(template: Template, context: Record<string, unknown>, namespace: string, lang: DocumentLanguage, name: string) {
  const slots = createSlots();
  const markdown = template(context, { data: { translator: createTranslator(lang), namespace, lang, slots } });
  return { markdown, tree: slots.fill(parseMarkdown(markdown, name)) };
}

describe('the precompiled templates', () => {
  it.each(listFormIds())('%s: make what the templates compiled at run time make, of every example in every language', (formId) => {
    const form = loadForm(formId)!;
    let compared = 0;
    for (const example of findExamples([formId])) {
      const value = JSON.parse(readFileSync(example.file, 'utf8')) as unknown;
      for (const data of Array.isArray(value) ? value : [value]) {
        const { valid } = checkFormData(form, data);
        expect(valid).toBeDefined();
        const name = `templates/${formId}/${valid!.edition.template}`;
        const source = readFileSync(join(form.dir, valid!.edition.template), 'utf8');
        const { key, code } = precompileTemplate(source, name);
        writeFileSync(join(folder, `${key}.cjs`), code);
        const precompiled = findPrecompiledTemplate(source, folder) as Template | undefined;
        expect(precompiled).toBeTypeOf('function');
        const compiled = handlebars.compile(prepareTemplate(source, name), compileOptions()) as Template;
        for (const lang of form.manifest.languages) {
          const context = { ...valid!.data, computed: valid!.computed };
          const expected = run(compiled, context, form.manifest.namespace, lang, name);
          expect(expected.markdown.length).toBeGreaterThan(100);
          expect(run(precompiled!, context, form.manifest.namespace, lang, name)).toEqual(expected);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('is found only for the very text it was made from', () => {
    const source = '# {{t "title"}}\n\n{{person.name}}\n';
    const { key, code } = precompileTemplate(source, 'test.md.hbs');
    writeFileSync(join(folder, `${key}.cjs`), code);
    expect(findPrecompiledTemplate(source, folder)).toBeTypeOf('function');
    expect(findPrecompiledTemplate(`${source}\n`, folder)).toBeUndefined();
    expect(precompileTemplate(source, 'test.md.hbs')).toEqual({ key, code });
  });
});
