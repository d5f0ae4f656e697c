import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { exportXliff, importXliff, syncLocales } from '../../src/translation/index.js';

/** The locale files, as text, by path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

describe('XLIFF export and import', () => {
  /** A copy of the locale files per test: the project's own files are never written. */
  let locales: string;
  let work: string;
  beforeEach(() => {
    locales = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
    work = mkdtempSync(join(tmpdir(), 'qujat-xliff-'));
    cpSync(projectPaths.locales, locales, { recursive: true });
  });

  it('every locale file is in the one format that import and sync write', () => {
    for (const [path, text] of Object.entries(snapshot(projectPaths.locales))) {
      expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`, path).toBe(text);
    }
  });

  it.each(['2.0', '1.2'] as const)('export then import (XLIFF %s) gives back identical locale files', async (version) => {
    const before = snapshot(locales);
    const file = join(work, `ru.${version}.xlf`);
    writeFileSync(file, await exportXliff('ru', version, 'kk', locales));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(version === '2.0' ? 'srcLang="kk" trgLang="ru"' : 'source-language="kk" target-language="ru"');
    expect(text).toContain('Оценочный лист');
    expect(text).toContain('plural form "few" of ru');
    const result = await importXliff(file, 'ru', locales);
    expect(result).toMatchObject({ ok: true, lang: 'ru', written: [], changed: 0 });
    expect(snapshot(locales)).toEqual(before);
  });

  it('imports a changed translation into the right file and key', async () => {
    const file = join(work, 'ky.xlf');
    writeFileSync(file, (await exportXliff('ky', '2.0', 'kk', locales)).replace('<target>Баалоо баракчасы</target>', '<target>Баалоо барагы</target>'));
    const result = await importXliff(file, undefined, locales);
    expect(result).toMatchObject({ ok: true, lang: 'ky', changed: 1 });
    expect(JSON.parse(readFileSync(join(locales, 'ky', 'kz-a-evaluation-sheet.json'), 'utf8')).title).toBe('Баалоо барагы');
  });

  it.each([
    ['an unknown key', (xml: string) => xml.replace('<unit id="title">', '<unit id="no-such-key">'), 'unknown-key'],
    ['a broken variable', (xml: string) => xml.replace('<target>{{from}} – {{to}}</target>', '<target>{{from}} – {{too}}</target>'), 'broken-variable'],
  ])('refuses %s and changes nothing', async (_name, edit, reason) => {
    const before = snapshot(locales);
    const file = join(work, 'bad.xlf');
    writeFileSync(file, edit(await exportXliff('ru', '2.0', 'kk', locales)));
    const result = await importXliff(file, undefined, locales);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusals.map((refusal) => refusal.reason)).toContain(reason);
    expect(snapshot(locales)).toEqual(before);
  });

  it('refuses the wrong target language', async () => {
    const file = join(work, 'ru.xlf');
    writeFileSync(file, await exportXliff('ru', '2.0', 'kk', locales));
    const result = await importXliff(file, 'ky', locales);
    expect(!result.ok && result.refusals[0]).toEqual({ reason: 'wrong-target', values: { file, lang: 'ru', expected: 'ky' } });
  });

  it('sync adds missing texts as empty values and reports them, never copying the source', async () => {
    const path = join(locales, 'ru', 'kz-a-evaluation-sheet.json');
    const tree = JSON.parse(readFileSync(path, 'utf8'));
    delete tree.title;
    writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
    expect(await syncLocales(locales)).toEqual([{ file: 'locales/ru/kz-a-evaluation-sheet.json', key: 'title' }]);
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('');
  });
});
