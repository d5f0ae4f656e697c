import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { fixturesDir } from '../helpers/example.js';
import { toMultipart } from '../helpers/web.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
  await check({ text: '1. Мәтін.' }); // the worker thread started once
}, 30_000);
afterAll(async () => {
  await app.close();
});

async function check(fields: Parameters<typeof toMultipart>[0], uiLang = 'en', target = app) {
  const response = await target.inject({ method: 'POST', url: '/api/regulation/check', payload: toMultipart(fields), headers: { 'accept-language': uiLang } });
  return { status: response.statusCode, body: response.json(), bytes: response.rawPayload.length };
}

const paragraph = (text: string) =>
  `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const docx = (xml: string) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }, { level: 9 });

/** A regulation of about `pages` pages (40 lines each): the shipped clean draft, then numbered points. */
function regulationLines(pages: number): string[] {
  const lines = readFileSync(join(fixturesDir, 'regulation', 'kz-ok.kk.md'), 'utf8').split('\n');
  for (let point = 7; lines.length < pages * 40; point += 1)
    lines.push(
      '',
      `${point}. Персоналды басқару қызметі мемлекеттік органның кадр саясатын іске асырады және заңнамаға сәйкес өзге де функцияларды жүзеге асырады.`,
    );
  return lines;
}

describe('regulation check: size limits, refused before parsing', () => {
  it("refuses a small DOCX that inflates to 22 MB of XML (the audit's 76 KB file took 27 s and 4 GB), and one huge paragraph", async () => {
    const bomb = docx(documentXml('<w:p><w:r><w:t>а</w:t></w:r></w:p>'.repeat(650_000)));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const refused = await check({ fileType: 'docx', file: { bytes: bomb, name: 'bomb.docx' } }, 'kk');
    expect(refused.status).toBe(413);
    expect(refused.body.error).toEqual({ code: 'tooManyLines', message: 'Құжатта тексеру үшін жолдар немесе абзацтар тым көп: ең көбі 20\u00a0000.' });

    const oneHugeParagraph = docx(documentXml(paragraph('а'.repeat(6 * 1024 * 1024))));
    const tooLarge = await check({ fileType: 'docx', file: { bytes: oneHugeParagraph, name: 'big.docx' } }, 'ru');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toEqual({
      code: 'docxTooLarge',
      message: 'Текстовая часть DOCX-файла (word/document.xml) при распаковке слишком велика для проверки: не более 10\u00a0МБ.',
    });
  }, 30_000);

  it("refuses an oversize .md (the audit's 10 MB one gave a 442 MB reply) and one of too many lines, with the limit in the UI language", async () => {
    const big = await check({ fileType: 'md', file: { bytes: Buffer.alloc(3 * 1024 * 1024, 'Мәтін. '), name: 'big.md' } }, 'ky');
    expect(big.status).toBe(413);
    expect(big.body.error).toEqual({ code: 'textTooLarge', message: 'Текст текшерүү үчүн өтө узун: эң көп 2\u00a0МБ. Жобону бөлүп текшериңиз.' });
    const long = await check({ fileType: 'txt', file: { bytes: Buffer.from('а\n'.repeat(30_000)), name: 'long.txt' } });
    expect(long.status).toBe(413);
    expect(long.body.error.code).toBe('tooManyLines');
  }, 30_000);

  it('checks pasted text up to the limit whole (the multipart field is no longer cut at 1 MB), and refuses a longer one', async () => {
    const lines = regulationLines(320);
    const text = lines.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(1.5 * 1024 * 1024);
    const whole = await check({ text, profile: 'kz' });
    expect(whole.status).toBe(200);
    expect(whole.body.lines.length).toBe(lines.length);
    expect(whole.body.lines.at(-1).text).toBe(lines.at(-1));
    const tooLong = await check({ text: `${text}\n${'а'.repeat(600_000)}`, profile: 'kz' }, 'kk');
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error).toEqual({ code: 'textTooLarge', message: 'Мәтін тексеру үшін тым ұзын: ең көбі 2\u00a0МБ. Ережені бөліп тексеріңіз.' });
  }, 30_000);

  it('returns at most 500 findings, the most severe, with the count of the others, and reports of the same', async () => {
    const warnings = Array.from({ length: 600 }, (_, index) => `${index + 1}. Персоналды басқару қызметі көөнө тәжірибені үйлестіреді.`);
    const errors = Array.from({ length: 10 }, () => '600. Персоналды басқару қызметі әрекет етеді.');
    const { status, body } = await check({ text: [...warnings, ...errors].join('\n'), profile: 'kz' });
    expect(status).toBe(200);
    expect(body.problems.length).toBe(500);
    expect(body.total).toBe(500 + body.omitted);
    expect(body.omitted).toBeGreaterThan(100);
    expect(body.problems.filter((problem: { severity: string }) => problem.severity === 'error').length).toBe(body.errors);
    expect(body.problems.some((problem: { place: { line: number } }) => problem.place.line === 610)).toBe(true);
    expect(JSON.parse(body.reports.sarif).runs[0].results.length).toBe(500);
  }, 30_000);
});

// How long a check takes, and that its cost grows in proportion to the text, is measured in `npm run bench`.
describe('regulation check: large documents', () => {
  it('checks a regulation of 50 pages whole, as DOCX and as text', async () => {
    const lines = regulationLines(50);
    const file = docx(
      documentXml(
        lines
          .filter(Boolean)
          .map((line) => paragraph(line.replace(/^#+\s*/, '')))
          .join(''),
      ),
    );
    for (const fields of [
      { fileType: 'docx', file: { bytes: file, name: 'a.docx' } },
      { fileType: 'md', file: { bytes: Buffer.from(lines.join('\n')), name: 'a.md' } },
    ] as const) {
      const { status, body } = await check(fields);
      expect(status).toBe(200);
      expect(body.lines.length).toBeGreaterThanOrEqual(1000); // 50 pages of 40 lines, the blank ones not counted in a DOCX
    }
  }, 30_000);

  it('runs off the event loop: the server answers other requests at once while a large DOCX is checked', async () => {
    const body = Array.from(
      { length: 15_000 },
      (_, index) => `<w:p>${Array.from({ length: 8 }, (__, run) => `<w:r><w:rPr><w:b/></w:rPr><w:t>${index}.${run} мәтін</w:t></w:r>`).join('')}</w:p>`,
    ).join('');
    const large = docx(documentXml(body));
    const finished: string[] = [];
    const checking = check({ fileType: 'docx', file: { bytes: large, name: 'large.docx' } }).then((result) => {
      finished.push('check');
      return result;
    });
    const forms = await app.inject({ url: '/api/forms' });
    finished.push('forms');
    const checked = await checking;
    expect(forms.statusCode).toBe(200);
    expect(checked.status).toBe(200);
    expect(checked.body.lines.length).toBe(15_000);
    // The other request was answered while the check was still running on its worker thread.
    expect(finished).toEqual(['forms', 'check']);
  }, 60_000);

  it('stops a check that runs past its time with a clear message, and keeps serving', async () => {
    const hurried = await createServer({ checkTimeout: 1 });
    try {
      const stopped = await check({ text: regulationLines(50).join('\n') }, 'en', hurried);
      expect(stopped.status).toBe(422);
      expect(stopped.body.error).toEqual({
        code: 'checkTimeout',
        message: 'The check took more than 1 s and was stopped: the document is too large or too complex.',
      });
      expect((await hurried.inject({ url: '/api/forms' })).statusCode).toBe(200);
    } finally {
      await hurried.close();
    }
  }, 30_000);
});
