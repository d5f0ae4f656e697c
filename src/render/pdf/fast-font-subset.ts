/**
 * fontkit's TrueType subsetting, made cheap for a font parsed once per process (font-faces.ts), with the
 * very bytes fontkit writes (tested against its own encoder).
 *
 * For each document, fontkit decoded every glyph it embeds (its outline, to see whether it is composite, and its
 * control box, for vertical metrics no PDF reads) and encoded the whole font file through `restructure`, value by
 * value, the hinting programs (`fpgm`, `prep`, `cvt `) included: about a sixth of a sheet's time. All of that is a
 * function of the font alone: each glyph's bytes, components and metrics are kept from their first use, and the
 * tables that do not depend on the subset are encoded once. What depends on the document (the glyphs, their order,
 * their number) is written for each document, as fontkit writes it.
 */

interface Component {
  glyphID: number;
  pos: number;
}

interface GlyphData {
  bytes: Uint8Array;
  components: Component[] | undefined;
  advance: number;
  bearing: number;
}

interface TtfFont {
  _variationProcessor?: unknown;
  loca: { version: number; offsets: number[] };
  getGlyph(id: number): {
    _decode(): { numberOfContours: number; components?: Component[] } | null;
    advanceWidth: number;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  directory: { tables: Record<string, unknown> };
  createSubset(): Subset;
}

interface Subset {
  glyphs: number[];
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

/** The table encoders fontkit uses (`restructure` structures), taken from a subset's own encoding once. */
interface Tables {
  /** `head`, `cvt `, `prep`, `fpgm` as encoded bytes; `hhea` and `maxp` with their glyph counts to fill in. */
  head: Uint8Array;
  hhea: Uint8Array;
  maxp: Uint8Array;
  cvt: Uint8Array | undefined;
  prep: Uint8Array | undefined;
  fpgm: Uint8Array | undefined;
}

const tableOrder = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

/**
 * Reads the constant tables out of a font file fontkit encoded (its directory lists each table's offset and
 * length), so that they are exactly the bytes fontkit writes.
 */
function readTables(file: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    const entry = 12 + index * 16;
    const tag = String.fromCharCode(file[entry]!, file[entry + 1]!, file[entry + 2]!, file[entry + 3]!);
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.set(tag, file.slice(offset, offset + length));
  }
  return tables;
}

/** Makes `font.createSubset()` give subsets that encode from the caches (once per font object). */
export function shareSubsetWork(font: TtfFont): void {
  if (Object.hasOwn(font, 'createSubset') || font._variationProcessor || font.directory.tables['CFF '] || !font.directory.tables.glyf) return;
  const createSubset = font.createSubset.bind(font);
  const glyphs = new Map<number, GlyphData>();
  let tables: Tables | undefined;

  const glyphData = (id: number): GlyphData => {
    let data = glyphs.get(id);
    if (data) return data;
    // As fontkit's TTFSubset._addGlyph reads it.
    const glyph = font.getGlyph(id);
    const glyf = glyph._decode();
    const start = font.loca.offsets[id]!;
    const end = font.loca.offsets[id + 1]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const bytes = Uint8Array.from(stream.readBuffer(end - start));
    const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : undefined;
    data = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    glyphs.set(id, data);
    return data;
  };

  const constantTables = (): Tables => {
    if (tables) return tables;
    // fontkit's own encoding of a subset of the missing glyph alone: the tables that do not depend on the glyphs.
    const read = readTables(createSubset().encode());
    tables = {
      head: read.get('head')!,
      hhea: read.get('hhea')!,
      maxp: read.get('maxp')!,
      cvt: read.get('cvt '),
      prep: read.get('prep'),
      fpgm: read.get('fpgm'),
    };
    return tables;
  };

  // A document's subset is made once per set of characters (embed-font.ts keeps the files it made).
  font.createSubset = () => {
    const subset = createSubset();
    subset.encode = () => encodeSubset(subset, glyphData, constantTables(), font.loca.version);
    return subset;
  };
}

/** The font file of `subset`, laid out as fontkit's `Directory.toBuffer` lays it out (checksums 0, tables unsorted). */
function encodeSubset(subset: Subset, glyphData: (id: number) => GlyphData, tables: Tables, locaVersion: number): Uint8Array {
  const glyf: Uint8Array[] = [];
  const offsets: number[] = [];
  const metrics: [number, number][] = [];
  let offset = 0;
  // Composite glyphs add their components to the subset as they are met, as fontkit's loop does.
  for (let index = 0; index < subset.glyphs.length; index += 1) {
    const data = glyphData(subset.glyphs[index]!);
    let bytes = data.bytes;
    if (data.components) {
      bytes = Uint8Array.from(bytes);
      const view = new DataView(bytes.buffer);
      for (const component of data.components) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    glyf.push(bytes);
    offsets.push(offset);
    metrics.push([data.advance, data.bearing]);
    offset += bytes.length;
  }
  offsets.push(offset);

  const loca = new Uint8Array(offsets.length * (locaVersion === 0 ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((value, index) => (locaVersion === 0 ? locaView.setUint16(index * 2, value >>> 1) : locaView.setUint32(index * 4, value)));
  const hmtx = new Uint8Array(metrics.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  metrics.forEach(([advance, bearing], index) => {
    hmtxView.setUint16(index * 4, advance);
    hmtxView.setInt16(index * 4 + 2, bearing);
  });
  const hhea = Uint8Array.from(tables.hhea);
  new DataView(hhea.buffer).setUint16(34, metrics.length);
  const maxp = Uint8Array.from(tables.maxp);
  new DataView(maxp.buffer).setUint16(4, glyf.length);
  const glyfLength = offset;

  const parts: Record<(typeof tableOrder)[number], Uint8Array[] | undefined> = {
    head: [tables.head],
    hhea: [hhea],
    loca: [loca],
    maxp: [maxp],
    'cvt ': tables.cvt && [tables.cvt],
    prep: tables.prep && [tables.prep],
    glyf,
    hmtx: [hmtx],
    fpgm: tables.fpgm && [tables.fpgm],
  };
  const present = tableOrder.filter((tag) => parts[tag]);
  const count = present.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const headerLength = 12 + count * 16;
  const total = headerLength + present.reduce((sum, tag) => sum + (tag === 'glyf' ? glyfLength : parts[tag]![0]!.length), 0);
  const file = new Uint8Array(total);
  const view = new DataView(file.buffer);
  file.set([0x74, 0x72, 0x75, 0x65]); // 'true'
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let position = headerLength;
  present.forEach((tag, index) => {
    const entry = 12 + index * 16;
    for (let char = 0; char < 4; char += 1) file[entry + char] = tag.charCodeAt(char);
    view.setUint32(entry + 4, 0);
    view.setUint32(entry + 8, position);
    const start = position;
    for (const part of parts[tag]!) {
      file.set(part, position);
      position += part.length;
    }
    view.setUint32(entry + 12, position - start);
  });
  return file;
}
