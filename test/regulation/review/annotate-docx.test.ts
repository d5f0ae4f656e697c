import { readFileSync } from 'node:fs';

import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { Problem } from '../../../src/core/problems/index.js';
import { readRegulationBytes } from '../../../src/regulation/index.js';
import { annotateDocx } from '../../../src/regulation/review/index.js';
import { checkDraft } from '../../helpers/check-draft.js';
import {
  acceptAll,
  changesBy,
  commentedXml,
  commentsBy,
  documentXml,
  formattedCharacters,
  paragraphsOf,
  parts,
  rejectAll,
  textOf,
  withDocument,
} from './review-xml.js';

const fixtures = ['word-like', 'libreoffice', 'pandoc', 'docx-library'] as const;
const oldName = 'Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі';
const newName = 'Мемлекеттік қызмет істері агенттігі';

function checkOf(bytes: Uint8Array) {
  const read = readRegulationBytes(bytes, '.docx');
  if (!read.ok) throw new Error(read.detail);
  return checkDraft(read.lines, { profile: 'kz', asOf: '2026-01-15', uiLang: 'en', file: 'draft.docx' });
}

function check(bytes: Uint8Array): Problem[] {
  return checkOf(bytes).problems;
}

function review(name: string) {
  const original = new Uint8Array(readFileSync(new URL(`../../fixtures/regulation/review/${name}.docx`, import.meta.url)));
  const read = readRegulationBytes(original, '.docx');
  if (!read.ok) throw new Error(read.detail);
  const checked = checkOf(original);
  const { problems } = checked;
  const result = annotateDocx(original, read.lines, checked, 'en');
  if (!result.ok) throw new Error(result.detail);
  return { original, checked, problems, reviewed: result.bytes, result };
}

/** The words each finding of the fixtures is about; '' for a point (a missing part); undefined for a whole paragraph. */
function expectedWords(problem: Problem): string | undefined {
  return {
    'outdated-name': /^"([^"]+)"/.exec(problem.message)?.[1],
    placeholder: '____________',
    'foreign-letters': 'көөнө',
    'mixed-script': 'бiлiм',
    'numbering-gap': '6',
    'section-missing': '',
    'clause-missing': '',
    'section-order': undefined,
  }[problem.ruleId];
}

