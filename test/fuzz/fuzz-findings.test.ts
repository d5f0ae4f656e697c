// The fuzz findings of issue 15, each with its input under test/fixtures/fuzz/: each failed (a stack trace, a
// hang, an exit code other than 0/1/2) before its fix.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import { describeBug } from '../../src/cli/describe-bug.js';
import { measureDataText, parseData, readDataFile } from '../../src/core/data/index.js';
import { projectPaths } from '../../src/core/paths.js';
import { loadForm } from '../../src/forms/index.js';
import { listForms, render, validate } from '../../src/index.js';
import { readRegulation } from '../../src/regulation/index.js';
import { importXliff } from '../../src/translation/index.js';
import { fixturesDir, loadExample } from '../helpers/example.js';
import { runQujat, runSheetBatch } from '../helpers/run-cli.js';

const fuzzDir = join(fixturesDir, 'fuzz');
const outDirs: string[] = [];
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qujat-fuzz-findings-'));
  outDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a date the schema accepts but a zip cannot hold', () => {
  it('renders kz-reserve-list dated 2100-01-01: the zip entries are stamped 2099-12-31, the document keeps its date', async () => {
    const out = outDir();
    const { code, stdout, stderr } = await runQujat(
      'render',
      'kz-reserve-list',
      join(fuzzDir, 'reserve-list-2100.json'),
      '--lang',
      'kk',
      '--format',
      'docx,pdf',
      '--out',
      out,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split('/').at(-1)),
    ).toEqual(['kz-reserve-list.kk.docx', 'kz-reserve-list.kk.pdf']);
    const docx = readFileSync(join(out, 'kz-reserve-list.kk.docx'));
    const core = new TextDecoder().decode(unzipSync(docx)['docProps/core.xml']);
    expect(core).toContain('>2100-01-01T00:00:00Z</dcterms:created>');
    // The DOS date of the first local header (offset 12): 2099-12-31 = (119 << 9) | (12 << 5) | 31.
    expect(docx.readUInt16LE(12)).toBe((119 << 9) | (12 << 5) | 31);
  }, 30_000);
});

describe('a DOCX whose word/document.xml inflates to ~95 MB of paragraphs', () => {
  const bomb = join(fuzzDir, 'paragraphs-95mb.docx');

  it("qujat check refuses it with the shared limit, exit 2, in the user's language", async () => {
    const { code, stdout, stderr } = await runQujat('check', bomb, '--ui-lang', 'ru');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`qujat: В ${bomb} слишком много строк или абзацев для проверки: не более 20\u00a0000. Проверьте положение по частям\n`);
  });

  it('the library refuses it as the web app does, naming the limit passed', async () => {
    const read = await readRegulation(bomb);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.docx).toMatchObject({ reason: 'too-many-paragraphs' });
  });
});

describe('qujat batch on a damaged or bombed workbook', () => {
  it('names a workbook with a few bytes flipped as damaged, exit 2 (it ended with exit 13 and no message)', async () => {
    const input = join(fuzzDir, 'damaged.xlsx');
    const { code, stderr } = await runSheetBatch(input, join(outDir(), 'out'), 'en');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `qujat: cannot read ${input} (not a readable Excel workbook (.xlsx): the file is damaged, cut short or of another type. Open it in Excel and save it again as .xlsx)\n`,
    );
  });

  it('names as damaged a workbook whose parts inflate but are not XML (found by npm run fuzz: the reader waited for ever)', async () => {
    // Bytes flipped by the fuzzer (seed 20261202): xl/_rels/workbook.xml.rels inflates to 2 bytes of garbage, xl/styles.xml to broken tags.
    const input = join(fuzzDir, 'broken-parts.xlsx');
    const { code, stdout, stderr } = await runSheetBatch(input, join(outDir(), 'out'), 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `qujat: cannot read ${input} (not a readable Excel workbook (.xlsx): the file is damaged, cut short or of another type. Open it in Excel and save it again as .xlsx)\n`,
    );
  });

  it('refuses a shared-strings table that inflates past the limit before reading it, naming the limit', async () => {
    const input = join(fuzzDir, 'shared-strings-80mb.xlsx');
    const { code, stderr } = await runSheetBatch(input, join(outDir(), 'out'), 'ru');
    expect(code).toBe(2);
    expect(stderr).toBe(
      `qujat: не удается прочитать ${input} (таблица текстов книги (xl/sharedStrings.xml) при распаковке занимает более 32 МБ: разделите её на книги поменьше или сохраните как CSV)\n`,
    );
  });
});

