import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { fixturesDir } from '../helpers/example.js';
import { countDifferentPixels, readPngPixels } from '../helpers/png-pixels.js';
import { showForm, useBrowserSession } from '../helpers/web.js';

// Issue 18: the README's screenshots are made here, each run, so that they cannot go out of date. Deterministic
// enough to be committed: a fixed window, the example's data, a draft that states its own date (not "today"), the
// pointer off the page and no focus, every font and the preview's page laid out before the picture is taken.
const readmeDir = new URL('./readme/', import.meta.url).pathname;
const timeout = 60_000;
const session = useBrowserSession(timeout);

async function openPage(name: string, uiLang: string, size: { width: number; height: number }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await showForm(page, session.address, 'kz-a-evaluation-sheet', uiLang);
  if (name !== 'forms') {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, name);
    await page.locator(`#page-${name}[data-ready]`).waitFor();
  }
  return page;
}

/** The example's sheet, its derived values and its document in the preview (fitted to the panel), fonts loaded. */
async function fillExample(page: Page): Promise<void> {
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59');
  await page.frameLocator('#preview').locator('.page').first().waitFor();
  await page.locator('#preview[data-scale]').waitFor({ state: 'attached' });
}

/** The picture, as a person would see the page at rest: no pointer over a button, no focus ring, fonts in place. */
async function takeScreenshot(page: Page, file: string): Promise<{ width: number; height: number }> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
    await (document.querySelector('#preview') as HTMLIFrameElement | null)?.contentDocument?.fonts.ready;
  });
  const bytes = new Uint8Array(await page.screenshot({ animations: 'disabled', caret: 'hide' }));
  // Text is antialiased a pixel or two differently from run to run: a picture that differs from the committed one
  // in no more than a few pixels is left as it is, so that running the tests does not change the repository.
  const path = join(readmeDir, file);
  if (!existsSync(path) || countDifferentPixels(new Uint8Array(readFileSync(path)), bytes) > maxDifferentPixels) writeFileSync(path, bytes);
  const { width, height } = readPngPixels(bytes);
  return { width, height };
}

/** The antialiasing noise tolerated (a word's edge), far below any change of the page itself. */
const maxDifferentPixels = 200;

describe("the README's screenshots", () => {
  it('the forms page in Kazakh, the example sheet filled in (1280 px)', { timeout }, async () => {
    const page = await openPage('forms', 'kk', { width: 1280, height: 900 });
    await fillExample(page);
    expect(await takeScreenshot(page, 'forms.kk.png')).toEqual({ width: 1280, height: 900 });
    await page.close();
  });

  it('the forms page in Russian on a phone (390 px)', { timeout }, async () => {
    const page = await openPage('forms', 'ru', { width: 390, height: 844 });
    await fillExample(page);
    expect(await takeScreenshot(page, 'forms.ru.phone.png')).toEqual({ width: 390, height: 844 });
    await page.close();
  });

  it('the regulation check in Russian: findings listed and marked in the text', { timeout }, async () => {
    const page = await openPage('regulation', 'ru', { width: 1280, height: 900 });
    // The draft states its date: the check is as of it, the same every day.
    const draft = `Утверждено приказом Министра финансов Республики Казахстан от 15 января 2026 года № 12\n\n${readFileSync(join(fixturesDir, 'regulation', 'kz-defects.ru.md'), 'utf8')}`;
    await page.fill('#regulation-text', draft);
    await page.click('#regulation-check');
    await page.locator('.finding').first().waitFor();
    await page.evaluate(() => {
      document.querySelector('#regulation-text')!.scrollTop = 0;
    });
    expect(await page.textContent('#regulation-status')).toContain('15.01.2026');
    expect(await takeScreenshot(page, 'regulation.ru.png')).toEqual({ width: 1280, height: 900 });
    await page.close();
  });

  it("the translations page in Kyrgyz: coverage and the locale files' problems", { timeout }, async () => {
    const page = await openPage('translations', 'ky', { width: 1280, height: 900 });
    await page.locator('#coverage-chart rect').first().waitFor();
    expect(await takeScreenshot(page, 'translations.ky.png')).toEqual({ width: 1280, height: 900 });
    await page.close();
  });
});
