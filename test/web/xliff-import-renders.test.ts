import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { importXliff } from '../../src/translation/index.js';
import { createServer } from '../../src/web/index.js';
import { loadExample } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { toMultipart } from '../helpers/web.js';

/**
 * A translation imported while the app runs is what the next preview and the next download print, without a restart
 * (the app's locale files are a copy: `localesDir`, which rendering uses as well as import and export).
 */
let dir: string;
let app: FastifyInstance;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
  cpSync(projectPaths.locales, dir, { recursive: true });
  app = await createServer({ localesDir: dir });
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const data = loadExample('kz-a-opinion');
const oldTitle = 'Отзыв о деятельности административного государственного служащего корпуса «А»';

async function previewText(): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/forms/kz-a-opinion/preview', payload: { data, langs: ['ru'], uiLang: 'en' } });
  expect(response.statusCode).toBe(200);
  return (response.json() as { pages: { html: string }[] }).pages[0]!.html;
}

async function pdfText(): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/forms/kz-a-opinion/render', payload: { data, lang: 'ru', format: 'pdf' } });
  expect(response.statusCode).toBe(200);
  return (await extractPdfText(response.rawPayload)).text.replace(/\s+/g, ' ');
}

/** The exported XLIFF with the Russian title of the opinion replaced. */
async function retitled(title: string): Promise<string> {
  const exported = (await app.inject({ url: '/api/locales/xliff/ru' })).body;
  const changed = exported.replace(/(<file id="kz-a-opinion">[\s\S]*?<unit id="title">[\s\S]*?<target>)[^<]*(<\/target>)/, `$1${title}$2`);
  expect(changed).not.toBe(exported);
  return changed;
}

describe('web app: an XLIFF import is used by the next preview and PDF', () => {
  it('after an import in the app: the new title in the preview and in the PDF, and the new interface text', async () => {
    expect(await previewText()).toContain(oldTitle);
    expect(await pdfText()).toContain(oldTitle);
    const newTitle = 'Отзыв о работе служащего корпуса «А» (новый перевод)';
    const xliff = (await retitled(newTitle)).replace(/(<unit id="app\.page\.forms">[\s\S]*?<target>)Формы(<\/target>)/, '$1Формы документов$2');
    const imported = await app.inject({
      method: 'POST',
      url: '/api/locales/xliff',
      payload: toMultipart({ lang: 'ru', confirm: 'yes', file: { bytes: Buffer.from(xliff), name: 'ru.xliff' } }),
    });
    expect(imported.json()).toEqual({ ok: true, lang: 'ru', changed: 2, written: 2 });
    const preview = await previewText();
    expect(preview).toContain(newTitle);
    expect(preview).not.toContain(oldTitle);
    const pdf = await pdfText();
    expect(pdf).toContain(newTitle);
    expect(pdf).not.toContain(oldTitle);
    expect((await app.inject({ url: '/api/ui/ru' })).json().texts.app.page.forms).toBe('Формы документов');
  });

  it("after `qujat locales import` into the app's locale files while it runs: the new title in the next preview and PDF", async () => {
    const newTitle = 'Отзыв о деятельности служащего (импорт из командной строки)';
    const file = join(dir, '..', `${dir.split('/').pop()}.ru.xliff`);
    writeFileSync(file, await retitled(newTitle));
    try {
      const result = await importXliff(file, 'ru', dir);
      expect(result).toMatchObject({ ok: true, changed: 1 });
    } finally {
      rmSync(file, { force: true });
    }
    expect(JSON.parse(readFileSync(join(dir, 'ru', 'kz-a-opinion.json'), 'utf8')).title).toBe(newTitle);
    expect(await previewText()).toContain(newTitle);
    expect(await pdfText()).toContain(newTitle);
  });

  it('the shipped locale files are untouched, and a server on them still prints the shipped title', async () => {
    expect(JSON.parse(readFileSync(join(projectPaths.locales, 'ru', 'kz-a-opinion.json'), 'utf8')).title).toBe(oldTitle);
    const shipped = await createServer();
    try {
      const response = await shipped.inject({ method: 'POST', url: '/api/forms/kz-a-opinion/preview', payload: { data, langs: ['ru'], uiLang: 'en' } });
      expect((response.json() as { pages: { html: string }[] }).pages[0]!.html).toContain(oldTitle);
    } finally {
      await shipped.close();
    }
  });
});
