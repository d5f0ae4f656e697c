import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { readRegulation } from '../../../src/regulation/index.js';
import { reviewDraft } from '../../../src/regulation/review/index.js';
import { checkDraft } from '../../helpers/check-draft.js';

const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
const hasSoffice = onPath('soffice');
const hasPdftoppm = onPath('pdftoppm');
const drafts = ['word-like.docx', 'libreoffice.docx', 'pandoc.docx', 'docx-library.docx', 'draft.kk.md'];
const fixtures = fileURLToPath(new URL('../../fixtures/regulation/review/', import.meta.url));
const screenshots = fileURLToPath(new URL('screenshots/', import.meta.url));

if (!hasSoffice)
  console.warn('LibreOffice tests of the reviewed copies skipped: soffice is not on PATH (apt-get install libreoffice-writer-nogui; .ci/run installs it)');

/** Runs LibreOffice headless with a profile of its own (another instance may be running). */
function soffice(work: string, args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, ...args], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

describe.skipIf(!hasSoffice)(`LibreOffice opens the reviewed copies${hasSoffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
  it('converts each to PDF without error and keeps every comment when saving it as ODT', async () => {
    const work = mkdtempSync(join(tmpdir(), 'qujat-review-'));
    const reviewed: { file: string; comments: number }[] = [];
    for (const draft of drafts) {
      const read = await readRegulation(join(fixtures, draft));
      if (!read.ok) throw new Error(read.detail);
      const checked = checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'ru' });
      const { problems } = checked;
      const result = await reviewDraft(readFileSync(join(fixtures, draft)), draft.slice(draft.lastIndexOf('.')), read.lines, checked, {
        uiLang: 'ru',
        asOf: '2026-01-15',
      });
      if (!result.ok) throw new Error(result.detail);
      const file = join(work, `${draft.replace(/\.\w+$/, '')}.reviewed.docx`);
      writeFileSync(file, result.bytes);
      // The author's own comments count too: LibreOffice must keep them all.
      const all = strFromU8(unzipSync(result.bytes)['word/comments.xml']!).match(/<w:comment /g)?.length ?? 0;
      expect(all).toBeGreaterThanOrEqual(problems.length);
      reviewed.push({ file, comments: all });
    }
    soffice(work, ['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...reviewed.map((entry) => entry.file)]);
    soffice(work, ['--convert-to', 'odt', '--outdir', join(work, 'odt'), ...reviewed.map((entry) => entry.file)]);
    for (const { file, comments } of reviewed) {
      const name = file.slice(work.length + 1).replace(/\.docx$/, '');
      const pdf = readFileSync(join(work, 'pdf', `${name}.pdf`));
      expect(pdf.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      const content = strFromU8(unzipSync(readFileSync(join(work, 'odt', `${name}.odt`)))['content.xml']!);
      expect(content.match(/<office:annotation[ >]/g)?.length ?? 0, name).toBe(comments);
      expect(content).toContain('qujat');
    }
  }, 300_000);

  it.skipIf(!hasPdftoppm)(
    `renders a reviewed draft with its comments in the margin to test/regulation/review/screenshots/${hasPdftoppm ? '' : ' (skipped: pdftoppm is not installed)'}`,
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'qujat-review-'));
      const draft = join(fixtures, 'word-like.docx');
      const read = await readRegulation(draft);
      if (!read.ok) throw new Error(read.detail);
      const checked = checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'ru' });
      const result = await reviewDraft(readFileSync(draft), '.docx', read.lines, checked, { uiLang: 'ru', asOf: '2026-01-15' });
      if (!result.ok) throw new Error(result.detail);
      writeFileSync(join(work, 'reviewed.docx'), result.bytes);
      soffice(work, [
        '--convert-to',
        'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}',
        '--outdir',
        work,
        join(work, 'reviewed.docx'),
      ]);
      mkdirSync(screenshots, { recursive: true });
      execFileSync(
        'pdftoppm',
        [
          '-png',
          '-r',
          '80',
          '-f',
          '1',
          '-l',
          '1',
          '-x',
          '0',
          '-y',
          '30',
          '-W',
          '661',
          '-H',
          '420',
          '-singlefile',
          join(work, 'reviewed.pdf'),
          join(screenshots, 'reviewed-draft'),
        ],
        { timeout: 60_000 },
      );
      const png = readFileSync(join(screenshots, 'reviewed-draft.png'));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    },
    300_000,
  );
});
