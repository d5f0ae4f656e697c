import { Unzip, UnzipInflate } from 'fflate';

export interface DocxSizeLimits {
  documentXmlBytes: number;
  inflatedBytes: number;
  entries: number;
  /** Paragraphs (`<w:p>`) of `word/document.xml`. */
  lines: number;
}

export type DocxMeasure =
  | { ok: true; paragraphs: number }
  | { ok: false; reason: 'document-too-large' | 'too-many-paragraphs'; paragraphs?: number }
  | { ok: false; reason: 'zip-bomb' | 'too-many-files' };

/** Compressed bytes inflated at a time: at most about 4 MB come out of them (deflate's ratio is at most ~1 000). */
const pushSize = 4096;

/** `<w:p` then a space, `>` or `/`: a paragraph, not `<w:pPr`. */
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

/**
 * How big a DOCX really is, measured while inflating (never trusting the sizes the zip declares) and stopped at the
 * first limit passed (so a zip bomb costs milliseconds and a few MB): `word/document.xml` and its paragraphs, all entries together, their number. Bytes that are
 * no zip pass: reading them says what is wrong.
 */
export function measureDocx(bytes: Uint8Array, limits: DocxSizeLimits): DocxMeasure {
  let total = 0;
  let entries = 0;
  let documentBytes = 0;
  let paragraphs = 0;
  let tail: Uint8Array = new Uint8Array(0);
  let failure: Exclude<DocxMeasure, { ok: true }> | undefined;
  try {
    const unzip = new Unzip((file) => {
      entries += 1;
      if (entries > limits.entries) failure ??= { ok: false, reason: 'too-many-files' };
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
        if (isDocument && documentBytes > limits.documentXmlBytes) failure = { ok: false, reason: 'document-too-large' };
        else if (isDocument && paragraphs > limits.lines) failure = { ok: false, reason: 'too-many-paragraphs', paragraphs };
        else if (total > limits.inflatedBytes) failure = { ok: false, reason: 'zip-bomb' };
        if (failure) file.terminate();
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    // A little at a time: pushed whole, a zip bomb's entry would be inflated in one piece before it could be counted.
    for (let start = 0; start < bytes.length && !failure; start += pushSize) unzip.push(bytes.subarray(start, start + pushSize), start + pushSize >= bytes.length);
  } catch {
    // Not a zip, or a damaged one: left to the reader, which names the problem.
  }
  return failure ?? { ok: true, paragraphs };
}
