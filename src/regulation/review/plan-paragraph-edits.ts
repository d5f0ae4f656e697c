import type { ParagraphMap, TextPiece } from './map-paragraphs.js';
import { elementChildren, escapeXml, type XmlElement } from './parse-xml-tree.js';
import { reviewAuthor } from './review-author.js';
import { namesFor, prefixOf } from './word-names.js';

/** A change to an XML text: `text` in place of `start`..`end` (an insertion when they are equal). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Where a comment goes in a paragraph's text (0-based, as `ParagraphMap.text`), and the words it may replace. */
export interface ParagraphNote {
  commentId: number;
  span: { kind: 'range'; from: number; to: number } | { kind: 'point'; at: 'start' | 'end' } | { kind: 'paragraph' };
  replacement?: { value: string; deleteId: number; insertId: number };
}

/** Markers at one place, in the order they must be written there. */
const order = { paragraphStart: 0, replacementEnd: 1, commentEnd: 2, commentStart: 3, replacementStart: 4, paragraphEnd: 5 } as const;

type Slot = { pos: number; type: 'raw' } | { pos: number; type: 'run'; run: XmlElement } | { pos: number; type: 'text'; piece: TextPiece; local: number };

interface Marker {
  rank: number;
  sequence: number;
  text: string;
}

