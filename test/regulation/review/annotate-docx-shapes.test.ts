import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/problems/index.js';
import { readRegulationBytes } from '../../../src/regulation/index.js';
import { annotateDocx } from '../../../src/regulation/review/index.js';

const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

function docx(document: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(types), 'word/document.xml': strToU8(`<?xml version="1.0"?>${document}`) });
}

const mixed = (line: number, column: number): Problem => ({ ruleId: 'mixed-script', severity: 'error', message: 'the word mixes scripts', place: { line, column }, fix: { description: 'replace with "білім"', value: 'білім' } });
const clause: Problem = { ruleId: 'clause-missing', severity: 'error', message: 'the clause is missing', place: { line: 2, column: 1 } };

function annotate(bytes: Uint8Array, problems: Problem[]) {
  const read = readRegulationBytes(bytes, '.docx');
  if (!read.ok) throw new Error(read.detail);
  const result = annotateDocx(bytes, read.lines, problems, 'en');
  if (!result.ok) throw new Error(result.detail);
  const parts = unzipSync(result.bytes);
  const reread = readRegulationBytes(result.bytes, '.docx');
  return { document: strFromU8(parts['word/document.xml']!), comments: strFromU8(parts['word/comments.xml']!), lines: read.lines, reread: reread.ok ? reread.lines : [], result };
}

describe('annotating DOCX of every shape', () => {
  it('writes new elements with the prefix the document gives Word\'s namespace', () => {
    const { document, lines, reread, result } = annotate(docx(`<x:document xmlns:x="${main}"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t>Ереже бiлiм туралы</x:t></x:r></x:p><x:p/></x:body></x:document>`), [mixed(1, 7), clause]);
    expect(result.changes).toBe(1);
    expect(document).toBe(`<?xml version="1.0"?><x:document xmlns:x="${main}"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Ереже </x:t></x:r><x:commentRangeStart x:id="0"/><x:del x:id="1" x:author="qujat"><x:r><x:rPr><x:b/></x:rPr><x:delText xml:space="preserve">бiлiм</x:delText></x:r></x:del><x:ins x:id="2" x:author="qujat"><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">білім</x:t></x:r></x:ins><x:commentRangeEnd x:id="0"/><x:r><x:commentReference x:id="0"/></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> туралы</x:t></x:r></x:p><x:p><x:commentRangeStart x:id="3"/><x:commentRangeEnd x:id="3"/><x:r><x:commentReference x:id="3"/></x:r></x:p></x:body></x:document>`);
    expect(reread).toEqual(lines);
  });

  it('declares a prefix for the attributes when Word\'s namespace is the default one', () => {
    const { document, lines, reread } = annotate(docx(`<document xmlns="${main}"><body><p><r><t>Ереже бiлiм</t></r></p><p></p></body></document>`), [mixed(1, 7), clause]);
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toContain(`<del xmlns:wq="${main}" wq:id="1" wq:author="qujat"><r><delText xml:space="preserve">бiлiм</delText></r></del>`);
    expect(reread).toEqual(lines);
  });

  it('counts characters written as entities as one, and splits a run between its entities and a word', () => {
    const { document, lines, reread } = annotate(docx(`<w:document xmlns:w="${main}"><w:body><w:p><w:r><w:t xml:space="preserve">«A&amp;B&quot;» бiлiм &lt;1&gt;</w:t></w:r></w:p><w:p/></w:body></w:document>`), [mixed(1, 8), clause]);
    expect(lines[0]!.text).toBe('«A&B"» бiлiм <1>');
    expect(document).toContain('<w:t xml:space="preserve">«A&amp;B&quot;» </w:t></w:r><w:commentRangeStart w:id="0"/><w:del w:id="1" w:author="qujat"><w:r><w:delText xml:space="preserve">бiлiм</w:delText></w:r></w:del>');
    expect(document).toContain('<w:r><w:t xml:space="preserve"> &lt;1&gt;</w:t></w:r></w:p>');
    expect(reread).toEqual(lines);
  });

  it('marks the whole paragraph when a finding is about Word\'s own numbering label, and leaves a fix across a tab to the author', () => {
    const numbering = `<w:numbering xmlns:w="${main}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(types),
      'word/numbering.xml': strToU8(numbering),
      'word/document.xml': strToU8(`<w:document xmlns:w="${main}"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Ереже б</w:t><w:tab/><w:t>iлiм</w:t></w:r></w:p><w:p/></w:body></w:document>`),
    });
    const gap: Problem = { ruleId: 'numbering-gap', severity: 'error', message: 'gap', place: { line: 1, column: 1 }, fix: { description: 'replace with "2"', value: '2' } };
    const { document, lines, reread, result } = annotate(bytes, [gap, mixed(1, 10), clause]);
    expect(lines[0]!.text).toBe('1. Ереже бiлiм');
    expect(result.changes).toBe(0);
    expect(document).toContain('</w:pPr><w:commentRangeStart w:id="0"/><w:r>');
    expect(document).toContain('<w:t xml:space="preserve">Ереже </w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve">б</w:t><w:tab/><w:t>iлiм</w:t></w:r><w:commentRangeEnd w:id="1"/>');
    expect(reread).toEqual(lines);
  });

  it('reads a reviewed copy as the draft: qujat\'s insertions are no text yet, its deletions still are; the author\'s changes read as before', () => {
    const bytes = docx(`<w:document xmlns:w="${main}"><w:body><w:p><w:r><w:t xml:space="preserve">Ереже </w:t></w:r><w:del w:id="1" w:author="qujat"><w:r><w:delText>бiлiм</w:delText></w:r></w:del><w:ins w:id="2" w:author="qujat"><w:r><w:t>білім</w:t></w:r></w:ins><w:del w:id="3" w:author="Айгүл"><w:r><w:delText> ескі</w:delText></w:r></w:del><w:ins w:id="4" w:author="Айгүл"><w:r><w:t> жаңа</w:t></w:r></w:ins></w:p></w:body></w:document>`);
    const read = readRegulationBytes(bytes, '.docx');
    expect(read.ok && read.lines.map((line) => line.text)).toEqual(['Ереже бiлiм жаңа']);
  });
});
