import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { Problem } from '../../../src/core/problems/index.js';
import type { RegulationFinding } from '../../../src/regulation/index.js';
import { readRegulationBytes } from '../../../src/regulation/index.js';
import { annotateDocx, type CheckedDraft } from '../../../src/regulation/review/index.js';
import { checkDraft } from '../../helpers/check-draft.js';
import { changesBy } from './review-xml.js';

const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const types =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

function docx(document: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(types), 'word/document.xml': strToU8(`<?xml version="1.0"?>${document}`) });
}

/** A finding as the check gives it: its message, and the same finding as data. */
type Entry = { problem: Problem; finding: RegulationFinding };
const entry = (finding: RegulationFinding, message: string): Entry => ({
  problem: {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message,
    place: { line: finding.line, column: finding.column ?? 1 },
    ...(finding.fix !== undefined && { fix: { description: `replace with "${finding.fix}"`, value: finding.fix } }),
  },
  finding,
});
const mixed = (line: number, column: number): Entry =>
  entry({ ruleId: 'mixed-script', severity: 'error', line, column, length: 5, fix: 'білім', certain: true }, 'the word mixes scripts');
const clause = (line: number, placement: 'before' | 'after'): Entry =>
  entry({ ruleId: 'clause-missing', severity: 'error', line, column: 1, placement }, 'the clause is missing');

/** Only some of a check's findings, as the check gives them. */
function only(checked: CheckedDraft, keep: (ruleId: string) => boolean): Entry[] {
  return checked.problems.map((problem, index) => ({ problem, finding: checked.findings[index]! })).filter(({ problem }) => keep(problem.ruleId));
}

function annotate(bytes: Uint8Array, entries: Entry[]) {
  const read = readRegulationBytes(bytes, '.docx');
  if (!read.ok) throw new Error(read.detail);
  const result = annotateDocx(bytes, read.lines, { problems: entries.map((item) => item.problem), findings: entries.map((item) => item.finding) }, 'en');
  if (!result.ok) throw new Error(result.detail);
  const parts = unzipSync(result.bytes);
  const reread = readRegulationBytes(result.bytes, '.docx');
  return {
    document: strFromU8(parts['word/document.xml']!),
    comments: strFromU8(parts['word/comments.xml']!),
    lines: read.lines,
    reread: reread.ok ? reread.lines : [],
    result,
  };
}

