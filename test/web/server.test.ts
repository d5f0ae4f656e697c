import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { createServer } from '../../src/web/index.js';
import { fixturesDir, loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { toMultipart } from '../helpers/web.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

async function checkUpload(target: FastifyInstance, fields: Parameters<typeof toMultipart>[0], uiLang = 'en') {
  const response = await target.inject({ method: 'POST', url: '/api/regulation/check', payload: toMultipart(fields), headers: { 'accept-language': uiLang } });
  return { status: response.statusCode, body: response.json() };
}

/** A minimal DOCX: the given document.xml in a zip. */
function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'word/document.xml': strToU8(documentXml), ...extra });
}

const paragraphs = (lines: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;

describe('web server: headers, schemas, limits', () => {
  it('sets a strict Content-Security-Policy and nosniff on every reply, errors included', async () => {
    for (const url of ['/', '/assets/app.js', '/api/forms', '/no-such-page']) {
      const response = await app.inject({ url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const page = (await app.inject({ url: '/' })).body;
    expect(page).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(page).not.toMatch(/<script>|style=/);
  });

  it('serves the bundled client and the Tinos fonts, and never a path taken from the request', async () => {
    const script = await app.inject({ url: '/assets/app.js' });
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('/api/forms');
    const font = await app.inject({ url: '/assets/fonts/tinos-regular.ttf' });
    expect(font.statusCode).toBe(200);
    expect(font.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    for (const url of ['/assets/fonts/..%2F..%2F..%2Fpackage.json', '/assets/fonts/%2Fetc%2Fpasswd', '/assets/../package.json', '/api/forms/..%2Fpackage']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('"name": "qujat"');
    }
  });

  it('checks every body against a schema and answers in the UI language', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { uiLang: 'ru' } });
    expect(missing.statusCode).toBe(400);
    // The validator's English stays out of the message: it goes along as `detail`, for developers.
    expect(missing.json().error).toMatchObject({ code: 'badRequest', message: 'Запрос недействителен. Обновите страницу и повторите попытку.' });
    expect(missing.json().error.detail).toMatch(/data/);
    const unknownForm = await app.inject({ method: 'POST', url: '/api/forms/no-such-form/check', payload: { data: {} } });
    expect(unknownForm.statusCode).toBe(404);
    expect(unknownForm.json().error.code).toBe('noSuchForm');
    const extra = await app.inject({
      method: 'POST',
      url: '/api/forms/kz-a-evaluation-sheet/render',
      payload: { data: {}, lang: 'kk', format: 'pdf', path: '/etc/passwd' },
    });
    expect(extra.statusCode).toBe(400);
    const badFormat = await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/render', payload: { data: {}, lang: 'kk', format: 'exe' } });
    expect(badFormat.statusCode).toBe(400);
  });

  it("refuses a body or an upload over the limit with a clear message (sizes in the UI language's units), and keeps serving", async () => {
    const small = await createServer({ bodyLimit: 10_000, uploadLimit: 20_000 });
    try {
      const big = await small.inject({
        method: 'POST',
        url: '/api/forms/kz-a-evaluation-sheet/check',
        payload: { data: { note: 'x'.repeat(20_000) } },
        headers: { 'accept-language': 'kk' },
      });
      expect(big.statusCode).toBe(413);
      expect(big.json().error).toEqual({ code: 'tooLarge', message: 'Файл немесе деректер тым үлкен: ең көбі 9,8\u00a0КБ.' });
      const bigFile = await checkUpload(small, { fileType: 'txt', file: { bytes: new Uint8Array(30_000).fill(65), name: 'draft.txt' } }, 'ky');
      expect(bigFile.status).toBe(413);
      expect(bigFile.body.error).toEqual({ code: 'tooLarge', message: 'Файл же маалыматтар өтө чоң: эң көп 20\u00a0КБ.' });
      expect((await small.inject({ url: '/api/forms' })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
    const json = await app.inject({
      method: 'POST',
      url: '/api/forms/kz-a-evaluation-sheet/check',
      payload: { data: { note: 'x'.repeat(3 * 1024 * 1024) } },
      headers: { 'accept-language': 'ru' },
    });
    expect(json.json().error.message).toBe('Файл или данные слишком велики: не более 2\u00a0МБ.');
  });

  it('says "one file at a time" for two files in one upload, not "too large"', async () => {
    const form = toMultipart({ fileType: 'txt', file: { bytes: Buffer.from('1. Мәтін.'), name: 'a.txt' } });
    form.append('file', new Blob([Buffer.from('2. Мәтін.')]), 'b.txt');
    for (const url of ['/api/regulation/check', '/api/locales/xliff']) {
      const response = await app.inject({ method: 'POST', url, payload: form, headers: { 'accept-language': 'en' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toEqual({ code: 'tooManyFiles', message: 'Send one file at a time.' });
    }
  });
});

describe('web server: forms', () => {
  it('live check: problems with JSON pointers in the UI language, derived values when valid', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    const valid = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data, uiLang: 'kk' } })).json();
    expect(valid.valid).toBe(true);
    expect(valid.computed.finalScore).toBe(4.59);
    expect(valid.computed.rating).toBe('effective');
    data.kpis[2].score = 4.9;
    const kk = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data, uiLang: 'kk' } })).json();
    const ru = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data, uiLang: 'ru' } })).json();
    expect(kk.valid).toBe(false);
    expect(kk.problems[0].place.pointer).toBe('/kpis/2/score');
    expect(ru.problems[0].place.pointer).toBe('/kpis/2/score');
    expect(kk.problems[0].message).not.toBe(ru.problems[0].message);
    expect(ru.problems[0].message).toMatch(/[а-я]/);
  });

  it("computes what does not depend on an error: the final score with the evaluator's name empty, the allowed range with the score out of it", async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    delete data.evaluator.fullName; // as the form leaves it when the field is emptied
    const nameless = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data, uiLang: 'en' } })).json();
    expect(nameless.valid).toBe(false);
    expect(nameless.problems.map((problem: { place: { pointer: string } }) => problem.place.pointer)).toEqual(['/evaluator/fullName']);
    expect(nameless.partial).toBe(true);
    expect(nameless.computed).toMatchObject({ finalScore: 4.59, rating: 'effective', eligible: true });

    data.kpis[4].score = 4.2;
    const outOfRange = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data, uiLang: 'en' } })).json();
    // The module's own error is found although a field is missing, and the values it would skew are not given.
    expect(outOfRange.problems.map((problem: { ruleId: string }) => problem.ruleId)).toEqual(['required', 'kpi-score-out-of-range']);
    expect(outOfRange.computed.kpis[4]).toEqual({ achievementPercent: 75, allowedRange: [3.75, 3.99], score: null });
    expect(outOfRange.computed.kpis[0].score).toBe(4.75);
    expect(outOfRange.computed.finalScore).toBeNull();
    expect(outOfRange.computed.rating).toBeNull();

    const notAnObject = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/check', payload: { data: [1, 2] } })).json();
    expect(notAnObject).toMatchObject({ valid: false, computed: null });
  });

  it('loads the record asked for from a CSV of several, and names them all to choose from', async () => {
    const text = readFileSync(join(fixturesDir, 'kz-b-sheet-staff', 'unit-quarter.csv'), 'utf8');
    const first = (await app.inject({ method: 'POST', url: '/api/forms/kz-b-sheet-staff/parse', payload: { text, format: 'csv' } })).json();
    expect(first.data.person.fullName).toBe('Серікбаев Нұрлан Айдарұлы');
    expect(first.records).toEqual({
      count: 4,
      index: 0,
      labels: [
        'Серікбаев Нұрлан Айдарұлы, Бас сарапшы',
        'Қасымова Әйгерім Ерланқызы, Жетекші сарапшы',
        'Төлеуов Арман Маратұлы, Сарапшы',
        'Нұрланова Самал, Сарапшы',
      ],
    });
    const third = (await app.inject({ method: 'POST', url: '/api/forms/kz-b-sheet-staff/parse', payload: { text, format: 'csv', record: 2 } })).json();
    expect(third.data.person.fullName).toBe('Төлеуов Арман Маратұлы');
    expect(third.records.index).toBe(2);
    const array = JSON.stringify([
      loadExample('kz-a-evaluation-sheet'),
      { ...loadExample('kz-a-evaluation-sheet'), person: { fullName: 'Екінші', position: 'Сарапшы' } },
    ]);
    const second = (
      await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/parse', payload: { text: array, format: 'json', record: 1 } })
    ).json();
    expect(second.data.person.fullName).toBe('Екінші');
    expect(second.records.count).toBe(2);
    const single = (
      await app.inject({
        method: 'POST',
        url: '/api/forms/kz-a-evaluation-sheet/parse',
        payload: { text: JSON.stringify(loadExample('kz-a-evaluation-sheet')), format: 'json' },
      })
    ).json();
    expect(single.records).toBeUndefined();
  });

  it('renders the PDF and DOCX as downloads, and refuses invalid data with its problems', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    const pdf = await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/render', payload: { data, lang: 'ru', format: 'pdf' } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="kz-a-evaluation-sheet.ru.pdf"');
    const { text } = await extractPdfText(new Uint8Array(pdf.rawPayload));
    expect(text).toContain(data.person.fullName);
    expect(text).toContain('4,59');
    const docx = await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/render', payload: { data, lang: 'kk', format: 'docx' } });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    delete data.evaluator;
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/forms/kz-a-evaluation-sheet/render',
      payload: { data, lang: 'kk', format: 'pdf', uiLang: 'en' },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().problems[0].place.pointer).toBe('/evaluator');
  });

  it('previews as HTML from the same layout, with the data as text, never as markup', async () => {
    const data = loadExample('kz-a-evaluation-sheet');
    data.person.fullName = '<img src=x onerror=alert(1)> "Ахмет" & Co';
    const result = (await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/preview', payload: { data, langs: ['kk', 'ru'] } })).json();
    expect(result.pages.map((page: { lang: string }) => page.lang)).toEqual(['kk', 'ru']);
    const html: string = result.pages[0].html;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Ахмет&quot; &amp; Co');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script|style=/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/document.css">');
    expect(html).toContain('Бағалау парағы');
    expect(result.pages[1].html).toContain('Оценочный лист');
  });

  it('reads a YAML data file, and reports its syntax error with line and column', async () => {
    const ok = (
      await app.inject({
        method: 'POST',
        url: '/api/forms/kz-a-evaluation-sheet/parse',
        payload: { text: 'date: 2026-01-15\nperson:\n  fullName: Ә\n', format: 'yaml' },
      })
    ).json();
    expect(ok.data.person.fullName).toBe('Ә');
    const bad = (
      await app.inject({ method: 'POST', url: '/api/forms/kz-a-evaluation-sheet/parse', payload: { text: '{"date": ', format: 'json', uiLang: 'en' } })
    ).json();
    expect(bad.data).toBeUndefined();
    expect(bad.problems[0].place.line).toBe(1);
  });
});