describe('a bug in qujat itself', () => {
  it("is reported with its stack and a line, in the user's language, asking to report it", () => {
    const error = new TypeError('text.matchAll is not a function');
    const text = describeBug(error, ['check', 'a.docx', '--ui-lang', 'kk']);
    expect(text.startsWith(`TypeError: text.matchAll is not a function\n    at `)).toBe(true);
    expect(
      text.endsWith(
        'qujat: бұл деректеріңіздегі емес, qujat бағдарламасының өз қатесі: ол туралы qujat әзірлеушілеріне жоғарыдағы жолдарды, оны тудырған команда мен файлды қоса хабарлаңыз\n',
      ),
    ).toBe(true);
  });
});

describe('an XLIFF whose target nests inline elements 1000 deep', () => {
  it('is refused whole by the strict reader, naming the limit, and no locale file changes (it was a TypeError)', async () => {
    const locales = outDir();
    cpSync(projectPaths.locales, locales, { recursive: true });
    const before = readFileSync(join(locales, 'ru', 'cli.json'), 'utf8');
    const file = join(fuzzDir, 'nested-1000.ru.xlf');
    const result = await importXliff(file, 'ru', locales);
    expect(result).toEqual({ ok: false, refusals: [{ reason: 'too-deep', values: { file, max: '64' } }] });
    expect(readFileSync(join(locales, 'ru', 'cli.json'), 'utf8')).toBe(before);
    expect(readdirSync(locales).sort()).toEqual(
      readdirSync(projectPaths.locales)
        .filter((name) => name !== '.import-backup')
        .sort(),
    );
  });
});

describe('lists and texts longer than any form holds', () => {
  it('refuses 10 000 units of a regulation before validating or rendering them, naming the limit (it rendered for minutes)', async () => {
    const { code, stderr } = await runQujat('validate', 'kz-hr-regulation', join(fuzzDir, 'regulation-10000-units.json'), '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toContain('/units  error  the data file cannot be parsed: a list has more than 1000 items, far more than any form holds  syntax');
    expect(stderr).toContain('expected: check the file; for many records at once, use qujat batch');
  });

  it('refuses a JSON file of 300 000 numbers at once as a list too long (it took ~9 s to say it is the wrong kind of value)', async () => {
    const file = join(fuzzDir, 'numbers-300000.json');
    const { code, stdout, stderr } = await runQujat(
      'render',
      'kz-a-evaluation-sheet',
      file,
      '--lang',
      'kk',
      '--format',
      'pdf',
      '--out',
      outDir(),
      '--ui-lang',
      'kk',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      file,
      '  #  қате  деректер файлы оқылмайды: тізімде 1000 элементтен артық, кез келген формадағыдан әлдеқайда көп  syntax',
    ]);
  });

  it("holds a list the schema bounds to what the form really has (a regulation has at most 50 units), the library's plain values too", () => {
    const data = JSON.parse(readFileSync(join(fuzzDir, 'regulation-10000-units.json'), 'utf8'));
    data.units = data.units.slice(0, 51);
    expect(validate('kz-hr-regulation', data, { lang: 'en' }).problems.map((problem) => [problem.ruleId, problem.place.pointer, problem.expected])).toEqual([
      ['maxItems', '/units', 'at most 50 item(s)'],
    ]);
    data.units = Array(5000).fill('бөлім');
    expect(validate('kz-hr-regulation', data, { lang: 'en' }).problems.map((problem) => [problem.ruleId, problem.place.pointer, problem.message])).toEqual([
      ['syntax', '/units', 'the data file cannot be parsed: a list has more than 1000 items, far more than any form holds'],
    ]);
  });
});

