import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { fixturesDir } from '../helpers/example.js';
import { useBrowserSession } from '../helpers/web.js';

// Issue 18: axe-core (a dev dependency, injected here) finds no violation of impact serious or critical on any page,
// in any interface language, empty, filled and with errors, at 1280 px and at 390 px.
const timeout = 120_000;
const session = useBrowserSession(60_000);
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

/**
 * axe-core's serious and critical violations of the page as it is now: rule, impact and the elements' selectors.
 * axe is evaluated in the page by the test (the app's Content-Security-Policy forbids an inline script tag, rightly).
 */
async function findViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run(document, {
      resultTypes: ['violations'],
      iframes: false,
    }),
  );
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }));
}

/**
 * The preview's document too: it is shown in a sandboxed frame where no script runs (axe's neither), so its HTML is
 * checked in a page of its own, at the same width.
 */
async function findPreviewViolations(page: Page, previewPage: Page): Promise<Violation[]> {
  const html = await page.getAttribute('#preview', 'srcdoc');
  if (!html) return [];
  await previewPage.setViewportSize(page.viewportSize()!);
  await previewPage.setContent(html);
  return (await findViolations(previewPage)).map((violation) => ({ ...violation, id: `preview: ${violation.id}` }));
}

/** Opens a page of the app in an interface language, from a clean browser store. */
async function openAppPage(page: Page, name: string, uiLang: string): Promise<void> {
  await page.goto(`${session.address}/`);
  await page.evaluate(
    ([lang, hash]) => {
      localStorage.clear();
      localStorage.setItem('qujat.uiLang', JSON.stringify(lang));
      localStorage.setItem('qujat.form', JSON.stringify('kz-a-evaluation-sheet'));
      location.hash = hash!;
    },
    [uiLang, name],
  );
  await page.reload();
  await page.locator(`#page-${name}[data-ready]`).waitFor();
}

/** Each page in the states an officer meets it in, as `[state, how to get there]`. */
const states: [string, (page: Page, uiLang: string) => Promise<void>][] = [
  [
    'forms, empty',
    async (page, uiLang) => {
      await openAppPage(page, 'forms', uiLang);
      await page.waitForFunction(() => document.querySelector('#form-status')?.textContent !== '');
    },
  ],
  [
    'forms, filled',
    async (page) => {
      await page.click('#load-example');
      await page.waitForFunction(
        () => document.querySelector('[data-computed="/finalScore"]')?.textContent !== '—' && document.querySelector('[data-computed="/finalScore"]') !== null,
      );
      await page.frameLocator('#preview').locator('.page').first().waitFor();
    },
  ],
  [
    'forms, with errors',
    async (page) => {
      await page.fill('[data-control="/kpis/0/planned"]', '0');
      await page.fill('[data-control="/person/fullName"]', '');
      await page.locator('[data-pointer="/kpis/0/planned"] > .field-problems .problem').waitFor();
      await page.locator('#computed tr.wrong-row').waitFor();
      await page.click('#download-pdf');
      await page.locator('[data-pointer="/person/fullName"] > .field-problems .problem').waitFor();
    },
  ],
  [
    'forms, asked before clearing',
    async (page) => {
      await page.click('#clear-data');
      await page.locator('#confirm-replace').waitFor({ state: 'visible' });
    },
  ],
  ['regulation, empty', (page, uiLang) => openAppPage(page, 'regulation', uiLang)],
  [
    'regulation, checked',
    async (page) => {
      await page.setInputFiles('#regulation-file', join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
      await page.click('#regulation-check');
      await page.locator('.finding').first().waitFor();
    },
  ],
  [
    'translations',
    async (page, uiLang) => {
      await openAppPage(page, 'translations', uiLang);
      await page.locator('#coverage-chart rect').first().waitFor();
    },
  ],
];

describe('accessibility (axe-core)', () => {
  for (const width of [1280, 390]) {
    for (const uiLang of ['kk', 'ru', 'ky', 'en']) {
      it(`no serious or critical violation on any page, interface in ${uiLang}, at ${width} px`, { timeout }, async () => {
        const page = await session.context.newPage();
        const previewPage = await session.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        const found: Record<string, Violation[]> = {};
        for (const [state, reach] of states) {
          await reach(page, uiLang);
          // The preview's document is in the document's language whatever the interface's: checked once per width.
          const withPreview = uiLang === 'kk' && (state === 'forms, filled' || state === 'forms, with errors');
          const violations = [...(await findViolations(page)), ...(withPreview ? await findPreviewViolations(page, previewPage) : [])];
          if (violations.length > 0) found[state] = violations;
        }
        await previewPage.close();
        await page.close();
        expect(found).toEqual({});
      });
    }
  }
});
