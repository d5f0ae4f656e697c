import { describe, expect, it } from 'vitest';

import { lightStyleLookups, originalStyleLookups, useStyleLookups } from '../../src/render/index.js';
import { renderEveryExample } from '../helpers/render-every-example.js';

// pdfmake's style look-ups are replaced by allocation-free ones (src/render/pdf/lighten-style-lookups.ts): every
// shipped example, in every language of its form, must come out byte for byte as with pdfmake's own methods.

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
