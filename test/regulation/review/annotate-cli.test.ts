import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { readRegulation, readRegulationBytes } from '../../../src/regulation/index.js';
import { checkDraft } from '../../helpers/check-draft.js';
import { runQujat } from '../../helpers/run-cli.js';
import { changesBy, commentsBy, documentXml, paragraphsOf, textOf } from './review-xml.js';

const fixtures = fileURLToPath(new URL('../../fixtures/regulation/review/', import.meta.url));
const check = (file: string, ...extra: string[]) => runQujat('check', file, '--profile', 'kz', '--date', '2026-01-15', ...extra);

describe('qujat check --annotate', () => {
  it('writes the reviewed copy of a DOCX draft, says so, and exits as the check does', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qujat-annotate-')), 'reviewed.docx');
    const cli = await check(join(fixtures, 'word-like.docx'), '--ui-lang', 'ru', '--annotate', out);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`${out}: копия с замечаниями (комментариев: 9, исправлений в режиме записи: 3)`);
    const comments = commentsBy(readFileSync(out), 'qujat');
    expect(comments).toHaveLength(9);
    expect(comments[0]!.paragraphs[0]).toBe('Устаревшее наименование · ошибка');
  });

  it('makes a DOCX of a Markdown draft, one paragraph per line, with the same comments and fixes', async () => {
    const draft = join(fixtures, 'draft.kk.md');
    const out = join(mkdtempSync(join(tmpdir(), 'qujat-annotate-')), 'reviewed.docx');
    const cli = await check(draft, '--ui-lang', 'en', '--annotate', out);
    expect(cli.code).toBe(1);
    const read = await readRegulation(draft);
    const problems = read.ok ? checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'en' }).problems : [];
    const bytes = readFileSync(out);
    expect(commentsBy(bytes, 'qujat').map((comment) => comment.paragraphs[1])).toEqual(problems.map((problem) => problem.message));
    const document = documentXml(bytes);
    expect(paragraphsOf(document).map((paragraph) => textOf(paragraph.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '')))).toEqual(
      read.ok ? read.lines.map((line) => line.text) : [],
    );
    expect(changesBy(document, 'qujat').map((change) => change.text)).toEqual([
      'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің',
      'Мемлекеттік қызмет істері агенттігінің',
      'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
      'Мемлекеттік қызмет істері агенттігі',
      'бiлiм',
      'білім',
    ]);
    // Checked as a DOCX, the copy has the same findings at the same lines (columns no longer count Markdown's marks).
    const again = readRegulationBytes(bytes, '.docx');
    const recheck = again.ok ? checkDraft(again.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'en' }).problems : [];
    expect(recheck.map((problem) => [problem.ruleId, problem.place.line])).toEqual(problems.map((problem) => [problem.ruleId, problem.place.line]));
    // The same draft gives the same bytes.
    const second = join(mkdtempSync(join(tmpdir(), 'qujat-annotate-')), 'reviewed.docx');
    await check(draft, '--ui-lang', 'en', '--annotate', second);
    expect(readFileSync(second)).toEqual(bytes);
  });

  it('refuses a name that is no .docx, or the draft itself, with exit 2 and no file written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-annotate-'));
    const wrong = await check(join(fixtures, 'draft.kk.md'), '--ui-lang', 'en', '--annotate', join(dir, 'reviewed.md'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--annotate writes a DOCX: name the file .docx');
    const same = await check(join(fixtures, 'word-like.docx'), '--ui-lang', 'en', '--annotate', join(fixtures, 'word-like.docx'));
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('would overwrite the draft');
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(fixtures, 'word-like.docx'))).toBe(true);
  });
});
