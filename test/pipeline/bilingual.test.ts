import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { extractPdfText } from '../helpers/read-pdf.js';
import { readDocx } from '../helpers/read-docx.js';
import { loadExample } from '../helpers/example.js';

describe('bilingual documents (--lang kk+ru)', () => {
  it('hold both versions from one data file, the second from a new page', async () => {
    const { documents, problems } = await render('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'), { langs: ['kk+ru'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    expect(documents.map((document) => document.fileName)).toEqual(['kz-a-evaluation-sheet.kk+ru.pdf', 'kz-a-evaluation-sheet.kk+ru.docx']);
    const { pages, info } = await extractPdfText(documents[0]!.bytes);
    const kkPage = pages.findIndex((page) => page.includes('Бағалау парағы'));
    const ruPage = pages.findIndex((page) => page.includes('Оценочный лист'));
    expect(kkPage).toBe(0);
    expect(ruPage).toBeGreaterThan(kkPage);
    expect(pages[ruPage]!.startsWith('Приложение 3')).toBe(true);
    expect(info.Title).toBe('Бағалау парағы / Оценочный лист');
    const docx = readDocx(documents[1]!.bytes);
    const titles = docx.blocks.filter((block) => block.kind === 'p' && block.style === 'QujatTitle').map((block) => ('text' in block ? block.text : ''));
    expect(titles).toEqual(['Бағалау парағы', 'Оценочный лист']);
    expect(docx.xml('word/document.xml')).toContain('<w:br w:type="page"/>');
  });
});
