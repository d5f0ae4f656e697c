import { describe, expect, it } from 'vitest';

import { loadForm } from '../../src/forms/index.js';
import { layoutForm, renderForm } from '../../src/pipeline/index.js';
import type { Block } from '../../src/render/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, '');
const textOf = (block: Block): string =>
  block.kind === 'paragraph'
    ? block.runs.map((run) => run.text).join('')
    : block.kind === 'table'
      ? block.header
          .flatMap((cell) => cell.runs)
          .map((run) => run.text)
          .join(' ')
      : '';

describe('a heading is never alone at the foot of a page', () => {
  it.each(['kz-a-agreement-cat1', 'kz-a-agreement-cat2'].flatMap((formId) => (['kk', 'ru', 'ky'] as const).map((lang) => [formId, lang] as const)))(
    '%s (%s): each heading on the page of the table after it',
    async (formId, lang) => {
      const form = loadForm(formId)!;
      const { layouts } = layoutForm(form, loadExample(formId), { langs: [lang] });
      const blocks = layouts[0]!.blocks;
      const pairs = blocks.flatMap((block, index) =>
        block.kind === 'paragraph' && block.role === 'heading' && blocks[index + 1]?.kind === 'table' ? [[textOf(block), textOf(blocks[index + 1]!)]] : [],
      );
      expect(pairs.length).toBeGreaterThan(0);
      const { documents } = await renderForm(form, loadExample(formId), { langs: [lang], formats: ['pdf'] });
      const pages = (await extractPdfText(documents[0]!.bytes)).pages.map(squash);
      for (const [heading, header] of pairs) {
        const page = pages.findIndex((text) => text.includes(squash(heading!)));
        expect([heading, page >= 0, pages[page]?.includes(squash(header!).slice(0, 40))]).toEqual([heading, true, true]);
      }
    },
    60_000,
  );
});

describe('a paragraph all in bold (a question before its table of answers) is kept with what follows', () => {
  it('is marked "keep with next" in the DOCX, each question of the survey summary', async () => {
    const form = loadForm('kz-a-survey-summary')!;
    const { layouts } = layoutForm(form, loadExample('kz-a-survey-summary'), { langs: ['kk'] });
    const questions = layouts[0]!.blocks.filter(
      (block, index) =>
        block.kind === 'paragraph' && block.role === 'body' && block.runs.every((run) => run.bold) && layouts[0]!.blocks[index + 1]?.kind === 'table',
    );
    expect(questions.length).toBeGreaterThanOrEqual(10);
    const { documents } = await renderForm(form, loadExample('kz-a-survey-summary'), { langs: ['kk'], formats: ['docx'] });
    const xml = readDocx(documents[0]!.bytes).xml('word/document.xml');
    expect(xml.match(/<w:pStyle w:val="QujatBody"\/><w:keepNext\/>/g)?.length).toBe(questions.length + 1);
  });
});
