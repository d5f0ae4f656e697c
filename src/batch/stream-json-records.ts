import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

import { chain, none } from 'stream-chain';
import streamArray from 'stream-json/streamers/stream-array.js';

import { parseData } from '../core/data/index.js';
import type { BatchItem, RecordStream } from './batch-record.js';

/** The first character that is not white space (or a byte-order mark), to tell an array from a single object. */
async function firstCharacter(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()[0];
  } finally {
    await handle.close();
  }
}

/** Records parsed ahead of the reader at most: reading the file pauses beyond this. */
const readAhead = 64;

/**
 * A JSON array of records, streamed: a few records in memory at a time, however long the array. A file holding one
 * object is one record. A file cut short gives every whole record before the cut, then a failure.
 */
export async function streamJsonArray(file: string): Promise<RecordStream> {
  const size = (await stat(file)).size;
  const first = await firstCharacter(file);
  const source = createReadStream(file);
  const base = { size, bytesRead: () => source.bytesRead, ignoredColumns: () => [] };
  if (first !== '[') {
    source.destroy();
    return { ...base, bytesRead: () => size, items: readSingle(file, first) };
  }
  // Each record reaches the queue as soon as it is parsed (a stream's buffer would drop the last ones when the
  // parser then finds the file cut short); the file is read on only while the queue is short.
  const queue: { value: unknown; offset: number }[] = [];
  let ended = false;
  let broken: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const parser = chain([
    streamArray.withParser(),
    ({ value }: { value: unknown }) => {
      queue.push({ value, offset: source.bytesRead });
      if (queue.length >= readAhead) source.pause();
      notify();
      return none;
    },
  ]);
  const stop = (error?: Error) => {
    if (error) broken ??= error;
    ended = true;
    notify();
  };
  parser.on('error', stop);
  parser.on('finish', () => stop());
  parser.resume();
  source.on('data', (chunk) => parser.write(chunk));
  source.on('end', () => parser.end());
  source.on('error', stop);
  async function* items(): AsyncGenerator<BatchItem> {
    let count = 0;
    try {
      for (;;) {
        if (queue.length > 0) {
          const { value, offset } = queue.shift()!;
          if (queue.length < readAhead / 4 && !ended) source.resume();
          count += 1;
          yield { kind: 'record', number: count, value, offset };
        } else if (ended) break;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      if (broken) yield { kind: 'failure', afterRecord: count, detail: broken.message };
    } finally {
      source.destroy();
      parser.destroy();
    }
  }
  return { ...base, items: items() };
}

async function* readSingle(file: string, first: string | undefined): AsyncGenerator<BatchItem> {
  if (first === undefined) return;
  const parsed = parseData(await readFile(file, 'utf8'), 'json', file);
  if (parsed.problems.length > 0) {
    const problem = parsed.problems[0]!;
    yield { kind: 'failure', afterRecord: 0, detail: problem.message, line: problem.place.line };
    return;
  }
  yield { kind: 'record', number: 1, value: parsed.value, line: 1 };
}

/** The lines of a UTF-8 file, read a chunk at a time as they are asked for (a reader that waits holds the file's reading). */
async function* readLines(source: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of source) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (rest !== '') yield rest;
}

/** JSON Lines: one record per line (blank lines skipped), streamed; a line that is not JSON fails alone. */
export async function streamJsonLines(file: string): Promise<RecordStream> {
  const size = (await stat(file)).size;
  const source = createReadStream(file, { encoding: 'utf8' });
  async function* items(): AsyncGenerator<BatchItem> {
    let line = 0;
    let count = 0;
    let offset = 0;
    try {
      for await (const text of readLines(source)) {
        line += 1;
        offset += Buffer.byteLength(text) + 1;
        const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
        if (trimmed === '') continue;
        count += 1;
        let value: unknown;
        try {
          value = JSON.parse(trimmed);
        } catch {
          // Not JSON: the data parser says where and why, in the user's language; the record fails alone.
          const problems = parseData(trimmed, 'json', file).problems.map((problem) => ({ ...problem, place: { ...problem.place, line } }));
          yield { kind: 'record', number: count, value: undefined, line, offset, problems };
          continue;
        }
        yield { kind: 'record', number: count, value, line, offset };
      }
    } catch (error) {
      yield { kind: 'failure', afterRecord: count, detail: (error as Error).message, line };
    } finally {
      source.destroy();
    }
  }
  return { size, bytesRead: () => source.bytesRead, ignoredColumns: () => [], items: items() };
}
