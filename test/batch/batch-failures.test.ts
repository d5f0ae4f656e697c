import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runQujat } from '../helpers/run-cli.js';
import { readJsonLines, temporaryDir } from './batch-helpers.js';
import { mountTmpfs } from './tmpfs.js';

const form = 'kz-b-sheet-staff';
const header = 'date,year,quarter,fullName,position,categoryCode,headsUnit,score1,score2,score3,score4,score5,sanction,evaluatorName,evaluatorPosition';
const good = (name: string, score = '4') => `2026-04-14,2026,1,${name},Бас сарапшы,C-4,false,${score},4,4,4,4,,Ахметов Даурен Болатұлы,Басқарма басшысы`;
const fixture = join(import.meta.dirname, '..', 'fixtures', form, 'unit-quarter.csv');

/** `--quiet`: the progress line every 5 s is for a person; on a busy machine one would join the messages compared here. */
async function batch(input: string, out: string, ...more: string[]) {
  return runQujat('batch', form, input, '--out', out, '--jobs', '1', '--format', 'docx', '--ui-lang', 'en', '--quiet', ...more);
}

describe('qujat batch: inputs and outputs that cannot be used are clear messages with the place, exit 2', () => {
  it('a CSV with an unescaped quote in its first lines: the line and how to write the quote, exit 2, nothing written', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.csv');
    writeFileSync(input, `${header}\n2026-01-01,2026,1,Иван "Ваня" Петров,Бас сарапшы,C-4,false,4,4,4,4,4,,Ахметов,Басшы\n${good('Серікбаев Нұрлан')}\n`);
    const out = join(dir, 'out');
    const { code, stderr } = await batch(input, out);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `qujat: cannot read ${input} (line 2: a quote inside a field that does not begin with one. Put the whole field in quotes and double the quotes inside it: "Иван ""Ваня"" Петров")\n`,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it("the same quote after some records: the records before are done, errors.jsonl names the line in the user's language, exit 1", async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.csv');
    writeFileSync(input, `${header}\r\n${good('Бірінші')}\n${good('Екінші')}\r\n2026-01-01,2026,1,Иван "Ваня" Петров,x,C-4,false,4,4,4,4,4,,a,b\n`);
    const out = join(dir, 'out');
    const { code } = await batch(input, out, '--ui-lang', 'ru');
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).records).toBe(2);
    expect(readJsonLines(join(out, 'errors.jsonl'))).toEqual([
      {
        record: null,
        line: 4,
        errors: [
          expect.objectContaining({
            ruleId: 'input-broken',
            message: expect.stringContaining('строка 4: кавычка внутри поля, которое не начинается с кавычки'),
          }),
        ],
      },
    ]);
  });

  it('reports the exact line of every failed record in a CSV that mixes CR LF, LF and CR, with blank lines and cells over two lines', async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.csv');
    // Every record fails (a score of 9), so that each one's line is in errors.jsonl; the line ends vary.
    const ends = ['\r\n', '\n', '\n', '\r\n', '\r', '\n'];
    let text = `${header}\r\n`;
    let line = 2;
    const expected: { record: number; line: number }[] = [];
    for (let record = 1; record <= 40; record += 1) {
      if (record % 7 === 0) {
        // A blank line (CR LF: after a lone CR, a lone LF would make one line end of the two).
        text += '\r\n';
        line += 1;
      }
      const multiLine = record % 5 === 0;
      const name = multiLine ? `"Қызметші${ends[(record + 1) % ends.length]}${record}"` : `Қызметші ${record}`;
      expected.push({ record, line });
      text += `${good(name, '9')}${ends[record % ends.length]}`;
      line += multiLine ? 2 : 1;
    }
    writeFileSync(input, text);
    const out = join(dir, 'out');
    const { code } = await batch(input, out);
    expect(code).toBe(1);
    expect(readJsonLines(join(out, 'errors.jsonl')).map(({ record, line }) => ({ record, line }))).toEqual(expected);
  });

  it("an unreadable workbook is named with what to do, in the user's language, not the library's words", async () => {
    const dir = temporaryDir();
    const input = join(dir, 'sheets.xlsx');
    writeFileSync(input, 'data, not a workbook');
    const { code, stderr } = await batch(input, join(dir, 'out'), '--ui-lang', 'kk');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `qujat: ${input} файлын оқу мүмкін емес (бұл оқылатын Excel кітабы (.xlsx) емес: файл бүлінген, қиылған немесе басқа түрдегі. Оны Excel-де ашып, қайтадан .xlsx ретінде сақтаңыз)\n`,
    );
    expect(stderr).not.toMatch(/signature|FILE_ENDED/);
  });

  it('an output folder that exists but is read-only: the folder and the reason, exit 2, nothing written', async () => {
    // Root writes anywhere but on a read-only mount; anyone else is refused a folder without write permission.
    const mounted = mountTmpfs(256, true);
    const out = mounted?.dir ?? join(temporaryDir(), 'read-only');
    if (!mounted) {
      mkdirSync(out);
      chmodSync(out, 0o555);
    }
    try {
      const { code, stderr } = await batch(fixture, out);
      expect(code).toBe(2);
      const reason = mounted ? 'the disk is read-only (EROFS)' : 'there is no permission for it (EACCES)';
      expect(stderr).toBe(
        `qujat: cannot write ${join(out, '.qujat-batch.jsonl')}: ${reason}. Choose another folder or free it; no file was left written in part\n`,
      );
      expect(readdirSync(out)).toEqual([]);
    } finally {
      mounted?.unmount();
    }
  });

  it('a disk that fills up: the file and "the disk is full", exit 2, no file written in part', async (context) => {
    const disk = mountTmpfs(64);
    if (!disk) {
      console.warn('skipped: a full disk is a small tmpfs, which only root may mount');
      context.skip();
      return;
    }
    try {
      const { code, stderr } = await batch(fixture, disk.dir, '--format', 'pdf');
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^qujat: cannot write ${disk.dir}/kz-b-sheet-staff\\.00000\\d\\.kk\\.pdf: the disk is full \\(ENOSPC\\)\\. `));
      const files = readdirSync(disk.dir);
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // What is there is whole: each PDF ends with its end-of-file marker.
      for (const name of files.filter((file) => file.endsWith('.pdf')))
        expect(readFileSync(join(disk.dir, name), 'latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    } finally {
      disk.unmount();
    }
  });
});
