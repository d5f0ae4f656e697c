import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes to a temporary file beside the target, then renames: a reader never sees a partial file. */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}-${threadId}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    // A write that fails on the open file (a full disk) names no path: the file it was for is the one to name.
    const failure = error as NodeJS.ErrnoException;
    if (failure.path === undefined || failure.path === temporary) failure.path = file;
    throw error;
  }
}
