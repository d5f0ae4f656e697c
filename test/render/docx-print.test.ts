import { describe, expect, it } from 'vitest';

import { render } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';

const tags = { kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG' } as const;
const languagesOf = (xml: string) => [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:lang w:val="([^"]+)"\/>/gs)].map((match) => match[1]);

describe('DOCX: the language of every run, and the spacing of the PDF', () => {
  it("tags every run with its language (kk-KZ, ru-RU, ky-KG), for Word's spelling check", async () => {
    const { documents } = await render('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'), { langs: ['kk', 'ru', 'ky'], formats: ['docx'] });
    for (const document of documents) {
      const xml = readDocx(document.bytes).xml('word/document.xml');
      const runs = (xml.match(/<w:r>/g) ?? []).length;
      expect(runs).toBeGreaterThan(50);
      expect(languagesOf(xml)).toEqual(Array.from({ length: runs }, () => tags[document.lang as keyof typeof tags]));
    }
  }, 60_000);

  it("tags the runs of a chart's legend too (the Concept report)", async () => {
    const { documents } = await render('kz-concept-indicators-report', loadExample('kz-concept-indicators-report'), { langs: ['ky'], formats: ['docx'] });
    const xml = readDocx(documents[0]!.bytes).xml('word/document.xml');
    expect(xml).toContain('<w:t xml:space="preserve">■ </w:t>');
    expect(new Set(languagesOf(xml))).toEqual(new Set(['ky-KG']));
    // Every run of text: all runs but the seven charts' pictures.
    expect(languagesOf(xml)).toHaveLength((xml.match(/<w:r>/g) ?? []).length - (xml.match(/<w:drawing>/g) ?? []).length);
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(7);
  }, 60_000);

  it('a bilingual document tags each version with its own language', async () => {
    const { documents } = await render('kz-b-sheet-staff', loadExample('kz-b-sheet-staff'), { langs: ['kk+ru'], formats: ['docx'] });
    const languages = languagesOf(readDocx(documents[0]!.bytes).xml('word/document.xml'));
    const firstRu = languages.indexOf('ru-RU');
    expect(firstRu).toBeGreaterThan(10);
    expect(new Set(languages.slice(0, firstRu))).toEqual(new Set(['kk-KZ']));
    expect(new Set(languages.slice(firstRu))).toEqual(new Set(['ru-RU']));
  }, 60_000);

  it("leaves the PDF's room between the period's caption and the table, and between the position and signature lines", async () => {
    const { documents } = await render('kz-a-evaluation-sheet', loadExample('kz-a-evaluation-sheet'), { langs: ['kk'], formats: ['docx'] });
    const blocks = readDocx(documents[0]!.bytes).blocks;
    const at = (test: (block: (typeof blocks)[number]) => boolean) => blocks.findIndex(test);
    const period = at((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '2025 жылғы 1 қаңтар – 2025 жылғы 31 желтоқсан');
    const kpis = at((block) => block.kind === 'tbl' && block.rows[0]?.[0] === '№ р/с');
    const position = at((block) => block.kind === 'tbl' && block.rows[0]?.[0] === 'Лауазымы');
    const signature = at((block) => block.kind === 'tbl' && block.rows[0]?.[0] === 'Қолы');
    expect([period, kpis - period, signature - position]).toEqual([period, 2, 2]);
    for (const spacer of [blocks[period + 1]!, blocks[position + 1]!]) {
      expect(spacer).toMatchObject({ kind: 'p', text: '' });
    }
    const xml = readDocx(documents[0]!.bytes).xml('word/document.xml');
    // 10 pt before a table, 8 pt between two fill-in lines, as the PDF's margins.
    const spacers = [...xml.matchAll(/<w:spacing w:after="0" w:before="0" w:line="(\d+)" w:lineRule="exact"\/>/g)].map((match) => Number(match[1]) / 20);
    expect(spacers).toEqual([8, 10, 8, 8, 8, 8]);
  }, 60_000);
});
