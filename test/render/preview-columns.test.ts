import { describe, expect, it } from 'vitest';

import { preview } from '../../src/api/index.js';
import { textWidthPoints } from '../../src/render/index.js';
import { measureText } from '../../src/render/layout/measure-text.js';
import { loadExample } from '../helpers/example.js';

describe('the preview: the same fitted columns as the PDF and DOCX', () => {
  it.each([
    ['kk', 'Жоспарлы'],
    ['ru', 'Фактическое'],
    ['ky', 'жүзүндөгү'],
  ] as const)("the evaluation sheet (%s): the header word «%s» fits its column, inside the preview's cell padding", (lang, word) => {
    const { pages } = preview('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'), { langs: [lang] });
    const html = pages[0]!.html;
    const table = html.slice(html.indexOf('<table class="table"'));
    const columns = [...table.slice(0, table.indexOf('</colgroup>')).matchAll(/<col width="([\d.]+)%">/g)].map((match) => Number(match[1]));
    const headers = [...table.slice(0, table.indexOf('</tr>')).matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((match) => match[1]!.replace(/\u00ad/g, ''));
    const column = headers.findIndex((header) => header.split(/\s+/).includes(word));
    expect(column).toBeGreaterThan(0);
    // The column's width on the page, less the cell padding and rule (7 pt), holds the bold word.
    expect((columns[column]! / 100) * textWidthPoints('portrait') - 7).toBeGreaterThan(measureText(word, 10, true));
  });
});
