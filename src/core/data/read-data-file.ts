import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

import { inputLimits } from '../limits/index.js';
import { type DataFormat, parseData, type ParsedData } from './parse-data.js';

export type ReadResult = { ok: true; data: ParsedData } | { ok: false; reason: 'unreadable' | 'unsupported' | 'too-large'; detail: string };

const formats: Record<string, DataFormat> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' };

/** Reads a JSON or YAML data file. A file that cannot be read at all is not a validation problem but `ok: false`. */
export async function readDataFile(file: string): Promise<ReadResult> {
  const format = formats[extname(file).toLowerCase()];
  if (!format) return { ok: false, reason: 'unsupported', detail: extname(file) || file };
  let bytes: Buffer;
  try {
    // A file past the shared limit is refused before it is read: `detail` is the limit in bytes.
    if ((await stat(file)).size > inputLimits.fileBytes) return { ok: false, reason: 'too-large', detail: String(inputLimits.fileBytes) };
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { ok: true, data: parseData(text, format, file) };
}
