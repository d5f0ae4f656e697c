import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { exportXliff, importXliffText, undoXliffImport } from '../../src/translation/index.js';
import { runQujat } from '../helpers/run-cli.js';

/** The locale files, as text, by path (the import's backup folder left out). */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('.import-backup'))
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

const reasonsOf = (result: Awaited<ReturnType<typeof importXliffText>>) => (result.ok ? [] : result.refusals.map((refusal) => refusal.reason));

describe('XLIFF import: all or nothing, on a complete and current file only', () => {
  let locales: string;
  let before: Record<string, string>;
  let xliff20: string;
  let xliff12: string;
  // Every test starts from a fresh copy of the locale files; the exports of that same content are made once.
  beforeAll(async () => {
    xliff20 = await exportXliff('ru', '2.0', 'kk');
    xliff12 = await exportXliff('ru', '1.2', 'kk');
  });
  beforeEach(() => {
    locales = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
    cpSync(projectPaths.locales, locales, { recursive: true });
    before = snapshot(locales);
  });
  const importText = (text: string, options = {}) => importXliffText(text, 'ru.xlf', undefined, locales, options);

  it('refuses a file cut inside a target («ошибка» would become «оши»), naming the last line and the open element', async () => {
    const cut = xliff20.indexOf('<target>ошибка</target>') + '<target>оши'.length;
    const result = await importText(xliff20.slice(0, cut));
    expect(result).toEqual({ ok: false, refusals: [{ reason: 'truncated', values: { file: 'ru.xlf', line: '6', element: 'target' } }] });
    expect(snapshot(locales)).toEqual(before);
  });

  it.each(['2.0', '1.2'] as const)(
    'refuses every cut of an XLIFF %s file (inside a source, a target, a tag, between units) and changes nothing',
    async (version) => {
      // A changed text at the start, so that any prefix that were accepted would write it.
      const full = (version === '2.0' ? xliff20 : xliff12).replace('<target>ошибка</target>', '<target>ошибка!</target>');
      const end = full.lastIndexOf('>');
      const cuts = [full.indexOf('<source>қате') + '<source>қа'.length, full.indexOf('</target>') + 3, end];
      for (let cut = 1; cut < end; cut += 997) cuts.push(cut);
      for (const cut of cuts) {
        const result = await importText(full.slice(0, cut));
        expect(result.ok, `cut at ${cut}`).toBe(false);
        expect(reasonsOf(result), `cut at ${cut}`).toEqual(['truncated']);
      }
      expect(snapshot(locales)).toEqual(before);
      expect(await importText(full)).toMatchObject({ ok: true, changed: 1 });
    },
  );

  it("refuses a unit whose source is no longer the current text (an old export), with the unit's line and both texts", async () => {
    const stale = xliff20.replace('<target>ошибка</target>', '<target>ошибка!</target>').replace('<source>ескерту</source>', '<source>ескерту (ескі)</source>');
    const result = await importText(stale);
    expect(result).toEqual({
      ok: false,
      refusals: [
        {
          reason: 'stale-source',
          values: { file: 'ru.xlf', namespace: 'cli', key: 'severity.warning', line: '9', source: 'ескерту (ескі)', current: 'ескерту' },
        },
      ],
    });
    expect(snapshot(locales)).toEqual(before);
  });

  it.each([
    [
      'a unit id __proto__',
      (xml: string) => xml.replace('<unit id="severity.info">', '<unit id="__proto__">'),
      { reason: 'unknown-key', values: { file: 'ru.xlf', namespace: 'cli', key: '__proto__', line: '15' } },
    ],
    [
      'a file id __proto__',
      (xml: string) => xml.replace('<file id="cli">', '<file id="__proto__">'),
      { reason: 'unknown-namespace', values: { file: 'ru.xlf', namespace: '__proto__', line: '2' } },
    ],
    [
      'a unit id constructor',
      (xml: string) => xml.replace('<unit id="severity.info">', '<unit id="constructor">'),
      { reason: 'unknown-key', values: { file: 'ru.xlf', namespace: 'cli', key: 'constructor', line: '15' } },
    ],
    [
      'a key twice',
      (xml: string) => xml.replace('<unit id="severity.info">', '<unit id="severity.error">'),
      { reason: 'duplicate-key', values: { file: 'ru.xlf', namespace: 'cli', key: 'severity.error', line: '15', first: '3' } },
    ],
  ])('refuses %s as a whole, with its place', async (_name, edit, refusal) => {
    const result = await importText(edit(xliff20.replace('<target>ошибка</target>', '<target>ошибка!</target>')));
    expect(result).toEqual({ ok: false, refusals: [refusal] });
    expect(snapshot(locales)).toEqual(before);
  });

  it('refuses a target of 1,000 nested <g> (it would have become empty) and a single inline code, naming the element', async () => {
    const nested = xliff12.replace('<target>ошибка</target>', `<target>${'<g id="1">'.repeat(1000)}ошибка${'</g>'.repeat(1000)}</target>`);
    expect(reasonsOf(await importText(nested))).toEqual(['too-deep']);
    for (const [xml, inline, element] of [
      [xliff12, '<g id="1">ошибка</g>', 'g'],
      [xliff12, 'ош<x id="1"/>ибка', 'x'],
      [xliff20, '<pc id="1">ошибка</pc>', 'pc'],
      [xliff20, 'ошибка<ph id="1"/>', 'ph'],
    ] as const) {
      const result = await importText(xml.replace('<target>ошибка</target>', `<target>${inline}</target>`));
      expect(result).toEqual({
        ok: false,
        refusals: [{ reason: 'inline-code', values: { file: 'ru.xlf', key: 'severity.error', element, line: xml === xliff12 ? '6' : '6' } }],
      });
    }
    expect(snapshot(locales)).toEqual(before);
  });

  it("understands <mrk> (an annotation) in 2.0 and 1.2 as its text, and XML's entities and character references", async () => {
    const marked = xliff20.replace('<target>ошибка</target>', '<target><mrk id="m1" type="term">ошибка</mrk> &amp; &#x421;</target>');
    expect(await importText(marked, { dryRun: true })).toMatchObject({
      ok: true,
      changes: [{ file: 'ru/cli.json', key: 'severity.error', before: 'ошибка', after: 'ошибка & С' }],
    });
    const marked12 = xliff12.replace('<target>ошибка</target>', '<target><mrk mtype="seg" mid="1">ошибка!</mrk></target>');
    expect(await importText(marked12, { dryRun: true })).toMatchObject({ ok: true, changes: [{ key: 'severity.error', after: 'ошибка!' }] });
    expect(reasonsOf(await importText(xliff20.replace('<target>ошибка</target>', '<target>ошибка &nbsp;</target>')))).toEqual(['unreadable-at-line']);
  });

  it('never erases a text: a unit without a target, or with an empty one, changes nothing', async () => {
    const emptied = xliff20.replace('<target>ошибка</target>', '<target></target>').replace('<target>предупреждение</target>', '');
    expect(await importText(emptied)).toMatchObject({ ok: true, changed: 0, written: [] });
    expect(snapshot(locales)).toEqual(before);
  });

  it('--dry-run says each change (key, old → new) and writes nothing; the import then writes it and keeps a backup that --undo restores once', async () => {
    const changed = xliff20.replace('<target>ошибка</target>', '<target>ошибка!</target>');
    const dry = await importText(changed, { dryRun: true });
    expect(dry).toEqual({
      ok: true,
      lang: 'ru',
      dryRun: true,
      changed: 1,
      written: [],
      changes: [{ file: 'ru/cli.json', namespace: 'cli', key: 'severity.error', before: 'ошибка', after: 'ошибка!' }],
    });
    expect(snapshot(locales)).toEqual(before);
    expect(await importText(changed)).toMatchObject({ ok: true, changed: 1, written: [join(locales, 'ru', 'cli.json')] });
    const second = xliff20.replace('<target>предупреждение</target>', '<target>предупреждение!</target>');
    // The second import is made on a fresh export: its sources and the first change are current.
    expect(await importText(second.replace('<target>ошибка</target>', '<target>ошибка!</target>'))).toMatchObject({ ok: true, changed: 1 });
    const cli = () => JSON.parse(readFileSync(join(locales, 'ru', 'cli.json'), 'utf8')).severity;
    expect(cli()).toMatchObject({ error: 'ошибка!', warning: 'предупреждение!' });
    // The backup is the one of the last import: undo goes back to the state after the first.
    expect(await undoXliffImport(locales)).toEqual({ ok: true, restored: [join(locales, 'ru', 'cli.json')] });
    expect(cli()).toMatchObject({ error: 'ошибка!', warning: 'предупреждение' });
    expect(await undoXliffImport(locales)).toEqual({ ok: false, reason: 'nothing-to-undo' });
  });

  it("a refused import keeps the previous import's backup", async () => {
    await importText(xliff20.replace('<target>ошибка</target>', '<target>ошибка!</target>'));
    expect(reasonsOf(await importText(xliff20.slice(0, 500)))).toEqual(['truncated']);
    await undoXliffImport(locales);
    expect(snapshot(locales)).toEqual(before);
  });
});

