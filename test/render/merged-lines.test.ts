import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { listForms, render } from '../../src/api/index.js';
import { projectPaths } from '../../src/core/paths.js';
import { mergeLineText } from '../../src/render/pdf/merge-line-text.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

// src/render/pdf/merge-line-text.ts writes each line as one text object: every form's PDF, in every language, must
// read back to the text pdfmake's word-by-word writing gives, pass qpdf's check, and be the same bytes every time.
const examples = new Set(readdirSync(projectPaths.examples));
const cases = listForms()
  .filter((form) => examples.has(`${form.id}.json`))
  .flatMap((form) => (['kk', 'ru', 'ky'] as const).map((lang) => [form.id, lang] as const));
const dir = mkdtempSync(join(tmpdir(), 'qujat-merged-'));

async function renderPdf(formId: string, lang: 'kk' | 'ru' | 'ky'): Promise<Uint8Array | undefined> {
  try {
    return (await render(formId, loadExample(formId), { langs: [lang], formats: ['pdf'] })).documents[0]!.bytes;
  } catch {
    return undefined; // a form not made in this language
  }
}

describe('lines written as one text object', () => {
  it('covers the forms', () => expect(cases.length).toBeGreaterThan(30));

  it.each(cases)(
    '%s (%s): same text as word by word, valid, same bytes each time',
    async (formId, lang) => {
      mergeLineText(false);
      const wordByWord = await renderPdf(formId, lang);
      mergeLineText(true);
      const merged = await renderPdf(formId, lang);
      if (!merged || !wordByWord) return expect(merged).toBe(wordByWord);
      expect((await extractPdfText(merged)).text).toBe((await extractPdfText(wordByWord)).text);
      expect(Buffer.from((await renderPdf(formId, lang))!).equals(Buffer.from(merged))).toBe(true);
      const file = join(dir, `${formId}.${lang}.pdf`);
      writeFileSync(file, merged);
      expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' })).not.toThrow();
    },
    60_000,
  );
});