describe.each(fixtures)('the reviewed copy of a draft written by %s', (name) => {
  const { original, checked, problems, reviewed, result } = review(name);
  const document = documentXml(reviewed);
  const paragraphs = paragraphsOf(document);
  const comments = commentsBy(reviewed, 'qujat');

  it("has one comment by qujat per finding, with the rule's name and severity, the message and the fix", () => {
    expect(problems.length).toBeGreaterThanOrEqual(8);
    expect(result.comments).toBe(problems.length);
    expect(comments.map((comment) => comment.paragraphs.slice(0, 2))).toEqual(
      problems.map((problem) => [expect.stringMatching(/ · (error|warning)$/), problem.message]),
    );
    const mixed = comments[problems.findIndex((problem) => problem.ruleId === 'mixed-script')]!;
    expect(mixed.paragraphs).toEqual([
      'Mixed scripts · error',
      'the word "бiлiм" mixes Latin and Cyrillic letters; correct: "білім"',
      'replace with "білім"',
      'proposed as a tracked change: accept it or reject it',
    ]);
  });

  it("anchors each comment at the finding's words, at the place of a missing part, or around its paragraph", () => {
    problems.forEach((problem, index) => {
      const id = comments[index]!.id;
      const anchored = commentedXml(document, id);
      expect(anchored, `${problem.ruleId} ${id}`).toBeDefined();
      const paragraph = paragraphs[problem.place.line! - 1]!;
      expect(paragraph).toContain(`<w:commentReference w:id="${id}"/>`);
      const words = expectedWords(problem);
      if (words === undefined) expect(textOf(anchored!)).toBe(textOf(rejectAll(paragraph, 'qujat')));
      else if (words === '') expect(anchored).toBe(`<w:commentRangeStart w:id="${id}"/>`);
      // A fix's words are deleted and the correction inserted inside the comment: the words are its deleted text.
      else expect(textOf(rejectAll(anchored!, 'qujat'))).toBe(words);
    });
    // The missing sections (functions, duties) belong before the rights, which the check finds at the last point: the
    // comment marks that point's start. The missing clause belongs after the text: the end of its last paragraph.
    const rights = /^(?:6\. )?Персоналды басқару қызметі мәліметтерді сұратады/;
    const missing = problems.flatMap((problem, index) => (problem.ruleId === 'section-missing' ? [index] : []));
    expect(missing).toHaveLength(2);
    for (const index of missing) {
      const paragraph = paragraphs[problems[index]!.place.line! - 1]!;
      expect(textOf(rejectAll(paragraph, 'qujat'))).toMatch(rights);
      expect(paragraph.indexOf(`<w:commentRangeStart w:id="${comments[index]!.id}"/>`)).toBeLessThan(paragraph.search(/<w:(?:t|delText)[ >]/));
    }
    const clause = problems.findIndex((problem) => problem.ruleId === 'clause-missing');
    const last = paragraphs[problems[clause]!.place.line! - 1]!;
    expect(textOf(last)).toBe(textOf(paragraphs.filter((paragraph) => textOf(paragraph) !== '').at(-1)!));
    expect(last.slice(last.indexOf(`<w:commentRangeStart w:id="${comments[clause]!.id}"/>`))).not.toMatch(/<w:(?:t|delText)[ >]/);
  });

  it('proposes exactly the certain fixes as tracked changes by qujat: the name in the same case, the Latin look-alikes', () => {
    expect(result.changes).toBe(3);
    expect(changesBy(document, 'qujat')).toEqual([
      { kind: 'del', text: `${oldName}нің` },
      { kind: 'ins', text: `${newName}нің` },
      { kind: 'del', text: oldName },
      { kind: 'ins', text: newName },
      { kind: 'del', text: 'бiлiм' },
      { kind: 'ins', text: 'білім' },
    ]);
  });

  it("keeps every other part byte for byte, every paragraph without findings as it was, and every run's formatting", () => {
    const before = parts(original);
    const after = parts(reviewed);
    const changed = ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'];
    for (const part of Object.keys(before).filter((part) => !changed.includes(part))) expect(after[part], part).toEqual(before[part]);
    expect(Object.keys(after).filter((part) => !(part in before))).toEqual(before['word/comments.xml'] ? [] : ['word/comments.xml']);
    const originalDocument = strFromU8(before['word/document.xml']!);
    const originalParagraphs = paragraphsOf(originalDocument);
    expect(paragraphs).toHaveLength(originalParagraphs.length);
    const annotated = new Set(problems.map((problem) => problem.place.line! - 1));
    paragraphs.forEach((paragraph, index) => {
      if (!annotated.has(index)) expect(paragraph).toBe(originalParagraphs[index]);
      expect(formattedCharacters(rejectAll(paragraph, 'qujat'))).toEqual(formattedCharacters(originalParagraphs[index]!));
    });
    const outside = (xml: string) => xml.replace(/<w:p(?: [^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g, '<w:p/>');
    expect(outside(document)).toBe(outside(originalDocument));
    // The author's own comments, relationships and content types are kept as they were, the new ones added after them.
    const elements = (xml: string, name: string) =>
      [...xml.matchAll(new RegExp(`<${name}[ >][\\s\\S]*?</${name}>|<${name} [^>]*/>`, 'g'))].map((match) => match[0]);
    const kept = (part: string, name: string) => {
      const was = elements(strFromU8(before[part] ?? new Uint8Array()), name);
      expect(elements(strFromU8(after[part]!), name).slice(0, was.length), part).toEqual(was);
    };
    kept('word/comments.xml', 'w:comment');
    kept('word/_rels/document.xml.rels', 'Relationship');
    kept('[Content_Types].xml', 'Override');
  });

  it('gives the same findings when checked again; accepting all gives none of the fixed ones, rejecting all the same', () => {
    expect(check(reviewed)).toEqual(problems);
    expect(check(withDocument(reviewed, rejectAll(document, 'qujat')))).toEqual(problems);
    const accepted = check(withDocument(reviewed, acceptAll(document, 'qujat'))).map((problem) => `${problem.ruleId} ${problem.place.line}`);
    // Both outdated names (the genitive too, whose fix is the new name in the genitive) and the Latin look-alikes.
    const fixed = problems.filter((problem) => problem.ruleId === 'mixed-script' || problem.ruleId === 'outdated-name');
    expect(fixed).toHaveLength(3);
    expect(accepted).toEqual(problems.filter((problem) => !fixed.includes(problem)).map((problem) => `${problem.ruleId} ${problem.place.line}`));
    expect(accepted.filter((finding) => finding.startsWith('mixed-script') || finding.startsWith('outdated-name'))).toEqual([]);
  });

  it('is the same bytes for the same draft and findings', () => {
    const read = readRegulationBytes(original, '.docx');
    const again = annotateDocx(original, read.ok ? read.lines : [], checked, 'en');
    expect(again.ok && again.bytes).toEqual(reviewed);
  });
});
