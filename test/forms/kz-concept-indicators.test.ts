import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { compute, render } from '../../src/index.js';
import { conceptIndicators } from '../../src/rules/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const formId = 'kz-concept-indicators-report';

describe('Concept 2024-2029 indicators (section 6)', () => {
  it('are the seven indicators with the yearly targets of the source table (indicator 6 read across its broken cells)', () => {
    expect(conceptIndicators.map((indicator) => [indicator.id, indicator.direction, Object.values(indicator.targets).join(' ')])).toEqual([
      ['service-satisfaction', 'higher-is-better', '70 71 72 73 74 75'],
      ['ethics-offences', 'lower-is-better', '2 1.9 1.8 1.7 1.6 1.5'],
      ['candidates-per-place', 'higher-is-better', '2.5 3 3.5 4 4.5 5'],
      ['degree-holders', 'higher-is-better', '7.5 8 8.5 9 9.5 10'],
      ['trained', 'higher-is-better', '3.2 4 5 6 7 8'],
      ['digital-hr', 'higher-is-better', '25 30 35 40 45 50'],
      ['pay-satisfaction', 'higher-is-better', '45 50 55 60 65 70'],
    ]);
  });

  it('reports target, actual, exact deviation and status with the direction taken into account', () => {
    const { computed } = compute(formId, loadExample(formId));
    const byId = Object.fromEntries((computed!.indicators as { id: string; years: unknown[] }[]).map((indicator) => [indicator.id, indicator.years]));
    expect(byId['service-satisfaction']).toEqual([
      { year: '2024', target: 70, actual: 71.4, deviation: 1.4, status: 'met' },
      { year: '2025', target: 71, actual: 70.2, deviation: -0.8, status: 'not-met' },
      { year: '2026', target: 72, actual: null, deviation: null, status: 'no-data' },
    ]);
    // Lower is better: 1.9 against a target of 2 is met, 2.1 against 1.9 is not.
    expect(byId['ethics-offences']!.slice(0, 2)).toEqual([
      { year: '2024', target: 2, actual: 1.9, deviation: -0.1, status: 'met' },
      { year: '2025', target: 1.9, actual: 2.1, deviation: 0.2, status: 'not-met' },
    ]);
    // Exactly on target is met.
    expect(byId['candidates-per-place']![1]).toEqual({ year: '2025', target: 3, actual: 3, deviation: 0, status: 'met' });
  });

  it('draws the charts as vector graphics in the PDF and as pictures in the DOCX', async () => {
    const { documents, problems } = await render(formId, loadExample(formId), { langs: ['kk', 'ru', 'ky'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const kk = (await extractPdfText(documents[0]!.bytes)).text.replace(/\s+/g, '');
    for (const text of ['Мемлекеттік қызметті дамыту тұжырымдамасының', 'қол жеткізілмеді', 'деректер жоқ', '(неғұрлым төмен болса, соғұрлым жақсы)'])
      expect(kk).toContain(text.replace(/\s+/g, ''));
    const pdf = await getDocument({ data: new Uint8Array(documents[0]!.bytes), isEvalSupported: false }).promise;
    let rectangles = 0;
    for (let page = 1; page <= pdf.numPages; page += 1) {
      const operators = await (await pdf.getPage(page)).getOperatorList();
      rectangles += operators.fnArray.filter((fn) => fn === OPS.constructPath).length;
    }
    expect(rectangles).toBeGreaterThan(7 * 2);
    const docx = readDocx(documents[3]!.bytes);
    // Charts whose bars are the same picture share one media file (two of the seven here), each referred to by its relationship.
    const media = docx.names.filter((name) => name.startsWith('word/media/') && name.endsWith('.png')).sort();
    expect(media).toEqual(['1', '2', '3', '4', '5', '6'].map((number) => `word/media/image${number}.png`));
    const relationships = docx.xml('word/_rels/document.xml.rels');
    const embedded = [...docx.xml('word/document.xml').matchAll(/r:embed="(rId\d+)"/g)].map((match) => match[1]);
    expect(embedded).toHaveLength(7);
    expect(new Set(embedded).size).toBe(6);
    for (const id of embedded) expect(relationships).toMatch(new RegExp(`Id="${id}" Type="[^"]+/image" Target="media/image\\d\\.png"`));
    // Drawings numbered from 1 in each document, whatever was rendered before in the process.
    expect([...docx.xml('word/document.xml').matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(docx.blocks.some((block) => block.kind === 'tbl' && block.rows[0]?.[1] === 'Целевой индикатор')).toBe(true);
    // Six documents with charts: seconds on a busy machine, so no race with the 5 s default.
  }, 60_000);
});
