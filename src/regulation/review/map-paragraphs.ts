import { decodeWithOffsets, elementChildren, type XmlElement } from './parse-xml-tree.js';
import { reviewAuthor } from './review-author.js';

/**
 * One piece of a paragraph's text: a `w:t` (or qujat's `w:delText`), or a tab or line break that the reader reads as
 * one space. Where its characters stand in the paragraph's text and in the XML.
 */
export interface TextPiece {
  element: XmlElement;
  run: XmlElement;
  /** The piece's first character in the paragraph's text. */
  from: number;
  text: string;
  /** For each character, its offset in the XML (one more: the end of the content). */
  offsets: number[];
  /** A plain `w:t` directly in a run, outside any tracked change: it may be split and replaced. */
  editable: boolean;
}

/** A body paragraph as the reader reads it, with the pieces its text comes from. */
export interface ParagraphMap {
  element: XmlElement;
  text: string;
  pieces: TextPiece[];
  /** False when its text cannot be placed exactly (nested paragraphs, CDATA): findings then mark the whole paragraph. */
  mappable: boolean;
}

const changes = new Set(['w:ins', 'w:del', 'w:moveTo', 'w:moveFrom']);
/** What the reader reads as one space: a tab, a line break (of any kind), a carriage return. */
const spaces = new Set(['w:tab', 'w:br', 'w:cr']);
/** Subtrees that are no text: properties (`w:pPr` holds the tab stops, `w:tab` too) and field codes. */
const skipped = new Set(['w:pPr', 'w:rPr', 'w:instrText']);

/**
 * The pieces of a paragraph's text as `readDocxParagraphs` reads it (its `readRuns`): `w:t` inside runs, a tab or a
 * break inside a run as one space; properties and field codes are no text; qujat's own insertions are no text yet
 * and its deletions still are.
 */
function collect(element: XmlElement, xml: string, map: ParagraphMap, inRun: boolean, inChange: boolean, inReviewDeletion: boolean): void {
  for (const child of elementChildren(element)) {
    const byReview = child.attributes['w:author'] === reviewAuthor;
    if ((child.name === 'w:ins' || child.name === 'w:moveTo') && byReview) continue;
    if (skipped.has(child.name)) continue;
    if (child.name === 'w:p') map.mappable = false;
    if (child.name === 'w:t' || (child.name === 'w:delText' && inReviewDeletion)) {
      if (!inRun) continue;
      if (child.children.some((node) => node.kind === 'text' && node.cdata)) map.mappable = false;
      const content = child.closeStart > child.openEnd ? decodeWithOffsets(xml.slice(child.openEnd, child.closeStart)) : { text: '', offsets: [0] };
      const run = child.parent!;
      map.pieces.push({
        element: child,
        run,
        from: map.text.length,
        text: content.text,
        offsets: content.offsets.map((offset) => offset + child.openEnd),
        editable: !inChange && child.name === 'w:t' && run.name === 'w:r',
      });
      map.text += content.text;
      continue;
    }
    if (spaces.has(child.name)) {
      if (!inRun) continue;
      // Read as a space, it counts in columns; it is never split nor replaced, so a fix across it stays a comment.
      map.pieces.push({ element: child, run: child.parent!, from: map.text.length, text: ' ', offsets: [child.start, child.end], editable: false });
      map.text += ' ';
      continue;
    }
    collect(
      child,
      xml,
      map,
      inRun || child.name === 'w:r',
      inChange || changes.has(child.name),
      inReviewDeletion || ((child.name === 'w:del' || child.name === 'w:moveFrom') && byReview),
    );
  }
}

/** Every `w:p` of the document's body in document order (nested ones too), as `readDocxParagraphs` numbers them. */
export function findBodyParagraphs(documentRoot: XmlElement): XmlElement[] {
  const document = elementChildren(documentRoot).find((element) => element.name === 'w:document');
  const body = document && elementChildren(document).find((element) => element.name === 'w:body');
  if (!body) return [];
  const result: XmlElement[] = [];
  const stack = [...elementChildren(body)].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.name === 'w:p') result.push(element);
    stack.push(...elementChildren(element).reverse());
  }
  return result;
}

/** A paragraph's text and pieces, read as the reader reads it (qujat's own proposals are no text yet). */
export function mapParagraph(paragraph: XmlElement, xml: string): ParagraphMap {
  const map: ParagraphMap = { element: paragraph, text: '', pieces: [], mappable: true };
  collect(paragraph, xml, map, false, false, false);
  return map;
}
