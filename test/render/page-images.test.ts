import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { listFormIds, loadForm } from '../../src/forms/index.js';
import { renderForm } from '../../src/pipeline/index.js';
import { loadExample } from '../helpers/example.js';

/** Where the pictures go, to look at (git-ignored): `<form-id>.<lang>.png`, the first page at 60 dpi. */
const pagesDir = new URL('./pages/', import.meta.url).pathname;
const cases = listFormIds().flatMap((formId) => loadForm(formId)!.manifest.languages.map((lang) => [formId, lang] as const));

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the first page of every form in every language as a picture (pdftoppm), to compare with the printed form', () => {
  mkdirSync(pagesDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'qujat-pages-'));

  it.each(cases)(
    '%s (%s)',
    async (formId, lang) => {
      const form = loadForm(formId)!;
      const { documents } = await renderForm(form, loadExample(formId), { langs: [lang], formats: ['pdf'] });
      const pdf = join(work, `${formId}.${lang}.pdf`);
      writeFileSync(pdf, documents[0]!.bytes);
      execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', pdf, join(pagesDir, `${formId}.${lang}`)]);
      const { width, height } = pngSize(readFileSync(join(pagesDir, `${formId}.${lang}.png`)));
      // A4 (210 × 297 mm) at 60 dpi, rounded up: 497 × 702 pixels, turned for a landscape form.
      expect([width, height]).toEqual(form.manifest.orientation === 'landscape' ? [702, 497] : [497, 702]);
    },
    60_000,
  );
});