describe('web server: regulation check uploads', () => {
  it('finds the missing section of an uploaded draft, detects the profile, and gives JSON and SARIF reports', async () => {
    const bytes = readFileSync(join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
    const { status, body } = await checkUpload(app, { fileType: 'md', profile: 'auto', file: { bytes, name: 'whatever/../../etc/passwd' } });
    expect(status).toBe(200);
    expect(body.profile).toBe('kz');
    expect(body.lang).toBe('kk');
    const expected = JSON.parse(readFileSync(join(fixturesDir, 'regulation', 'kz-defects.kk.expected.json'), 'utf8')) as {
      ruleId: string;
      place: { line: number };
    }[];
    expect(body.problems.map((problem: { ruleId: string; place: { line: number } }) => [problem.ruleId, problem.place.line])).toEqual(
      expected.map((problem) => [problem.ruleId, problem.place.line]),
    );
    expect(body.problems[0].place.file).toBe('draft.md');
    expect(JSON.parse(body.reports.sarif).runs[0].results.length).toBe(expected.length);
  });

  it('checks pasted text too', async () => {
    const text = readFileSync(join(fixturesDir, 'regulation', 'kg-defects.ky.txt'), 'utf8');
    const response = await app.inject({ method: 'POST', url: '/api/regulation/check', payload: { text, profile: 'auto' } });
    expect(response.json().profile).toBe('kg');
    expect(response.json().problems.some((problem: { ruleId: string }) => problem.ruleId === 'section-missing')).toBe(true);
  });

  it('reads a DOCX upload', async () => {
    const { status, body } = await checkUpload(app, {
      fileType: 'docx',
      profile: 'kz',
      file: { bytes: docx(paragraphs(['1. Жалпы ережелер', '1. Мәтін.'])), name: 'a.docx' },
    });
    expect(status).toBe(200);
    expect(body.lines[0].text).toBe('1. Жалпы ережелер');
  });

  it('gives a clear message for a renamed binary, a zip bomb, broken XML and a non-UTF-8 text, and keeps serving', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);
    const renamed = await checkUpload(app, { fileType: 'docx', file: { bytes: png, name: 'draft.docx' } }, 'ru');
    expect(renamed).toMatchObject({ status: 422, body: { error: { code: 'notDocx' } } });
    expect(renamed.body.error.message).toMatch(/^Файл не является документом DOCX\. Откройте его в Word или LibreOffice/);

    const truncatedZip = docx(paragraphs(['a'])).subarray(0, 60);
    expect((await checkUpload(app, { fileType: 'docx', file: { bytes: truncatedZip, name: 'x.docx' } })).body.error.code).toBe('notDocx');

    const bomb = zipSync({ 'word/document.xml': new Uint8Array(101 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const bombed = await checkUpload(app, { fileType: 'docx', file: { bytes: bomb, name: 'bomb.docx' } }, 'kk');
    expect(bombed).toMatchObject({ status: 413, body: { error: { code: 'docxTooLarge' } } });
    const pictures = zipSync({ 'word/document.xml': strToU8(paragraphs(['a'])), 'word/media/image1.png': new Uint8Array(101 * 1024 * 1024) }, { level: 9 });
    expect(await checkUpload(app, { fileType: 'docx', file: { bytes: pictures, name: 'bomb.docx' } })).toMatchObject({
      status: 413,
      body: { error: { code: 'zipBomb' } },
    });

    const broken = await checkUpload(app, { fileType: 'docx', file: { bytes: docx('<w:document><w:body><w:p>unclosed</w:body>'), name: 'broken.docx' } }, 'en');
    expect(broken).toMatchObject({ status: 422, body: { error: { code: 'brokenXml' } } });
    expect(broken.body.error.message).toMatch(/^The DOCX file is damaged: its text cannot be read\. Open it in Word or LibreOffice/);
    expect(broken.body.error.detail).toMatch(/^word\/document\.xml: /);

    const latin1 = await checkUpload(app, { fileType: 'txt', file: { bytes: readFileSync(join(fixturesDir, 'regulation', 'not-utf8.txt')), name: 'x.txt' } });
    expect(latin1).toMatchObject({ status: 422, body: { error: { code: 'notUtf8' } } });

    expect((await checkUpload(app, { fileType: 'txt' })).body.error.code).toBe('noText');
    expect((await app.inject({ url: '/api/forms' })).statusCode).toBe(200);
  }, 30_000);
});

describe('web server: translations', () => {
  it('reports coverage per namespace and language (the web namespace included) with the locale problems', async () => {
    const report = (await app.inject({ url: '/api/locales/report?uiLang=en' })).json();
    const web = report.coverage.filter((row: { namespace: string }) => row.namespace === 'web');
    expect(web.map((row: { lang: string }) => row.lang).sort()).toEqual(['en', 'kk', 'ky', 'ru']);
    expect(web.every((row: { percent: number }) => row.percent === 100)).toBe(true);
    expect(report.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual([]);
  });

  it('exports XLIFF and imports it back into the locale files it was configured with, from an upload, after a confirmation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
    cpSync(projectPaths.locales, dir, { recursive: true });
    const copy = await createServer({ localesDir: dir });
    try {
      const exported = await copy.inject({ url: '/api/locales/xliff/ru' });
      expect(exported.headers['content-disposition']).toBe('attachment; filename="qujat.ru.xliff"');
      const changed = exported.body.replace(/(<target>)Формы(<\/target>)/, '$1Формы документов$2');
      expect(changed).not.toBe(exported.body);
      const before = readFileSync(join(dir, 'ru', 'web.json'), 'utf8');
      const preview = await copy.inject({
        method: 'POST',
        url: '/api/locales/xliff',
        payload: toMultipart({ lang: 'ru', file: { bytes: Buffer.from(changed), name: '/etc/passwd' } }),
      });
      expect(preview.json()).toEqual({
        ok: true,
        dryRun: true,
        lang: 'ru',
        changed: 1,
        changes: [{ file: 'ru/web.json', key: 'app.page.forms', before: 'Формы', after: 'Формы документов' }],
      });
      expect(readFileSync(join(dir, 'ru', 'web.json'), 'utf8')).toBe(before);
      const imported = await copy.inject({
        method: 'POST',
        url: '/api/locales/xliff',
        payload: toMultipart({ lang: 'ru', confirm: 'yes', file: { bytes: Buffer.from(changed), name: '/etc/passwd' } }),
      });
      expect(imported.json()).toEqual({ ok: true, lang: 'ru', changed: 1, written: 1 });
      expect(JSON.parse(readFileSync(join(dir, 'ru', 'web.json'), 'utf8')).app.page.forms).toBe('Формы документов');
      const refused = await copy.inject({
        method: 'POST',
        url: '/api/locales/xliff',
        payload: toMultipart({ lang: 'ky', file: { bytes: Buffer.from(changed), name: 'x.xliff' } }),
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().ok).toBe(false);
    } finally {
      await copy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