describe('odd characters in a name', () => {
  it('renders a name with lone surrogates, NUL, bidi controls and combining marks: controls left out, half characters shown as U+FFFD', async () => {
    const data = JSON.parse(readFileSync(join(fuzzDir, 'odd-name.json'), 'utf8'));
    const { documents, problems } = await render('kz-a-evaluation-sheet', data, { langs: ['kk', 'ru', 'ky'], formats: ['docx', 'pdf'] });
    expect(problems).toEqual([]);
    expect(documents.map((document) => `${document.lang}.${document.format}`)).toEqual(['kk.docx', 'kk.pdf', 'ru.docx', 'ru.pdf', 'ky.docx', 'ky.pdf']);
    const xml = strFromU8(unzipSync(documents[0]!.bytes)['word/document.xml']!);
    expect(xml).toContain('Ива\uFFFDнов \u202EӘлі\u202C Е\u0301\u0308рке \uFFFD\u200F\u2066x\u2069');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  }, 30_000);
});

describe('a YAML file of many values, bounded before it is parsed', () => {
  it('refuses a flow list of 500 000 items before the YAML parser holds them (10 MB of them ran out of memory)', async () => {
    const file = join(fuzzDir, 'flow-list-500000.yaml');
    const read = await readDataFile(file);
    expect(read.ok && read.data.problems.map((problem) => [problem.message, problem.place.line])).toEqual([['More than 200000 values in one file', 1]]);
    const { code, stdout, stderr } = await runQujat('validate', 'kz-hr-regulation', file, '--lang', 'ru');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'файл данных не читается: в файле более 200000 значений (строк и элементов списков), намного больше, чем в данных любой формы  syntax',
    );
    expect(stderr).toContain('проверьте файл; для многих записей сразу используйте qujat batch');
  });

  it('counts lines and flow items as they come, skipping quoted texts and comments', () => {
    const limits = { nesting: 64, values: 3 };
    expect(measureDataText('- 1\n- 2\n- 3\n', limits)).toBeUndefined();
    expect(measureDataText('- 1\n- 2\n- 3\n- 4\n', limits)).toBe('too-many-values');
    expect(measureDataText('a: [1, 2, 3]\n', limits)).toBeUndefined();
    expect(measureDataText('a: [1, 2, 3, 4]\n', limits)).toBe('too-many-values');
    expect(measureDataText('a: "1, 2, 3, 4"\n# 1\n# 2\n\n\n', limits)).toBeUndefined();
    expect(measureDataText('[[[]]]', { nesting: 2, values: 3 })).toBe('too-deep');
  });

  it("refuses aliases that repeat a list 200 times, in the user's language", () => {
    const parsed = parseData(readFileSync(join(fuzzDir, 'aliases.yaml'), 'utf8'), 'yaml', 'aliases.yaml');
    const problems = validate('kz-hr-regulation', parsed, { lang: 'kk' }).problems;
    expect(problems.map((problem) => [problem.message, problem.expected])).toEqual([
      ['деректер файлы оқылмайды: бүркеншік аттар (*name) басқа мәндерді тым көп қайталайды', 'мәндерді бүркеншік аттармен қайталамай, толық жазыңыз'],
    ]);
  });

  it('counts every value of data given as a value (the library): more than 200 000 in all is refused before validation', () => {
    const data = { units: Array.from({ length: 201 }, () => Array(1000).fill(1)) };
    expect(validate('kz-hr-regulation', data, { lang: 'en' }).problems.map((problem) => [problem.place.pointer, problem.message])).toEqual([
      ['', "the data file cannot be parsed: the file holds more than 200000 values (lines and list items), far more than any form's data"],
    ]);
  });
});

