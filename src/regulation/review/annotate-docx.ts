import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createTranslator, dynamicKey, type UiLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/problems/index.js';
import type { DocumentLine } from '../read-regulation.js';
import { loadRenamedBodies } from '../regulation-profile.js';
import { addCommentsEntries } from './add-comments-entries.js';
import { findFindingSpan, type FindingSpan } from './find-finding-span.js';
import { findSafeFix } from './find-safe-fix.js';
import { findBodyParagraphs, mapParagraph, type ParagraphMap } from './map-paragraphs.js';
import { parseXmlTree } from './parse-xml-tree.js';
import { planParagraphEdits, type ParagraphNote, type Splice } from './plan-paragraph-edits.js';
import { writeCommentsPart, type ReviewComment } from './write-comments-part.js';

export type AnnotateDocxResult =
  | { ok: true; bytes: Uint8Array; comments: number; changes: number }
  | { ok: false; reason: 'unreadable'; detail: string };

/** Zip entries are stamped with this time, so that the same draft and findings give the same bytes. */
const entryTime = new Date(1980, 0, 1);

/**
 * A finding's span in the paragraph's own text, which the reader trimmed and put Word's numbering label before:
 * undefined when the finding is about the label, or the texts do not line up (then the whole paragraph is marked).
 */
function toParagraphText(span: FindingSpan & { kind: 'range' }, line: string, text: string): { from: number; to: number } | undefined {
  let shift: number;
  const trimmedEnd = text.trimEnd();
  if (line === text.trim()) shift = text.length - text.trimStart().length;
  else if (trimmedEnd !== '' && line.endsWith(` ${trimmedEnd}`)) shift = trimmedEnd.length - line.length;
  else return undefined;
  const from = span.from + shift;
  return from < 0 ? undefined : { from, to: span.to + shift };
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
  const sorted = [...splices].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
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
export function annotateDocx(bytes: Uint8Array, lines: readonly DocumentLine[], problems: readonly Problem[], uiLang: UiLanguage): AnnotateDocxResult {
  try {
    return annotate(bytes, lines, problems, uiLang);
  } catch (error) {
    // A part this reader cannot take apart (broken XML, a DOCTYPE, a damaged zip) is a refusal, never a crash.
    return { ok: false, reason: 'unreadable', detail: (error as Error).message };
  }
}

function annotate(bytes: Uint8Array, lines: readonly DocumentLine[], problems: readonly Problem[], uiLang: UiLanguage): AnnotateDocxResult {
  const parts = unzipSync(bytes);
  const documentBytes = parts['word/document.xml'];
  if (!documentBytes) return { ok: false, reason: 'unreadable', detail: 'no word/document.xml' };
  const xml = strFromU8(documentBytes);
  const paragraphs = findBodyParagraphs(parseXmlTree(xml));
  if (paragraphs.length === 0) return { ok: false, reason: 'unreadable', detail: 'no paragraph in the body' };
  const translator = createTranslator(uiLang);
  const bodies = loadRenamedBodies();
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const lastLine = lines.at(-1)?.line;
  let nextId = largestId(parts) + 1;
  const maps = new Map<number, ParagraphMap>();
  const notes = new Map<number, ParagraphNote[]>();
  const comments: ReviewComment[] = [];
  const tracked = new Set<number>();

  for (const problem of problems) {
    const index = Math.min(Math.max((problem.place.line ?? 1) - 1, 0), paragraphs.length - 1);
    const map = maps.get(index) ?? mapParagraph(paragraphs[index]!, xml);
    maps.set(index, map);
    const line = byLine.get(problem.place.line ?? 0);
    const span = line ? findFindingSpan(problem, line.text, line.offset, problem.place.line === lastLine, bodies) : { kind: 'paragraph' as const };
    const inText = span.kind === 'range' && line ? toParagraphText(span, line.text, map.text) : undefined;
    const fix = inText && line ? findSafeFix(problem, line.text.slice(span.kind === 'range' ? span.from : 0, span.kind === 'range' ? span.to : 0), bodies) : undefined;
    const commentId = nextId++;
    const note: ParagraphNote = {
      commentId,
      span: inText ? { kind: 'range', ...inText } : span.kind === 'range' ? { kind: 'paragraph' } : span,
      ...(fix !== undefined && { replacement: { value: fix, deleteId: nextId++, insertId: nextId++ } }),
    };
    notes.set(index, [...(notes.get(index) ?? []), note]);
    comments.push({
      id: commentId,
      title: `${translator.find(dynamicKey(`regulation.ruleName.${problem.ruleId}`), 'web') ?? problem.ruleId} · ${translator.t(dynamicKey(`severity.${problem.severity}`), 'cli')}`,
      paragraphs: [problem.message, ...(problem.fix ? [problem.fix.description] : [])],
    });
  }

  const splices: Splice[] = [];
  for (const [index, paragraphNotes] of notes) {
    const planned = planParagraphEdits(xml, maps.get(index)!, paragraphNotes);
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
  if (parts['word/_rels/document.xml.rels'] && entries.relationships === strFromU8(parts['word/_rels/document.xml.rels'])) delete changed['word/_rels/document.xml.rels'];
  if (parts['[Content_Types].xml'] && entries.contentTypes === strFromU8(parts['[Content_Types].xml'])) delete changed['[Content_Types].xml'];
  const zippable: Zippable = {};
  for (const name of [...Object.keys(parts), ...Object.keys(changed).filter((name) => !(name in parts))]) {
    zippable[name] = [changed[name] ?? parts[name]!, { mtime: entryTime, level: 6 }];
  }
  return { ok: true, bytes: zipSync(zippable), comments: comments.length, changes: tracked.size };
}
