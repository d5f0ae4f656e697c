// Fuzz: the web app's upload routes (a draft regulation to check or to review, a data file to load, an XLIFF to import): every
// reply is JSON with a status below 500 and, for a refusal, a code and a message; the locale files change only
// when an import is confirmed and succeeds.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { loadForm } from '../../src/forms/index.js';
import { createServer } from '../../src/web/index.js';
import { loadExample } from '../helpers/example.js';
import { toMultipart } from '../helpers/web.js';
import { draftFile } from './arbitraries/drafts.js';
import { dataFileOf } from './arbitraries/form-data.js';
import { oddString } from './arbitraries/odd-strings.js';
import { fuzzParameters, fuzzTimeout, printFigures, runCase } from './fuzz-settings.js';

const locales = mkdtempSync(join(tmpdir(), 'qujat-fuzz-web-locales-'));
cpSync(projectPaths.locales, locales, { recursive: true });
const localeTexts = () =>
  readdirSync(join(locales, 'ru'))
    .map((name) => readFileSync(join(locales, 'ru', name), 'utf8'))
    .join('\n');
let app: FastifyInstance;
let before = '';
beforeAll(async () => {
  app = await createServer({ localesDir: locales });
  before = localeTexts();
}, 60_000);
afterAll(async () => {
  await app.close();
  rmSync(locales, { recursive: true, force: true });
  printFigures();
});

function expectClearReply(response: { statusCode: number; json(): any }): void {
  expect(response.statusCode).toBeLessThan(500);
  if (response.statusCode >= 400) {
    // A refusal is `{ error: { code, message } }`, or an import's `{ ok: false, messages }` (each refusal's place and reason).
    const body = response.json();
    const messages: string[] = body.error ? [body.error.message] : body.messages;
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.length).toBeGreaterThan(0);
  }
}

describe('web app uploads', () => {
  it(
    'POST /api/regulation/check answers every draft with findings or a clear refusal',
    async () => {
      await fc.assert(
        fc.asyncProperty(draftFile, async ({ extension, bytes }) => {
          const payload = toMultipart({ fileType: extension.slice(1), file: { bytes, name: `draft${extension}` } });
          const response = await runCase('web regulation check', () =>
            app.inject({ method: 'POST', url: '/api/regulation/check', payload, headers: { 'accept-language': 'kk' } }),
          );
          expectClearReply(response);
        }),
        fuzzParameters(20),
      );
    },
    fuzzTimeout,
  );

  it(
    'POST /api/regulation/review answers every draft with a reviewed DOCX or a clear refusal',
    async () => {
      await fc.assert(
        fc.asyncProperty(draftFile, async ({ extension, bytes }) => {
          const payload = toMultipart({ fileType: extension.slice(1), file: { bytes, name: `draft${extension}` } });
          const response = await runCase('web regulation review', () =>
            app.inject({ method: 'POST', url: '/api/regulation/review', payload, headers: { 'accept-language': 'ru' } }),
          );
          expectClearReply(response);
          if (response.statusCode === 200) expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
        }),
        fuzzParameters(10),
      );
    },
    fuzzTimeout,
  );

  const formId = 'kz-a-evaluation-sheet';
  it(
    'POST /api/forms/:id/parse answers every data file with data or its problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(dataFileOf(loadForm(formId)!.schema, loadExample(formId)), async ({ text, format }) => {
          const response = await runCase('web parse', () =>
            app.inject({ method: 'POST', url: `/api/forms/${formId}/parse`, payload: { text, format, uiLang: 'ru' } }),
          );
          expectClearReply(response);
        }),
        fuzzParameters(20),
      );
    },
    fuzzTimeout,
  );

  it(
    'POST /api/locales/xliff refuses what is not a whole, current XLIFF and changes no locale file',
    async () => {
      const xliff = fc.oneof(
        oddString,
        fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
        fc
          .integer({ min: 1, max: 900 })
          .map((depth) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="kk" trgLang="ru">${'<file id="x">'.repeat(depth)}`),
      );
      await fc.assert(
        fc.asyncProperty(xliff, async (text) => {
          const payload = toMultipart({ lang: 'ru', confirm: 'yes', file: { bytes: Buffer.from(text), name: 'ru.xlf' } });
          const response = await runCase('web XLIFF import', () => app.inject({ method: 'POST', url: '/api/locales/xliff', payload }));
          expectClearReply(response);
          expect(localeTexts()).toBe(before);
        }),
        fuzzParameters(20),
      );
    },
    fuzzTimeout,
  );
});
