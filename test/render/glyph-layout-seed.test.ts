import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { fontFiles } from '../../src/render/fonts.js';
import { cacheGlyphLayouts, exportGlyphLayouts, type ShapingFont } from '../../src/render/pdf/cache-glyph-layouts.js';

// Words shaped at build time are replayed by a new process (glyph-layout-seed.ts): the replay must leave the font
// exactly as shaping would (the same glyphs, code points and positions, and the same glyph objects made in it).
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(bytes: Uint8Array): ShapingFont & { _glyphs: Record<number, { codePoints: number[] }> };
};
const bytes = readFileSync(fontFiles.normal);
const seedWords = ['Бағалау', 'парағы', 'мемлекеттік', 'қызметшінің', 'AVAW', 'ﬁnal', 'office', 'Ёжик'];
const laterWords = ['парағы', 'қызметші', 'Бағалау', 'AV', 'ﬁnal', 'ёлка', 'office'];

/** What a font made of shaping `words`: each run's glyphs and positions, then the glyph objects it holds. */
function shape(font: ReturnType<typeof fontkit.create>, words: string[]): unknown {
  font._glyphs = {};
  const runs = words.map((word) => {
    const run = font.layout(word);
    return {
      ids: run.glyphs.map((glyph) => glyph.id),
      codePoints: run.glyphs.map((glyph) => glyph.codePoints),
      positions: run.positions,
      width: run.advanceWidth,
    };
  });
  return { runs, glyphs: Object.entries(font._glyphs).map(([id, glyph]) => [id, glyph.codePoints]) };
}

describe('the build-time seed of shaped words', () => {
  it('replays a seeded word in a new font exactly as shaping it there', () => {
    const maker = fontkit.create(bytes);
    cacheGlyphLayouts(maker);
    shape(maker, seedWords);
    const seed = exportGlyphLayouts(maker);
    expect(seed.map(([key]) => key.split('\u0000')[0])).toEqual(expect.arrayContaining(['Бағалау', 'парағы', 'AVAW']));

    const fresh = fontkit.create(bytes);
    const seeded = fontkit.create(bytes);
    cacheGlyphLayouts(seeded, seed);
    expect(shape(seeded, laterWords)).toEqual(shape(fresh, laterWords));
    expect(shape(seeded, seedWords)).toEqual(shape(fresh, seedWords));
  });
});
