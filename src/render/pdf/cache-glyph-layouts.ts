/**
 * A cache of fontkit's shaping (`font.layout`) across documents, keyed by the word and the features: the same
 * words ("бағалау", the parameter texts, the headings) are shaped in every sheet of a batch, and shaping was the
 * largest cost left once fonts were parsed once.
 *
 * Exactness: fontkit keeps, per document, one glyph object per glyph id, made on its first use with the code points
 * of that use; pdfkit writes those code points into the ToUnicode map. A cached word therefore replays, in order,
 * the glyph look-ups its shaping made through the character map (whose arguments depend on the word alone, as for
 * the space glyph fontkit looks up to hide default-ignorable characters), so the
 * document's glyph objects come out exactly as fresh shaping would make them. Words whose shaping made a new glyph
 * after substitution (a ligature), whose code points could depend on earlier words, are never cached.
 */

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface Glyph {
  id: number;
  codePoints: number[];
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}

export interface ShapingFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  glyphsForString(text: string): Glyph[];
  glyphForCodePoint(codePoint: number): Glyph;
}

export interface CachedRun {
  lookups: [number, number[]][];
  ids: number[];
  positions: Position[];
  /** Kept by share-word-runs.ts: the run as pdfkit scales it, made once. */
  scaled?: unknown;
}

/** Words kept per font; the cache starts afresh when full, so memory stays bounded in any batch. */
const maxEntries = 20_000;

/**
 * A cache's words in a compact form for a file (glyph-layout-seed.ts): per word, its look-ups through the
 * character map (glyph id, then its code points' count and code points), its glyph ids, and its positions
 * (x advance, y advance, x offset, y offset for each glyph).
 */
export type SeedEntry = [key: string, lookups: number[], ids: number[], positions: number[]];

const caches = new WeakMap<ShapingFont, () => Map<string, CachedRun | null>>();
const finders = new WeakMap<ShapingFont, (text: string) => CachedRun | undefined>();

/**
 * The kept shaping of a word without features, if it replays exactly (share-word-runs.ts replays its look-ups
 * itself); nothing for a word not shaped yet or one never cached.
 */
export function findCachedRun(font: ShapingFont, text: string): CachedRun | undefined {
  return finders.get(font)?.(text);
}

function toSeedEntry(key: string, run: CachedRun): SeedEntry {
  return [
    key,
    run.lookups.flatMap(([id, codePoints]) => [id, codePoints.length, ...codePoints]),
    run.ids,
    run.positions.flatMap((position) => [position.xAdvance, position.yAdvance, position.xOffset, position.yOffset]),
  ];
}

function fromSeedEntry([, lookupsFlat, ids, positionsFlat]: SeedEntry): CachedRun {
  const lookups: [number, number[]][] = [];
  for (let index = 0; index < lookupsFlat.length;) {
    const count = lookupsFlat[index + 1]!;
    lookups.push([lookupsFlat[index]!, lookupsFlat.slice(index + 2, index + 2 + count)]);
    index += 2 + count;
  }
  const positions: Position[] = [];
  for (let index = 0; index < positionsFlat.length; index += 4) {
    positions.push({
      xAdvance: positionsFlat[index]!,
      yAdvance: positionsFlat[index + 1]!,
      xOffset: positionsFlat[index + 2]!,
      yOffset: positionsFlat[index + 3]!,
    });
  }
  return { lookups, ids, positions };
}

/** The words a font's cache holds that replay exactly, for a seed file (sorted, so that the file is reproducible). */
export function exportGlyphLayouts(font: ShapingFont): SeedEntry[] {
  const cache = caches.get(font)?.() ?? new Map<string, CachedRun | null>();
  return [...cache]
    .filter((entry): entry is [string, CachedRun] => entry[1] !== null)
    .map(([key, run]) => toSeedEntry(key, run))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function copyPosition({ xAdvance, yAdvance, xOffset, yOffset }: Position): Position {
  return { xAdvance, yAdvance, xOffset, yOffset };
}

function toRun(glyphs: Glyph[], positions: Position[]): GlyphRun {
  return {
    glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
  };
}

/**
 * Makes `font.layout` use and fill the cache (once per font object). `seed`: words shaped by another process with
 * the same font file and fontkit (glyph-layout-seed.ts), replayed as if this process had shaped them.
 */
export function cacheGlyphLayouts(font: ShapingFont, seed: readonly SeedEntry[] = []): void {
  if (Object.hasOwn(font, 'layout')) return;
  const layout = font.layout.bind(font);
  const getGlyph = font.getGlyph.bind(font);
  const glyphsForString = font.glyphsForString.bind(font);
  const glyphForCodePoint = font.glyphForCodePoint.bind(font);
  let cache = new Map<string, CachedRun | null>();
  caches.set(font, () => cache);
  // Seeded words are unpacked on their first use only.
  const seeded = new Map(seed.map((entry) => [entry[0], entry]));
  let recording: { lookups: [number, number[]][]; later: number[]; inCmap: number } | undefined;

  font.getGlyph = (id, codePoints) => {
    if (recording) {
      if (recording.inCmap > 0) recording.lookups.push([id, [...(codePoints ?? [])]]);
      else recording.later.push(id);
    }
    return getGlyph(id, codePoints);
  };
  /** Look-ups through the character map: their code points come from the text alone. */
  const throughCmap = <T>(lookUp: () => T): T => {
    if (recording) recording.inCmap += 1;
    try {
      return lookUp();
    } finally {
      if (recording) recording.inCmap -= 1;
    }
  };
  font.glyphsForString = (text) => throughCmap(() => glyphsForString(text));
  font.glyphForCodePoint = (codePoint) => throughCmap(() => glyphForCodePoint(codePoint));
  const findKept = (key: string): CachedRun | null | undefined => {
    let cached = cache.get(key);
    if (cached === undefined && seeded.has(key)) {
      if (cache.size >= maxEntries) cache = new Map();
      cached = fromSeedEntry(seeded.get(key)!);
      cache.set(key, cached);
    }
    return cached;
  };
  finders.set(font, (text) => (text.includes('\u0000') ? undefined : (findKept(text) ?? undefined)));
  font.layout = (text, features, ...rest) => {
    // Words without features (nearly all) are keyed by their text alone: no string to build for each look-up.
    const key = features == null && !text.includes('\u0000') ? text : `${text}\u0000${JSON.stringify(features ?? null)}`;
    const cached = rest.length === 0 ? findKept(key) : null;
    if (cached) {
      for (const [id, codePoints] of cached.lookups) getGlyph(id, codePoints);
      return toRun(
        cached.ids.map((id) => getGlyph(id)),
        cached.positions.map(copyPosition),
      );
    }
    const made: NonNullable<typeof recording> = { lookups: [], later: [], inCmap: 0 };
    recording = made;
    let run: GlyphRun;
    try {
      run = layout(text, features, ...rest);
    } finally {
      recording = undefined;
    }
    if (rest.length === 0 && cached === undefined) {
      if (cache.size >= maxEntries) cache = new Map();
      const fromCmap = new Set(made.lookups.map(([id]) => id));
      const exact = made.later.every((id) => fromCmap.has(id));
      cache.set(key, exact ? { lookups: made.lookups, ids: run.glyphs.map((glyph) => glyph.id), positions: run.positions.map(copyPosition) } : null);
    }
    return run;
  };
}
