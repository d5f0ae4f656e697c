import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { showForm, useBrowserSession } from '../helpers/web.js';

// Issue 18: the web app for a working day (nothing lost, errors at their fields, what can be shown is shown).
const timeout = 60_000;
const session = useBrowserSession(timeout);

async function openForm(form: string, uiLang: string, width = 1280): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await showForm(page, session.address, form, uiLang);
  return page;
}

const storedName = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('qujat.data.kz-a-evaluation-sheet') ?? '{}').person?.fullName as string | undefined);

describe('nothing lost', () => {
  it('Clear and Start from the example ask first (in the UI language), and the replacement can be undone', { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'ru');
    // A blank form: the example comes at once, nothing to lose.
    await page.click('#load-example');
    await page.waitForFunction(() => (document.querySelector('[data-control="/person/fullName"]') as HTMLInputElement | null)?.value !== '');
    expect(await page.locator('#confirm-replace').isVisible()).toBe(false);
    await page.fill('[data-control="/person/fullName"]', 'Ахметова Айгуль');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('qujat.data.kz-a-evaluation-sheet')!).person.fullName === 'Ахметова Айгуль');

    // Clear asks, in Russian; cancelled, nothing changes.
    await page.click('#clear-data');
    await page.locator('#confirm-replace').waitFor({ state: 'visible' });
    expect(await page.textContent('#confirm-text')).toBe('Заполненные данные будут удалены. Продолжить?');
    expect(await page.textContent('#confirm-cancel')).toBe('Отменить');
    await page.click('#confirm-cancel');
    await page.locator('#confirm-replace').waitFor({ state: 'hidden' });
    expect(await page.inputValue('[data-control="/person/fullName"]')).toBe('Ахметова Айгуль');
    expect(await storedName(page)).toBe('Ахметова Айгуль');

    // Confirmed, the data is cleared, and «Вернуть» brings it back.
    await page.click('#clear-data');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => (document.querySelector('[data-control="/person/fullName"]') as HTMLInputElement).value === '');
    expect(await storedName(page)).toBeUndefined();
    expect(await page.textContent('#undo-replace')).toBe('Вернуть');
    await page.click('#undo-replace');
    await page.waitForFunction(() => (document.querySelector('[data-control="/person/fullName"]') as HTMLInputElement).value === 'Ахметова Айгуль');
    expect(await storedName(page)).toBe('Ахметова Айгуль');
    expect(await page.locator('#undo-bar').isVisible()).toBe(false);

    // The example asks too, and its replacement can be undone.
    await page.click('#load-example');
    expect(await page.textContent('#confirm-text')).toBe('Заполненные данные будут заменены примером. Продолжить?');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => (document.querySelector('[data-control="/person/fullName"]') as HTMLInputElement).value !== 'Ахметова Айгуль');
    await page.click('#undo-replace');
    await page.waitForFunction(() => (document.querySelector('[data-control="/person/fullName"]') as HTMLInputElement).value === 'Ахметова Айгуль');
    await page.close();
  });
});