describe("the issue's other inputs, through the command line", () => {
  it('qujat locales import of an XLIFF whose target nests inline elements 1000 deep: exit 2 with the limit, no stack trace (it was a TypeError)', async () => {
    const file = join(fuzzDir, 'nested-1000.ru.xlf');
    const { code, stdout, stderr } = await runQujat('locales', 'import', file, '--dry-run', '--ui-lang', 'kk');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `qujat: ${file} ішінде элементтер 64 деңгейден терең салынған, qujat XLIFF файлдарында бұлай болмайды. Файлды қайта экспорттап, белгілеуін өзгертпей аударыңыз.\n${file}: импорттан бас тартылды, бірде-бір файл өзгертілмеді\n`,
    );
  });

  it('qujat render of an evaluation sheet with 10 000 KPIs: refused at /kpis before validating or rendering, exit 1', async () => {
    const file = join(fuzzDir, 'kpis-10000.json');
    const { code, stdout, stderr } = await runQujat(
      'render',
      'kz-a-evaluation-sheet',
      file,
      '--lang',
      'kk',
      '--format',
      'pdf',
      '--out',
      outDir(),
      '--ui-lang',
      'en',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      file,
      '  /kpis  error  the data file cannot be parsed: a list has more than 1000 items, far more than any form holds  syntax',
      '      expected: check the file; for many records at once, use qujat batch',
    ]);
  });
});

/** The example with every person's name (`fullName`), or else the body's name (`body`), replaced by `name` and a number (people differ). */
function withNames(value: unknown, name: string): unknown {
  const keys = JSON.stringify(value).includes('"fullName"') ? ['fullName'] : ['body'];
  let count = 0;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => [key, keys.includes(key) && typeof item === 'string' ? `${name} ${(count += 1)}` : visit(item)]),
    );
  };
  return visit(value);
}

describe('odd characters in the names of every form', () => {
  const odd = JSON.parse(readFileSync(join(fuzzDir, 'odd-name.json'), 'utf8')).person.fullName as string;
  const formIds = listForms('en')
    .map((form) => form.id)
    .filter((formId) => {
      const example = JSON.stringify(loadExample(formId));
      return example.includes('"fullName"') || example.includes('"body"');
    });

  it('covers the forms that name a person or a body', () => {
    expect(formIds.length).toBeGreaterThanOrEqual(13);
  });

  it.each(formIds)(
    '%s renders as DOCX and PDF with lone surrogates, NUL, bidi controls and combining marks in its names',
    async (formId) => {
      const form = loadForm(formId)!;
      const data = withNames(loadExample(formId), odd);
      const { documents, problems } = await render(formId, data, { langs: [form.manifest.languages[0]!], formats: ['docx', 'pdf'] });
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(documents.map((document) => document.format)).toEqual(['docx', 'pdf']);
      const xml = strFromU8(unzipSync(documents[0]!.bytes)['word/document.xml']!);
      expect(xml).toContain('Ива\uFFFDнов');
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    },
    60_000,
  );
});

describe('a period of thousands of years', () => {
  it('is refused at its dates (years 1900 to 2100), not counted day by day for minutes', async () => {
    const file = join(fuzzDir, 'period-0001-9999.json');
    const { code, stdout, stderr } = await runQujat('validate', 'kz-a-evaluation-sheet', file, '--lang', 'en', '--format', 'json');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const problems = JSON.parse(stdout) as { place: { pointer?: string }; expected?: string }[];
    expect(problems.map((problem) => problem.place.pointer).sort()).toEqual(['/period/from', '/period/to']);
    expect(problems[0]!.expected).toBe('a date written YYYY-MM-DD, from 1900 to 2100, e.g. 2026-01-20');
  });

  it('still counts the working days of a long period within those years', () => {
    const data = { ...loadExample('kz-a-evaluation-sheet'), period: { from: '2001-01-01', to: '2100-12-31' } };
    const result = validate('kz-a-evaluation-sheet', data);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('a date of year 0000', () => {
  it('is refused by validation, not thrown by the date formatter while rendering (kz-b-calibration-protocol, fuzz seed 20261202)', async () => {
    const out = outDir();
    const file = join(fuzzDir, 'calibration-year-0000.json');
    const { code, stdout, stderr } = await runQujat(
      'render',
      'kz-b-calibration-protocol',
      file,
      '--lang',
      'kk',
      '--format',
      'pdf',
      '--out',
      out,
      '--ui-lang',
      'en',
    );
    expect(code).toBe(1);
    expect(`${stdout}${stderr}`).toContain('from 1900 to 2100');
    expect(`${stdout}${stderr}`).not.toMatch(/TypeError|at .*\.ts:\d+/);
    expect(readdirSync(out)).toEqual([]);
  });
});
