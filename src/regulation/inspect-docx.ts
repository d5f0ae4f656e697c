import { Unzip, UnzipInflate, strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

/** Limits of a DOCX accepted for reading: a zip bomb (a small file that inflates to gigabytes) is refused. */
export const docxLimits = { uncompressedBytes: 100 * 1024 * 1024, entries: 5000 } as const;

export type DocxInspection = { ok: true } | { ok: false; reason: DocxProblem; detail: string };

/** What is wrong with a DOCX that cannot be read (`too-many-files`: more zip entries than allowed; `too-deep`: XML nested too deeply). */
export type DocxProblem = 'not-zip' | 'too-large' | 'too-many-files' | 'no-document' | 'broken-xml' | 'too-deep';

/**
 * Checks that bytes are a DOCX that can be read safely, before it is parsed: a zip whose entries really inflate
 * (counted while inflating, never trusting the sizes the zip declares) to at most `docxLimits`, with a
 * `word/document.xml`, whose XML parts are well-formed.
 */
export function inspectDocx(bytes: Uint8Array, limits: { uncompressedBytes: number; entries: number } = docxLimits): DocxInspection {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not-zip', detail: 'no zip signature' };
  let total = 0;
  let entries = 0;
  let tooLarge = false;
  let tooMany = false;
  try {
    const unzip = new Unzip((file) => {
      entries += 1;
      if (entries > limits.entries) tooLarge = tooMany = true;
      file.ondata = (error, chunk) => {
        if (error) throw error;
        total += chunk.length;
        if (total > limits.uncompressedBytes && !tooLarge) {
          tooLarge = true;
          file.terminate();
        }
      };
      if (!tooLarge) file.start();
    });
    unzip.register(UnzipInflate);
    // A little at a time: pushed whole, a zip of thousands of small entries overflows fflate's stack.
    for (let start = 0; start < bytes.length && !tooLarge; start += 4096) unzip.push(bytes.subarray(start, start + 4096), start + 4096 >= bytes.length);
  } catch (error) {
    if (!tooLarge) return { ok: false, reason: 'not-zip', detail: (error as Error).message };
  }
  if (tooMany) return { ok: false, reason: 'too-many-files', detail: `more than ${limits.entries} entries` };
  if (tooLarge) return { ok: false, reason: 'too-large', detail: `more than ${limits.uncompressedBytes} bytes or ${limits.entries} entries uncompressed` };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') && file.name.startsWith('word/') });
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