describe('required, not wrong', () => {
  it(
    'a blank form marks required fields as required; an error appears when a field is left or the document is asked for, tied to its field',
    { timeout },
    async () => {
      const page = await openForm('kz-a-evaluation-sheet', 'kk');
      const name = page.locator('[data-control="/person/fullName"]');
      await page.waitForFunction(() => document.querySelector('#form-status')?.textContent !== '');
      // No red wall on load, and no pile of alerts.
      expect(await page.locator('form.data-form .problem').count()).toBe(0);
      expect(await page.locator('[role=alert]').count()).toBe(0);
      expect(await page.textContent('#form-status')).toMatch(/^\* белгісі бар өрістер міндетті: әлі \d+ өріс толтырылмаған\.$/);
      expect(await name.getAttribute('required')).toBe('');
      expect(await name.getAttribute('aria-required')).toBe('true');
      expect(await name.getAttribute('aria-invalid')).toBeNull();

      // Left empty: its error, the label said once, no "add field"; tied to the input.
      await name.focus();
      await page.keyboard.press('Tab');
      const problem = page.locator('[data-pointer="/person/fullName"] > .field-problems .problem');
      await problem.waitFor();
      const text = (await problem.textContent())!;
      expect(text).toBe('міндетті «Тегі, аты, әкесінің аты (болған жағдайда)» өрісі толтырылмаған');
      expect(text).not.toContain('қосыңыз');
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await name.getAttribute('aria-describedby'))!;
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(text);
      expect(await page.locator('form.data-form .problem').count()).toBe(1);

      // Filled in, the error goes.
      await name.fill('Ахметова Айгуль');
      await problem.waitFor({ state: 'detached' });
      expect(await name.getAttribute('aria-invalid')).toBeNull();

      // The document asked for: every required field still empty is shown, and the first gets the focus.
      await page.click('#download-pdf');
      await page.waitForFunction(() => document.querySelectorAll('form.data-form .problem').length > 10);
      expect(await page.textContent('#form-status')).toMatch(/^Қателер: \d+/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      await page.close();
    },
  );
});

describe('one error never hides what can be shown', () => {
  it('a wrong KPI row is marked in the derived values while the other rows and the final score line stay', { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'kk');
    await page.click('#load-example');
    await page.waitForFunction(() => document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59');
    const rows = page.locator('#computed table.computed-rows tbody tr');
    expect(await rows.count()).toBe(5);

    // A planned value 0 in KPI 1: KPI 1 is marked, KPIs 2-5 keep their values, the final score waits (—).
    await page.fill('[data-control="/kpis/0/planned"]', '0');
    await page.locator('#computed tr.wrong-row').waitFor();
    expect(await rows.count()).toBe(5);
    expect(await page.locator('#computed tr.wrong-row').count()).toBe(1);
    expect(await rows.nth(0).getAttribute('class')).toBe('wrong-row');
    expect(await page.textContent('[data-computed="/kpis/1/score"]')).toBe('5,00');
    expect(await page.textContent('[data-computed="/kpis/4/achievementPercent"]')).toBe('75,00');
    expect(await page.textContent('[data-computed="/finalScore"]')).toBe('—');

    // A second «instructions» KPI: the table stays, the two rows of that kind are marked.
    await page.fill('[data-control="/kpis/0/planned"]', '40');
    await page.locator('#computed tr.wrong-row').waitFor({ state: 'detached' });
    const instructions = await page.inputValue('[data-control="/kpis/0/kind"]');
    await page.selectOption('[data-control="/kpis/1/kind"]', instructions);
    await page.locator('#computed tr.wrong-row').first().waitFor();
    expect(await rows.count()).toBe(5);
    expect(await page.locator('#computed tr.wrong-row').count()).toBe(2);
    expect(await page.textContent('[data-computed="/kpis/2/score"]')).toBe('4,50');
    await page.close();
  });
});

