import { describe, expect, it } from 'vitest';

import { batchStreamWrites, cacheTextMeasures, shareWordRuns } from '../../src/render/index.js';
import { renderEveryExample } from '../helpers/render-every-example.js';

// Work pdfkit and pdfmake did for every document, done once or more cheaply (src/render/pdf/): with each, every
// shipped example, in every language of its form, must come out byte for byte as without it, both the first time
// (caches empty) and the second (caches filled).

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
