import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { fontFiles } from '../../src/render/fonts.js';
import { shareSubsetWork } from '../../src/render/pdf/fast-font-subset.js';

// src/render/pdf/fast-font-subset.ts encodes each document's font subset from caches: the bytes must be fontkit's own.
interface Subset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface Font {
  numGlyphs: number;
  createSubset(): Subset;
  getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
}

describe('font subsets from caches', () => {
  const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Uint8Array): Font };

  it.each(Object.entries(fontFiles))('writes the bytes fontkit writes (%s)', (_, file) => {
    const font = fontkit.create(readFileSync(file));
    shareSubsetWork(font as never);
    expect(Object.hasOwn(font, 'createSubset')).toBe(true);
    const composite = Array.from({ length: font.numGlyphs }, (_, id) => id).filter((id) => (font.getGlyph(id)._decode()?.numberOfContours ?? 0) < 0);
    expect(composite.length).toBeGreaterThan(0);
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % limit;
    for (let round = 0; round < 6; round += 1) {
      const ids = Array.from({ length: 5 + next(200) }, () => (next(3) === 0 ? composite[next(composite.length)]! : next(font.numGlyphs)));
      const ours = font.createSubset();
      // fontkit's own encoder: the prototype's, which the cache leaves alone.
      const theirs = Object.getPrototypeOf(font).createSubset.call(font) as Subset;
      for (const id of ids) expect(ours.includeGlyph(id)).toBe(theirs.includeGlyph(id));
      expect(Buffer.from(ours.encode()).equals(Buffer.from(theirs.encode()))).toBe(true);
      expect(ours.glyphs).toEqual(theirs.glyphs);
    }
  });
});
