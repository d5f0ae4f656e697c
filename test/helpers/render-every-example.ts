import { findExamples, listForms, render } from '../../src/api/index.js';
import { readDataFile } from '../../src/core/data/index.js';
import type { DocumentLanguage } from '../../src/core/i18n/index.js';

/** Every shipped example rendered to PDF in every language of its form, by `<example>/<file name>`. */
export async function renderEveryExample(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const form of listForms()) {
    for (const example of findExamples([form.id])) {
      const read = await readDataFile(example.file);
      if (!read.ok) throw new Error(`cannot read ${example.file}`);
      const result = await render(form.id, read.data.value, { langs: form.languages as DocumentLanguage[], formats: ['pdf'] });
      for (const document of result.documents) files.set(`${example.name}/${document.fileName}`, Buffer.from(document.bytes));
    }
  }
  return files;
}
