import { Document, Packer } from 'docx';
import { unzipSync } from 'fflate';

import { createStyles } from './create-styles.js';
import { type DeflatedEntry, deflateEntry } from './write-zip.js';

/** The parts of a DOCX that do not depend on the document: made by docx once, deflated once, reused as they are. */
export interface PackageParts {
  /** Every part but the document, its relationships and the core properties, deflated. */
  fixed: DeflatedEntry[];
  /** `word/_rels/document.xml.rels` as docx writes it (styles, numbering, notes, settings, theme, font table). */
  documentRelationships: string;
  /** The same, deflated, for a document without pictures. */
  documentRelationshipsEntry: DeflatedEntry;
}

const perDocument = new Set(['word/document.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels']);
const cached = new Map<string, Promise<PackageParts>>();

/** The fixed parts of a document in a language (Word's tag, kk-KZ), compiled from an empty document with the Qujat styles on first use. */
export function getPackageParts(language: string): Promise<PackageParts> {
  let parts = cached.get(language);
  if (!parts) cached.set(language, (parts = compilePackageParts(language)));
  return parts;
}

async function compilePackageParts(language: string): Promise<PackageParts> {
  const document = new Document({ styles: createStyles(language), sections: [{ children: [] }] });
  const parts = unzipSync(await Packer.toBuffer(document));
  const relationships = parts['word/_rels/document.xml.rels']!;
  return {
    fixed: Object.entries(parts)
      .filter(([name]) => !perDocument.has(name))
      .map(([name, bytes]) => deflateEntry(name, bytes)),
    documentRelationships: new TextDecoder().decode(relationships),
    documentRelationshipsEntry: deflateEntry('word/_rels/document.xml.rels', relationships),
  };
}
