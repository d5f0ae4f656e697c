import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';

import { inputLimits } from '../core/limits/index.js';

/** Limits of a DOCX accepted for reading (the shared `inputLimits`): a zip bomb (a small file that inflates to gigabytes) is refused. */
export const docxLimits = {
  inflatedBytes: inputLimits.inflatedBytes,
  entries: inputLimits.entries,
  documentXmlBytes: inputLimits.documentXmlBytes,
  /** Paragraphs (`<w:p>`) of `word/document.xml`. */
  paragraphs: inputLimits.lines,
} as const;

export type DocxLimits = { [name in keyof typeof docxLimits]: number };

export type DocxInspection = { ok: true } | { ok: false; reason: DocxProblem; detail: string };

/**
 * What is wrong with a DOCX that cannot be read: `too-large` all its entries inflate past `inflatedBytes` (a zip
 * bomb), `too-many-files` more entries than allowed, `document-too-large` and `too-many-paragraphs` its
 * `word/document.xml` past `documentXmlBytes` or `paragraphs`, `too-deep` XML nested too deeply.
 */
export type DocxProblem = 'not-zip' | 'too-large' | 'too-many-files' | 'document-too-large' | 'too-many-paragraphs' | 'no-document' | 'broken-xml' | 'too-deep';

/** Compressed bytes inflated at a time: at most about 4 MB come out of them (deflate's ratio is at most ~1 000). */
const pushSize = 4096;

/** `<w:p` then a space, `>` or `/`: a paragraph, not `<w:pPr`. Counted across chunks with the last 4 bytes kept. */
function countParagraphs(chunk: Uint8Array, tail: Uint8Array): { count: number; tail: Uint8Array } {
  const bytes = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
  let count = 0;
  for (let index = bytes.indexOf(0x3c); index !== -1 && index + 4 < bytes.length; index = bytes.indexOf(0x3c, index + 1)) {
    if (bytes[index + 1] === 0x77 && bytes[index + 2] === 0x3a && bytes[index + 3] === 0x70) {
      const next = bytes[index + 4]!;
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count += 1;
    }
  }
  return { count, tail: bytes.subarray(Math.max(0, bytes.length - 4)) };
}

type Measured = { ok: true } | { ok: false; reason: 'too-large' | 'too-many-files' | 'document-too-large' | 'too-many-paragraphs' | 'not-zip'; detail: string };

/**
 * How big a DOCX really is, measured while inflating a little at a time (never trusting the sizes the zip
 * declares) and stopped at the first limit passed, so that a zip bomb costs milliseconds and a few MB.
 */
function measureDocx(bytes: Uint8Array, limits: DocxLimits): Measured {
  let total = 0;
  let entries = 0;
  let documentBytes = 0;
  let paragraphs = 0;
  let tail: Uint8Array = new Uint8Array(0);
  let failure: Exclude<Measured, { ok: true }> | undefined;
  try {
    const unzip = new Unzip((file) => {
      entries += 1;
      if (entries > limits.entries) failure ??= { ok: false, reason: 'too-many-files', detail: `more than ${limits.entries} entries` };
      if (failure) return;
      const isDocument = file.name === 'word/document.xml';
      file.ondata = (error, chunk) => {
        if (error) throw error;
        if (failure) return;
        total += chunk.length;
        if (isDocument) {
          documentBytes += chunk.length;
          const counted = countParagraphs(chunk, tail);
          paragraphs += counted.count;
          tail = counted.tail;
        }
        if (isDocument && documentBytes > limits.documentXmlBytes)
          failure = { ok: false, reason: 'document-too-large', detail: `word/document.xml inflates to more than ${limits.documentXmlBytes} bytes` };
        else if (isDocument && paragraphs > limits.paragraphs)
          failure = { ok: false, reason: 'too-many-paragraphs', detail: `more than ${limits.paragraphs} paragraphs` };
        else if (total > limits.inflatedBytes) failure = { ok: false, reason: 'too-large', detail: `more than ${limits.inflatedBytes} bytes uncompressed` };
        if (failure) file.terminate();
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    // A little at a time: pushed whole, a zip bomb's entry would be inflated in one piece before it could be counted
    // (and a zip of thousands of small entries overflows fflate's stack).
    for (let start = 0; start < bytes.length && !failure; start += pushSize)
      unzip.push(bytes.subarray(start, start + pushSize), start + pushSize >= bytes.length);
  } catch (error) {
    if (!failure) return { ok: false, reason: 'not-zip', detail: (error as Error).message };
  }
  return failure ?? { ok: true };
}

/**
 * Checks that bytes are a DOCX that can be read safely, before it is parsed: a zip whose entries really inflate
 * within `limits` (the shared `inputLimits` unless given), with a `word/document.xml`, whose XML parts are well-formed.
 */
export function inspectDocx(bytes: Uint8Array, limits: DocxLimits = docxLimits): DocxInspection {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not-zip', detail: 'no zip signature' };
  const measured = measureDocx(bytes, limits);
  if (!measured.ok) return measured;
  let parts: Record<string, Uint8Array>;
  try {
    // The sizes the central directory declares are checked too: it may name entries other than those measured.
    parts = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') && file.name.startsWith('word/') && file.originalSize <= limits.documentXmlBytes });
  } catch (error) {
    return { ok: false, reason: 'not-zip', detail: (error as Error).message };
  }
  if (!parts['word/document.xml']) return { ok: false, reason: 'no-document', detail: 'word/document.xml is missing' };
  for (const name of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']) {
    if (!parts[name]) continue;
    const valid = XMLValidator.validate(strFromU8(parts[name]));
    if (valid !== true) return { ok: false, reason: 'broken-xml', detail: `${name}: ${valid.err.msg} (line ${valid.err.line})` };
  }
  return { ok: true };
}
