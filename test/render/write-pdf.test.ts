import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { getFace } from '../../src/render/font-faces.js';
import { fontFiles } from '../../src/render/fonts.js';
import type { PdfInfo, PdfPage } from '../../src/render/pdf/pdf-page.js';
import { writePdf } from '../../src/render/pdf/write-pdf.js';
import { writeToUnicode } from '../../src/render/pdf/write-to-unicode.js';
import { checkWithQpdf, hasQpdf } from '../helpers/check-pdf.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const a4 = { width: 595.28, height: 841.89 };
const kazakh = 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі';
const justified = 'Бағалау парағы «№ 5» – 2026\u00a0ж. Latin 0123456789';
const russian = 'Оценочный лист государственного служащего';
const kyrgyz = 'Кыргыз тили: ң ө ү Ң Ө Ү, баалоо барагы';

const pages: PdfPage[] = [
  {
    ...a4,
    items: [
      { kind: 'text', face: 'bold', size: 14, x: 56.7, y: 70, text: kazakh },
      { kind: 'rect', x: 50, y: 80, width: 100, height: 20, color: '#d9d9d9' },
      { kind: 'text', face: 'normal', size: 12, x: 56.7, y: 120, text: justified, wordSpacing: 1.5 },
      { kind: 'line', x1: 50, y1: 130, x2: 545.28, y2: 130, width: 0.5 },
      { kind: 'text', face: 'italics', size: 10, x: 56.7, y: 150, text: russian },
    ],
  },
  {
    ...a4,
    items: [
      { kind: 'text', face: 'bolditalics', size: 11, x: 60, y: 60, text: kyrgyz },
      { kind: 'text', face: 'normal', size: 12, x: 60, y: 80, text: russian },
      { kind: 'text', face: 'normal', size: 10, x: 60, y: 100, text: kyrgyz, wordSpacing: 12 },
    ],
  },
];

