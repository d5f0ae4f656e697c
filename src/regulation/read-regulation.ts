import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { inspectDocx, type DocxInspection } from './inspect-docx.js';
import { DocxTooDeepError, readDocxParagraphs } from './read-docx-paragraphs.js';
import { readMarkdownLine } from './read-markdown-line.js';

/** One line of a document as checked: its text (Markdown markup removed) and where it stands. */
export interface DocumentLine {
  text: string;
  /** 1-based line (text files) or paragraph (DOCX) number. */
  line: number;
  /** Characters before `text` on the line (indentation), so that columns point into the file. */
  offset: number;
  /** Markdown heading level, or Word's heading style, when the line is set as a heading. */
  headingLevel?: number;
  /** The whole line is set in bold (Markdown `**…**`, Word's bold runs): a heading or an editorial note. */
  bold?: boolean;
  /** A bulleted list item (Markdown `- …`, a Word bullet): read as a dashed item. */
  listItem?: boolean;
}

export type ReadRegulationResult =
  | { ok: true; lines: DocumentLine[] }
  /** `docx`: what is wrong with a DOCX that was refused before parsing (see `inspectDocx`). */
  | { ok: false; reason: 'unreadable' | 'unsupported' | 'encoding'; detail: string; docx?: Exclude<DocxInspection, { ok: true }> };

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

/** The lines of a text or Markdown draft, with control characters removed and Markdown read as a reader sees it. */
export function splitLines(text: string, markdown: boolean): DocumentLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).map((raw, index) => {
    const cleaned = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\t/g, ' ');
    if (markdown) return { ...readMarkdownLine(cleaned), line: index + 1 };
    const offset = /^\s*/.exec(cleaned)![0].length;
    return { text: cleaned.trim(), line: index + 1, offset };
  });
}
