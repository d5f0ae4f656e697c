import { decodeWithOffsets, elementChildren, type XmlElement } from './parse-xml-tree.js';
import { reviewAuthor } from './review-author.js';

/** One `w:t` (or qujat's `w:delText`) of a paragraph: where its characters stand in the paragraph's text and in the XML. */
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

function collect(element: XmlElement, xml: string, map: ParagraphMap, inChange: boolean, inReviewDeletion: boolean): void {
  for (const child of elementChildren(element)) {
    const byReview = child.attributes['w:author'] === reviewAuthor;
    if ((child.name === 'w:ins' || child.name === 'w:moveTo') && byReview) continue;
    if (child.name === 'w:p') map.mappable = false;
    if (child.name === 'w:t' || (child.name === 'w:delText' && inReviewDeletion)) {
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
    collect(child, xml, map, inChange || changes.has(child.name), inReviewDeletion || ((child.name === 'w:del' || child.name === 'w:moveFrom') && byReview));
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
  collect(paragraph, xml, map, false, false);
  return map;
}
