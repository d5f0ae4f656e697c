import type { WriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';

import { removeStaleTemporaries, writeFileAtomic } from '../core/fs/index.js';
import { errorsName, findReusable, journalName, manifestName, readEarlierEntries } from './batch-manifest.js';
import type { BatchOutput } from './batch-output.js';

/**
 * Every document into a folder, written by the workers, each atomically, and journalled as it is done
 * (`.qujat-batch.jsonl`): a run that stops leaves what it finished, and the next run into the folder reuses what is
 * complete and correct. At the end the manifest is written, the journal removed, and the documents of records that
 * now fail or are gone removed. `onError` hears that the journal cannot be written (the disk, not a record).
 */
export async function createFolderOutput(path: string, formId: string, onError: (error: unknown) => void): Promise<BatchOutput> {
  await mkdir(path, { recursive: true });
  // Files an interrupted run was writing when it stopped: never complete, so never kept.
  await removeStaleTemporaries(path, (name) => name.startsWith(`${formId}.`) || name === manifestName || name === errorsName);
  const earlier = await readEarlierEntries(path);
  // Opened before any record is rendered: a folder that cannot be written (read-only, no permission) stops the
  // batch here, as an error of the caller's to report, with nothing written.
  const journal: WriteStream = (await open(join(path, journalName), 'a')).createWriteStream();
  journal.on('error', (error: NodeJS.ErrnoException) => onError(Object.assign(error, { path: error.path ?? join(path, journalName) })));
  const close = () => new Promise<void>((done) => journal.end(done));
  return {
    path,
    workerDir: path,
    findReusable: (record, source) => findReusable(earlier, record, source, path),
    recordDone(_record, entries) {
      for (const entry of entries) journal.write(`${JSON.stringify(entry)}\n`);
    },
    async complete(entries, manifest, errors) {
      // Documents an earlier run wrote into this folder for records that now fail or are gone: removed, so that the
      // folder holds what the manifest lists (a failed record never keeps last year's sheet beside its errors).
      const kept = new Set(entries.map((entry) => entry.file));
      const stale = [...earlier.values()].flat().filter((entry) => !kept.has(entry.file) && basename(entry.file) === entry.file);
      await Promise.all(stale.map((entry) => rm(join(path, entry.file), { force: true })));
      if (errors) await writeFileAtomic(join(path, errorsName), errors);
      else await rm(join(path, errorsName), { force: true });
      await writeFileAtomic(join(path, manifestName), manifest);
      await close();
      await rm(join(path, journalName), { force: true });
    },
    async discard() {
      await close();
      if (earlier.size === 0) await rm(join(path, journalName), { force: true });
    },
    async abort() {
      // Closed before the error is reported: the caller may remove or unmount the folder at once.
      journal.end();
      await finished(journal).catch(() => undefined);
    },
  };
}