describe('messages without codes or raw formats', () => {
  it("derived values as the document prints them, a limit in words, Kazakhstan's forms first", { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'kk');
    const ids = await page.locator('#form-select option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(ids[0]!.startsWith('kz-')).toBe(true);
    const countries = ids.map((id) => id.slice(0, 2));
    expect(countries).toEqual([...countries].sort((left, right) => (left === 'kz' ? 0 : 1) - (right === 'kz' ? 0 : 1)));
    expect(countries.at(-1)).toBe('kg');
    await page.click('#load-example');
    await page.waitForFunction(() => document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59');
    expect(await page.textContent('[data-computed="/kpis/1/achievementPercent"]')).toBe('100,00');
    expect(await page.textContent('[data-computed="/kpis/0/achievementPercent"]')).toBe('97,50');
    expect(await page.textContent('[data-computed="/kpis/2/allowedRange"]')).toBe('4,50 – 4,74');
    expect(await page.textContent('[data-computed="/workedDays"]')).toBe('246');
    await page.fill('[data-control="/kpis/0/planned"]', '0');
    const problem = page.locator('[data-pointer="/kpis/0/planned"] > .field-problems .problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('мән тым кіші — 0 санынан үлкен сан');
    await page.close();
  });
});

describe('on a phone and by keyboard', () => {
  it(
    'at 390 px no page scrolls sideways, the language switcher stays in the header, readable; a skip link; the checked text focusable',
    { timeout },
    async () => {
      const page = await openForm('kz-a-evaluation-sheet', 'kk', 390);
      await page.click('#load-example');
      await page.waitForFunction(() => document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59');
      for (const name of ['forms', 'regulation', 'translations']) {
        await page.evaluate((hash) => {
          location.hash = hash;
        }, name);
        await page.locator(`#page-${name}[data-ready]`).waitFor();
        const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
        expect(sizes.scroll, name).toBeLessThanOrEqual(sizes.width);
        const inHeader = await page.evaluate(() => {
          const header = document.querySelector('header.top')!.getBoundingClientRect();
          const label = document.querySelector('label.ui-lang')!.getBoundingClientRect();
          return label.top >= header.top && label.bottom <= header.bottom && label.left >= header.left && label.right <= header.right;
        });
        expect(inHeader, name).toBe(true);
        // The label's colour on the header's: white on the accent colour, not the page's light background.
        const colours = await page.evaluate(() => [
          getComputedStyle(document.querySelector('label.ui-lang')!).color,
          getComputedStyle(document.querySelector('header.top')!).backgroundColor,
        ]);
        expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(31, 78, 121)']);
      }

      // The first Tab stop is the skip link; it takes the focus to the content.
      await page.evaluate(() => {
        location.hash = 'forms';
      });
      await page.reload();
      await page.locator('#page-forms[data-ready]').waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
      expect(await page.textContent('#skip-link')).toBe('Негізгі мазмұнға өту');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      expect(await page.evaluate(() => location.hash)).toBe('#forms');

      // The regulation page's checked text: a region that can be focused (and so scrolled by keyboard).
      await page.evaluate(() => {
        location.hash = 'regulation';
      });
      await page.locator('#page-regulation[data-ready]').waitFor();
      expect(await page.getAttribute('#document-view', 'tabindex')).toBe('0');
      expect(await page.getAttribute('#document-view', 'aria-label')).toBe('Тексерілген мәтін');
      await page.close();
    },
  );
});

describe('files named as the user named them', () => {
  it('a broken JSON file: its syntax error once, with line and column; a non-XLIFF file by its own name', { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'kk');
    await page.setInputFiles('#load-file', {
      name: 'менің-парағым.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "person": {\n    "fullName": "A",\n  }\n}\n'),
    });
    // Generous waits: the file is read on the server's work pool, on a machine that may be busy.
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent?.startsWith('менің-парағым.json'), undefined, { timeout: 50_000 });
    const text = (await page.textContent('#form-status'))!;
    expect(text).toContain('(4-жол, 3-баған)');
    expect(text.match(/оқылмайды/g)).toHaveLength(1);

    await page.evaluate(() => {
      location.hash = 'translations';
    });
    await page.locator('#page-translations[data-ready]').waitFor();
    await page.setInputFiles('#xliff-file', { name: 'аударма-ru.txt', mimeType: 'text/plain', buffer: Buffer.from('hello world\n') });
    await page.click('#xliff-import');
    await page.waitForFunction(() => (document.querySelector('#xliff-status')?.textContent ?? '') !== '', undefined, { timeout: 50_000 });
    const refusal = (await page.textContent('#xliff-status'))!;
    expect(refusal).toContain('аударма-ru.txt');
    expect(refusal).not.toContain('import.xliff');
    await page.close();
  });
});

