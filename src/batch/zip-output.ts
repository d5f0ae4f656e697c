import { errorsName, manifestName } from './batch-manifest.js';
import type { BatchOutput } from './batch-output.js';
import type { RenderTaskResult } from './render-record.js';
import { ZipWriter } from './zip-writer.js';

/** Every document into one zip archive, in record order (records finish in any order and wait here for their turn); no resuming. */
export async function createZipOutput(path: string): Promise<BatchOutput> {
  const zip = await ZipWriter.create(path);
  const waiting = new Map<number, RenderTaskResult['outputs']>();
  let next = 1;
  return {
    path,
    findReusable: async () => undefined,
    recordDone(record, _entries, outputs) {
      waiting.set(record, outputs);
      while (waiting.has(next)) {
        for (const output of [...waiting.get(next)!].sort((a, b) => (a.file < b.file ? -1 : 1))) zip.add(output.file, output.bytes!);
        waiting.delete(next);
        next += 1;
      }
    },
    async complete(_entries, manifest, errors) {
      if (errors) zip.add(errorsName, errors);
      zip.add(manifestName, manifest);
      await zip.close();
    },
    discard: () => zip.abort(),
    abort: () => zip.abort(),
  };
}
