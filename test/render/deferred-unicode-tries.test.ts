import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'qujat-unicode-tries-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * The Unicode tables of fontkit and unicode-properties are made at their first look-up, from the table
 * the build inflated or by inflating (defer-unicode-tries.ts). In a fresh process (this one's modules are shared
 * with other test files, which may have loaded fontkit before): every table the packages make, looked up at every
 * code point three ways (the original `unicode-trie` on the packed data, the deferred table, the original on the
 * table as the build writes it) gives the same value.
 */
describe('the deferred Unicode tables', () => {
  it('give the original tables’ values at every code point, inflated later or read as the build wrote them', () => {
    const script = `
      const { inflateUnicodeTries, readInflated } = await import(${JSON.stringify(join(root, 'src/render/defer-unicode-tries.ts'))});
      const { createRequire } = await import('node:module');
      const { writeFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const require = createRequire(${JSON.stringify(join(root, 'src/render/pdf/index.ts'))});
      require('fontkit');
      const path = createRequire(require.resolve('fontkit')).resolve('unicode-trie');
      const Deferred = require.cache[path].exports;
      const deferred = require.cache[path];
      delete require.cache[path];
      const Original = require(path);
      require.cache[path] = deferred;
      const tries = inflateUnicodeTries();
      let compared = 0;
      let different = 0;
      for (const { name, source, bytes } of tries) {
        writeFileSync(join(${JSON.stringify(folder)}, name), bytes);
        const original = new Original(source);
        const later = new Deferred(source);
        const read = new Original(readInflated(source, ${JSON.stringify(folder)}));
        for (let codePoint = -1; codePoint <= 0x110000; codePoint += 1) {
          const value = original.get(codePoint);
          if (later.get(codePoint) !== value || read.get(codePoint) !== value) different += 1;
          compared += 1;
        }
      }
      process.stdout.write(JSON.stringify({ deferred: Deferred.name, tables: tries.length, compared, different }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ deferred: 'LazyUnicodeTrie', tables: 4, compared: 4 * 0x110002, different: 0 });
  });
});
