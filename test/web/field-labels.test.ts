import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { listFormIds } from '../../src/forms/index.js';
import { useBrowserSession } from '../helpers/web.js';

const timeout = 120_000;

const session = useBrowserSession(timeout);

/** The forms page in an interface language, with a form open and its example loaded. */
async function openForm(page: Page, lang: string, formId: string): Promise<void> {
  await page.selectOption('#form-select', formId);
  await page.click('#load-example');
  // Data kept from an earlier language's pass: replacing it is confirmed.
  if ((await page.locator('#confirm-replace[open]').count()) > 0) await page.click('#confirm-ok');
  await page.locator('.data-form').waitFor();
  await page.waitForFunction((id) => (document.querySelector('#form-select') as HTMLSelectElement).value === id, formId);
  void lang;
}

/** Every label, legend and choice of a select the form shows (the lists of plain values have their own controls). */
async function shownTexts(page: Page): Promise<string[]> {
  return page.locator('.data-form').evaluate((form) =>
    [...form.querySelectorAll('label, legend, option')]
      .filter((element) => !element.closest('.choice-list, .value-list'))
      .map((element) => {
        const own = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        return own;
      })
      .filter((text) => text !== '' && text !== '—'),
  );
}

describe('the forms page names every field, row and choice in the interface language', () => {
  it.each(['kk', 'ru', 'ky'])(
    '%s: no data key, no English, on any form',
    async (lang) => {
      const page = await session.context.newPage();
      await page.goto(`${session.address}/#forms`);
      await page.locator('#page-forms[data-ready]').waitFor();
      await page.selectOption('#ui-lang', lang);
      await page.locator('#page-forms[data-ready]').waitFor();
      const found: Record<string, string[]> = {};
      for (const formId of listFormIds()) {
        await openForm(page, lang, formId);
        const latin = (await shownTexts(page)).filter((text) => /[A-Za-z⟦]/.test(text.replace(/\bHR\b/g, '')));
        if (latin.length > 0) found[formId] = latin;
      }
      expect(found).toEqual({});
      await page.close();
    },
    timeout,
  );

  it(
    'kk: the Corps "B" sheet says which parameter each row is, and names its choices',
    async () => {
      const page = await session.context.newPage();
      await page.goto(`${session.address}/#forms`);
      await page.locator('#page-forms[data-ready]').waitFor();
      await page.selectOption('#ui-lang', 'kk');
      await page.locator('#page-forms[data-ready]').waitFor();
      await openForm(page, 'kk', 'kz-b-sheet-staff');
      const legends = await page.locator('[data-pointer^="/parameters/"] > legend').allTextContents();
      expect(legends.map((legend) => legend.replace(/\s*Жою$/, '').trim())).toEqual([
        '1. Функционалдық міндеттерді орындау сапасы',
        '2. Міндеттерді орындау мерзімдерін сақтау',
        '3. Дербестік және бастамашылдық',
        '4. Еңбек тәртібін сақтау',
        '5. Тәртіптік жазалардың болмауы',
      ]);
      expect(await page.locator('label[for="field-quarter-year"]').textContent()).toContain('Жыл');
      expect(await page.locator('[data-pointer="/person/headsUnit"] label').textContent()).toContain('Құрылымдық бөлімшені басқарады');
      expect(await page.locator('[data-control="/sanction/kind"] option').allTextContents()).toEqual([
        '—',
        'ескерту',
        'сөгіс',
        'қатаң сөгіс',
        'жазаның өзге де түрлері (оның ішінде мемлекеттік қызметке кір келтіретін теріс қылықтар үшін)',
      ]);
      await page.close();
    },
    timeout,
  );
});
