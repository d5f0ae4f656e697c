import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * The PDF path shares parsed fonts by replacing the fontkit module pdfkit requires (share-parsed-fonts.ts), which
 * works only if that runs before anything requires pdfkit or pdfmake. An import order changed by a tool once loaded
 * pdfkit first: every file was still the same, but fonts were parsed anew for each document and the build's seed of
 * shaped words was empty. A fresh process (this one's modules are shared with other test files) tells.
 */
describe('the shared fontkit', () => {
  it.each([
    ['the library', 'src/index.ts'],
    ['the PDF renderer', 'src/render/pdf/index.ts'],
    ['the batch worker', 'src/batch/render-worker.ts'],
  ])('is in place before pdfkit is loaded, whichever module is imported first: %s', (_, entry) => {
    // The entry first, then a document rendered: pdfkit made its fonts through the shared fontkit only if the
    // words it shaped are in the shared fonts' caches.
    const script = `
      await import(${JSON.stringify(join(root, entry))});
      const { render, findExamples } = await import(${JSON.stringify(join(root, 'src/api/index.ts'))});
      const { readFileSync } = await import('node:fs');
      const [example] = findExamples(['kz-b-sheet-staff']);
      await render('kz-b-sheet-staff', JSON.parse(readFileSync(example.file, 'utf8')), { langs: ['kk'], formats: ['pdf'] });
      const { exportShapedWords } = await import(${JSON.stringify(join(root, 'src/render/pdf/share-parsed-fonts.ts'))});
      process.stdout.write(String(Object.values(exportShapedWords().faces).flat().length));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(Number(output)).toBeGreaterThan(100);
  });
});
