import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { cacheGlyphLayouts, exportGlyphLayouts, type SeedEntry, type ShapingFont } from './cache-glyph-layouts.js';
import { shareGlyphMetrics, shareSubsetWork } from './fast-font-subset.js';
import { findSeededWords, type GlyphLayoutSeed, toFaceKey } from './glyph-layout-seed.js';

// Before fontkit and pdfkit are loaded: what they set up at load for work qujat never or seldom asks of them, done
// at first use (defer-package-setup.ts).
import '../defer-package-setup.js';

/**
 * pdfkit parses every font anew for every document (`fontkit.create` on the same bytes), which was about half of
 * the time of a one-page sheet. fontkit's parsed fonts are read-only tables with caches, so one parsed font can
 * serve every document: this replaces, before pdfkit is loaded, the `fontkit` module pdfkit will `require` by a
 * copy whose `create` returns the font already parsed from the same bytes. Each document still makes its own
 * subset, and its glyph objects are made afresh (fontkit keeps a glyph's code points from its first use, which
 * would otherwise let one document's text change the next one's ToUnicode map), so the files are byte-for-byte
 * what they were whatever was rendered before (tested).
 *
 * It must be imported before `pdfmake` (ESM evaluates imports in order).
 */
const require = createRequire(import.meta.url);
const pdfkitRequire = createRequire(require.resolve('pdfkit'));
const fontkitPath = pdfkitRequire.resolve('fontkit');
const fontkit = pdfkitRequire('fontkit') as Record<string, unknown> & { create: (bytes: Uint8Array, family?: string) => unknown };
const parsed = new WeakMap<Uint8Array, Map<string, unknown>>();
/** Every face parsed so far, for the build's seed of shaped words. */
const faces: { bytes: Uint8Array; family: string | undefined; font: ShapingFont }[] = [];
/** The version of the fontkit pdfkit uses (read only when a seed of shaped words is there to be checked). */
export const fontkitVersion = () => (JSON.parse(readFileSync(join(dirname(fontkitPath), '..', 'package.json'), 'utf8')) as { version: string }).version;

function createShared(bytes: Uint8Array, family?: string): unknown {
  const byFamily = parsed.get(bytes) ?? new Map<string, unknown>();
  parsed.set(bytes, byFamily);
  const key = family ?? '';
  if (!byFamily.has(key)) {
    const font = fontkit.create(bytes, family) as ShapingFont & { createSubset?: unknown };
    // Metrics first: the layout cache replays glyph look-ups through the `getGlyph` it finds.
    if (typeof font.createSubset === 'function') {
      shareGlyphMetrics(font as never);
      shareSubsetWork(font as never);
    }
    if (typeof font.layout === 'function') {
      cacheGlyphLayouts(font, findSeededWords(bytes, family, fontkitVersion));
      faces.push({ bytes, family, font });
    }
    byFamily.set(key, font);
  }
  const font = byFamily.get(key) as { _glyphs: Record<number, unknown> };
  font._glyphs = {};
  return font;
}

/** What every face parsed so far has shaped, as a seed file holds it (src/build/write-glyph-layouts.mjs). */
export function exportShapedWords(): GlyphLayoutSeed {
  const entries: [string, SeedEntry[]][] = faces.map(({ bytes, family, font }) => [toFaceKey(bytes, family), exportGlyphLayouts(font)]);
  return { fontkit: fontkitVersion(), faces: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))) };
}

const cached = require.cache[fontkitPath];
if (cached && cached.exports === fontkit && !('sharedParsedFonts' in fontkit)) {
  cached.exports = { ...Object.fromEntries(Object.keys(fontkit).map((key) => [key, fontkit[key]])), create: createShared, sharedParsedFonts: true };
}
