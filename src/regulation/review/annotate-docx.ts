import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

import { createTranslator, dynamicKey, type UiLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/problems/index.js';
import { joinLines, type LogicalLine, type Segment } from '../join-lines.js';
import type { DocumentLine } from '../read-regulation.js';
import type { RegulationFinding } from '../regulation-rule.js';
import { addCommentsEntries } from './add-comments-entries.js';
import { findFindingSpan } from './find-finding-span.js';
import { findBodyParagraphs, mapParagraph, type ParagraphMap } from './map-paragraphs.js';
import { parseXmlTree } from './parse-xml-tree.js';
import { type ParagraphNote, planParagraphEdits, type Splice } from './plan-paragraph-edits.js';
import { type ReviewComment, writeCommentsPart } from './write-comments-part.js';

export type AnnotateDocxResult = { ok: true; bytes: Uint8Array; comments: number; changes: number } | { ok: false; reason: 'unreadable'; detail: string };

/** A finding's paragraph (0-based) for its 1-based line, within the document's paragraphs. */
function paragraphIndex(line: number, count: number): number {
  return Math.min(Math.max(line - 1, 0), count - 1);
}

/** A check's findings: the messages in the UI language, and the same findings as data (place, length, fix, placement), in the same order. */
export interface CheckedDraft {
  problems: readonly Problem[];
  findings: readonly RegulationFinding[];
}

/** Zip entries are stamped with this time, so that the same draft and findings give the same bytes. */
const entryTime = new Date(1980, 0, 1);

/**
 * Words at `from`..`to` of a line as the reader read it (trimmed, Word's numbering label or a bullet's dash before it)
 * in the paragraph's own text: undefined when they are in the label, or the texts do not line up (then the whole
 * paragraph is marked).
 */
function toParagraphText(from: number, to: number, line: string, text: string): { from: number; to: number } | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || !line.endsWith(trimmed)) return undefined;
  const label = line.length - trimmed.length;
  if (from < label) return undefined;
  const shift = text.length - text.trimStart().length - label;
  return { from: from + shift, to: to + shift };
}

/** The largest annotation id the package uses already (comments, tracked changes, bookmarks), so that new ones follow. */
function largestId(parts: Record<string, Uint8Array>): number {
  let largest = -1;
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    for (const match of strFromU8(bytes).matchAll(/:id="(\d{1,9})"/g)) largest = Math.max(largest, Number(match[1]));
  }
  return largest;
}

function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let result = '';
  let position = 0;
  for (const splice of sorted) {
    result += xml.slice(position, splice.start) + splice.text;
    position = splice.end;
  }
  return result + xml.slice(position);
}

/**
 * A copy of a DOCX draft with the check's findings in it, for review in Word: each finding a comment by "qujat"
 * (the rule's name and severity, the message and the fix, in the UI language) around the words it is about, or at
 * the place where a missing part belongs, or around its paragraph; each certain fix also a tracked change (the
 * words deleted, the correction inserted). Only word/document.xml, the comments part, the document's relationships
 * and [Content_Types].xml change; every other part keeps its bytes. `lines` are the draft's lines the findings
 * were found in (the reader's, or a text draft's from which `bytes` was made).
 */
export function annotateDocx(bytes: Uint8Array, lines: readonly DocumentLine[], checked: CheckedDraft, uiLang: UiLanguage): AnnotateDocxResult {
  try {
    return annotate(bytes, lines, checked, uiLang);
  } catch (error) {
    // A part this reader cannot take apart (broken XML, a DOCTYPE, a damaged zip) is a refusal, never a crash.
    return { ok: false, reason: 'unreadable', detail: (error as Error).message };
  }
}

