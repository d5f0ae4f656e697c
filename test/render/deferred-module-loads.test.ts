import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * fontkit's Brotli decoder (for WOFF2) is loaded at its first use, not with fontkit (defer-woff2-decoder.ts). In a
 * fresh process (this one's modules are shared with other test files): a document rendered leaves it unloaded; the
 * decoder still decodes, loaded then.
 */
describe('the deferred packages', () => {
  it('are not loaded for a document, and are there when used', () => {
    const script = `
      const { render, findExamples } = await import(${JSON.stringify(join(root, 'src/api/index.ts'))});
      const { createRequire } = await import('node:module');
      const { readFileSync } = await import('node:fs');
      const [example] = findExamples(['kz-b-sheet-staff']);
      const result = await render('kz-b-sheet-staff', JSON.parse(readFileSync(example.file, 'utf8')), { langs: ['kk'], formats: ['pdf'] });
      const require = createRequire(${JSON.stringify(join(root, 'src/render/pdf/index.ts'))});
      const fontkitRequire = createRequire(require.resolve('fontkit'));
      const brotliPath = fontkitRequire.resolve('brotli/decompress.js');
      const loaded = () => [brotliPath].filter((path) => typeof require.cache[path]?.require === 'function').length;
      const before = loaded();
      const { brotliCompressSync } = await import('node:zlib');
      const text = Buffer.from('Бағалау парағы — оценочный лист — баалоо барагы'.repeat(20));
      const decoded = Buffer.from(fontkitRequire('brotli/decompress.js')(brotliCompressSync(text), text.length));
      process.stdout.write(JSON.stringify({ documents: result.documents.length, before, after: loaded(), decoded: decoded.equals(text) }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ documents: 1, before: 0, after: 1, decoded: true });
  });
});