describe('annotating DOCX of every shape', () => {
  it("writes new elements with the prefix the document gives Word's namespace", () => {
    const { document, lines, reread, result } = annotate(
      docx(`<x:document xmlns:x="${main}"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t>Ереже бiлiм туралы</x:t></x:r></x:p><x:p/></x:body></x:document>`),
      [mixed(1, 7), clause(2, 'before')],
    );
    expect(result.changes).toBe(1);
    expect(document).toBe(
      `<?xml version="1.0"?><x:document xmlns:x="${main}"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Ереже </x:t></x:r><x:commentRangeStart x:id="0"/><x:del x:id="1" x:author="qujat"><x:r><x:rPr><x:b/></x:rPr><x:delText xml:space="preserve">бiлiм</x:delText></x:r></x:del><x:ins x:id="2" x:author="qujat"><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">білім</x:t></x:r></x:ins><x:commentRangeEnd x:id="0"/><x:r><x:commentReference x:id="0"/></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> туралы</x:t></x:r></x:p><x:p><x:commentRangeStart x:id="3"/><x:commentRangeEnd x:id="3"/><x:r><x:commentReference x:id="3"/></x:r></x:p></x:body></x:document>`,
    );
    expect(reread).toEqual(lines);
  });

  it("declares a prefix for the attributes when Word's namespace is the default one", () => {
    const { document, lines, reread } = annotate(docx(`<document xmlns="${main}"><body><p><r><t>Ереже бiлiм</t></r></p><p></p></body></document>`), [
      mixed(1, 7),
      clause(2, 'before'),
    ]);
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toContain(`<del xmlns:wq="${main}" wq:id="1" wq:author="qujat"><r><delText xml:space="preserve">бiлiм</delText></r></del>`);
    expect(reread).toEqual(lines);
  });

  it('counts characters written as entities as one, and splits a run between its entities and a word', () => {
    const { document, lines, reread } = annotate(
      docx(
        `<w:document xmlns:w="${main}"><w:body><w:p><w:r><w:t xml:space="preserve">«A&amp;B&quot;» бiлiм &lt;1&gt;</w:t></w:r></w:p><w:p/></w:body></w:document>`,
      ),
      [mixed(1, 8), clause(2, 'before')],
    );
    expect(lines[0]!.text).toBe('«A&B"» бiлiм <1>');
    expect(document).toContain(
      '<w:t xml:space="preserve">«A&amp;B&quot;» </w:t></w:r><w:commentRangeStart w:id="0"/><w:del w:id="1" w:author="qujat"><w:r><w:delText xml:space="preserve">бiлiм</w:delText></w:r></w:del>',
    );
    expect(document).toContain('<w:r><w:t xml:space="preserve"> &lt;1&gt;</w:t></w:r></w:p>');
    expect(reread).toEqual(lines);
  });

  it("marks the whole paragraph when a finding is about Word's own numbering label, counts a tab as the reader's space, and leaves a fix across a tab to the author", () => {
    const numbering = `<w:numbering xmlns:w="${main}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(types),
      'word/numbering.xml': strToU8(numbering),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="${main}"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr><w:r><w:t>Ереже</w:t><w:tab/><w:t>бiлiм туралы</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Мемлекеттік қызмет істері және</w:t><w:tab/><w:t xml:space="preserve">сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі бекітеді</w:t></w:r></w:p><w:p/></w:body></w:document>`,
      ),
    });
    const gap = entry({ ruleId: 'numbering-gap', severity: 'error', line: 1, column: 1, length: 2, fix: '2' }, 'gap');
    const outdated = entry(
      {
        ruleId: 'outdated-name',
        severity: 'error',
        line: 2,
        column: 1,
        length: 'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі'.length,
        fix: 'Мемлекеттік қызмет істері агенттігі',
        certain: true,
      },
      'outdated',
    );
    const { document, lines, reread, result } = annotate(bytes, [gap, mixed(1, 10), outdated, clause(3, 'before')]);
    // The reader reads the tab as a space (the paragraph's tab stops are no text): «бiлiм» is at column 10.
    expect(lines.map((line) => line.text)).toEqual([
      '1. Ереже бiлiм туралы',
      'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі бекітеді',
      '',
    ]);
    expect(result.changes).toBe(1);
    expect(document).toContain('</w:pPr><w:commentRangeStart w:id="0"/><w:r>');
    expect(document).toContain(
      '<w:r><w:t>Ереже</w:t><w:tab/></w:r><w:commentRangeStart w:id="1"/><w:del w:id="2" w:author="qujat"><w:r><w:delText xml:space="preserve">бiлiм</w:delText></w:r></w:del><w:ins w:id="3" w:author="qujat"><w:r><w:t xml:space="preserve">білім</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> туралы</w:t></w:r>',
    );
    // The name crosses a tab: its comment spans it, tab and all, and the fix stays in the comment.
    expect(document).toContain(
      '<w:p><w:commentRangeStart w:id="4"/><w:r><w:t xml:space="preserve">Мемлекеттік қызмет істері және</w:t><w:tab/><w:t xml:space="preserve">сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі</w:t></w:r><w:commentRangeEnd w:id="4"/>',
    );
    expect(document).not.toContain('<w:delText xml:space="preserve">Мемлекеттік');
    expect(reread).toEqual(lines);
  });

  it("finds a finding's words in a sentence the check joined from two paragraphs: a name that goes on in the next is marked to its paragraph's end", () => {
    const first = '1. Персоналды басқару қызметі Мемлекеттік қызмет істері және сыбайлас';
    const second = 'жемқорлыққа қарсы іс-қимыл агенттігі бекіткен тәртіппен, бiлiм беру ұйымдарымен бірге әрекет етеді.';
    const bytes = docx(
      `<w:document xmlns:w="${main}"><w:body><w:p><w:r><w:t>${first}</w:t></w:r></w:p><w:p><w:r><w:t>${second}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const read = readRegulationBytes(bytes, '.docx');
    if (!read.ok) throw new Error(read.detail);
    const entries = only(
      checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'en' }),
      (ruleId) => ruleId === 'outdated-name' || ruleId === 'mixed-script',
    );
    const problems = entries.map((item) => item.problem);
    // The check joined the two paragraphs into one sentence: the name begins in the first, «бiлiм» stands in the second.
    expect(problems.map((problem) => [problem.ruleId, problem.place.line, problem.place.column])).toEqual([
      ['outdated-name', 1, 31],
      ['mixed-script', 2, 58],
    ]);
    const { document, reread, result } = annotate(bytes, entries);
    expect(result.changes).toBe(1);
    expect(document).toContain(
      `<w:p><w:r><w:t xml:space="preserve">1. Персоналды басқару қызметі </w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Мемлекеттік қызмет істері және сыбайлас</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
    );
    expect(document).toContain(
      '<w:commentRangeStart w:id="1"/><w:del w:id="2" w:author="qujat"><w:r><w:delText xml:space="preserve">бiлiм</w:delText></w:r></w:del><w:ins w:id="3" w:author="qujat"><w:r><w:t xml:space="preserve">білім</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/>',
    );
    expect(reread).toEqual(read.lines);
  });

  it('proposes an outdated name in the same case as a tracked change, and leaves it to the author where its ending stands for several cases', () => {
    const points = [
      '1. Служба направляет сведения в Канцелярии Премьер-Министра и взаимодействует с Канцелярией Премьер-Министра.',
      '2. Служба поручает Канцелярии Премьер-Министра подготовку материалов.',
    ];
    const bytes = docx(
      `<w:document xmlns:w="${main}"><w:body>${points.map((point) => `<w:p><w:r><w:t>${point}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    );
    const read = readRegulationBytes(bytes, '.docx');
    if (!read.ok) throw new Error(read.detail);
    const entries = only(checkDraft(read.lines, { profile: 'kz', lang: 'ru', asOf: '2026-01-15', uiLang: 'en' }), (ruleId) => ruleId === 'outdated-name');
    const problems = entries.map((item) => item.problem);
    expect(problems.map((problem) => problem.fix?.value)).toEqual(['Аппарате Правительства', 'Аппаратом Правительства', 'Аппарата Правительства']);
    const { document, reread, result } = annotate(bytes, entries);
    // «в Канцелярии»: the preposition makes it prepositional; «Канцелярией»: instrumental, only that. «поручает
    // Канцелярии» is dative, which the check reads as genitive («Аппарата»): a comment, no change.
    expect(result.changes).toBe(2);
    expect(changesBy(document, 'qujat')).toEqual([
      { kind: 'del', text: 'Канцелярии Премьер-Министра' },
      { kind: 'ins', text: 'Аппарате Правительства' },
      { kind: 'del', text: 'Канцелярией Премьер-Министра' },
      { kind: 'ins', text: 'Аппаратом Правительства' },
    ]);
    expect(document).toContain(
      '<w:r><w:t xml:space="preserve">2. Служба поручает </w:t></w:r><w:commentRangeStart w:id="6"/><w:r><w:t xml:space="preserve">Канцелярии Премьер-Министра</w:t></w:r><w:commentRangeEnd w:id="6"/>',
    );
    expect(reread).toEqual(read.lines);
  });

  it('makes a foreign letter with a certain correction a tracked change, and leaves one that may stand for two letters a comment', () => {
    const points = ['1. Служба ведет учет сотрүдников и служащіх аппарата.', '2. Служба готовит материалы к сессии мәслихата.'];
    const bytes = docx(
      `<w:document xmlns:w="${main}"><w:body>${points.map((point) => `<w:p><w:r><w:t>${point}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
    );
    const read = readRegulationBytes(bytes, '.docx');
    if (!read.ok) throw new Error(read.detail);
    const entries = only(checkDraft(read.lines, { profile: 'kz', lang: 'ru', asOf: '2026-01-15', uiLang: 'en' }), (ruleId) => ruleId === 'foreign-letters');
    expect(entries.map((item) => [item.problem.fix?.value, item.finding.certain])).toEqual([
      ['сотрудников', true],
      ['служащих', true],
      ['маслихата', false],
    ]);
    const { document, comments, reread, result } = annotate(bytes, entries);
    expect(result.changes).toBe(2);
    expect(changesBy(document, 'qujat')).toEqual([
      { kind: 'del', text: 'сотрүдников' },
      { kind: 'ins', text: 'сотрудников' },
      { kind: 'del', text: 'служащіх' },
      { kind: 'ins', text: 'служащих' },
    ]);
    expect(comments.match(/<w:comment /g)).toHaveLength(3);
    expect(reread).toEqual(read.lines);
  });

  it("marks a missing part before the paragraph the check names, or at the text's end when it belongs after the last one", () => {
    const paragraphs = [
      'Қаржы министрлігінің персоналды басқару қызметі туралы ереже',
      '1-тарау. Жалпы ереже',
      '1. Персоналды басқару қызметі Қаржы министрлігінің құрылымдық бөлімшесі болып табылады.',
      '2-тарау. Персоналды басқару қызметінің негізгі міндеттері',
      '2. Персоналды басқару қызметінің міндеті – мемлекеттік органның персоналды басқару жүйесін қалыптастыру.',
    ];
    const bytes = docx(
      `<w:document xmlns:w="${main}"><w:body>${paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('')}<w:p/></w:body></w:document>`,
    );
    const read = readRegulationBytes(bytes, '.docx');
    if (!read.ok) throw new Error(read.detail);
    const entries = only(checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'en' }), () => true);
    const problems = entries.map((item) => item.problem);
    // The structure belongs before chapter 2; functions, duties, rights and the clause after the tasks, which end the text.
    expect(problems.map((problem) => `${problem.ruleId} ${problem.place.line}`)).toEqual([
      'section-missing 4',
      'section-missing 5',
      'section-missing 5',
      'section-missing 5',
      'clause-missing 5',
    ]);
    const { document, reread } = annotate(bytes, entries);
    const point = (id: number) => `<w:commentRangeStart w:id="${id}"/><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    expect(document).toContain(`<w:p>${point(0)}<w:r><w:t>2-тарау.`);
    expect(document).toContain(`қалыптастыру.</w:t></w:r>${point(1)}${point(2)}${point(3)}${point(4)}</w:p><w:p/>`);
    expect(reread).toEqual(read.lines);
  });

  it("reads a reviewed copy as the draft: qujat's insertions are no text yet, its deletions still are; the author's changes read as before", () => {
    const bytes = docx(
      `<w:document xmlns:w="${main}"><w:body><w:p><w:r><w:t xml:space="preserve">Ереже </w:t></w:r><w:del w:id="1" w:author="qujat"><w:r><w:delText>бiлiм</w:delText></w:r></w:del><w:ins w:id="2" w:author="qujat"><w:r><w:t>білім</w:t></w:r></w:ins><w:del w:id="3" w:author="Айгүл"><w:r><w:delText> ескі</w:delText></w:r></w:del><w:ins w:id="4" w:author="Айгүл"><w:r><w:t> жаңа</w:t></w:r></w:ins></w:p></w:body></w:document>`,
    );
    const read = readRegulationBytes(bytes, '.docx');
    expect(read.ok && read.lines.map((line) => line.text)).toEqual(['Ереже бiлiм жаңа']);
  });
});
