import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { SeedEntry } from './cache-glyph-layouts.js';

/**
 * Words shaped at build time, for a new process to replay instead of shaping them again: fontkit's shaping of each
 * word of a document was about a third of a one-sheet `qujat render`. `npm run build` renders every shipped example
 * in each of its languages and writes what each font's cache then holds (the words of the templates and locales)
 * to glyph-layouts.json beside the compiled module (src/build/write-glyph-layouts.mjs). A face's words are used
 * only by the same font file (its SHA-256) and the same fontkit version, so that a replayed word is exactly what
 * shaping it would give (cache-glyph-layouts.ts replays the glyph look-ups too); anything else shapes as before.
 * From the sources (the tests) there is no file, and every word is shaped.
 */
export interface GlyphLayoutSeed {
  fontkit: string;
  /** By `<sha256 of the font file>:<family>`. */
  faces: Record<string, SeedEntry[]>;
}

export const glyphLayoutSeedFile = new URL('./glyph-layouts.json', import.meta.url);

let seed: GlyphLayoutSeed | null | undefined;

/** The key of a font file's face in a seed. */
export function toFaceKey(bytes: Uint8Array, family: string | undefined): string {
  return `${createHash('sha256').update(bytes).digest('hex')}:${family ?? ''}`;
}

/** The seeded words of a face, if the seed was made with this fontkit (`version` asked only when a seed exists). */
export function findSeededWords(bytes: Uint8Array, family: string | undefined, fontkitVersion: () => string): readonly SeedEntry[] {
  if (seed === undefined) {
    try {
      seed = JSON.parse(readFileSync(glyphLayoutSeedFile, 'utf8')) as GlyphLayoutSeed;
    } catch {
      seed = null;
    }
  }
  if (!seed || seed.fontkit !== fontkitVersion()) return [];
  return seed.faces[toFaceKey(bytes, family)] ?? [];
}
