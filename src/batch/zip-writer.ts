import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { Zip, ZipDeflate } from 'fflate';

import { removeStaleTemporaries } from '../core/fs/index.js';

/** Every entry gets the same time stamp, so that the same documents give the same archive. */
const fixedTime = new Date(2000, 0, 1);

/**
 * A zip archive written as a stream to a temporary file and renamed when closed: entries go out as they come (the
 * caller gives them in a fixed order), memory holds one entry at a time, and an interrupted run leaves no archive.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly temporary: string;
  private readonly done: Promise<void>;

  constructor(private readonly target: string) {
    this.temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    const out = createWriteStream(this.temporary);
    this.done = new Promise((resolve, reject) => {
      out.on('error', reject);
      out.on('finish', resolve);
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) return out.destroy(error);
      out.write(chunk);
      if (final) out.end();
    });
  }

  static async create(target: string): Promise<ZipWriter> {
    await mkdir(dirname(target), { recursive: true });
    await removeStaleTemporaries(dirname(target), (name) => name === basename(target));
    return new ZipWriter(target);
  }

  add(name: string, bytes: Uint8Array): void {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = fixedTime;
    this.zip.add(entry);
    entry.push(bytes, true);
  }

  async close(): Promise<void> {
    this.zip.end();
    try {
      await this.done;
      await rename(this.temporary, this.target);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw error;
    }
  }

  async abort(): Promise<void> {
    this.zip.terminate();
    await rm(this.temporary, { force: true });
  }
}
