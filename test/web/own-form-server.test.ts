import { readFileSync } from 'node:fs';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { fixturesDir } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';

/** The web app with a folder of one's own forms (`project`): listed, previewed and rendered on its worker threads. */
const root = `${fixturesDir}own-form`;
const data = JSON.parse(readFileSync(`${root}/schemas/examples/staff-note.json`, 'utf8'));
let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer({ project: { roots: [root] } });
});
afterAll(async () => {
  await app?.close();
});

describe("web app: forms of one's own folder beside the shipped ones", () => {
  it('lists the form with its title, and gives its schema with its labels and its example', async () => {
    const forms = (await app.inject({ url: '/api/forms?uiLang=ky' })).json() as { id: string; title: string }[];
    expect(forms.find((form) => form.id === 'staff-note')?.title).toBe('Кезмектик жөнүндө маалымкат');
    expect(forms.some((form) => form.id === 'kz-a-evaluation-sheet')).toBe(true);
    const form = (await app.inject({ url: '/api/forms/staff-note' })).json();
    expect(form.example).toEqual(data);
    expect(form.schema['x-qujat'].texts.ru.fields['person:position']).toBe('Должность');
  });

  it("checks, previews and renders it on the work pool's threads", async () => {
    const check = await app.inject({
      method: 'POST',
      url: '/api/forms/staff-note/check',
      payload: { data: { ...data, period: { from: '2026-02-27', to: '2026-01-05' } }, uiLang: 'en' },
    });
    expect((check.json() as { problems: { ruleId: string }[] }).problems.map((problem) => problem.ruleId)).toEqual(['period-order']);
    const preview = await app.inject({ method: 'POST', url: '/api/forms/staff-note/preview', payload: { data, langs: ['kk'], uiLang: 'en' } });
    expect((preview.json() as { pages: { html: string }[] }).pages[0]!.html).toContain('Кезекшілік туралы анықтама');
    const pdf = await app.inject({ method: 'POST', url: '/api/forms/staff-note/render', payload: { data, lang: 'ru', format: 'pdf' } });
    expect(pdf.statusCode).toBe(200);
    expect((await extractPdfText(pdf.rawPayload)).text).toContain('Справка о дежурстве');
  });
});
