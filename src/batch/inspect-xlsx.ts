import { createReadStream } from 'node:fs';

import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, Unzip, UnzipInflate } from 'fflate';

import { inputLimits } from '../core/limits/index.js';
import { fileErrorCode, type InputProblem } from './input-problem.js';

export type XlsxInspection = { ok: true } | { ok: false; problem: InputProblem; detail: string };

/** Compressed bytes inflated at a time: at most about 4 MB come out of them. */
const pushSize = 4096;

/**
 * Checks that a workbook can be read safely before the workbook reader sees it: every entry of the zip inflates
 * without error (a damaged zip made the reader wait for ever), within the shared limits on entries, all their
 * inflated bytes and the shared-strings table (which the reader holds in memory), measured while inflating a
 * little at a time, never trusting the sizes the zip declares: a zip bomb is refused after a few MB. The parts
 * the reader parses whole (all but the sheets) must be well-formed XML.
 */
export async function inspectXlsx(file: string): Promise<XlsxInspection> {
  let total = 0;
  let entries = 0;
  let sharedStrings = 0;
  let failure: XlsxInspection | undefined;
  const parts = new Map<string, Uint8Array[]>();
  const refuse = (limit: 'inflatedBytes' | 'entries' | 'sharedStringsBytes'): XlsxInspection => ({
    ok: false,
    problem: { kind: 'xlsx-limit', limit },
    detail: `past ${limit} (${inputLimits[limit]})`,
  });
  const unzip = new Unzip((entry) => {
    entries += 1;
    if (entries > inputLimits.entries) failure ??= refuse('entries');
    if (failure) return;
    const isSharedStrings = entry.name === 'xl/sharedStrings.xml';
    // The parts the workbook reader parses whole (all but the sheets, which it streams) are kept to be checked.
    const kept = /\.(xml|rels)$/i.test(entry.name) && !entry.name.startsWith('xl/worksheets/') ? ([] as Uint8Array[]) : undefined;
    if (kept) parts.set(entry.name, kept);
    entry.ondata = (error, chunk) => {
      if (error) throw error;
      if (failure) return;
      kept?.push(chunk);
      total += chunk.length;
      if (isSharedStrings) sharedStrings += chunk.length;
      if (isSharedStrings && sharedStrings > inputLimits.sharedStringsBytes) failure = refuse('sharedStringsBytes');
      else if (total > inputLimits.inflatedBytes) failure = refuse('inflatedBytes');
      if (failure) entry.terminate();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const source = createReadStream(file, { highWaterMark: 64 * 1024 });
  let sawZip = false;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (!sawZip && !(chunk[0] === 0x50 && chunk[1] === 0x4b)) return { ok: false, problem: { kind: 'xlsx' }, detail: 'no zip signature' };
      sawZip = true;
      for (let start = 0; start < chunk.length && !failure; start += pushSize) unzip.push(chunk.subarray(start, start + pushSize));
      if (failure) return failure;
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    const code = fileErrorCode(error);
    if (failure) return failure;
    return { ok: false, problem: code ? { kind: 'file', code } : { kind: 'xlsx' }, detail: (error as Error).message };
  } finally {
    source.destroy();
  }
  if (failure) return failure;
  if (!sawZip || entries === 0) return { ok: false, problem: { kind: 'xlsx' }, detail: 'no zip entries' };
  // A part that is not well-formed XML (a byte flipped in a stored entry, or in a compressed one that still inflates)
  // made the workbook reader wait for ever: it is named as damaged instead.
  for (const [name, chunks] of parts) {
    const valid = XMLValidator.validate(strFromU8(Buffer.concat(chunks)));
    if (valid !== true) return { ok: false, problem: { kind: 'xlsx' }, detail: `${name}: ${valid.err.msg} (line ${valid.err.line})` };
  }
  return { ok: true };
}
