import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../helpers/read-pdf.js';
import { launchChromium, startWebApp } from '../helpers/web.js';
import { fixturesDir } from '../helpers/example.js';

/** Screenshots for a person to look at (git-ignored). */
const screenshots = new URL('./screenshots/', import.meta.url).pathname;
const timeout = 60_000;

let app: FastifyInstance;
let address: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ app, address } = await startWebApp());
  ({ context, close: closeBrowser } = await launchChromium());
  mkdirSync(screenshots, { recursive: true });
}, timeout);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

async function openPage(hash: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${address}/#${hash}`);
  await page.locator(`#page-${hash}[data-ready]`).waitFor();
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

async function textOf(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(([css, text]) => document.querySelector(css!)?.textContent === text, [selector, expected] as const);
}

describe('web app in Chromium', () => {
  it('fills the Corps "A" evaluation sheet: errors by their fields, live final score, preview, PDF download, autosave', async () => {
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
    await page.fill('[data-control="/evaluator/fullName"]', 'Жұмабеков Ерлан Сейтқалиұлы');
    await evaluatorError.waitFor({ state: 'detached' });

    // A score outside the allowed range is an error at that score.
    await page.fill('[data-control="/kpis/4/score"]', '4.2');
    const scoreError = page.locator('[data-pointer="/kpis/4/score"] > .field-problems .problem');
    await scoreError.waitFor();
    expect(await scoreError.getAttribute('data-rule')).toBe('kpi-score-out-of-range');

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
  }, timeout);

  it('checks an uploaded regulation: the missing section is listed, filtered, and found in the text', async () => {
    const page = await openPage('regulation');
    await page.setInputFiles('#regulation-file', join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
    await page.click('#regulation-check');
    const missing = page.locator('.finding[data-rule="section-missing"]');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('«функциялары»');
    expect(await page.textContent('#regulation-status')).toContain('KZ');

    await page.selectOption('#filter-rule', 'section-missing');
    await page.waitForFunction(() => document.querySelectorAll('.finding').length === 1);
    await missing.locator('button.link').click();
    const current = page.locator('.doc-line.current');
    await current.waitFor();
    const line = /(\d+):/.exec((await missing.locator('button.link').textContent())!)![1];
    expect(await current.getAttribute('id')).toBe(`line-${line}`);

    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#report-sarif')]);
    const sarif = JSON.parse(readFileSync((await report.path())!, 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('section-missing');
    await page.close();
  }, timeout);

  it('switches the interface language and remembers it', async () => {
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
  }, timeout);

  it('shows the translations page: coverage chart and table, locale problems', async () => {
    const page = await openPage('translations');
    await page.locator('#coverage-chart rect').first().waitFor();
    const rows = await page.locator('#coverage-table tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith('webkk'))).toBe(true);
    await page.close();
  }, timeout);

  it('writes a screenshot of each page in each interface language', async () => {
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
  }, timeout);
});
