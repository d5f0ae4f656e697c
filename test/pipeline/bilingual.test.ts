import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import type { Form } from '../../src/forms/index.js';
import { render } from '../../src/index.js';
import { renderForm } from '../../src/pipeline/index.js';
import { fixturesDir } from '../helpers/example.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

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

describe('bilingual documents in two columns (a form that declares `bilingual: columns`)', () => {
  const dir = `${fixturesDir}forms/two-columns`;
  const form: Form = {
    dir,
    manifest: parse(readFileSync(`${dir}/form.yaml`, 'utf8')),
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:qujat:test:two-columns',
      type: 'object',
      required: ['date', 'name'],
      properties: { date: { type: 'string' }, name: { type: 'string' } },
    },
  };

  it('puts each block beside the same block of the other language', async () => {
    const { documents, problems } = await renderForm(form, { date: '2026-01-15', name: 'Асанов Бақыт' }, { langs: ['kk+ru'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const { pages } = await extractPdfText(documents[0]!.bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Бағалау парағы');
    expect(pages[0]).toContain('Оценочный лист');
    const docx = readDocx(documents[1]!.bytes);
    const pairs = docx.blocks.filter((block) => block.kind === 'tbl' && block.rows[0]?.length === 2);
    expect(pairs[0]?.kind === 'tbl' && pairs[0].rows[0]).toEqual(['Бағалау парағы', 'Оценочный лист']);
    expect(docx.xml('word/document.xml')).not.toContain('<w:br w:type="page"/>');
  });
});
