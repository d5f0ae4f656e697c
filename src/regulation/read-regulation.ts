import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { inputLimits } from '../core/limits/index.js';
import type { DocumentLine } from './document-line.js';
import { type DocxInspection, inspectDocx } from './inspect-docx.js';
import { DocxTooDeepError, readDocxParagraphs } from './read-docx-paragraphs.js';
import { readMarkdownLine } from './read-markdown-line.js';

export type { DocumentLine } from './document-line.js';

export type ReadRegulationResult =
  | { ok: true; lines: DocumentLine[] }
  /** `docx`: what is wrong with a DOCX that was refused before parsing (see `inspectDocx`). */
  | { ok: false; reason: 'unreadable' | 'unsupported' | 'encoding'; detail: string; docx?: Exclude<DocxInspection, { ok: true }> }
  /** Past one of the shared `inputLimits`: the file's size, its text's, its number of lines (or paragraphs). */
  | { ok: false; reason: 'too-large'; limit: 'fileBytes' | 'textBytes' | 'lines'; detail: string; docx?: undefined };

/** A text draft's size and lines, or a DOCX draft's text and paragraphs as read, within the shared limits. */
function checkTextLimits(lines: DocumentLine[], textBytes: number): ReadRegulationResult {
  if (textBytes > inputLimits.textBytes)
    return { ok: false, reason: 'too-large', limit: 'textBytes', detail: `more than ${inputLimits.textBytes} bytes of text` };
  if (lines.length > inputLimits.lines) return { ok: false, reason: 'too-large', limit: 'lines', detail: `more than ${inputLimits.lines} lines` };
  return { ok: true, lines };
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
    // A file past the limit is refused before it is read (a 4 GB file given by mistake).
    if ((await stat(file)).size > inputLimits.fileBytes)
      return { ok: false, reason: 'too-large', limit: 'fileBytes', detail: `more than ${inputLimits.fileBytes} bytes` };
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return readRegulationBytes(bytes, extension);
}

/**
 * A draft regulation from its bytes (an upload): `extension` is `.md`, `.txt` or `.docx`. The shared `inputLimits`
 * are checked before anything is parsed: a text's bytes and lines, a DOCX while it is inflated, then the text read.
 */
export function readRegulationBytes(bytes: Uint8Array, extension: string): ReadRegulationResult {
  if (extension !== '.md' && extension !== '.txt' && extension !== '.docx') return { ok: false, reason: 'unsupported', detail: extension };
  if (bytes.length > inputLimits.fileBytes) return { ok: false, reason: 'too-large', limit: 'fileBytes', detail: `more than ${inputLimits.fileBytes} bytes` };
  if (extension !== '.docx' && bytes.length > inputLimits.textBytes)
    return { ok: false, reason: 'too-large', limit: 'textBytes', detail: `more than ${inputLimits.textBytes} bytes of text` };
  if (extension === '.docx') {
    const inspection = inspectDocx(bytes);
    if (!inspection.ok)
      return { ok: false, reason: 'unreadable', detail: `not a readable DOCX (${inspection.reason}: ${inspection.detail})`, docx: inspection };
    try {
      const lines = readDocxParagraphs(bytes);
      return checkTextLimits(lines, Buffer.byteLength(lines.map((line) => line.text).join('\n')));
    } catch (error) {
      const docx = {
        ok: false as const,
        reason: error instanceof DocxTooDeepError ? ('too-deep' as const) : ('broken-xml' as const),
        detail: (error as Error).message,
      };
      return { ok: false, reason: 'unreadable', detail: `not a readable DOCX (${docx.reason}: ${docx.detail})`, docx };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'encoding', detail: 'not UTF-8' };
  }
  // Counted before the lines are split and read, which costs far more.
  if (countLineBreaks(text) >= inputLimits.lines) return { ok: false, reason: 'too-large', limit: 'lines', detail: `more than ${inputLimits.lines} lines` };
  return checkTextLimits(splitLines(text, extension === '.md'), bytes.length);
}

/** Line ends (CR LF, LF, CR) in a text. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) count += 1;
  }
  return count;
}

/** The lines of a text or Markdown draft, with control characters removed and Markdown read as a reader sees it. */
export function splitLines(text: string, markdown: boolean): DocumentLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((raw, index) => {
      const cleaned = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\t/g, ' ');
      if (markdown) return { ...readMarkdownLine(cleaned), line: index + 1 };
      const offset = /^\s*/.exec(cleaned)![0].length;
      return { text: cleaned.trim(), line: index + 1, offset };
    });
}
