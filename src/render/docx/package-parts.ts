import { Document, Packer } from 'docx';
import { strToU8, unzipSync } from 'fflate';

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

/** docx's compiler, which `Packer` zips (not public API: when a version lacks it, Packer's zip is unpacked). */
const compiler = (Packer as unknown as { compiler?: { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array> } })
  .compiler;

/**
 * The package's parts as docx's compiler gives them, without zipping them to unzip them again; from Packer's zip when
 * docx has no compiler to call (`viaCompiler` false: the same parts, as a test checks).
 */
export async function compileParts(document: Document, viaCompiler = true): Promise<Record<string, Uint8Array>> {
  if (!viaCompiler || typeof compiler?.compile !== 'function') return unzipSync(await Packer.toBuffer(document));
  const parts: Record<string, Uint8Array> = {};
  for (const [name, data] of compiler.compile(document, undefined, [])) parts[name] = typeof data === 'string' ? strToU8(data) : data;
  return parts;
}

/** An empty document with the Qujat styles: what docx makes of it is every part but the document's own. */
export function createEmptyDocument(language: string): Document {
  return new Document({ styles: createStyles(language), sections: [{ children: [] }] });
}

async function compilePackageParts(language: string): Promise<PackageParts> {
  const parts = await compileParts(createEmptyDocument(language));
  const relationships = parts['word/_rels/document.xml.rels']!;
  return {
    fixed: Object.entries(parts)
      .filter(([name]) => !perDocument.has(name))
      .map(([name, bytes]) => deflateEntry(name, bytes)),
    documentRelationships: new TextDecoder().decode(relationships),
    documentRelationshipsEntry: deflateEntry('word/_rels/document.xml.rels', relationships),
  };
}
