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
    await page.evaluate((hash) => { location.hash = hash; }, name);
    await page.locator(`#page-${name}[data-ready]`).waitFor();
  }
  return page;
}

async function downloadBytes(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

describe('a printable check report', () => {
  it('the regulation check\'s report as PDF and DOCX, in the UI language: the draft\'s name, the date, the country, each finding with its place, text and fix', { timeout }, async () => {
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
  });
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
