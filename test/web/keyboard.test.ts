import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { extractPdfText } from '../helpers/read-pdf.js';
import { showForm, useBrowserSession } from '../helpers/web.js';

// Issue 18: the Corps "A" evaluation sheet filled in and its PDF downloaded with the keyboard alone (Tab, typing,
// arrows, Enter): no click, no `fill`, no focus set by the test.
const timeout = 120_000;
const session = useBrowserSession(60_000);

/** Presses Tab until the element `selector` names has the focus (a stop the page cannot reach fails the test). */
async function tabTo(page: Page, selector: string): Promise<number> {
  for (let presses = 0; presses < 150; presses++) {
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reaches ${selector}`);
}

/** Tab presses from one field to the next, by the field reached. */
const stops: Record<string, number> = {};

/** Tabs to a field and types its value. */
async function typeInto(page: Page, pointer: string, text: string): Promise<void> {
  stops[pointer] = await tabTo(page, `[data-control="${pointer}"]`);
  await page.keyboard.type(text);
}

/** Tabs to a choice and moves through its options with the arrow key until `value` is chosen. */
async function chooseWithArrows(page: Page, pointer: string, value: string): Promise<void> {
  const selector = `[data-control="${pointer}"]`;
  stops[pointer] = await tabTo(page, selector);
  for (let presses = 0; presses < 10; presses++) {
    if ((await page.evaluate((css) => (document.querySelector(css) as HTMLSelectElement).value, selector)) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${pointer}: the arrows never reach ${value}`);
}

const kpis = [
  { kind: 'instructions', name: 'Тапсырмалардың уақтылы орындалуы', unit: '%', planned: '100', actual: '97,5', score: '4,75' },
  { kind: 'applications', name: 'Өтініштерді уақтылы қарау', unit: '%', planned: '100', actual: '100', score: '5' },
  { kind: 'custom', name: 'Әдістемелік көмек', unit: 'іс-шара', planned: '12', actual: '11', score: '4,5' },
  { kind: 'custom', name: 'Бюджеттің атқарылуы', unit: '%', planned: '99,5', actual: '98,7', score: '4,8' },
  { kind: 'custom', name: 'Заң жобалары', unit: 'жоба', planned: '4', actual: '3', score: '3,9' },
];

describe('keyboard only', () => {
  it('fills the Corps "A" evaluation sheet and downloads its PDF with Tab, typing, arrows and Enter', { timeout }, async () => {
    const page = await session.context.newPage();
    await showForm(page, session.address, 'kz-a-evaluation-sheet', 'kk');
    // The skip link first, then straight to the form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');

    await typeInto(page, '/date', '15.01.2026');
    await typeInto(page, '/person/fullName', 'Сәрсенбаева Гүлнәр Құрманғазықызы');
    await typeInto(page, '/person/position', 'Департамент директоры');
    await typeInto(page, '/period/from', '01.01.2025');
    await typeInto(page, '/period/to', '31.12.2025');
    for (const [index, kpi] of kpis.entries()) {
      await chooseWithArrows(page, `/kpis/${index}/kind`, kpi.kind);
      for (const field of ['name', 'unit', 'planned', 'actual', 'score'] as const) await typeInto(page, `/kpis/${index}/${field}`, kpi[field]);
    }
    await typeInto(page, '/evaluator/fullName', 'Жұмабеков Ерлан Сейтқалиұлы');
    await typeInto(page, '/evaluator/position', 'Вице-министр');
    await page.keyboard.press('Tab');

    // (4.75 + 5 + 4.5 + 4.8 + 3.9) / 5 = 4.59, and no error left.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59' && document.querySelector('#form-status')?.classList.contains('valid'),
    );
    expect(await page.locator('form.data-form .problem').count()).toBe(0);

    // One Tab stop per field (a date too), past the optional fields between the period and the KPIs (the
    // appointment date, the absences' «add», the acquaintance date, the calendar's «add»), and past the toolbar first.
    const { '/date': first, '/kpis/0/kind': past, ...next } = stops;
    expect(first).toBeLessThanOrEqual(10);
    expect(past).toBeLessThanOrEqual(5);
    expect(Object.values(next).every((presses) => presses === 1)).toBe(true);
    expect(await tabTo(page, '#download-pdf')).toBeLessThanOrEqual(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('kz-a-evaluation-sheet.kk.pdf');
    const { text } = await extractPdfText(new Uint8Array(readFileSync((await download.path())!)));
    expect(text).toContain('Сәрсенбаева Гүлнәр Құрманғазықызы');
    expect(text).toContain('Заң жобалары');
    expect(text).toContain('4,59');
    await page.close();
  });
});
