import { describe, expect, it } from 'vitest';

import { render } from '../../src/index.js';
import { loadExample } from '../helpers/example.js';
import { readDocx } from '../helpers/read-docx.js';
import { extractPdfText } from '../helpers/read-pdf.js';

const formId = 'kz-a-evaluation-sheet';

describe('reproducible output', () => {
  it('the same input gives byte-identical PDF and DOCX', async () => {
    const first = await render(formId, loadExample(formId), { langs: ['kk'], formats: ['pdf', 'docx'] });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await render(formId, loadExample(formId), { langs: ['kk'], formats: ['pdf', 'docx'] });
    expect(first.documents).toHaveLength(2);
    for (const [index, document] of first.documents.entries()) {
      expect(Buffer.from(document.bytes).equals(Buffer.from(second.documents[index]!.bytes))).toBe(true);
    }
  });

  it("the document date, not the clock, is the files' creation date", async () => {
    const data = { ...loadExample(formId), date: '2026-01-20' };
    const { documents } = await render(formId, data, { langs: ['ru'], formats: ['pdf', 'docx'] });
    const { info } = await extractPdfText(documents[0]!.bytes);
    expect(String(info.CreationDate)).toMatch(/^D:20260120/);
    expect(readDocx(documents[1]!.bytes).xml('docProps/core.xml')).toContain('>2026-01-20T00:00:00Z</dcterms:created>');
  });
});

describe('user data never changes the document structure', () => {
  const hostileName = 'Иванов *Иван* _Петрович_ | <b>x</b> {{title}} # 1. [a](http://evil.kz)';
  const hostilePosition = 'бас маман\n:::note\nжаңа жол';

  it('prints hostile values literally in PDF and DOCX', async () => {
    const data = loadExample(formId);
    data.person = { fullName: hostileName, position: hostilePosition };
    data.kpis[2].name = 'a | b | c\n\n# not a heading';
    const { documents, problems } = await render(formId, data, { langs: ['kk'], formats: ['pdf', 'docx'] });
    expect(problems).toEqual([]);
    const pdf = (await extractPdfText(documents[0]!.bytes)).text.replace(/\s+/g, ' ');
    expect(pdf).toContain(hostileName);
    expect(pdf).toContain('бас маман :::note жаңа жол');
    const docx = readDocx(documents[1]!.bytes);
    const kpiTable = docx.blocks.find((block) => block.kind === 'tbl' && block.rows.length === 7);
    expect(kpiTable?.kind === 'tbl' && kpiTable.rows[3]?.[1]).toBe('a | b | c\n\n# not a heading');
    expect(kpiTable?.kind === 'tbl' && kpiTable.rows[3]).toHaveLength(7);
    const texts = docx.blocks.flatMap((block) => (block.kind === 'tbl' ? block.rows.flat() : [block.text]));
    expect(texts).toContain(`${hostileName}, ${hostilePosition}`);
    expect(docx.xml('word/document.xml')).not.toContain('w:hyperlink');
  });
});

describe("documents of the same shape share one parsed template, never each other's data", () => {
  it('the second document carries its own values only', async () => {
    const first = loadExample(formId);
    const second = loadExample(formId);
    second.person.fullName = 'Омаров Асқар';
    second.kpis[0].name = 'Басқа көрсеткіш';
    await render(formId, first, { langs: ['kk'], formats: ['docx'] });
    const { documents } = await render(formId, second, { langs: ['kk'], formats: ['docx'] });
    const texts = readDocx(documents[0]!.bytes)
      .blocks.flatMap((block) => (block.kind === 'tbl' ? block.rows.flat() : [block.text]))
      .join('\n');
    expect(texts).toContain('Омаров Асқар');
    expect(texts).toContain('Басқа көрсеткіш');
    expect(texts).not.toContain('Сәрсенбаева');
    const again = await render(formId, first, { langs: ['kk'], formats: ['docx'] });
    expect(
      readDocx(again.documents[0]!.bytes)
        .blocks.flatMap((block) => (block.kind === 'tbl' ? block.rows.flat() : [block.text]))
        .join('\n'),
    ).toContain('Сәрсенбаева');
  });
});

describe('the PDF reaches nothing outside itself', () => {
  it('has no link, action, script or image, whatever URLs or paths the data holds', async () => {
    const data = loadExample(formId);
    data.person = { fullName: 'https://example.org/logo.png', position: '/etc/hostname file:///etc/passwd' };
    const { documents } = await render(formId, data, { langs: ['kk'], formats: ['pdf'] });
    const raw = Buffer.from(documents[0]!.bytes).toString('latin1');
    expect(raw).not.toMatch(/\/URI|\/Launch|\/JavaScript|\/JS|\/Annots|\/XObject|\/Image|\/GoToR|\/EmbeddedFile/);
    expect((await extractPdfText(documents[0]!.bytes)).text).toContain('https://example.org/logo.png');
  });
});
