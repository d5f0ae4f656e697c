import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturesDir } from '../helpers/example.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { launchChromium, startWebApp } from '../helpers/web.js';

/** Screenshots for a person to look at (git-ignored). */
const screenshots = new URL('./screenshots/', import.meta.url).pathname;
const timeout = 60_000;

let app: FastifyInstance;
let address: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;
/** Every address the browser asked for that is not one of the apps' own (nor data:, blob:, about:). */
const foreignRequests: string[] = [];
const ownOrigins: string[] = [];

beforeAll(async () => {
  ({ app, address } = await startWebApp());
  ({ context, close: closeBrowser } = await launchChromium());
  ownOrigins.push(address);
  context.on('request', (request) => {
    const url = request.url();
    if (!ownOrigins.some((origin) => url.startsWith(`${origin}/`)) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  mkdirSync(screenshots, { recursive: true });
}, timeout);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

async function openPage(hash: string, options: { at?: string; uiLang?: string } = {}): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${options.at ?? address}/#${hash}`);
  await page.locator(`#page-${hash}[data-ready]`).waitFor();
  if (options.uiLang && (await page.getAttribute('html', 'lang')) !== options.uiLang) {
    await page.selectOption('#ui-lang', options.uiLang);
    await page.waitForFunction((lang) => document.documentElement.lang === lang && document.querySelector('[data-ready]'), options.uiLang);
  }
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

async function textOf(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(([css, text]) => document.querySelector(css!)?.textContent === text, [selector, expected] as const);
}

describe('web app in Chromium', () => {
  it(
    'fills the Corps "A" evaluation sheet: errors by their fields, live final score, preview, PDF download, autosave',
    async () => {
      const page = await openPage('forms');
      await page.selectOption('#form-select', 'kz-a-evaluation-sheet');
      await page.click('#load-example');
      await textOf(page, '[data-computed="/finalScore"]', '4,59');

      const name = 'Ахметова Айгерим Нұрланқызы';
      await page.fill('[data-control="/person/fullName"]', name);

      // Clearing a required field shows its error next to it; typing it again removes the error.
      const evaluatorError = page.locator('[data-pointer="/evaluator/fullName"] > .field-problems .problem');
      await page.fill('[data-control="/evaluator/fullName"]', '');
      await evaluatorError.waitFor();
      expect(await evaluatorError.getAttribute('data-rule')).toBe('required');
      expect(await page.locator('#form-status').getAttribute('class')).toContain('invalid');
      // The derived values do not depend on the name: they stay, with a note that some cannot be computed.
      await page.locator('#computed-note').waitFor();
      expect(await page.textContent('[data-computed="/finalScore"]')).toBe('4,59');
      expect(await page.textContent('[data-computed="/rating"]')).toBe('тиімді');
      // Dates as the UI language writes them.
      expect(await page.textContent('[data-computed="/deadlines/evaluation"]')).toBe('20.01.2026');
      await page.fill('[data-control="/evaluator/fullName"]', 'Жұмабеков Ерлан Сейтқалиұлы');
      await evaluatorError.waitFor({ state: 'detached' });

      // A score outside the allowed range is an error at that score.
      await page.fill('[data-control="/kpis/4/score"]', '4.2');
      const scoreError = page.locator('[data-pointer="/kpis/4/score"] > .field-problems .problem');
      await scoreError.waitFor();
      expect(await scoreError.getAttribute('data-rule')).toBe('kpi-score-out-of-range');
      await textOf(page, '[data-computed="/finalScore"]', '—');
      expect(await page.textContent('[data-computed="/kpis/4/allowedRange"]')).toBe('3,75 – 3,99');

      // In range: the final score follows, (4.75 + 5 + 4.5 + 4.8 + 3.75) / 5 = 4.56.
      await page.fill('[data-control="/kpis/4/score"]', '3.75');
      await scoreError.waitFor({ state: 'detached' });
      await textOf(page, '[data-computed="/finalScore"]', '4,56');
      await textOf(page, '[data-computed="/kpis/4/allowedRange"]', '3,75 – 3,99');

      // The preview shows the document as it prints, with the data as text.
      await page.frameLocator('#preview').locator('.fill-value', { hasText: name }).waitFor();
      await page.screenshot({ path: join(screenshots, 'forms-filled.png'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
      expect(download.suggestedFilename()).toBe('kz-a-evaluation-sheet.kk.pdf');
      const { text } = await extractPdfText(new Uint8Array(readFileSync((await download.path())!)));
      expect(text).toContain(name);
      expect(text).toContain('4,56');
      expect(text).toContain('тиімді');

      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
      expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).person.fullName).toBe(name);

      // Unsaved data survives a reload.
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      expect(await page.inputValue('[data-control="/person/fullName"]')).toBe(name);
      await textOf(page, '[data-computed="/finalScore"]', '4,56');
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    'checks an uploaded regulation: the missing section is listed, filtered, and found in the text',
    async () => {
      const page = await openPage('regulation');
      await page.setInputFiles('#regulation-file', join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
      await page.click('#regulation-check');
      const missing = page.locator('.finding[data-rule="section-missing"]').filter({ hasText: '«функциялары»' });
      await missing.waitFor();
      expect(await missing.textContent()).toContain('«функциялары»');
      // Named for an HR officer: the country, the language and the date checked as of, each rule by its name (its id as the tooltip).
      expect(await page.textContent('#regulation-status')).toMatch(/^Қазақстан, құжат тілі — қазақша, \d{2}\.\d{2}\.\d{4} күнгі күйі бойынша \(бүгін\): /);
      expect(await missing.locator('.rule-name').textContent()).toBe('Бөлім жоқ');
      expect(await missing.locator('.rule-name').getAttribute('title')).toBe('section-missing');
      expect(await page.locator('#filter-rule option[value="section-missing"]').textContent()).toBe('Бөлім жоқ');
      expect(await page.locator('.finding code').count()).toBe(0);
      expect(await page.textContent('label[for=regulation-file]')).toBe('Файлды таңдау (.docx, .md, .txt)');
      expect(await page.textContent('#regulation-file-name')).toBe('kz-defects.kk.md');

      await page.selectOption('#filter-rule', 'section-missing');
      await page.waitForFunction(() => document.querySelectorAll('.finding').length === 2);
      await missing.locator('button.link').click();
      const current = page.locator('.doc-line.current');
      await current.waitFor();
      const line = /(\d+):/.exec((await missing.locator('button.link').textContent())!)![1];
      expect(await current.getAttribute('id')).toBe(`line-${line}`);

      const [report] = await Promise.all([page.waitForEvent('download'), page.click('#report-sarif')]);
      const sarif = JSON.parse(readFileSync((await report.path())!, 'utf8'));
      expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('section-missing');
      await page.close();
    },
    timeout,
  );

  it(
    'switches the interface language and remembers it',
    async () => {
      const page = await openPage('forms');
      await page.selectOption('#ui-lang', 'ru');
      await textOf(page, '#nav-forms', 'Формы');
      await page.locator('#page-forms[data-ready]').waitFor();
      expect(await page.textContent('h1')).toBe('Заполнение формы');
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      expect(await page.textContent('#nav-regulation')).toBe('Проверка положения');
      expect(await page.getAttribute('html', 'lang')).toBe('ru');

      await page.selectOption('#ui-lang', 'ky');
      await textOf(page, '#nav-forms', 'Формалар');
      await page.selectOption('#ui-lang', 'kk');
      await textOf(page, '#nav-forms', 'Нысандар');
      await page.close();
    },
    timeout,
  );

  it(
    'shows the translations page: coverage chart and table, locale problems',
    async () => {
      const page = await openPage('translations');
      await page.locator('#coverage-chart rect').first().waitFor();
      const rows = await page.locator('#coverage-table tbody tr').allTextContents();
      // Languages by their names in the interface language, not by their codes; bars in a fixed order.
      expect(rows.some((row) => /^web(қазақша|казахский|казакча|Kazakh)\d/.test(row))).toBe(true);
      expect(rows.some((row) => /^webkk/.test(row))).toBe(false);
      const legend = await page.locator('#coverage-chart text').allTextContents();
      expect(legend.slice(-4).every((text) => !/^(kk|ru|ky|en)$/.test(text))).toBe(true);
      await page.close();
    },
    timeout,
  );

  it(
    'writes a screenshot of each page in each interface language',
    async () => {
      const page = await openPage('forms');
      for (const lang of ['kk', 'ru', 'ky']) {
        await page.selectOption('#ui-lang', lang);
        for (const name of ['forms', 'regulation', 'translations']) {
          await page.goto(`${address}/#${name}`);
          await page.locator(`#page-${name}[data-ready]`).waitFor();
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          if (name === 'forms') await page.locator('[data-computed="/finalScore"]').waitFor();
          if (name === 'regulation') {
            await page.setInputFiles('#regulation-file', join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
            await page.click('#regulation-check');
            await page.locator('.finding').first().waitFor();
          }
          await page.screenshot({ path: join(screenshots, `${name}.${lang}.png`) });
        }
      }
      await page.close();
    },
    timeout,
  );
  it(
    'says why a damaged .docx cannot be checked, in the UI language, instead of a script error',
    async () => {
      const page = await openPage('regulation', { uiLang: 'kk' });
      const broken = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document><w:body><w:p>unclosed</w:body>') });
      await page.setInputFiles('#regulation-file', {
        name: 'draft.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(broken),
      });
      await page.click('#regulation-check');
      await page.waitForFunction(() => document.querySelector('#regulation-status')?.classList.contains('invalid'));
      const message = await page.textContent('#regulation-status');
      // The server's text says what to do (its parser's English goes along as error.detail only, for developers).
      expect(message).toMatch(/^DOCX файлы бүлінген: .*\.docx пішімінде қайта сақтаңыз/);
      expect(message).not.toMatch(/TypeError|undefined/);
      expect(await page.locator('.finding').count()).toBe(0);
      expect((page as Page & { errors: string[] }).errors.filter((error) => !error.includes('422'))).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    'shows a failed request in the status line: a check or a download refused as too large, an export that fails, no server',
    async () => {
      const tight = await startWebApp({ bodyLimit: 1000 });
      ownOrigins.push(tight.address);
      try {
        const page = await openPage('forms', { at: tight.address, uiLang: 'kk' });
        await page.selectOption('#form-select', 'kz-a-evaluation-sheet');
        await page.click('#load-example');
        const tooLarge = 'Файл немесе деректер тым үлкен: ең көбі 1\u00a0КБ.';
        await textOf(page, '#form-status', tooLarge);
        expect(await page.getAttribute('#form-status', 'class')).toContain('invalid');
        await page.evaluate(() => {
          document.querySelector('#form-status')!.textContent = '';
        });
        await page.click('#download-pdf');
        await textOf(page, '#form-status', tooLarge);
        await page.route('**/api/forms/*/check', (route) => route.abort());
        await page.fill('[data-control="/person/position"]', 'Бас сарапшы');
        await textOf(page, '#form-status', 'Серверге қосылу мүмкін емес. Сервердің жұмыс істеп тұрғанын тексеріп, қайталап көріңіз.');
        await page.close();
      } finally {
        await tight.app.close();
      }
      const page = await openPage('translations', { uiLang: 'kk' });
      await page.route('**/api/locales/xliff/ru', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal', message: 'Серверде қате орын алды; сервер жұмысын жалғастыруда. Қайталап көріңіз.' } }),
        }),
      );
      await page.click('#xliff-export');
      await textOf(page, '#xliff-status', 'Серверде қате орын алды; сервер жұмысын жалғастыруда. Қайталап көріңіз.');
      await page.close();
    },
    timeout,
  );

  it(
    'edits lists value by value: texts with add and remove, choices as checkboxes, fixed rows without add or remove',
    async () => {
      const page = await openPage('forms', { uiLang: 'kk' });
      await page.selectOption('#form-select', 'kz-hr-regulation');
      await page.click('#load-example');
      const units = page.locator('[data-list="/units"]');
      await units.locator('input').first().waitFor();
      expect(await page.locator('textarea.json').count()).toBe(0);
      const count = await units.locator('input').count();
      await units.locator('.add-value').click();
      const added = units.locator(`[data-control="/units/${count}"]`);
      expect(await added.evaluate((input) => input === document.activeElement)).toBe(true);
      await added.fill('құжаттама бөлімінен');
      await units.locator('.remove-value').first().click();
      await page.waitForFunction((expected) => JSON.parse(localStorage.getItem('qujat.data.kz-hr-regulation') ?? '{}').units?.length === expected, count);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('qujat.data.kz-hr-regulation')!).units as string[]);
      expect(stored.at(-1)).toBe('құжаттама бөлімінен');

      await page.selectOption('#form-select', 'kz-concept-indicators-report');
      await page.click('#load-example');
      const years = page.locator('[data-list="/years"] input[type=checkbox]');
      await years.first().waitFor();
      expect(await years.count()).toBe(6);
      await page.locator('[data-list="/years"] input[value="2027"]').check();
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('qujat.data.kz-concept-indicators-report')!).years.includes('2027'));

      await page.selectOption('#form-select', 'kz-b-sheet-staff');
      await page.click('#load-example');
      await page.locator('[data-pointer="/parameters/4"]').waitFor();
      expect(await page.locator('[data-pointer="/parameters"] .add-row, [data-pointer="/parameters"] .remove-row').count()).toBe(0);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
    timeout,
  );

  it(
    'loads the chosen record of a CSV, says which, and offers CSV only for forms that map its columns',
    async () => {
      const page = await openPage('forms', { uiLang: 'kk' });
      await page.selectOption('#form-select', 'kz-a-evaluation-sheet');
      await page.waitForFunction(() => document.querySelector('#load-file')?.getAttribute('accept') === '.json,.yaml,.yml');
      expect(await page.textContent('label[for=load-file]')).toBe('Файлды жүктеу (JSON, YAML)');
      await page.selectOption('#form-select', 'kz-b-sheet-staff');
      await page.waitForFunction(() => document.querySelector('#load-file')?.getAttribute('accept') === '.json,.yaml,.yml,.csv');
      await page.setInputFiles('#load-file', join(fixturesDir, 'kz-b-sheet-staff', 'unit-quarter.csv'));
      await textOf(page, '#record-loaded', 'unit-quarter.csv файлындағы 4 жазбаның 1-жазбасы жүктелді.');
      expect(await page.inputValue('[data-control="/person/fullName"]')).toBe('Серікбаев Нұрлан Айдарұлы');
      expect(await page.locator('#record-select option').allTextContents()).toEqual([
        '1. Серікбаев Нұрлан Айдарұлы, Бас сарапшы',
        '2. Қасымова Әйгерім Ерланқызы, Жетекші сарапшы',
        '3. Төлеуов Арман Маратұлы, Сарапшы',
        '4. Нұрланова Самал, Сарапшы',
      ]);
      await page.selectOption('#record-select', '1');
      await textOf(page, '#record-loaded', 'unit-quarter.csv файлындағы 4 жазбаның 2-жазбасы жүктелді.');
      expect(await page.inputValue('[data-control="/person/fullName"]')).toBe('Қасымова Әйгерім Ерланқызы');
      await page.close();
    },
    timeout,
  );

  it(
    'scales the preview to the panel, so that a landscape page is seen whole',
    async () => {
      const page = await openPage('forms', { uiLang: 'kk' });
      await page.selectOption('#form-select', 'kz-concept-indicators-report');
      await page.click('#load-example');
      await page.frameLocator('#preview').locator('.page').first().waitFor();
      await page.waitForFunction(() => Number(document.querySelector('#preview')?.getAttribute('data-scale')) < 1);
      const fit = await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('#preview')!;
        const pageBox = frame.contentDocument!.querySelector('.page')!.getBoundingClientRect();
        return { right: pageBox.right, width: frame.clientWidth };
      });
      expect(fit.right).toBeLessThanOrEqual(fit.width);
      // A wider window, a wider panel: larger pages.
      const before = Number(await page.getAttribute('#preview', 'data-scale'));
      await page.setViewportSize({ width: 1600, height: 900 });
      await page.waitForFunction((scale) => Number(document.querySelector('#preview')?.getAttribute('data-scale')) > scale, before);
      await page.close();
    },
    timeout,
  );

  it("made no request outside the app's origin in all these pages", () => {
    expect(foreignRequests).toEqual([]);
  });
});
