import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { render } from '../../src/api/index.js';
import { bundleWorker } from '../../src/core/workers/bundle-worker.js';
import { loadExample } from '../helpers/example.js';

// Fonts are parsed once per process, words measured once and font subsets reused (src/render/font-faces.ts,
// src/render/pdf/fast-font-subset.ts): a document must still be byte-for-byte what a fresh process makes of it,
// whatever was rendered before it or beside it.
const cases = [
  ['kz-concept-indicators-report', 'kk'],
  ['kz-a-evaluation-sheet', 'ru'],
  ['kz-b-sheet-staff', 'ky'],
  ['kz-a-survey', 'kk'],
] as const;

async function renderPdf(formId: string, lang: 'kk' | 'ru' | 'ky'): Promise<Uint8Array> {
  const result = await render(formId, loadExample(formId), { langs: [lang], formats: ['pdf'] });
  return result.documents[0]!.bytes;
}

describe('fonts, measures and subsets shared across documents', () => {
  it('gives every document the bytes a fresh process gives it, after others and beside others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-fresh-'));
    // The fresh processes run the helper as one module made by esbuild from the sources (as the tests' worker
    // threads do): a process through tsx's loader cost four times the CPU, most of this file's time.
    const helper = await bundleWorker({ filename: '', workerData: { tsxModule: new URL('../helpers/render-fresh.ts', import.meta.url).href } });
    const command = helper.workerData ? ['--import', 'tsx', 'test/helpers/render-fresh.ts'] : [fileURLToPath(helper.filename)];
    const fresh = cases.map(([formId, lang]) => {
      const file = join(dir, `${formId}.${lang}.pdf`);
      execFileSync(process.execPath, [...command, formId, lang, 'pdf', file]);
      return readFileSync(file);
    });
    // In this process: each case after all the others (in reverse order), then all four at once.
    for (const [formId, lang] of [...cases].reverse()) await renderPdf(formId, lang);
    const sequential: Uint8Array[] = [];
    for (const [formId, lang] of cases) sequential.push(await renderPdf(formId, lang));
    const concurrent = await Promise.all(cases.map(([formId, lang]) => renderPdf(formId, lang)));
    cases.forEach((_, index) => {
      expect(Buffer.from(sequential[index]!).equals(fresh[index]!)).toBe(true);
      expect(Buffer.from(concurrent[index]!).equals(fresh[index]!)).toBe(true);
    });
  }, 60_000);
});