describe('qujat locales import: refusals with their place, --dry-run, --undo', () => {
  let saved: string;
  let locales: string;
  let work: string;
  beforeEach(() => {
    saved = projectPaths.locales;
    locales = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
    work = mkdtempSync(join(tmpdir(), 'qujat-xliff-'));
    cpSync(projectPaths.locales, locales, { recursive: true });
    // The command works on the project's locale files: here, on a copy of them.
    projectPaths.locales = locales;
  });
  afterEach(() => {
    projectPaths.locales = saved;
  });

  it("refuses a truncated file with exit 2 and a message in the user's language with its line; no file changed", async () => {
    const before = snapshot(locales);
    const file = join(work, 'ru.xlf');
    const full = await exportXliff('ru', '2.0', 'kk', locales);
    writeFileSync(file, full.slice(0, full.indexOf('<target>ошибка') + '<target>оши'.length));
    const result = await runQujat('locales', 'import', file, '--ui-lang', 'ru');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `qujat: ${file} обрывается на строке 6, прежде чем XLIFF закончен (<target> не закрыт): файл обрезан — загрузка или сохранение не завершились. Возьмите файл целиком.\n${file}: импорт отклонен, ни один файл не изменен\n`,
    );
    expect(snapshot(locales)).toEqual(before);
  });

  it('refuses a stale source with exit 1, led by file:line', async () => {
    const file = join(work, 'ru.xlf');
    writeFileSync(file, (await exportXliff('ru', '2.0', 'kk', locales)).replace('<source>ескерту</source>', '<source>ескерту (ескі)</source>'));
    const result = await runQujat('locales', 'import', file, '--ui-lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      `qujat: ${file}:9: the source text of cli "severity.warning" is no longer the current one: the file has "ескерту (ескі)", now it is "ескерту". The file was exported before the text changed: export again and translate the new text.`,
    );
  });

  it('--dry-run prints key, old → new and writes nothing; import writes; --undo restores; a second --undo has nothing to undo', async () => {
    const before = snapshot(locales);
    const file = join(work, 'ru.xlf');
    writeFileSync(file, (await exportXliff('ru', '2.0', 'kk', locales)).replace('<target>ошибка</target>', '<target>ошибка!</target>'));
    const dry = await runQujat('locales', 'import', file, '--dry-run', '--ui-lang', 'en');
    expect(dry).toEqual({
      code: 0,
      stdout: 'ru/cli.json severity.error: "ошибка" → "ошибка!"\n1 texts would change in ru; nothing was written (--dry-run)\n',
      stderr: '',
    });
    expect(snapshot(locales)).toEqual(before);
    const done = await runQujat('locales', 'import', file, '--ui-lang', 'en');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`${join(locales, 'ru', 'cli.json')}\n1 texts imported into ru\n`);
    expect(existsSync(join(locales, '.import-backup', 'ru', 'cli.json'))).toBe(true);
    expect(snapshot(locales)).not.toEqual(before);
    const undo = await runQujat('locales', 'import', '--undo', '--ui-lang', 'en');
    expect(undo).toEqual({ code: 0, stdout: `${join(locales, 'ru', 'cli.json')}\nthe last import is undone: 1 files restored\n`, stderr: '' });
    expect(snapshot(locales)).toEqual(before);
    const again = await runQujat('locales', 'import', '--undo', '--ui-lang', 'en');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('there is no import to undo');
  });
});
