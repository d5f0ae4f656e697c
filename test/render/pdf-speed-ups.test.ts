import { describe, expect, it } from 'vitest';

import { findExamples, listForms, render } from '../../src/api/index.js';
import { readDataFile } from '../../src/core/data/index.js';
import type { DocumentLanguage } from '../../src/core/i18n/index.js';
import { batchStreamWrites, cacheTextMeasures, shareWordRuns } from '../../src/render/index.js';

// Work pdfkit and pdfmake did for every document, done once or more cheaply (src/render/pdf/): with each, every
// shipped example, in every language of its form, must come out byte for byte as without it, both the first time
// (caches empty) and the second (caches filled).
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

const speedUps = {
  'text measures kept across documents (cache-text-measures.ts)': cacheTextMeasures,
  'stream text joined before it becomes bytes (batch-stream-writes.ts)': batchStreamWrites,
  "words' scaled runs shared across documents (share-word-runs.ts)": shareWordRuns,
};

describe.each(Object.entries(speedUps))('%s', (_, use) => {
  it('give every example the bytes it has without them, on first use and after', async () => {
    use(false);
    let without: Map<string, Buffer>;
    try {
      without = await renderEveryExample();
    } finally {
      use(true);
    }
    const first = await renderEveryExample();
    const second = await renderEveryExample();
    expect(without.size).toBeGreaterThan(30);
    expect([...first.keys()]).toEqual([...without.keys()]);
    expect([...second.keys()]).toEqual([...without.keys()]);
    for (const [name, bytes] of without) {
      expect(first.get(name)!.equals(bytes), name).toBe(true);
      expect(second.get(name)!.equals(bytes), name).toBe(true);
    }
  }, 240_000);
});