function annotate(bytes: Uint8Array, lines: readonly DocumentLine[], { problems, findings }: CheckedDraft, uiLang: UiLanguage): AnnotateDocxResult {
  const parts = unzipSync(bytes);
  const documentBytes = parts['word/document.xml'];
  if (!documentBytes) return { ok: false, reason: 'unreadable', detail: 'no word/document.xml' };
  const xml = strFromU8(documentBytes);
  const paragraphs = findBodyParagraphs(parseXmlTree(xml));
  if (paragraphs.length === 0) return { ok: false, reason: 'unreadable', detail: 'no paragraph in the body' };
  const translator = createTranslator(uiLang);
  const byLine = new Map(lines.map((line) => [line.line, line]));
  // The check reads a text broken mid-sentence as one logical line: a finding's line and column are in one of its
  // file lines (a paragraph), its words may go on in the next.
  const logical = joinLines([...lines]);
  const segmentOf = new Map<number, { line: LogicalLine; segment: Segment }>();
  for (const line of logical) for (const segment of line.segments) segmentOf.set(segment.line, { line, segment });
  let nextId = largestId(parts) + 1;
  const maps = new Map<number, ParagraphMap>();
  const mapOf = (index: number) => {
    const map = maps.get(index) ?? mapParagraph(paragraphs[index]!, xml);
    maps.set(index, map);
    return map;
  };
  const notes = new Map<number, ParagraphNote[]>();
  const comments: ReviewComment[] = [];
  const tracked = new Set<number>();

  problems.forEach((problem, order) => {
    const finding = findings[order]!;
    let paragraphLine = finding.line;
    const at = segmentOf.get(paragraphLine);
    let span: ParagraphNote['span'] = { kind: 'paragraph' };
    let fix: string | undefined;
    if (finding.placement !== undefined) {
      // A missing part: before the line the check names, or after the text's last line when it belongs at its end.
      if (finding.placement === 'after' && at) paragraphLine = at.line.segments.at(-1)!.line;
      span = { kind: 'point', at: finding.placement === 'after' ? 'end' : 'start' };
    } else if (at) {
      const found = findFindingSpan(finding, at.line.text, at.segment.start + (finding.column ?? 1) - 1 - at.segment.offset);
      const text = byLine.get(paragraphLine)?.text ?? '';
      if (found.kind === 'range' && found.from >= at.segment.start && found.from < at.segment.start + text.length) {
        // Words that go on in the next paragraph are marked to this one's end, and never replaced.
        const from = found.from - at.segment.start;
        const to = Math.min(found.to - at.segment.start, text.length);
        const inText = toParagraphText(from, to, text, mapOf(paragraphIndex(paragraphLine, paragraphs.length)).text);
        if (inText) span = { kind: 'range', ...inText };
        // A certain fix becomes a tracked change where the words are all in this paragraph as the check read them.
        const words = text.slice(from, to);
        if (inText && finding.certain && typeof finding.fix === 'string' && finding.fix !== words && found.to - at.segment.start <= text.length)
          fix = finding.fix;
      }
    }
    const index = paragraphIndex(paragraphLine, paragraphs.length);
    const commentId = nextId++;
    const note: ParagraphNote = {
      commentId,
      span,
      ...(fix !== undefined && { replacement: { value: fix, deleteId: nextId++, insertId: nextId++ } }),
    };
    notes.set(index, [...(notes.get(index) ?? []), note]);
    comments.push({
      id: commentId,
      title: `${translator.find(dynamicKey(`regulation.ruleName.${problem.ruleId}`), 'web') ?? problem.ruleId} · ${translator.t(dynamicKey(`severity.${problem.severity}`), 'cli')}`,
      paragraphs: [problem.message, ...(problem.fix ? [problem.fix.description] : [])],
    });
  });

  const splices: Splice[] = [];
  for (const [index, paragraphNotes] of notes) {
    const planned = planParagraphEdits(xml, mapOf(index), paragraphNotes);
    splices.push(...planned.splices);
    for (const id of planned.replaced) tracked.add(id);
  }
  for (const comment of comments) {
    if (tracked.has(comment.id)) comment.paragraphs.push(translator.t('regulation.review.tracked', 'errors'));
  }

  const entries = addCommentsEntries(
    parts['word/_rels/document.xml.rels'] && strFromU8(parts['word/_rels/document.xml.rels']),
    strFromU8(parts['[Content_Types].xml'] ?? strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')),
    (part) => part in parts,
  );
  const existingComments = parts[entries.part];
  const changed: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(applySplices(xml, splices)),
    [entries.part]: strToU8(writeCommentsPart(existingComments && strFromU8(existingComments), comments)),
    'word/_rels/document.xml.rels': strToU8(entries.relationships),
    '[Content_Types].xml': strToU8(entries.contentTypes),
  };
  if (parts['word/_rels/document.xml.rels'] && entries.relationships === strFromU8(parts['word/_rels/document.xml.rels']))
    delete changed['word/_rels/document.xml.rels'];
  if (parts['[Content_Types].xml'] && entries.contentTypes === strFromU8(parts['[Content_Types].xml'])) delete changed['[Content_Types].xml'];
  const zippable: Zippable = {};
  for (const name of [...Object.keys(parts), ...Object.keys(changed).filter((name) => !(name in parts))]) {
    zippable[name] = [changed[name] ?? parts[name]!, { mtime: entryTime, level: 6 }];
  }
  return { ok: true, bytes: zipSync(zippable), comments: comments.length, changes: tracked.size };
}
