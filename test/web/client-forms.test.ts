import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { showForm, useBrowserSession } from '../helpers/web.js';

const timeout = 60_000;
const session = useBrowserSession(timeout);

type Checked = Page & { errors: string[] };

async function openForm(form: string, uiLang: string): Promise<Checked> {
  const page = (await session.context.newPage()) as Checked;
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await showForm(page, session.address, form, uiLang);
  return page;
}

function stored(page: Page, form: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`) ?? '{}'), form);
}

describe('forms page: maps, wrong shapes, decimal comma', () => {
  it(
    "edits a map of values (the Concept report's actual values by indicator and year): add, fill, remove",
    async () => {
      const form = 'kz-concept-indicators-report';
      const page = await openForm(form, 'kk');
      await page.click('#load-example');
      const indicator = page.locator('[data-pointer="/actual/service-satisfaction"]');
      await indicator.waitFor();
      // Named by the form's texts, not by its code.
      expect(await indicator.locator(':scope > legend').textContent()).toBe('Қызмет алушылардың клиентке бағдарлануға қанағаттануы');
      expect(await page.inputValue('[data-control="/actual/service-satisfaction/2024"]')).toBe('71,4');

      // A year is added to an indicator and filled in; it reaches the data.
      await page.selectOption('[data-map-key="/actual/service-satisfaction"]', '2026');
      await indicator.locator(':scope > .map-add > .add-entry').click();
      await page.fill('[data-control="/actual/service-satisfaction/2026"]', '72,5');
      await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).actual['service-satisfaction']['2026'] === 72.5, form);
      // Cleared, the year stays as «no data» (null), until it is removed.
      await page.fill('[data-control="/actual/service-satisfaction/2025"]', '');
      await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).actual['service-satisfaction']['2025'] === null, form);

      // An indicator removed and added again, its value validated (below its minimum).
      await page.click('[data-pointer="/actual"] > .map-entry[data-pointer="/actual/pay-satisfaction"] > .remove-entry');
      await page.waitForFunction((id) => !('pay-satisfaction' in JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).actual), form);
      await page.selectOption('[data-map-key="/actual"]', 'pay-satisfaction');
      await page.click('[data-pointer="/actual"] > .map-add > .add-entry');
      await page.selectOption('[data-map-key="/actual/pay-satisfaction"]', '2025');
      await page.click('[data-pointer="/actual/pay-satisfaction"] > .map-add > .add-entry');
      await page.fill('[data-control="/actual/pay-satisfaction/2025"]', '-3');
      await page.locator('[data-pointer="/actual/pay-satisfaction/2025"] > .field-problems .problem').waitFor();
      await page.fill('[data-control="/actual/pay-satisfaction/2025"]', '55');
      await page.locator('[data-pointer="/actual/pay-satisfaction/2025"] > .field-problems .problem').waitFor({ state: 'detached' });
      expect(((await stored(page, form)) as { actual: Record<string, Record<string, number>> }).actual['pay-satisfaction']).toEqual({ '2025': 55 });
      expect(page.errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    "edits the survey summary's formula (question → favourable answers) as a map of lists",
    async () => {
      const form = 'kz-a-survey-summary';
      const page = await openForm(form, 'ru');
      await page.click('#load-example');
      const formula = page.locator('[data-pointer="/summary/satisfaction/formula"]');
      await formula.locator('.map-entry').first().waitFor();
      expect(await page.locator('textarea.json').count()).toBe(0);
      // Its keys are the questions' ids: named and chosen as the questions are, never typed.
      expect(await formula.locator('.map-entry[data-pointer="/summary/satisfaction/formula/q1"] > label').textContent()).toBe('Вопрос 1');
      expect(await page.locator('[data-map-key="/summary/satisfaction/formula"] option').allTextContents()).toEqual(['Вопрос 12', 'Вопрос 13', 'Вопрос 14']);
      await page.selectOption('[data-map-key="/summary/satisfaction/formula"]', 'q14');
      await formula.locator(':scope > .map-add > .add-entry').click();
      await page.locator('[data-pointer="/summary/satisfaction/formula/q14"] .add-value').click();
      await page.fill('[data-control="/summary/satisfaction/formula/q14/0"]', 'yes');
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('qujat.data.kz-a-survey-summary')!).summary.satisfaction.formula.q14?.[0] === 'yes');
      expect(page.errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    'loads a file whose values have the wrong shape: empty editors and the validation errors, no script error',
    async () => {
      const form = 'kz-a-evaluation-sheet';
      const page = await openForm(form, 'ky');
      await page.click('#load-example');
      await page.locator('[data-pointer="/kpis/4"]').waitFor();
      const example = await stored(page, form);
      const wrong = { ...example, kpis: { first: 1 }, absences: 'none', person: 'Асанов' };
      await page.setInputFiles('#load-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
      await page.locator('[data-pointer="/kpis"] > .field-problems .problem').waitFor();
      expect(await page.locator('[data-pointer="/kpis"] > .row').count()).toBe(0);
      await page.locator('[data-pointer="/person"] > .field-problems .problem').waitFor();
      expect((await stored(page, form)).absences).toBe('none');
      // Typing into a field of the group that was a text makes it a group again.
      await page.fill('[data-control="/person/fullName"]', 'Асанов Бакыт');
      await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).person?.fullName === 'Асанов Бакыт', form);
      // Rows can be added to the list that was an object.
      await page.click('[data-pointer="/kpis"] > .add-row');
      await page.locator('[data-pointer="/kpis/0"]').waitFor();
      // A reload with the stored wrong shapes builds the form too.
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      await page.locator('[data-pointer="/absences"]').waitFor();
      expect(page.errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    "reads a decimal comma and point in numbers and shows the UI language's decimal mark",
    async () => {
      const form = 'kz-a-evaluation-sheet';
      const page = await openForm(form, 'kk');
      await page.click('#load-example');
      const score = '[data-control="/kpis/2/score"]';
      await page.locator(score).waitFor();
      expect(await page.inputValue(score)).toBe('4,5');
      await page.fill(score, '');
      await page.locator(score).pressSequentially('4,6');
      await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).kpis[2].score === 4.6, form);
      await page.fill(score, '4.7');
      await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`qujat.data.${id}`)!).kpis[2].score === 4.7, form);
      expect(await page.locator('[data-pointer="/kpis/2/score"] .problem').count()).toBe(0);
      // Not a number: kept as typed, and validation says so.
      await page.fill(score, '4,6,1');
      await page.locator('[data-pointer="/kpis/2/score"] > .field-problems .problem').waitFor();
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      await page.fill(score, '4,8');
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      expect(await page.inputValue(score)).toBe('4,8');
      expect(page.errors).toEqual([]);
      await page.close();
    },
    timeout,
  );
});

describe('texts for an HR officer, not codes', () => {
  it(
    'names languages, hides choice codes in messages, shows derived lists of codes by their texts, says why there is no preview',
    async () => {
      const page = await openForm('kz-reserve-list', 'kk');
      await page.click('#load-example');
      // A derived list of grounds by their texts, joined; no JSON.
      const basis = page.locator('[data-computed="/positions/0/ready/0/basis"]');
      await basis.waitFor();
      const text = (await basis.textContent())!;
      expect(text).not.toMatch(/[[\]"]|professional-level/);
      expect(text).toContain('; ');
      // Document languages by name, in the UI language; the preview tabs too.
      expect(await page.locator('#doc-langs label').allTextContents()).toEqual([' қазақша', ' орысша', ' қырғызша']);
      await page.check('#doc-langs input[data-lang="ru"]');
      await page.locator('#preview-tabs button[data-lang="ru"]').waitFor();
      expect(await page.locator('#preview-tabs button').allTextContents()).toEqual(['қазақша', 'орысша']);
      expect(await page.isHidden('#preview-note')).toBe(true);

      // A choice out of the list: its allowed values by their texts only.
      await page.evaluate(() => {
        const data = JSON.parse(localStorage.getItem('qujat.data.kz-reserve-list')!);
        data.candidates[0].kind = 'someday';
        localStorage.setItem('qujat.data.kz-reserve-list', JSON.stringify(data));
      });
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      const problem = page.locator('[data-pointer="/candidates/0/kind"] .problem');
      await problem.waitFor();
      expect(await problem.textContent()).toContain('«');
      expect(await problem.textContent()).not.toMatch(/\("[^"]*"\)/);
      // While the data has errors: the document as a draft, its wrong value left blank, and a note saying so.
      await page.locator('#preview-note:not([hidden])').waitFor();
      expect(await page.textContent('#preview-note')).toBe('Жоба: деректерде қате бар, қате және толтырылмаған мәндер бос қалдырылды.');
      expect(await page.isHidden('#preview')).toBe(false);
      expect(page.errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    'translations page: languages by name, its own file button in the UI language',
    async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.address}/`);
      await page.evaluate(() => localStorage.setItem('qujat.uiLang', '"ru"'));
      await page.goto(`${session.address}/#translations`);
      await page.reload();
      await page.locator('#page-translations[data-ready]').waitFor();
      expect(await page.locator('#xliff-lang option').allTextContents()).toEqual(['русский', 'кыргызский']);
      expect(await page.textContent('label[for=xliff-file]')).toBe('Выбрать файл (XLIFF)');
      expect(await page.textContent('#xliff-file-name')).toBe('файл не выбран');
      await page.close();
    },
    timeout,
  );

  it(
    'translations page: an XLIFF import shows what it would change and writes only when applied',
    async () => {
      const page = await session.context.newPage();
      // The server's replies are stood in for: this test must never write the project's locale files.
      const sent: boolean[] = [];
      await page.route('**/api/locales/xliff', (route) => {
        const confirmed = (route.request().postData() ?? '').includes('name="confirm"');
        sent.push(confirmed);
        const body = confirmed
          ? { ok: true, lang: 'ru', changed: 1, written: 1 }
          : { ok: true, dryRun: true, lang: 'ru', changed: 1, changes: [{ file: 'ru/cli.json', key: 'severity.error', before: 'ошибка', after: 'ошибка!' }] };
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
      });
      await page.goto(`${session.address}/`);
      await page.evaluate(() => localStorage.setItem('qujat.uiLang', '"en"'));
      await page.goto(`${session.address}/#translations`);
      await page.reload();
      await page.locator('#page-translations[data-ready]').waitFor();
      await page.setInputFiles('#xliff-file', { name: 'ru.xliff', mimeType: 'application/xliff+xml', buffer: Buffer.from('<xliff/>') });
      await page.click('#xliff-import');
      await page.locator('#xliff-changes').waitFor();
      expect(await page.textContent('#xliff-status')).toBe('The import changes 1 texts. Check them and apply, or cancel: nothing is written until then.');
      expect(await page.locator('#xliff-changes td').allTextContents()).toEqual(['ru/cli.json', 'severity.error', 'ошибка', 'ошибка!']);
      expect(sent).toEqual([false]);
      await page.click('#xliff-apply');
      // The review is cleared on the click, before the reply: wait for the reply's status, not for the review to go.
      await page.locator('#xliff-status', { hasText: 'Imported:' }).waitFor();
      expect(await page.locator('#xliff-changes').count()).toBe(0);
      expect(await page.textContent('#xliff-status')).toBe('Imported: 1 texts changed.');
      expect(sent).toEqual([false, true]);
      await page.close();
    },
    timeout,
  );
});
