import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { readDocxParagraphs } from '../../src/regulation/read-docx-paragraphs.js';
import { checkDraft } from '../helpers/check-draft.js';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string, properties = '') =>
  `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/**
 * A DOCX as Word writes one when its chapters are a multilevel list linked to a heading style («Заголовок 1»: style
 * id «1», built-in name «heading 1») and the subpoints a list numbered with Russian letters: the numbers are in no
 * paragraph, only in the styles and the numbering definitions.
 */
function wordDocx(): Uint8Array {
  const styles = `<w:styles ${w}>
    <w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Point"><w:name w:val="Пункт"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  </w:styles>`;
  const numbering = `<w:numbering ${w}>
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1-тарау."/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  </w:numbering>`;
  const body = [
    paragraph('Жалпы ережелер', '<w:pStyle w:val="1"/>'),
    paragraph('Бөлім аппараттың құрылымдық бөлімшесі болып табылады.', '<w:pStyle w:val="Point"/>'),
    paragraph('Бөлім мыналардан тұрады:', '<w:pStyle w:val="Point"/>'),
    paragraph('кадр секторынан;', '<w:pStyle w:val="Point"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>'),
    paragraph('құжаттама секторынан.', '<w:pStyle w:val="Point"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>'),
    paragraph('Міндеттері мен функциялары', '<w:pStyle w:val="1"/>'),
    paragraph('Ескерту мәтіні, нөмірсіз.', '<w:pStyle w:val="Point"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
  ].join('');
  const document = `<w:document ${w}><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(document), 'word/styles.xml': strToU8(styles), 'word/numbering.xml': strToU8(numbering) });
}

describe('a DOCX whose numbering and headings come from its styles, as Word writes them', () => {
  it('reads the numbers Word shows: a list linked to the heading style, points by their style, Russian letters, numbering turned off', () => {
    const lines = readDocxParagraphs(wordDocx());
    expect(lines.map((line) => line.text)).toEqual([
      '1-тарау. Жалпы ережелер',
      '1. Бөлім аппараттың құрылымдық бөлімшесі болып табылады.',
      '2. Бөлім мыналардан тұрады:',
      'а) кадр секторынан;',
      'б) құжаттама секторынан.',
      '2-тарау. Міндеттері мен функциялары',
      'Ескерту мәтіні, нөмірсіз.',
    ]);
    expect(lines[0]).toMatchObject({ headingLevel: 1, bold: true });
    expect(lines[1]!.headingLevel).toBeUndefined();
  });

  it('checks the chapters and points as numbered, with no numbering finding', () => {
    const { findings } = checkDraft(readDocxParagraphs(wordDocx()), { profile: 'kz', asOf: '2026-01-15' });
    expect(findings.filter((finding) => finding.ruleId.startsWith('numbering'))).toEqual([]);
  });
});

describe('runs that look like numbers', () => {
  it('are read as the text they are: «6.», «007», «2026» stay as typed', () => {
    const document = `<w:document ${w}><w:body><w:p><w:r><w:t>6.</w:t></w:r><w:r><w:t xml:space="preserve"> Бөлім 2026 жылы </w:t></w:r><w:r><w:t>007</w:t></w:r><w:r><w:t xml:space="preserve"> нөмірлі бұйрықты орындайды.</w:t></w:r></w:p></w:body></w:document>`;
    const lines = readDocxParagraphs(zipSync({ 'word/document.xml': strToU8(document) }));
    expect(lines.map((line) => line.text)).toEqual(['6. Бөлім 2026 жылы 007 нөмірлі бұйрықты орындайды.']);
  });
});