const between = new Set(['w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);

function contentChildren(run: XmlElement): XmlElement[] {
  return elementChildren(run).filter((child) => child.name !== 'w:rPr');
}

/**
 * The splices that put a paragraph's notes into its XML: comment ranges around their words (runs split where a word
 * begins or ends inside one, each part keeping the run's properties), a point comment where something missing belongs,
 * and for a certain fix the words wrapped in `w:del` (`w:t` → `w:delText`) followed by a `w:ins` run with the same
 * properties. A fix whose words cross anything but plain runs, or meet another finding's words, stays a comment.
 * Returns the splices and the comment ids whose replacement was written.
 */
export function planParagraphEdits(xml: string, map: ParagraphMap, notes: readonly ParagraphNote[]): { splices: Splice[]; replaced: Set<number> } {
  const paragraph = map.element;
  const names = namesFor(paragraph);
  const pieceAt = (index: number) => map.pieces.find((piece) => index >= piece.from && index < piece.from + piece.text.length);
  const before = (index: number): Slot | undefined => {
    const piece = pieceAt(index);
    if (!piece || piece.run.name !== 'w:r') return undefined;
    const local = index - piece.from;
    if (local > 0) return { pos: piece.offsets[local]!, type: 'text', piece, local };
    return contentChildren(piece.run)[0] === piece.element ? { pos: piece.run.start, type: 'raw' } : { pos: piece.element.start, type: 'run', run: piece.run };
  };
  const after = (index: number): Slot | undefined => {
    const piece = pieceAt(index);
    if (!piece || piece.run.name !== 'w:r') return undefined;
    const local = index - piece.from + 1;
    if (local < piece.text.length) return { pos: piece.offsets[local]!, type: 'text', piece, local };
    return contentChildren(piece.run).at(-1) === piece.element ? { pos: piece.run.end, type: 'raw' } : { pos: piece.element.end, type: 'run', run: piece.run };
  };
  const pPr = elementChildren(paragraph).find((child) => child.name === 'w:pPr');
  const selfClosing = paragraph.closeStart === paragraph.openEnd && xml[paragraph.openEnd - 2] === '/';
  const paragraphStart: Slot = { pos: pPr ? pPr.end : paragraph.openEnd, type: 'raw' };
  const paragraphEnd: Slot = { pos: paragraph.closeStart, type: 'raw' };

  const markers = new Map<string, { slot: Slot; list: Marker[] }>();
  let sequence = 0;
  const mark = (slot: Slot, rank: number, text: string) => {
    const key = `${slot.pos}:${slot.type}`;
    const entry = markers.get(key) ?? { slot, list: [] };
    entry.list.push({ rank, sequence: sequence++, text });
    markers.set(key, entry);
  };
  const commentStart = (id: number) => `<${names.element('commentRangeStart')}${names.attributes({ id })}/>`;
  const commentEnd = (id: number) =>
    `<${names.element('commentRangeEnd')}${names.attributes({ id })}/><${names.element('r')}><${names.element('commentReference')}${names.attributes({ id })}/></${names.element('r')}>`;

  const ranges = notes.filter((note) => note.span.kind === 'range') as (ParagraphNote & { span: { kind: 'range' } })[];
  const deletions: { from: number; to: number }[] = [];
  const replaced = new Set<number>();
  for (const note of notes) {
    const span = note.span;
    const start = span.kind === 'range' && map.mappable ? before(span.from) : undefined;
    const end = span.kind === 'range' && map.mappable ? after(span.to - 1) : undefined;
    if (span.kind === 'point') {
      mark(
        span.at === 'start' ? paragraphStart : paragraphEnd,
        span.at === 'start' ? order.paragraphStart : order.paragraphEnd,
        `${commentStart(note.commentId)}${commentEnd(note.commentId)}`,
      );
      continue;
    }
    if (!start || !end || span.kind !== 'range') {
      mark(paragraphStart, order.paragraphStart, commentStart(note.commentId));
      mark(paragraphEnd, order.paragraphEnd, commentEnd(note.commentId));
      continue;
    }
    mark(start, order.commentStart, commentStart(note.commentId));
    mark(end, order.commentEnd, commentEnd(note.commentId));
    const replacement = note.replacement;
    const alone = ranges.every((other) => other === note || other.span.to <= span.from || other.span.from >= span.to);
    const clear = deletions.every((other) => other.to <= span.from || other.from >= span.to);
    if (!replacement || !alone || !clear || !canReplace(map, span.from, span.to)) continue;
    const firstRun = pieceAt(span.from)!.run;
    const properties = elementChildren(firstRun).find((child) => child.name === 'w:rPr');
    const run = `<${names.element('r')}>${properties ? xml.slice(properties.start, properties.end) : ''}<${names.element('t')} xml:space="preserve">${escapeXml(replacement.value)}</${names.element('t')}></${names.element('r')}>`;
    mark(start, order.replacementStart, `<${names.element('del')}${names.attributes({ id: replacement.deleteId, author: reviewAuthor })}>`);
    mark(
      end,
      order.replacementEnd,
      `</${names.element('del')}><${names.element('ins')}${names.attributes({ id: replacement.insertId, author: reviewAuthor })}>${run}</${names.element('ins')}>`,
    );
    deletions.push({ from: span.from, to: span.to });
    replaced.add(note.commentId);
  }

  const splices: Splice[] = [];
  const textSlots = new Map<TextPiece, { local: number; text: string }[]>();
  for (const { slot, list } of markers.values()) {
    const text = list
      .sort((a, b) => a.rank - b.rank || a.sequence - b.sequence)
      .map((marker) => marker.text)
      .join('');
    if (slot.type === 'text') {
      textSlots.set(slot.piece, [...(textSlots.get(slot.piece) ?? []), { local: slot.local, text }]);
    } else if (slot.type === 'run') {
      splices.push({ start: slot.pos, end: slot.pos, text: `</${slot.run.rawName}>${text}${reopenRun(xml, slot.run)}` });
    } else {
      splices.push({ start: slot.pos, end: slot.pos, text });
    }
  }
  // Every piece split inside its text, or part of a deletion, is written again: its parts, each in its own run.
  for (const piece of map.pieces) {
    const cuts = (textSlots.get(piece) ?? []).sort((a, b) => a.local - b.local);
    const deleted = (from: number) => deletions.some((range) => piece.from + from >= range.from && piece.from + from < range.to);
    if (cuts.length === 0 && !(piece.text.length > 0 && deleted(0))) continue;
    splices.push({ start: piece.element.start, end: piece.element.end, text: rewritePiece(xml, piece, cuts, deleted) });
  }
  if (selfClosing && splices.length > 0) {
    // `<w:p/>`: opened and closed around what goes into it.
    const inside = splices
      .sort((a, b) => a.start - b.start)
      .map((splice) => splice.text)
      .join('');
    const startTag = xml.slice(paragraph.start, paragraph.openEnd - 2).trimEnd();
    return { splices: [{ start: paragraph.start, end: paragraph.end, text: `${startTag}>${inside}</${paragraph.rawName}>` }], replaced };
  }
  return { splices, replaced };
}

/** The start tag and properties of a run, to continue it after a split. */
function reopenRun(xml: string, run: XmlElement): string {
  const properties = elementChildren(run).find((child) => child.name === 'w:rPr');
  return `${xml.slice(run.start, run.openEnd)}${properties ? xml.slice(properties.start, properties.end) : ''}`;
}

/** A `w:t` written as its parts between the cuts, each part a `w:t` or (deleted) a `w:delText`, the runs split between. */
function rewritePiece(xml: string, piece: TextPiece, cuts: { local: number; text: string }[], deleted: (from: number) => boolean): string {
  const element = piece.element;
  const attributes = xml.slice(element.start + 1 + element.rawName.length, element.openEnd - 1);
  const preserved = attributes.includes('xml:space') ? attributes : `${attributes} xml:space="preserve"`;
  const bounds = [0, ...cuts.map((cut) => cut.local), piece.text.length];
  let result = '';
  for (let part = 0; part < bounds.length - 1; part++) {
    const from = bounds[part]!;
    const name = deleted(from) ? `${prefixOf(element.rawName)}delText` : element.rawName;
    result += `<${name}${preserved}>${xml.slice(piece.offsets[from], piece.offsets[bounds[part + 1]!])}</${name}>`;
    if (part < cuts.length) result += `</${piece.run.rawName}>${cuts[part]!.text}${reopenRun(xml, piece.run)}`;
  }
  return result;
}

/**
 * Whether the words `from`..`to` may be wrapped in a deletion: plain `w:t` of runs side by side under one parent, with
 * nothing between them but proofing marks and bookmarks, and nothing in those runs but the words' text.
 */
function canReplace(map: ParagraphMap, from: number, to: number): boolean {
  const pieces = map.pieces.filter((piece) => piece.text.length > 0 && piece.from < to && piece.from + piece.text.length > from);
  if (pieces.length === 0 || pieces.some((piece) => !piece.editable)) return false;
  const runs = [...new Set(pieces.map((piece) => piece.run))];
  const parent = runs[0]!.parent;
  if (!parent || runs.some((run) => run.parent !== parent)) return false;
  const siblings = elementChildren(parent);
  const first = siblings.indexOf(runs[0]!);
  const last = siblings.indexOf(runs.at(-1)!);
  if (siblings.slice(first, last + 1).some((sibling) => !runs.includes(sibling) && !between.has(sibling.name))) return false;
  const elements = new Set(pieces.map((piece) => piece.element));
  return runs.every((run, index) => {
    const content = contentChildren(run);
    const lower = index === 0 ? content.indexOf(pieces[0]!.element) : 0;
    const upper = index === runs.length - 1 ? content.indexOf(pieces.at(-1)!.element) : content.length - 1;
    return content.slice(lower, upper + 1).every((child) => elements.has(child));
  });
}
