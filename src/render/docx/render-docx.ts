import type { Block } from '../layout/index.js';
import type { RenderOptions } from '../render-options.js';
import { getPackageParts } from './package-parts.js';
import { writeCoreProperties } from './write-core-properties.js';
import { writeDocumentXml } from './write-document-xml.js';
import type { BlockContext } from './write-elements.js';
import { wordLanguages } from './write-runs.js';
import { type DeflatedEntry, deflateEntry, orderZipEntries, writeZip } from './write-zip.js';

const encoder = new TextEncoder();

/**
 * Renders the layout to a DOCX with real Word tables and paragraph styles; byte-identical for the same input. Only
 * the document, its metadata and its pictures are written per document: the other parts (styles, numbering, settings,
 * theme, fonts) are made by docx once and reused, deflated, as they are.
 */
export async function renderDocx(blocks: Block[], options: RenderOptions): Promise<Uint8Array> {
  const parts = await getPackageParts(wordLanguages[options.lang] ?? options.lang);
  const pictures: Uint8Array[] = [];
  let drawings = 0;
  const firstPictureId = (parts.documentRelationships.match(/<Relationship /g) ?? []).length + 1;
  const context: BlockContext = {
    language: (lang) => wordLanguages[lang] ?? lang,
    addPicture(png) {
      let index = pictures.findIndex((picture) => sameBytes(picture, png));
      if (index === -1) index = pictures.push(png) - 1;
      drawings += 1;
      return { relationshipId: `rId${firstPictureId + index}`, drawingId: drawings };
    },
  };
  const documentXml = writeDocumentXml(blocks, options, context);
  const entries: DeflatedEntry[] = [
    ...parts.fixed,
    deflateEntry('word/document.xml', encoder.encode(documentXml)),
    deflateEntry('docProps/core.xml', encoder.encode(writeCoreProperties({ title: options.title, creator: options.author ?? 'qujat', date: options.date }))),
    pictures.length === 0
      ? parts.documentRelationshipsEntry
      : deflateEntry('word/_rels/document.xml.rels', encoder.encode(addPictureRelationships(parts.documentRelationships, firstPictureId, pictures.length))),
    ...pictures.map((png, index) => deflateEntry(`word/media/image${index + 1}.png`, png)),
  ];
  return writeZip(orderZipEntries(entries), options.date);
}

/** The document's relationships with one to each picture (`media/image1.png`, …) after docx's own. */
function addPictureRelationships(relationships: string, firstId: number, count: number): string {
  const added = Array.from(
    { length: count },
    (_, index) =>
      `<Relationship Id="rId${firstId + index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${index + 1}.png"/>`,
  ).join('');
  return relationships.replace('</Relationships>', `${added}</Relationships>`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
