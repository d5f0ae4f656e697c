import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { readRegulationBytes } from '../../src/regulation/read-regulation.js';
import { runQujat } from '../helpers/run-cli.js';

const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose word/document.xml is `xml`, as bytes. */
function docx(xml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?>${xml}`),
  });
}

describe('a DOCX read by namespace, not by prefix', () => {
  it('reads the main namespace bound to another prefix', () => {
    const read = readRegulationBytes(
      docx(`<x:document xmlns:x="${main}"><x:body><x:p><x:r><x:t>Глава 1. Общие положения</x:t></x:r></x:p></x:body></x:document>`),
      '.docx',
    );
    expect(read).toEqual({ ok: true, lines: [{ text: 'Глава 1. Общие положения', line: 1, offset: 0 }] });
  });

  it('reads the main namespace as the default namespace', () => {
    const read = readRegulationBytes(
      docx(`<document xmlns="${main}"><body><p><r><t>1. Первый пункт</t></r></p><p><r><t>2. Второй</t></r></p></body></document>`),
      '.docx',
    );
    expect(read.ok && read.lines.map((line) => line.text)).toEqual(['1. Первый пункт', '2. Второй']);
  });

  it("does not take a w: prefix bound to another namespace for Word's", () => {
    const read = readRegulationBytes(
      docx(`<d:document xmlns:d="${main}" xmlns:w="urn:other"><d:body><d:p><d:r><d:t>Текст</d:t><w:t>чужой</w:t></d:r></d:p></d:body></d:document>`),
      '.docx',
    );
    expect(read.ok && read.lines.map((line) => line.text)).toEqual(['Текст']);
  });

  it('reads a document without a body as one without paragraphs, not as an error', () => {
    expect(readRegulationBytes(docx(`<w:document xmlns:w="${main}"></w:document>`), '.docx')).toEqual({ ok: true, lines: [] });
  });

  it('refuses elements nested too deeply as too-deep, without a stack overflow', () => {
    const depth = 200_000;
    const read = readRegulationBytes(
      docx(`<w:document xmlns:w="${main}"><w:body><w:p>${'<w:r>'.repeat(depth)}${'</w:r>'.repeat(depth)}</w:p></w:body></w:document>`),
      '.docx',
    );
    expect(read.ok).toBe(false);
    expect(!read.ok && read.docx?.reason).toBe('too-deep');
  });

  it('names a zip with too many entries as too many files', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<w:document xmlns:w="${main}"/>`) };
    for (let index = 0; index < 5001; index += 1) files[`media/${index}.txt`] = strToU8('x');
    const read = readRegulationBytes(zipSync(files, { level: 0 }), '.docx');
    expect(!read.ok && read.docx?.reason).toBe('too-many-files');
  });

  it("is named by qujat check in the user's language when nested too deeply or broken, without the library's words", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-docx-'));
    writeFileSync(
      join(dir, 'deep.docx'),
      docx(`<w:document xmlns:w="${main}"><w:body><w:p>${'<w:r>'.repeat(5000)}${'</w:r>'.repeat(5000)}</w:p></w:body></w:document>`),
    );
    writeFileSync(join(dir, 'broken.docx'), docx(`<w:document xmlns:w="${main}"><w:body><w:p><w:r>broken`));
    const deep = await runQujat('check', join(dir, 'deep.docx'), '--profile', 'kz', '--ui-lang', 'ru');
    expect(deep.code).toBe(2);
    expect(deep.stderr).toContain('(его XML-структура вложена слишком глубоко (более 100 уровней): пересохраните его в Word или LibreOffice)');
    const broken = await runQujat('check', join(dir, 'broken.docx'), '--profile', 'kz', '--ui-lang', 'kk');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('(ол бүлінген, оның XML құрылымы бұзылған: оны Word немесе LibreOffice бағдарламасында ашып, қайта сақтаңыз)');
    expect(broken.stderr).not.toMatch(/Invalid|Maximum|found/);
  });
});
