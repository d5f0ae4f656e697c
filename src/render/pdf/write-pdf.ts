import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

import { type FaceName, getFace } from '../font-faces.js';
import { type EmbeddedFont, embedFont } from './embed-font.js';
import { FaceUse } from './face-use.js';
import { formatNumber, PdfBytes } from './pdf-bytes.js';
import { pdfDate, PdfObjects, pdfText } from './pdf-objects.js';
import type { PdfInfo, PdfPage } from './pdf-page.js';
import { type ContentFace, writeContent } from './write-content.js';
import { writeXmp } from './write-xmp.js';

/**
 * zlib's level for the content streams, made for every document: level 2 deflates a page of ~750 words (32 kB) in
 * ~0.17 ms to 6.5 kB; level 6 takes ~0.6 ms for 4.9 kB (bench/write-pdf.bench.ts). Fonts: embed-font.ts.
 */
const contentLevel = 2;

const uses = new Map<FaceName, FaceUse>();
let generation = 0;
const content = new PdfBytes(1 << 16);

/**
 * A PDF 1.7 file of laid-out pages: each face used embedded once as a TrueType subset (Type0, Identity-H, with a
 * ToUnicode map), content streams deflated, the Info dictionary, the catalog's language; with `info.pdfa`, PDF/A-2b
 * (XMP metadata, an sRGB output intent). The same pages and info give the same bytes, whatever was written before.
 */
export function writePdf(pages: PdfPage[], info: PdfInfo): Uint8Array {
  if (pages.length === 0) throw new Error('writePdf: a PDF needs at least one page');
  generation += 1;
  const faces = new Map<FaceName, ContentFace>();
  for (const page of pages)
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      let face = faces.get(item.face);
      if (!face) {
        let use = uses.get(item.face);
        if (!use) uses.set(item.face, (use = new FaceUse(getFace(item.face))));
        use.begin(generation);
        face = { resource: `/F${faces.size + 1}`, use };
        faces.set(item.face, face);
      }
      face.use.add(item.text);
    }

  // The codes of the characters first: the content streams are written with them.
  const fonts = [...faces.values()].map((face) => {
    const font = embedFont(face.use);
    face.runs = font.runs;
    return { resource: face.resource, font };
  });

  const file = new PdfObjects();
  const catalog = file.allocate();
  const pageTree = file.allocate();
  const infoObject = file.allocate();
  const resources = file.allocate();
  const pageObjects = pages.map(() => [file.allocate(), file.allocate()] as const);

  for (const [index, page] of pages.entries()) {
    const [pageObject, contentObject] = pageObjects[index]!;
    content.length = 0;
    writeContent(page, faces, content);
    file.write(
      pageObject,
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${formatNumber(page.width)} ${formatNumber(page.height)}] /Resources ${resources} 0 R /Contents ${contentObject} 0 R >>`,
    );
    file.writeStream(contentObject, '/Filter /FlateDecode', deflateSync(content.view(), { level: contentLevel }));
  }
  file.write(pageTree, `<< /Type /Pages /Kids [${pageObjects.map(([page]) => `${page} 0 R`).join(' ')}] /Count ${pages.length} >>`);

  const fontEntries: string[] = [];
  for (const { resource, font } of fonts) fontEntries.push(`${resource} ${writeFont(file, font)} 0 R`);
  file.write(resources, `<< /Font << ${fontEntries.join(' ')} >> >>`);

  file.write(
    infoObject,
    `<< /Title ${pdfText(info.title)} /Author ${pdfText(info.author)} /Subject ${pdfText(info.subject)} /Creator ${pdfText(info.creator)} ` +
      `/Producer ${pdfText(info.producer)} /CreationDate (${pdfDate(info.date)}) /ModDate (${pdfDate(info.date)}) >>`,
  );
  let archive = '';
  if (info.pdfa) {
    const metadata = file.allocate();
    file.writeStream(metadata, '/Type /Metadata /Subtype /XML', Buffer.from(writeXmp(info), 'utf8'));
    const profile = file.allocate();
    file.writeStream(profile, '/N 3 /Filter /FlateDecode', ...srgbProfile());
    archive =
      ` /Metadata ${metadata} 0 R /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) ` +
      `/Info (sRGB IEC61966-2.1) /DestOutputProfile ${profile} 0 R >>]`;
  }
  file.write(catalog, `<< /Type /Catalog /Pages ${pageTree} 0 R /Lang ${pdfText(info.lang)} /ViewerPreferences << /DisplayDocTitle true >>${archive} >>`);
  return file.finish(catalog, infoObject);
}

/** The face's Type0 font with its descendant, descriptor, font file and ToUnicode map; returns the Type0's number. */
function writeFont(file: PdfObjects, font: EmbeddedFont): number {
  const [type0, cidFont, descriptor, fontFile, toUnicode] = [file.allocate(), file.allocate(), file.allocate(), file.allocate(), file.allocate()];
  file.write(
    type0,
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font.name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  file.write(
    cidFont,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
      `/FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /W ${font.widths} >>`,
  );
  file.write(descriptor, `<< /Type /FontDescriptor /FontName /${font.name} ${font.descriptor} /FontFile2 ${fontFile} 0 R >>`);
  file.writeStream(fontFile, `/Filter /FlateDecode /Length1 ${font.length1}`, font.fontFile, font.fontFileDigest);
  file.writeStream(toUnicode, '/Filter /FlateDecode', font.toUnicode, font.toUnicodeDigest);
  return type0;
}

let profile: [Uint8Array, Uint8Array] | undefined;

/**
 * The sRGB IEC61966-2.1 ICC profile of PDF/A's output intent, deflated once. The file is the public sRGB profile
 * pdfkit ships (pdfkit/js/data/sRGB_IEC61966_2_1.icc), copied beside this module; the build copies it to dist/.
 * With its MD5, for the file identifier.
 */
function srgbProfile(): [data: Uint8Array, digest: Uint8Array] {
  if (!profile) {
    const data = deflateSync(readFileSync(new URL('srgb-iec61966-2-1.icc', import.meta.url)), { level: 9 });
    profile = [data, createHash('md5').update(data).digest()];
  }
  return profile;
}