const info: PdfInfo = {
  title: 'Бағалау парағы',
  author: 'Қазақстан Республикасы Қаржы министрлігі',
  subject: 'Corps (B)',
  creator: 'qujat',
  producer: 'qujat 0.1.0',
  date: new Date('2026-01-16T00:00:00Z'),
  lang: 'kk',
  pdfa: true,
};

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The decoded stream of object `number`. */
function streamOf(bytes: Uint8Array, number: number): string {
  const text = latin1(bytes);
  const match = new RegExp(`\\n${number} 0 obj\\n<< (.*?) /Length (\\d+) >>\\nstream\\n`).exec(text)!;
  const start = match.index + match[0].length;
  const data = Buffer.from(bytes).subarray(start, start + Number(match[2]));
  return (match[1]!.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
}

describe("qujat's own PDF writer", () => {
  const bytes = writePdf(pages, info);
  const text = latin1(bytes);

  it.skipIf(!hasQpdf && !process.env.CI)('writes a file qpdf finds no error in', () => {
    expect(checkWithQpdf(bytes)).toContain('No syntax or stream encoding errors found');
    expect(checkWithQpdf(writePdf(pages, { ...info, pdfa: false }))).toContain('No syntax or stream encoding errors found');
  });

  it('reads back every line of every page as written, in kk, ru and ky', async () => {
    const read = await extractPdfText(bytes);
    // PDF.js gives every white-space character as a space, whatever the ToUnicode map says (see the next test).
    expect(read.pages).toEqual([`${kazakh}\n${justified.replace('\u00a0', ' ')}\n${russian}`, `${kyrgyz}\n${russian}\n${kyrgyz}`]);
  });

  it('gives the no-break space a code of its own, mapped to U+00A0 (it shares the space’s glyph in Tinos)', () => {
    const maps = [...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((match) => streamOf(bytes, Number(match[1])));
    const regular = maps.find((map) => map.includes('<00A0>'))!;
    const space = /<([0-9A-F]{4})> <0020>\n/.exec(regular)![1];
    const noBreak = /<([0-9A-F]{4})> <00A0>\n/.exec(regular)![1];
    expect(noBreak).not.toBe(space);
  });

  it('gives a character the font lacks a code of its own, so that its text still reads back', async () => {
    const missing = [{ width: 200, height: 100, items: [{ kind: 'text', face: 'normal', size: 12, x: 10, y: 50, text: 'Иә ✓ ✔ жоқ' }] }] satisfies PdfPage[];
    expect(getFace('normal').glyphOf('✓'.codePointAt(0)!).id).toBe(0);
    const written = writePdf(missing, info);
    expect((await extractPdfText(written)).pages).toEqual(['Иә ✓ ✔ жоқ']);
    if (hasQpdf || process.env.CI) expect(checkWithQpdf(written)).toContain('No syntax or stream encoding errors found');
  });

  it('draws the character after a lone surrogate (half a character), not only the pairs', async () => {
    const broken = [{ width: 200, height: 100, items: [{ kind: 'text', face: 'normal', size: 12, x: 10, y: 50, text: 'Ас\ud800қар 𝐀' }] }] satisfies PdfPage[];
    const read = (await extractPdfText(writePdf(broken, info))).pages[0]!;
    expect(read.startsWith('Ас')).toBe(true);
    expect(read.endsWith('қар 𝐀')).toBe(true);
  });

  it('writes the Info dictionary, the language and the file identifier (an MD5 of the body)', async () => {
    const { info: read } = await extractPdfText(bytes);
    expect(read).toMatchObject({
      PDFFormatVersion: '1.7',
      Language: 'kk',
      Title: 'Бағалау парағы',
      Author: 'Қазақстан Республикасы Қаржы министрлігі',
      Subject: 'Corps (B)',
      Creator: 'qujat',
      Producer: 'qujat 0.1.0',
      CreationDate: 'D:20260116000000Z',
      ModDate: 'D:20260116000000Z',
    });
    expect(text).toMatch(/^%PDF-1\.7\n%\xe2\xe3\xcf\xd3\n/);
    expect(text).toContain('/Title <FEFF0411043004930430043B043004430020043F0430044004300493044B>');
    expect(text).toContain('/ViewerPreferences << /DisplayDocTitle true >>');
    // The body's MD5, the kept streams (font files, ToUnicode maps, the ICC profile) counted by their own MD5.
    const kept = new Set([...text.matchAll(/\/(?:FontFile2|ToUnicode|DestOutputProfile) (\d+) 0 R/g)].map((match) => match[1]));
    const hash = createHash('md5');
    let from = 0;
    for (const match of text.matchAll(/\n(\d+) 0 obj\n<< [^\n]*?\/Length (\d+) >>\nstream\n/g)) {
      if (!kept.has(match[1])) continue;
      const start = match.index + match[0].length;
      const data = Buffer.from(bytes).subarray(start, start + Number(match[2]));
      hash.update(Buffer.from(bytes).subarray(from, start)).update(createHash('md5').update(data).digest());
      from = start + data.length;
    }
    expect(kept.size).toBe(9);
    const md5 = hash
      .update(Buffer.from(bytes).subarray(from, text.lastIndexOf('\nxref\n') + 1))
      .digest('hex')
      .toUpperCase();
    expect(text).toContain(`/ID [<${md5}> <${md5}>]`);
    expect(text).toMatch(/startxref\n\d+\n%%EOF\n$/);
  });

  it('has the pages, their size, and each face used embedded once as a TrueType subset with a ToUnicode map', () => {
    expect(text).toContain('/Count 2');
    expect(text.match(/\/MediaBox \[0 0 595\.28 841\.89\]/g)).toHaveLength(2);
    expect(text.match(/\/FontFile2 /g)).toHaveLength(4);
    expect(text.match(/\/ToUnicode /g)).toHaveLength(4);
    const names = [...text.matchAll(/\/FontName \/([A-Z]{6})\+(Tinos-[A-Za-z]+)/g)].map((match) => match[2]);
    expect(names.sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    expect(text).toContain('/Subtype /Type0');
    expect(text).toContain('/Encoding /Identity-H');
    expect(text).toContain('/CIDToGIDMap /Identity');
    expect(text).toMatch(/\/Filter \/FlateDecode \/Length1 \d+ \/Length \d+/);
  });

  it('is byte-identical for the same input, also after a different document', () => {
    expect(Buffer.from(writePdf(pages, info)).equals(Buffer.from(bytes))).toBe(true);
    const other = writePdf([{ ...a4, items: [{ kind: 'text', face: 'normal', size: 9, x: 10, y: 10, text: 'Басқа құжат: Ё ё Ъ ъ' }] }], info);
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
    expect(Buffer.from(writePdf(pages, info)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is PDF/A-2b when asked: XMP metadata saying what the Info dictionary says, an sRGB output intent', () => {
    const utf8 = Buffer.from(bytes).toString('utf8');
    expect(utf8).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(utf8).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(utf8).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Бағалау парағы</rdf:li></rdf:Alt></dc:title>');
    expect(utf8).toContain('<dc:creator><rdf:Seq><rdf:li>Қазақстан Республикасы Қаржы министрлігі</rdf:li></rdf:Seq></dc:creator>');
    expect(utf8).toContain('<xmp:CreateDate>2026-01-16T00:00:00Z</xmp:CreateDate>');
    expect(utf8).toContain('<xmp:MetadataDate>2026-01-16T00:00:00Z</xmp:MetadataDate>');
    expect(utf8).toContain('<pdf:Producer>qujat 0.1.0</pdf:Producer>');
    expect(text).toMatch(/\/Type \/Metadata \/Subtype \/XML \/Length \d+ >>\nstream\n<\?xpacket/);
    expect(text).toContain('/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)');
    const profile = Number(/\/DestOutputProfile (\d+) 0 R/.exec(text)![1]);
    expect(streamOf(bytes, profile).length).toBe(3024);
    const plain = latin1(writePdf(pages, { ...info, pdfa: false }));
    expect(plain.startsWith('%PDF-1.7\n')).toBe(true);
    expect(plain).not.toMatch(/\/Metadata|\/OutputIntents/);
  });

  it('draws text, lines and rectangles in compact operators (y from the bottom, word spacing after each space, summing exactly)', () => {
    const page: PdfPage = {
      width: 200,
      height: 100,
      items: [
        { kind: 'rect', x: 10, y: 20.5, width: 30.25, height: 5, color: '#ff8000' },
        { kind: 'text', face: 'normal', size: 10.5, x: 12, y: 40, text: 'a a a a', wordSpacing: 1.4 },
        { kind: 'text', face: 'bold', size: 10.5, x: 12.3333, y: 52, text: 'a' },
        { kind: 'line', x1: 0, y1: 60, x2: 200, y2: 60.0004, width: 0.75 },
        { kind: 'line', x1: 0, y1: 70, x2: 200, y2: 70, width: 0.75 },
      ],
    };
    const written = writePdf([page], { ...info, pdfa: false });
    const contents = Number(/\/Contents (\d+) 0 R/.exec(latin1(written))![1]);
    // Codes: the space 1, `a` 2 in the regular face; `a` 1 in the bold one.
    expect(streamOf(written, contents)).toBe(
      '1 0.502 0 rg\n10 74.5 30.25 5 re f\n0 g\nBT\n/F1 10.5 Tf\n12 60 Td [<00020001> -133 <00020001> -134 <00020001> -133 <0002>] TJ\n/F2 10.5 Tf\n0.333 -12 Td [<0001>] TJ\nET\n' +
        '0.75 w\n0 40 m 200 40 l S\n0 30 m 200 30 l S\n',
    );
  });

  it('maps codes to text in bfchar and bfrange blocks, as UTF-16BE with surrogate pairs', () => {
    const cmap = writeToUnicode([
      { cid: 1, codePoint: 0x20 },
      { cid: 2, codePoint: 0x410 },
      { cid: 3, codePoint: 0x411 },
      { cid: 4, codePoint: 0x412 },
      { cid: 5, codePoint: 0x1d400 },
    ]);
    expect(cmap).toContain('2 beginbfchar\n<0001> <0020>\n<0005> <D835DC00>\nendbfchar\n1 beginbfrange\n<0002> <0004> <0410>\nendbfrange\n');
  });

  it('refuses a document without pages (a programmer error)', () => {
    expect(() => writePdf([], info)).toThrow('at least one page');
  });

  it('embeds subsets with the very bytes fontkit writes (the faces subset through fast-font-subset.ts)', () => {
    const { openSync } = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
    for (const name of ['normal', 'bolditalics'] as const) {
      const face = getFace(name);
      const plain = openSync(fontFiles[name]) as unknown as { createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array } };
      const shared = face.font as unknown as typeof plain;
      expect(Object.hasOwn(face.font, 'createSubset')).toBe(true);
      // Ё and й are composite glyphs in Tinos: their components are added as the subset is encoded.
      const ids = [...'ЁйӘҒқ «№» 09Ab'].map((char) => face.glyphOf(char.codePointAt(0)!).id);
      const [mine, theirs] = [shared.createSubset(), plain.createSubset()];
      for (const id of ids) [mine, theirs].forEach((subset) => subset.includeGlyph(id));
      expect(Buffer.from(mine.encode()).equals(Buffer.from(theirs.encode()))).toBe(true);
    }
  });
});
