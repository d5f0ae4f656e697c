import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createServer } from '../../src/web/index.js';
import { affectedForms, dates, exampleOn } from './affected-forms.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createServer();
});
afterAll(async () => {
  await app.close();
});

type Problem = { ruleId: string; severity: string; message: string; expected?: string; place: { pointer?: string } };
const editionWarnings = (problems: Problem[]) => problems.filter((problem) => problem.ruleId === 'edition-outdated');

describe('web app: the edition warning in the replies the page shows beside the preview', () => {
  it.each(Object.keys(affectedForms))(
    '%s: check and preview say it on 11.07.2026 and after, in the interface language; not on 10.07.2026',
    async (formId) => {
      for (const [date, warned] of [
        [dates.before, false],
        [dates.on, true],
        [dates.after, true],
      ] as const) {
        const data = exampleOn(formId, date);
        const check = await app.inject({ method: 'POST', url: `/api/forms/${formId}/check`, payload: { data, uiLang: 'ky' } });
        expect(check.statusCode).toBe(200);
        const checked = check.json() as { valid: boolean; problems: Problem[] };
        expect(checked.valid).toBe(true);
        const preview = await app.inject({ method: 'POST', url: `/api/forms/${formId}/preview`, payload: { data, langs: ['ru'], uiLang: 'ky' } });
        expect(preview.statusCode).toBe(200);
        const previewed = preview.json() as { pages: unknown[]; problems: Problem[] };
        expect(previewed.pages).toHaveLength(1);
        for (const problems of [checked.problems, previewed.problems]) {
          const warnings = editionWarnings(problems);
          expect([date, warnings.length]).toEqual([date, warned ? 1 : 0]);
          if (!warned) continue;
          expect(warnings[0]).toMatchObject({ severity: 'warning', place: { pointer: '/date' } });
          expect(warnings[0]!.message).toMatch(
            /^11\.07\.2026 баштап күчүнө кирген Казакстан Республикасынын Мамлекеттик кызмат иштери агенттигинин Төрагасынын 2026-жылдын 31-мартындагы № 52 буйругу .+ өзгөртөт; /,
          );
          expect(warnings[0]!.message).toContain(
            `${date.split('-').reverse().join('.')} күнкү бул документ бул өзгөртүүлөр киргизиле элек 28.07.2025 редакциясында түзүлөт`,
          );
        }
      }
    },
    60_000,
  );

  it('the PDF of a document after 11.07.2026 is still given (the warning does not block it)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/kz-b-sheet-staff/render',
      payload: { data: exampleOn('kz-b-sheet-staff', dates.after), lang: 'kk', format: 'pdf', uiLang: 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
  }, 60_000);
});
