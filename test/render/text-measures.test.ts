import { describe, expect, it } from 'vitest';
import { findExamples, listForms, render } from '../../src/api/index.js';
import { readDataFile } from '../../src/core/data/index.js';
import type { DocumentLanguage } from '../../src/core/i18n/index.js';
import { cacheTextMeasures } from '../../src/render/index.js';

// pdfmake's measuring of each text is kept across documents (src/render/pdf/cache-text-measures.ts): every shipped
// example, in every language of its form, must come out byte for byte as when pdfmake measures it, both when its
// texts are measured for the first time and when they come from the cache.
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

describe('text measures kept across documents', () => {
  it('give every example the bytes of pdfmake measuring it, on first use and from the cache', async () => {
    cacheTextMeasures(false);
    let measured: Map<string, Buffer>;
    try {
      measured = await renderEveryExample();
    } finally {
      cacheTextMeasures(true);
    }
    const first = await renderEveryExample();
    const cached = await renderEveryExample();
    expect(measured.size).toBeGreaterThan(30);
    expect([...first.keys()]).toEqual([...measured.keys()]);
    expect([...cached.keys()]).toEqual([...measured.keys()]);
    for (const [name, bytes] of measured) {
      expect(first.get(name)!.equals(bytes), name).toBe(true);
      expect(cached.get(name)!.equals(bytes), name).toBe(true);
    }
  }, 240_000);
});
