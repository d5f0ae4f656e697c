import { describe, expect, it } from 'vitest';

import type { Block, Cell, Paragraph } from '../../src/render/index.js';
import { layOutPages } from '../../src/render/pdf/lay-out-pages.js';
import type { PdfPage, TextItem } from '../../src/render/pdf/pdf-page.js';
import { textWidthPoints } from '../../src/render/render-options.js';

const portrait = { orientation: 'portrait' } as const;
const mm = (value: number) => (value * 72) / 25.4;
const texts = (page: PdfPage) => page.items.filter((item): item is TextItem => item.kind === 'text');
const pageText = (page: PdfPage) =>
  texts(page)
    .map((item) => item.text)
    .join(' ');
const paragraph = (text: string, role: Paragraph['role'] = 'body', align: Paragraph['align'] = 'left'): Paragraph => ({
  kind: 'paragraph',
  runs: [{ text }],
  align,
  role,
});
const cell = (text: string): Cell => ({ runs: [{ text }], align: 'left', colSpan: 1 });
const words = (count: number, word = 'бағалау') => Array.from({ length: count }, () => word).join(' ');

describe('the PDF layout (lay-out-pages.ts)', () => {
  it('sets A4 pages with the official margins: text from 30 mm on the left, 20 mm from the top, within 15 mm on the right', () => {
    const [page] = layOutPages([paragraph(words(80), 'body', 'justify')], portrait);
    expect([page!.width, page!.height].map(Math.round)).toEqual([595, 842]);
    const items = texts(page!);
    expect(Math.min(...items.map((item) => item.x))).toBeCloseTo(mm(30), 3);
    expect(items[0]!.y).toBeGreaterThan(mm(20));
    expect(items[0]!.y).toBeLessThan(mm(20) + 12);
    // Justified: every line but the last stretched to the full width by space after each word.
    expect(items.slice(0, -1).every((item) => (item.wordSpacing ?? 0) > 0)).toBe(true);
    expect(items.at(-1)!.wordSpacing).toBeUndefined();
    const [landscape] = layOutPages([paragraph('x')], { orientation: 'landscape' });
    expect([landscape!.width, landscape!.height].map(Math.round)).toEqual([842, 595]);
  });

  it('breaks lines at spaces and after hyphens, never inside a word that fits, and keeps a forced break', () => {
    const [page] = layOutPages([paragraph(`${words(30, 'қызметшілердің')}\u2028жаңа жол`)], portrait);
    const lines = texts(page!).map((item) => item.text);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(line.split(' ').every((word) => word === 'қызметшілердің')).toBe(true);
    expect(lines.at(-1)).toBe('жаңа жол');
  });

  it('cuts a word wider than its line by letters, as a last resort, every part within the line', () => {
    const word = 'Қ'.repeat(400);
    const [page] = layOutPages([paragraph(word)], portrait);
    const lines = texts(page!);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((item) => item.text).join('')).toBe(word);
    const width = textWidthPoints('portrait');
    // Қ is 1366 of 2048 units wide in Tinos: as many as fit in a line, the last line the rest.
    const perLine = Math.floor(width / ((1366 / 2048) * 12));
    expect(lines.map((item) => item.text.length)).toEqual([...Array.from({ length: Math.floor(400 / perLine) }, () => perLine), 400 % perLine]);
  });

  it('moves a heading to the next page with what follows, and repeats a table header on each page it runs onto', () => {
    // 37 lines leave room for the heading, not for the table's header and first row under it.
    const filler = Array.from({ length: 37 }, (_, index) => paragraph(`Жол ${index + 1}`));
    const rows = Array.from({ length: 60 }, (_, index) => [cell(String(index + 1)), cell(words(3))]);
    const table: Block = { kind: 'table', widths: [1, 4], header: [cell('№'), cell('Атауы')], rows };
    const pages = layOutPages([...filler, paragraph('Бөлім тақырыбы', 'heading'), table], portrait);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pageText(pages[0]!)).not.toContain('Бөлім тақырыбы');
    expect(pageText(pages[1]!)).toContain('Бөлім тақырыбы');
    for (const page of pages.slice(1)) expect(texts(page).filter((item) => item.text === 'Атауы')).toHaveLength(1);
    const numbers = pages.flatMap((page) => texts(page).filter((item) => /^\d+$/.test(item.text))).map((item) => Number(item.text));
    expect(numbers).toEqual(rows.map((_, index) => index + 1));
  });

  it('keeps a paragraph all in bold (a question before its table of answers) with the table after it', () => {
    const filler = Array.from({ length: 37 }, (_, index) => paragraph(`Жол ${index + 1}`));
    const question: Block = { kind: 'paragraph', runs: [{ text: '6. Сұрақ?', bold: true }], align: 'justify', role: 'body' };
    const table: Block = { kind: 'table', widths: [3, 1], header: [cell('Жауап'), cell('Саны')], rows: [[cell('Иә'), cell('17')]] };
    const pages = layOutPages([...filler, question, table], portrait);
    expect(pages.map(pageText).map((text) => text.includes('6. Сұрақ?'))).toEqual([false, true]);
  });

  it('cuts a table row taller than a page between its lines, losing none', () => {
    const long = words(1200);
    const table: Block = { kind: 'table', widths: [1, 1], header: [cell('A'), cell('B')], rows: [[cell('1'), cell(long)]] };
    const pages = layOutPages([table], portrait);
    expect(pages.length).toBeGreaterThan(1);
    const bottom = 842 - mm(20);
    for (const page of pages) for (const item of texts(page)) expect(item.y).toBeLessThan(bottom);
    const all = pages.flatMap((page) => texts(page).filter((item) => item.text.includes('бағалау'))).map((item) => item.text.split(' ').length);
    expect(all.reduce((sum, count) => sum + count, 0)).toBe(1200);
  });

  it('cuts a pair of blocks side by side (a bilingual document in two columns) across pages, losing none', () => {
    const long = (word: string): Block => ({ kind: 'table', widths: [1], header: [cell('A')], rows: [[cell(words(900, word))]] });
    const pages = layOutPages([{ kind: 'pair', left: long('бағалау'), right: long('оценка') }], portrait);
    expect(pages.length).toBeGreaterThan(1);
    const count = (word: string) =>
      pages.flatMap((page) => texts(page).filter((item) => item.text.includes(word))).reduce((sum, item) => sum + item.text.split(' ').length, 0);
    expect([count('бағалау'), count('оценка')]).toEqual([900, 900]);
    for (const page of pages) for (const item of texts(page)) expect(item.y).toBeLessThan(842 - mm(20));
  });

  it('draws a fill-in line: the label, the value on a rule to the page edge, the caption under the rule', () => {
    const [page] = layOutPages(
      [{ kind: 'fill', label: [{ text: 'Күні' }], value: [{ text: '2026 жылғы 15 қаңтар' }], caption: [{ text: '(күні)' }] }],
      portrait,
    );
    const [label, value, caption] = texts(page!);
    expect([label!.text, value!.text, caption!.text]).toEqual(['Күні', '2026 жылғы 15 қаңтар', '(күні)']);
    const rule = page!.items.find((item) => item.kind === 'line')!;
    expect(rule.kind === 'line' && [rule.x1 > label!.x, rule.x2]).toEqual([true, mm(30) + textWidthPoints('portrait')]);
    expect(rule.kind === 'line' && rule.y1 > value!.y && rule.y1 < caption!.y).toBe(true);
    expect(caption!.size).toBe(8);
  });

  it('sets a letter typed as a base and a combining mark as the one letter the font has', () => {
    const [page] = layOutPages([paragraph('Қаи\u0306ырлы таң')], portrait);
    expect(texts(page!)[0]!.text).toBe('Қайырлы таң');
  });

  it('leaves a line of body text under a labelled fill-in line’s caption, room to sign above the next line', () => {
    const signature = (label: string): Block => ({ kind: 'fill', label: [{ text: label }], value: [], caption: [{ text: '(қолы)' }] });
    const [page] = layOutPages([signature('Қолы'), signature('Күні')], portrait);
    const rules = page!.items.flatMap((item) => (item.kind === 'line' ? [item.y1] : []));
    const lineHeight = 12 * 1.1 * ((1825 + 443) / 2048);
    // The rule, the caption's row (a body line and its padding), the space between the fill-in lines, the next row.
    expect(rules[1]! - rules[0]!).toBeCloseTo(lineHeight + 2 + 8 + lineHeight + 2, 3);
  });

  it('cuts a fill-in line whose value is longer than a page, its caption under the last part', () => {
    const fill: Block = { kind: 'fill', label: [], value: [{ text: words(1500) }], caption: [{ text: '(қолы)' }] };
    const pages = layOutPages([fill], portrait);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.flatMap((page) => texts(page));
    expect(all.filter((item) => item.text.includes('бағалау')).reduce((sum, item) => sum + item.text.split(' ').length, 0)).toBe(1500);
    expect(texts(pages.at(-1)!).at(-1)!.text).toBe('(қолы)');
    for (const page of pages) for (const item of texts(page)) expect(item.y).toBeLessThan(842 - mm(20));
  });

  it('prints a tab as a space and bidi marks, joiners and a byte-order mark as nothing (never as the missing-glyph box)', () => {
    const [page] = layOutPages([paragraph('Серікбаев\tНұрлан\u200e Айдар\u200dұлы\ufeff')], portrait);
    expect(texts(page!).map((item) => item.text)).toEqual(['Серікбаев Нұрлан Айдарұлы']);
  });

  it('underlines the blank to fill in by hand', () => {
    const [page] = layOutPages([{ kind: 'paragraph', runs: [{ text: 'Қолы ' }, { text: '', blank: true }], align: 'left', role: 'body' }], portrait);
    const blank = texts(page!).find((item) => item.text.startsWith('\u00a0'))!;
    const rule = page!.items.find((item) => item.kind === 'line')!;
    expect(rule.kind === 'line' && [rule.x1, rule.y1 > blank.y]).toEqual([blank.x, true]);
  });
});
