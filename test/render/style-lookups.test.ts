import { describe, expect, it } from 'vitest';

import { findExamples, listForms, render } from '../../src/api/index.js';
import { readDataFile } from '../../src/core/data/index.js';
import type { DocumentLanguage } from '../../src/core/i18n/index.js';
import { lightStyleLookups, originalStyleLookups, useStyleLookups } from '../../src/render/index.js';

// pdfmake's style look-ups are replaced by allocation-free ones (src/render/pdf/lighten-style-lookups.ts): every
// shipped example, in every language of its form, must come out byte for byte as with pdfmake's own methods.
async function renderEveryExample(): Promise<Map<string, Buffer>> {
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

describe("pdfmake's style look-ups without allocations", () => {
  it('are in place, and give every example the same bytes as the originals', async () => {
    const light = await renderEveryExample();
    useStyleLookups(originalStyleLookups);
    try {
      const original = await renderEveryExample();
      expect(original.size).toBeGreaterThan(30);
      expect([...light.keys()]).toEqual([...original.keys()]);
      for (const [name, bytes] of original) expect(light.get(name)!.equals(bytes), name).toBe(true);
    } finally {
      useStyleLookups(lightStyleLookups);
    }
  }, 120_000);
});
