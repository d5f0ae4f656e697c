import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { fixturesDir } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { showForm, useBrowserSession } from '../helpers/web.js';

// Issue 18, the rest of a working day: a printable check report, the ru XLIFF export with the Kyrgyz regulation,
// the wrong KPI row marked in the draft preview, the allowed score range beside the score, the derived values in view.
const timeout = 60_000;
const session = useBrowserSession(timeout);

async function openPage(name: string, uiLang: string): Promise<Page> {
  const page = await session.context.newPage();
  await showForm(page, session.address, 'kz-a-evaluation-sheet', uiLang);
  if (name !== 'forms') {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, name);
    await page.locator(`#page-${name}[data-ready]`).waitFor();
  }
  return page;
}

async function downloadBytes(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

describe('a printable check report', () => {
  it(
    "the regulation check's report as PDF and DOCX, in the UI language: the draft's name, the date, the country, each finding with its place, text and fix",
    { timeout },
    async () => {
      const page = await openPage('regulation', 'ru');
      await page.setInputFiles('#regulation-file', join(fixturesDir, 'regulation', 'kz-defects.kk.md'));
      await page.click('#regulation-check');
      const missing = page.locator('.finding[data-rule="section-missing"]').first();
      await missing.waitFor();
      const place = (await missing.locator('button.link').textContent())!;
      const summary = (await page.textContent('#regulation-status'))!;

      const pdf = await downloadBytes(page, '#report-pdf');
      expect(pdf.name).toBe('regulation-report.pdf');
      const { text } = await extractPdfText(pdf.bytes);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Результат проверки проекта положения о службе управления персоналом');
      expect(flat).toContain('Проект: kz-defects.kk.md');
      // The summary the page shows: Kazakhstan, the document's language, the date checked as of, the counts.
      expect(flat).toContain(summary.replace(/\s+/g, ' ').slice(0, 40));
      expect(flat).toContain('Нет раздела');
      expect(flat).toContain(place);
      expect(flat).toContain('Что сделать');

      const docx = await downloadBytes(page, '#report-print-docx');
      expect(docx.name).toBe('regulation-report.docx');
      const { blocks } = readDocx(docx.bytes);
      const table = blocks.find((block) => block.kind === 'tbl');
      expect(table?.kind === 'tbl' && table.rows[0]).toEqual(['№', 'Место', 'Важность', 'Правило', 'Недостаток', 'Что сделать']);
      const rows = table?.kind === 'tbl' ? table.rows.slice(1) : [];
      expect(rows.length).toBe(await page.locator('.finding').count());
      expect(rows.some((row) => row[1] === place && row[3] === 'Нет раздела')).toBe(true);
      // The same check gives the same bytes.
      expect((await downloadBytes(page, '#report-print-docx')).bytes).toEqual(docx.bytes);
      await page.close();
    },
  );
});

describe('translators', () => {
  it('the ru XLIFF export can be made from Kyrgyz too, with the Kyrgyz regulation (kg-hr-regulation) in it', { timeout }, async () => {
    const page = await openPage('translations', 'ru');
    const exported = async () => {
      const { name, bytes } = await downloadBytes(page, '#xliff-export');
      return { name, text: new TextDecoder().decode(bytes) };
    };
    expect(await page.inputValue('#xliff-lang')).toBe('ru');
    const fromKazakh = await exported();
    expect(fromKazakh.name).toBe('qujat.ru.xliff');
    expect(fromKazakh.text).toContain('srcLang="kk"');
    expect(fromKazakh.text).not.toContain('<file id="kg-hr-regulation"');

    await page.selectOption('#xliff-source', 'ky');
    const fromKyrgyz = await exported();
    expect(fromKyrgyz.name).toBe('qujat.ky-ru.xliff');
    expect(fromKyrgyz.text).toContain('srcLang="ky"');
    expect(fromKyrgyz.text).toContain('trgLang="ru"');
    expect(fromKyrgyz.text).toContain('<file id="kg-hr-regulation"');

    // Kyrgyz cannot be its own source: choosing it as the target brings the source back to Kazakh.
    await page.selectOption('#xliff-lang', 'ky');
    expect(await page.inputValue('#xliff-source')).toBe('kk');
    expect(await page.locator('#xliff-source option[value=ky]').isDisabled()).toBe(true);
    await page.close();
  });
});

describe('the wrong row in the draft, the range beside the score, the derived values in view', () => {
  it("a planned value 0: the draft's KPI row 1 is marked in the document itself, the others not", { timeout }, async () => {
    const page = await openPage('forms', 'kk');
    await page.click('#load-example');
    const kpi1 = await page.inputValue('[data-control="/kpis/0/name"]');
    const kpi2 = await page.inputValue('[data-control="/kpis/1/name"]');
    const preview = page.frameLocator('#preview');
    await preview.locator('td', { hasText: kpi2 }).first().waitFor();
    await page.locator('#preview-note').waitFor({ state: 'hidden' });
    expect(await preview.locator('tr[data-wrong]').count()).toBe(0);

    await page.fill('[data-control="/kpis/0/planned"]', '0');
    const wrong = preview.locator('tr[data-wrong]');
    await wrong.first().waitFor();
    expect(await wrong.count()).toBe(1);
    expect(await wrong.textContent()).toContain(kpi1);
    expect(await wrong.getAttribute('title')).toBe('бұл жолдың деректерінде қате бар');
    // Another language's tab of the same draft: marked there too.
    await page.check('[data-lang="ru"]');
    await page.click('#preview-tabs [data-lang="ru"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('#preview') as HTMLIFrameElement).contentDocument?.documentElement.lang === 'ru' &&
        (document.querySelector('#preview') as HTMLIFrameElement).contentDocument?.querySelector('tr[data-wrong]'),
    );
    expect(await preview.locator('tr[data-wrong]').count()).toBe(1);
    // Corrected, the final document comes, with no mark.
    await page.fill('[data-control="/kpis/0/planned"]', '100');
    await page.locator('#preview-note').waitFor({ state: 'hidden' });
    await preview.locator('tr[data-wrong]').waitFor({ state: 'detached' });
    await preview.locator('td', { hasText: kpi2 }).first().waitFor();
    await page.close();
  });

  it('the allowed range is said beside each score while it is typed, and tied to the field', { timeout }, async () => {
    const page = await openPage('forms', 'kk');
    await page.click('#load-example');
    const hint = page.locator('[data-pointer="/kpis/2/score"] .field-hint');
    await page.waitForFunction(() => document.querySelector('[data-pointer="/kpis/2/score"] .field-hint')?.textContent === 'рұқсат етілгені: 4,50 – 4,74');
    const score = page.locator('[data-control="/kpis/2/score"]');
    expect((await score.getAttribute('aria-describedby'))!.split(' ')).toContain(await hint.getAttribute('id'));
    // The mandatory «instructions» KPI: its maximum (form 4).
    expect(await page.textContent('[data-pointer="/kpis/0/score"] .field-hint')).toMatch(/^ең көбі \d,\d\d$/);
    // The actual value changes the range while the score is typed; a score outside it is an error, both described.
    await page.fill('[data-control="/kpis/2/actual"]', '12');
    await page.waitForFunction(() => document.querySelector('[data-pointer="/kpis/2/score"] .field-hint')?.textContent === 'рұқсат етілгені: 5,00 – 5,00');
    await page.locator('[data-pointer="/kpis/2/score"] > .field-problems .problem').waitFor();
    expect((await score.getAttribute('aria-describedby'))!.split(' ')).toHaveLength(2);
    // A planned value 0: no range can be computed, no hint.
    await page.fill('[data-control="/kpis/2/planned"]', '0');
    await hint.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the derived values stay in view while the form scrolls (1280 px)', { timeout }, async () => {
    const page = await openPage('forms', 'kk');
    await page.click('#load-example');
    await page.waitForFunction(() => document.querySelector('[data-computed="/finalScore"]')?.textContent === '4,59');
    await page.focus('[data-control="/evaluator/position"]');
    const seen = await page.evaluate(() => {
      const box = document.querySelector('#computed')!.getBoundingClientRect();
      return { scrolled: window.scrollY, top: box.top, height: window.innerHeight };
    });
    expect(seen.scrolled).toBeGreaterThan(300);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(seen.height / 2);
    await page.close();
  });
});
