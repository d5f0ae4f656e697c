// dist/render/unicode-tries/<hash>.bin (defer-unicode-tries.ts): the Unicode property tables fontkit and
// unicode-properties make, inflated once here, so that a process reads the few it uses instead of inflating them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url);

export async function writeUnicodeTries() {
  const { inflateUnicodeTries, unicodeTrieFolder } = await import(new URL('render/defer-unicode-tries.js', dist).href);
  // fontkit loaded after the deferral, as a rendering process loads it.
  const { getFace } = await import(new URL('render/font-faces.js', dist).href);
  getFace('normal');
  const tries = inflateUnicodeTries();
  // None means the packages were loaded before defer-unicode-tries.ts ran: every process would inflate them all.
  if (tries.length === 0) throw new Error('write-unicode-tries: no table was made through the deferred unicode-trie');
  await mkdir(unicodeTrieFolder, { recursive: true });
  for (const { name, bytes } of tries) await writeFile(join(unicodeTrieFolder, name), bytes);
  return tries.length;
}
