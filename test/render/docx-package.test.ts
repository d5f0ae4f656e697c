import { readdirSync } from 'node:fs';
import { crc32 } from 'node:zlib';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { render } from '../../src/index.js';
import { compileParts, createEmptyDocument } from '../../src/render/docx/package-parts.js';
import { type Block, renderDocx as renderDocxFile } from '../../src/render/index.js';
import { loadExample } from '../helpers/example.js';

const formIds = readdirSync(projectPaths.examples)
  .filter((name) => /^[\w-]+\.json$/.test(name))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/** The central directory of a zip: each entry's name, DOS date and time, CRC, sizes and where its data starts. */
function readCentralDirectory(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  return Array.from({ length: count }, () => {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    return entry;
  });
}

/** An entry's deflated bytes as stored in the archive. */
function storedBytes(bytes: Uint8Array, entry: ReturnType<typeof readCentralDirectory>[number]): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localHeader + 30 + view.getUint16(entry.localHeader + 26, true) + view.getUint16(entry.localHeader + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}

async function renderDocx(formId: string, lang: string, data = loadExample(formId)): Promise<Uint8Array> {
  const { documents, problems } = await render(formId, data, { langs: [lang as 'kk'], formats: ['docx'] });
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return documents[0]!.bytes;
}

describe('DOCX package: the zip qujat writes itself', () => {
  it("every form's DOCX is a zip of deflated entries, [Content_Types].xml first, each with its data's CRC and the document's date", async () => {
    for (const formId of formIds) {
      const data = loadExample(formId);
      const [year, month, day] = String(data.date).split('-').map(Number) as [number, number, number];
      const bytes = await renderDocx(formId, formId.startsWith('kg-') ? 'ky' : 'kk', data);
      const entries = readCentralDirectory(bytes);
      const parts = unzipSync(bytes);
      expect(entries.map((entry) => entry.name)).toEqual(Object.keys(parts));
      expect(entries[0]!.name, formId).toBe('[Content_Types].xml');
      expect(entries.map((entry) => entry.name).slice(1)).toEqual(
        entries
          .map((entry) => entry.name)
          .slice(1)
          .sort((a, b) => a.localeCompare(b)),
      );
      for (const entry of entries) {
        expect({ name: entry.name, method: entry.method, crc: entry.crc }).toEqual({ name: entry.name, method: 8, crc: crc32(parts[entry.name]!) });
        // The document's date at midnight in DOS form: (year - 1980) << 9 | month << 5 | day.
        expect([entry.date, entry.time], `${formId} ${entry.name}`).toEqual([((year - 1980) << 9) | (month << 5) | day, 0]);
      }
      expect(strFromU8(parts['docProps/core.xml']!)).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${data.date}T00:00:00Z</dcterms:modified>`);
    }
  }, 120_000);

  it('a date a zip cannot hold still gives a DOCX: its entries dated 1980-01-01 or 2099-12-31, its metadata the real date', async () => {
    const blocks: Block[] = [{ kind: 'paragraph', role: 'body', align: 'left', runs: [{ text: 'Мәтін' }] }];
    for (const [date, dosDate] of [
      ['0001-01-01', (0 << 9) | (1 << 5) | 1],
      ['2100-01-01', (119 << 9) | (12 << 5) | 31],
    ] as const) {
      const bytes = await renderDocxFile(blocks, { title: 'Т', lang: 'kk', orientation: 'portrait', date });
      expect(readCentralDirectory(bytes).map((entry) => entry.date)).toEqual(Object.keys(unzipSync(bytes)).map(() => dosDate));
      expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).toContain(`>${date}T00:00:00Z</dcterms:created>`);
    }
  });

  it('the parts that do not depend on the data are the same bytes, deflated the same, in every document of a language', async () => {
    const documents = await Promise.all(['kz-b-sheet-staff', 'kz-a-evaluation-sheet', 'kz-reserve-list'].map((formId) => renderDocx(formId, 'kk')));
    const fixed = (bytes: Uint8Array) =>
      Object.fromEntries(
        readCentralDirectory(bytes)
          .filter((entry) => entry.name !== 'word/document.xml' && entry.name !== 'docProps/core.xml')
          .map((entry) => [entry.name, Buffer.from(storedBytes(bytes, entry)).toString('base64')]),
      );
    expect(Object.keys(fixed(documents[0]!))).toContain('word/styles.xml');
    expect(fixed(documents[1]!)).toEqual(fixed(documents[0]!));
    expect(fixed(documents[2]!)).toEqual(fixed(documents[0]!));
    expect(unzipSync(documents[0]!)['word/document.xml']).not.toEqual(unzipSync(documents[1]!)['word/document.xml']);
  }, 60_000);

  it("sets the document's language as the default of all text (kk-KZ, ru-RU, ky-KG; a bilingual document's first), and still tags every run", async () => {
    const defaultLanguage = (bytes: Uint8Array) =>
      /<w:rPrDefault><w:rPr>.*?<w:lang w:val="([^"]+)"\/><\/w:rPr><\/w:rPrDefault>/.exec(strFromU8(unzipSync(bytes)['word/styles.xml']!))?.[1];
    const languages = [];
    for (const lang of ['kk', 'ru', 'ky', 'ru+kk']) languages.push(defaultLanguage(await renderDocx('kz-b-sheet-staff', lang)));
    expect(languages).toEqual(['kk-KZ', 'ru-RU', 'ky-KG', 'ru-RU']);
  }, 60_000);

  it("takes the fixed parts from docx's compiler, the same as from Packer's zip (a docx without the compiler)", async () => {
    // docx's own core properties carry the wall clock: qujat writes its own.
    const decode = (parts: Record<string, Uint8Array>) =>
      Object.fromEntries(Object.entries(parts).flatMap(([name, bytes]) => (name === 'docProps/core.xml' ? [] : [[name, strFromU8(bytes)]])));
    const compiled = decode(await compileParts(createEmptyDocument('ky-KG')));
    expect(Object.keys(compiled)).toContain('word/styles.xml');
    expect(compiled['word/styles.xml']).toContain('<w:lang w:val="ky-KG"/>');
    expect(decode(await compileParts(createEmptyDocument('ky-KG'), false))).toEqual(compiled);
  });

  it('a landscape form says so in its page size (Word prints it turned)', async () => {
    const sectionOf = async (formId: string) => /<w:pgSz [^>]*\/>/.exec(strFromU8(unzipSync(await renderDocx(formId, 'kk'))['word/document.xml']!))?.[0];
    expect(await sectionOf('kz-reserve-list')).toBe('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(await sectionOf('kz-b-sheet-staff')).toBe('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  }, 60_000);
});