describe('dates as the interface writes them', () => {
  it("a date field shows 20.01.2026 (not the browser's mm/dd/yyyy), takes it typed so, and keeps the ISO date in the data", { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'ru');
    const date = page.locator('[data-control="/date"]');
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.getAttribute('placeholder')).toBe('дд.мм.гггг');
    await date.fill('20.01.2026');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('qujat.data.kz-a-evaluation-sheet')!).date === '2026-01-20');
    await page.click('#load-example');
    await page.click('#confirm-ok');
    // The example's date in the field and in the saved data (the field showed a date before: wait for both to change).
    await page.waitForFunction(() => {
      const shown = (document.querySelector('[data-control="/date"]') as HTMLInputElement).value;
      const saved = JSON.parse(localStorage.getItem('qujat.data.kz-a-evaluation-sheet')!).date as string;
      return shown !== '20.01.2026' && saved !== '2026-01-20' && /^\d\d\.\d\d\.\d{4}$/.test(shown);
    });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('qujat.data.kz-a-evaluation-sheet')!).date as string);
    const [year, month, day] = stored.split('-');
    expect(await date.inputValue()).toBe(`${day}.${month}.${year}`);
    // A date not complete is kept as typed, and validation says so.
    await date.fill('20.01');
    await page.locator('[data-pointer="/date"] > .field-problems .problem').waitFor();
    await page.close();
  });
});

describe('the preview stays while the data has an error', () => {
  it('a planned value 0: the document is still shown, as a draft, the other KPIs in it', { timeout }, async () => {
    const page = await openForm('kz-a-evaluation-sheet', 'kk');
    await page.click('#load-example');
    const kpi2 = await page.inputValue('[data-control="/kpis/1/name"]');
    // The example's own document first (the blank form's draft before it may still be on its way).
    await page.frameLocator('#preview').locator('.page', { hasText: kpi2 }).first().waitFor();
    await page.locator('#preview-note').waitFor({ state: 'hidden' });
    await page.fill('[data-control="/kpis/0/planned"]', '0');
    await page.locator('#preview-note', { hasText: /^Жоба:/ }).waitFor({ state: 'visible' });
    expect(await page.locator('#preview').isVisible()).toBe(true);
    expect(await page.frameLocator('#preview').locator('body').textContent()).toContain(kpi2);
    // Corrected, the note goes and the document is the final one.
    await page.fill('[data-control="/kpis/0/planned"]', '40');
    await page.locator('#preview-note').waitFor({ state: 'hidden' });
    await page.close();
  });
});

describe('languages by their names', () => {
  it('the translations page names a language in its problems («орыс тілінде»), not by its code', { timeout }, async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { projectPaths } = await import('../../src/core/paths.js');
    const { startWebApp } = await import('../helpers/web.js');
    const locales = mkdtempSync(join(tmpdir(), 'qujat-locales-'));
    cpSync(projectPaths.locales, locales, { recursive: true });
    const file = join(locales, 'ru', 'web.json');
    const texts = JSON.parse(readFileSync(file, 'utf8'));
    texts.forms.title = 'Заполните фоқму';
    writeFileSync(file, `${JSON.stringify(texts, null, 2)}\n`);
    const own = await startWebApp({ localesDir: locales });
    try {
      const page = await session.context.newPage();
      await page.goto(`${own.address}/`);
      await page.evaluate(() => {
        localStorage.clear();
        localStorage.setItem('qujat.uiLang', JSON.stringify('kk'));
        location.hash = 'translations';
      });
      await page.reload();
      await page.locator('#page-translations[data-ready]').waitFor();
      const messages = (await page.locator('#locale-problems tbody tr td:nth-child(4)').allTextContents()).join('\n');
      expect(messages).toContain('орыс тілінде');
      expect(messages).not.toMatch(/\bru тілінде/);
      await page.close();
    } finally {
      await own.app.close();
      rmSync(locales, { recursive: true, force: true });
    }
  });
});
