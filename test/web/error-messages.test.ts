import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync(
    { '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'word/document.xml': strToU8(`<?xml version="1.0"?>${documentXml}`), ...extra },
    { level: 0 },
  );
}

async function check(bytes: Uint8Array, fileType: 'docx' | 'txt' | 'md', uiLang: string) {
  const form = new FormData();
  form.append('fileType', fileType);
  form.append('file', new Blob([new Uint8Array(bytes)]), `draft.${fileType}`);
  const response = await app.inject({ method: 'POST', url: '/api/regulation/check', payload: form, headers: { 'accept-language': uiLang } });
  return { status: response.statusCode, body: response.json() };
}

/** Latin words of English in a kk/ru/ky message: none but the names of formats and programs. */
function englishWords(message: string): string[] {
  return (message.match(/[A-Za-z]{3,}/g) ?? []).filter(
    (word) => !['DOCX', 'XML', 'CSV', 'UTF', 'Word', 'LibreOffice', 'Excel', 'docx', 'txt', 'XLIFF'].includes(word),
  );
}

describe("a file that cannot be checked is named in the UI language, without the library's English", () => {
  it.each(['kk', 'ru', 'ky'])('DOCX problems in %s', async (lang) => {
    const cases: [Uint8Array, string, number][] = [
      [strToU8('not a zip at all'), 'notDocx', 422],
      [zipSync({ 'other.xml': strToU8('<a/>') }), 'notDocx', 422],
      [docx(`<w:document xmlns:w="${main}"><w:body><w:p><w:r>broken`), 'brokenXml', 422],
      [docx(`<w:document xmlns:w="${main}"><w:body><w:p>${'<w:r>'.repeat(2000)}${'</w:r>'.repeat(2000)}</w:p></w:body></w:document>`), 'docxTooDeep', 422],
      [docx(`<w:document xmlns:w="${main}"></w:document>`), 'emptyFile', 422],
      [
        docx(`<w:document xmlns:w="${main}"/>`, Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`word/media/${index}.txt`, strToU8('x')]))),
        'tooManyEntries',
        413,
      ],
    ];
    for (const [bytes, code, status] of cases) {
      const { status: got, body } = await check(bytes, 'docx', lang);
      expect({ code: body.error.code, status: got }).toEqual({ code, status });
      expect(englishWords(body.error.message)).toEqual([]);
    }
  });

  it('names too many files in the archive as such, not as too much data', async () => {
    const many = docx(
      `<w:document xmlns:w="${main}"/>`,
      Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`word/media/${index}.txt`, strToU8('x')])),
    );
    const { body } = await check(many, 'docx', 'en');
    expect(body.error.message).toMatch(/too many files in its archive \(more than 2,000\)/);
  });

  it('reads a DOCX whose main namespace has another prefix', async () => {
    const { status } = await check(
      docx(`<x:document xmlns:x="${main}"><x:body><x:p><x:r><x:t>1. Жалпы ережелер</x:t></x:r></x:p></x:body></x:document>`),
      'docx',
      'kk',
    );
    expect(status).toBe(200);
  });

  it('says an empty text file has no text instead of checking it', async () => {
    for (const bytes of [new Uint8Array(0), strToU8('\n  \n')]) {
      const { status, body } = await check(bytes, 'txt', 'ru');
      expect(status).toBe(422);
      expect(body.error).toMatchObject({ code: 'emptyFile', message: 'В файле нет текста для проверки.' });
    }
  });

  it('answers an unknown form with 404 "no such form", in JSON and as a page', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/forms/x', headers: { 'accept-language': 'kk' } });
    expect(json.statusCode).toBe(404);
    expect(json.json().error).toMatchObject({ code: 'noSuchForm', message: '«x» нысаны жоқ.' });
    const page = await app.inject({ method: 'GET', url: '/api/forms/x', headers: { 'accept-language': 'ru', accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Формы «x» не существует.');
    expect(page.body).not.toMatch(/must be equal|allowed values/);
  });

  it("names a CSV with a misplaced quote by its line, without csv-parse's words", async () => {
    const reply = (
      await app.inject({
        method: 'POST',
        url: '/api/forms/kz-b-sheet-staff/parse',
        headers: { 'accept-language': 'kk' },
        payload: { text: 'date,year\n"a"b,1\n', format: 'csv' },
      })
    ).json();
    expect(reply.problems).toHaveLength(1);
    expect(reply.problems[0].message).toMatch(/^CSV файлының 2-жолын оқу мүмкін емес\./);
    expect(englishWords(reply.problems[0].message)).toEqual([]);
  });

  it("names a broken XLIFF by its line, without the XML parser's words", async () => {
    const broken =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="kk" trgLang="ru">\n<file id="cli">\n</file>\n</xliff>\ntext after the root\n';
    const form = new FormData();
    form.append('lang', 'ru');
    form.append('file', new Blob([broken]), 'broken.xliff');
    const response = await app.inject({ method: 'POST', url: '/api/locales/xliff', payload: form, headers: { 'accept-language': 'kk' } });
    expect(response.statusCode).toBe(422);
    const { messages } = response.json();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^import\.xliff оқылатын XLIFF файлы емес: оның XML құрылымы (\d+-жолда )?бұзылған/);
    expect(englishWords(messages[0].replace('import.xliff', ''))).toEqual([]);
  });

  it('follows the UI language the user chose in the app (its cookie) before Accept-Language, on error pages too', async () => {
    const texts = await app.inject({ method: 'GET', url: '/api/ui/ky' });
    expect(texts.headers['set-cookie']).toBe('qujat-ui-lang=ky; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly');
    expect(texts.headers['cache-control']).toBe('no-store');
    const page = await app.inject({
      method: 'GET',
      url: '/api/forms/x',
      headers: { 'accept-language': 'ru', accept: 'text/html', cookie: 'other=1; qujat-ui-lang=ky' },
    });
    expect(page.body).toContain('«x» формасы жок.');
    const json = await app.inject({ method: 'GET', url: '/api/forms/x', headers: { 'accept-language': 'ru', cookie: 'qujat-ui-lang=xx' } });
    expect(json.json().error.message).toBe('Формы «x» не существует.');
  });
});
