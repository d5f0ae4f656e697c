import { attribute, children, find, type Node, parse } from './docx-xml.js';

/** What a paragraph style gives its paragraphs: a list (numbering in the style), a heading level, bold text. */
export interface ParagraphStyle {
  numId?: string;
  ilvl?: number;
  headingLevel?: number;
  bold?: boolean;
}

interface RawStyle extends ParagraphStyle {
  basedOn?: string;
}

/** A paragraph's list, heading level (`w:outlineLvl`, 0-based) and bold, as its properties set them. */
export function readParagraphProperties(pPr: Node | undefined, rPr: Node | undefined): ParagraphStyle {
  const parts = pPr ? children(pPr, 'w:pPr') : [];
  const numPr = find(parts, 'w:numPr');
  const numbers = numPr ? children(numPr, 'w:numPr') : [];
  const numId = attribute(find(numbers, 'w:numId'), 'w:val');
  const ilvl = attribute(find(numbers, 'w:ilvl'), 'w:val');
  const outline = attribute(find(parts, 'w:outlineLvl'), 'w:val');
  const b = rPr ? find(children(rPr, 'w:rPr'), 'w:b') : undefined;
  const bold = b === undefined ? undefined : !['0', 'false', 'off'].includes(attribute(b, 'w:val') ?? 'true');
  return {
    ...(numId !== undefined && { numId }),
    ...(ilvl !== undefined && { ilvl: Number(ilvl) }),
    // Level 9 is Word's «body text»: no heading.
    ...(outline !== undefined && Number(outline) < 9 && { headingLevel: Number(outline) + 1 }),
    ...(bold !== undefined && { bold }),
  };
}

/**
 * The paragraph styles of `word/styles.xml`, each with what it inherits (`w:basedOn`): the numbering of a list whose
 * items are set by their style (Word's multilevel lists linked to «Heading 1»), heading levels (a built-in «heading
 * N» style, whatever its local name, or an outline level) and bold.
 */
export function readParagraphStyles(xml: string | undefined): Map<string, ParagraphStyle> {
  const raw = new Map<string, RawStyle>();
  const root = xml ? find(parse(xml), 'w:styles') : undefined;
  for (const style of root ? children(root, 'w:styles').filter((node) => 'w:style' in node) : []) {
    if ((attribute(style, 'w:type') ?? 'paragraph') !== 'paragraph') continue;
    const parts = children(style, 'w:style');
    const name = attribute(find(parts, 'w:name'), 'w:val') ?? '';
    const own = readParagraphProperties(find(parts, 'w:pPr'), find(parts, 'w:rPr'));
    const builtIn = /^heading\s*(\d)$/i.exec(name)?.[1];
    raw.set(attribute(style, 'w:styleId') ?? '', {
      ...own,
      ...(builtIn && { headingLevel: Number(builtIn) }),
      ...(attribute(find(parts, 'w:basedOn'), 'w:val') !== undefined && { basedOn: attribute(find(parts, 'w:basedOn'), 'w:val') }),
    });
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const known = resolved.get(id);
    if (known) return known;
    const style = raw.get(id);
    if (!style) return {};
    const { basedOn, ...own } = style;
    const result = { ...(basedOn && depth < 20 ? resolve(basedOn, depth + 1) : {}), ...own };
    resolved.set(id, result);
    return result;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return resolved;
}
