import { readFileSync } from 'node:fs';

import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { toMultipart } from '../helpers/web.js';
import { changesBy, commentsBy, documentXml } from '../regulation/review/review-xml.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/regulation/review/${name}`, import.meta.url));

async function review(payload: FormData | Record<string, string>, uiLang: string) {
  const response = await app.inject({ method: 'POST', url: '/api/regulation/review', payload: payload as never, headers: { 'accept-language': uiLang } });
  return response;
}

describe('web server: the reviewed DOCX of a draft', () => {
  it('hands back an uploaded DOCX with every finding as a comment in the UI language and the certain fixes as tracked changes', async () => {
    const form = toMultipart({ fileType: 'docx', profile: 'kz', date: '2026-01-15', file: { bytes: fixture('word-like.docx'), name: 'draft.docx' } });
    const check = (
      await app.inject({
        method: 'POST',
        url: '/api/regulation/check',
        payload: toMultipart({ fileType: 'docx', profile: 'kz', date: '2026-01-15', file: { bytes: fixture('word-like.docx'), name: 'draft.docx' } }),
        headers: { 'accept-language': 'kk' },
      })
    ).json();
    const response = await review(form, 'kk');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe('attachment; filename="draft.reviewed.docx"');
    const comments = commentsBy(response.rawPayload, 'qujat');
    expect(comments.map((comment) => comment.paragraphs[1])).toEqual(check.problems.map((problem: { message: string }) => problem.message));
    expect(comments[0]!.paragraphs[0]).toBe('Ескірген атау · қате');
    expect(changesBy(documentXml(response.rawPayload), 'qujat').map((change) => change.text)).toEqual([
      'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің',
      'Мемлекеттік қызмет істері агенттігінің',
      'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі',
      'Мемлекеттік қызмет істері агенттігі',
      'бiлiм',
      'білім',
    ]);
  });

  it('makes a DOCX of pasted text', async () => {
    const payload = { text: readFileSync(new URL('../fixtures/regulation/review/draft.kk.md', import.meta.url), 'utf8'), profile: 'kz', date: '2026-01-15' };
    const check = (await app.inject({ method: 'POST', url: '/api/regulation/check', payload, headers: { 'accept-language': 'ru' } })).json();
    const response = await review(payload, 'ru');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="pasted.reviewed.docx"');
    // Every finding, the blank of «1) ____________;» among them.
    const comments = commentsBy(response.rawPayload, 'qujat');
    expect(comments).toHaveLength(9);
    expect(comments.map((comment) => comment.paragraphs[1])).toEqual(check.problems.map((problem: { message: string }) => problem.message));
    expect(check.problems.map((problem: { ruleId: string }) => problem.ruleId)).toContain('placeholder');
  });

  it('refuses what the check refuses, with the same message', async () => {
    const broken = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document') });
    const response = await review(toMultipart({ fileType: 'docx', profile: 'kz', file: { bytes: broken, name: 'draft.docx' } }), 'en');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('brokenXml');
    expect((await review({ text: '  ', profile: 'kz' }, 'en')).json().error.code).toBe('noText');
  });
});
