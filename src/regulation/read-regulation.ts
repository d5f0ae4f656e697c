import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { inspectDocx, type DocxInspection } from './inspect-docx.js';
import { DocxTooDeepError, readDocxParagraphs } from './read-docx-paragraphs.js';

/** One line of a document as checked: its text (Markdown markup removed) and where it stands. */
export interface DocumentLine {
  text: string;
  /** 1-based line (text files) or paragraph (DOCX) number. */
  line: number;
  /** Characters before `text` on the line (indentation), so that columns point into the file. */
  offset: number;
  /** Markdown heading level, when the line is a Markdown heading. */
  headingLevel?: number;
  /** A line set wholly in bold that is no heading: an editorial note («**4) тармақша жаңа редакцияда…**»), not a point. */
  note?: boolean;
}

export type ReadRegulationResult =
  | { ok: true; lines: DocumentLine[] }
  /** `docx`: what is wrong with a DOCX that was refused before parsing (see `inspectDocx`). */
  | { ok: false; reason: 'unreadable' | 'unsupported' | 'encoding'; detail: string; docx?: Exclude<DocxInspection, { ok: true }> };

/** Markdown that is not text: heading marks, emphasis, backslash escapes. */
function stripMarkdown(line: string): { text: string; headingLevel?: number } {
  const heading = /^(#{1,6})\s+/.exec(line);
  const text = line.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return { text, ...(heading && { headingLevel: heading[1]!.length }) };
}

/**
 * Reads a draft regulation: `.md` or `.txt` in UTF-8 (another encoding is an error, never mojibake), or `.docx`
 * (positions are then paragraph numbers, and Word's automatic numbering is computed).
 */
export async function readRegulation(file: string): Promise<ReadRegulationResult> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.md' && extension !== '.txt' && extension !== '.docx') return { ok: false, reason: 'unsupported', detail: extension || file };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return readRegulationBytes(bytes, extension);
}

/** A draft regulation from its bytes (an upload): `extension` is `.md`, `.txt` or `.docx`. */
export function readRegulationBytes(bytes: Uint8Array, extension: string): ReadRegulationResult {
  if (extension !== '.md' && extension !== '.txt' && extension !== '.docx') return { ok: false, reason: 'unsupported', detail: extension };
  if (extension === '.docx') {
    const inspection = inspectDocx(bytes);
    if (!inspection.ok) return { ok: false, reason: 'unreadable', detail: `not a readable DOCX (${inspection.reason}: ${inspection.detail})`, docx: inspection };
    try {
      return { ok: true, lines: readDocxParagraphs(bytes) };
    } catch (error) {
      const docx = { ok: false as const, reason: error instanceof DocxTooDeepError ? 'too-deep' as const : 'broken-xml' as const, detail: (error as Error).message };
      return { ok: false, reason: 'unreadable', detail: `not a readable DOCX (${docx.reason}: ${docx.detail})`, docx };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'encoding', detail: 'not UTF-8' };
  }
  return { ok: true, lines: splitLines(text, extension === '.md') };
}

export function splitLines(text: string, markdown: boolean): DocumentLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).map((raw, index) => {
    const cleaned = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
    const { text: value, headingLevel } = markdown ? stripMarkdown(cleaned) : { text: cleaned, headingLevel: undefined };
    const note = markdown && !headingLevel && /^\*\*.*\*\*$/.test(cleaned.trim());
    // Markdown marks before the text (#, **) count too: the column points at the text in the file.
    const offset = markdown ? (/^(\s*(?:#{1,6}\s+)?(?:\*\*)?\s*)/.exec(cleaned)?.[1]?.length ?? 0) : (/^\s*/.exec(cleaned)?.[0].length ?? 0);
    return { text: value.trim(), line: index + 1, offset, ...(headingLevel && { headingLevel }), ...(note && { note }) };
  });
}
