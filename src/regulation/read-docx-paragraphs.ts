import { strFromU8, unzipSync } from 'fflate';
export { docxMaxNesting, DocxTooDeepError } from './docx-xml.js';
import type { DocumentLine } from './document-line.js';
import { attribute, children, find, findAll, type Node, parse } from './docx-xml.js';
import { type ParagraphStyle, readParagraphProperties, readParagraphStyles } from './read-docx-styles.js';
import { toRoman } from './read-number.js';
import { reviewAuthor } from './review/review-author.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** A list instance (`w:num`): its definition (`w:abstractNum`), and the levels it starts afresh (`w:startOverride`). */
interface ListInstance {
  abstractId: string;
  levels: Level[];
  overrides: Map<number, number>;
}

/**
 * numId → its list: levels (ilvl → start, format, text such as "%1." or "%1)") through the abstract numbering
 * definitions, and the start overrides that make an instance count afresh.
 */
function readNumbering(xml: string | undefined): Map<string, ListInstance> {
  const result = new Map<string, ListInstance>();
  if (!xml) return result;
  const numbering = find(parse(xml), 'w:numbering');
  if (!numbering) return result;
  const root = children(numbering, 'w:numbering');
  const abstracts = new Map<string, Level[]>();
  for (const abstract of root.filter((node) => 'w:abstractNum' in node)) {
    const levels: Level[] = [];
    for (const level of children(abstract, 'w:abstractNum').filter((node) => 'w:lvl' in node)) {
      const parts = children(level, 'w:lvl');
      levels[Number(attribute(level, 'w:ilvl') ?? 0)] = {
        start: Number(attribute(find(parts, 'w:start'), 'w:val') ?? 1),
        format: attribute(find(parts, 'w:numFmt'), 'w:val') ?? 'decimal',
        text: attribute(find(parts, 'w:lvlText'), 'w:val') ?? '',
      };
    }
    abstracts.set(attribute(abstract, 'w:abstractNumId') ?? '', levels);
  }
  for (const num of root.filter((node) => 'w:num' in node)) {
    const parts = children(num, 'w:num');
    const abstractId = attribute(find(parts, 'w:abstractNumId'), 'w:val') ?? '';
    const overrides = new Map<number, number>();
    for (const override of parts.filter((node) => 'w:lvlOverride' in node)) {
      const start = attribute(find(children(override, 'w:lvlOverride'), 'w:startOverride'), 'w:val');
      if (start !== undefined) overrides.set(Number(attribute(override, 'w:ilvl') ?? 0), Number(start));
    }
    result.set(attribute(num, 'w:numId') ?? '', { abstractId, levels: abstracts.get(abstractId) ?? [], overrides });
  }
  return result;
}

/** Whether a run is set in bold: by its own properties (`w:b`, not turned off by `w:val="0"`/`false`), else by its paragraph's style. */
function isBold(run: Node, styleBold: boolean): boolean {
  const properties = find(children(run, 'w:r'), 'w:rPr');
  const b = properties ? find(children(properties, 'w:rPr'), 'w:b') : undefined;
  if (b === undefined) return styleBold;
  return !['0', 'false', 'off'].includes(attribute(b, 'w:val') ?? 'true');
}

/**
 * A paragraph's text in reading order (tabs and line breaks as spaces; field codes are no text), and whether every
 * run that has text is bold. The author's tracked changes read as accepted (insertions in, deletions out); the
 * changes qujat proposed in a reviewed copy read as not yet made (its insertions out, its deletions in), so that the
 * reviewed copy checks as the draft did.
 */
function readRuns(nodes: Node[], styleBold: boolean): { text: string; bold: boolean } {
  let text = '';
  let bold = true;
  let runs = 0;
  const visit = (list: Node[], inRun: boolean, inReviewDeletion: boolean) => {
    for (const node of list) {
      if ('w:r' in node) {
        const before = text;
        visit(children(node, 'w:r'), true, inReviewDeletion);
        if (text.trim() !== before.trim()) {
          runs += 1;
          bold &&= isBold(node, styleBold);
        }
      } else if ('w:t' in node || ('w:delText' in node && inReviewDeletion)) {
        if (inRun)
          text += children(node, 'w:t' in node ? 'w:t' : 'w:delText')
            .map((part) => String(part['#text'] ?? ''))
            .join('');
      } else if ('w:tab' in node || 'w:br' in node || 'w:cr' in node) {
        if (inRun) text += ' ';
      } else if (('w:ins' in node || 'w:moveTo' in node) && isReviewChange(node)) {
        continue;
      } else if (!('w:pPr' in node) && !('w:rPr' in node) && !('w:instrText' in node)) {
        const deletion = inReviewDeletion || (('w:del' in node || 'w:moveFrom' in node) && isReviewChange(node));
        for (const [key, value] of Object.entries(node)) if (key !== ':@' && Array.isArray(value)) visit(value as Node[], inRun, deletion);
      }
    }
  };
  visit(nodes, false, false);
  return { text, bold: runs > 0 && bold };
}

/** A tracked change that qujat proposed in a reviewed copy (see `annotateDocx`). */
function isReviewChange(node: Node): boolean {
  return attribute(node, 'w:author') === reviewAuthor;
}

/**
 * The paragraphs of a DOCX as lines, numbered by paragraph. Word's automatic numbering is not in the text: it is
 * computed from the numbering definitions (a counter per list and level, lower levels restarting under a higher one)
 * and put before the paragraph's text as Word shows it ("3.", "2)").
 */
export function readDocxParagraphs(bytes: Uint8Array): DocumentLine[] {
  const parts = unzipSync(bytes);
  const document = strFromU8(parts['word/document.xml']!);
  const numbering = readNumbering(parts['word/numbering.xml'] ? strFromU8(parts['word/numbering.xml']) : undefined);
  const styles = readParagraphStyles(parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : undefined);
  const root = find(parse(document), 'w:document');
  const body = root ? find(children(root, 'w:document'), 'w:body') : undefined;
  // A document without a body (or whose root is no WordprocessingML document) has no paragraphs.
  if (!body) return [];
  const paragraphs = findAll(children(body, 'w:body'), 'w:p');
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return paragraphs.map((paragraph, index): DocumentLine => {
    const properties = find(children(paragraph, 'w:p'), 'w:pPr');
    const styleId = properties ? attribute(find(children(properties, 'w:pPr'), 'w:pStyle'), 'w:val') : undefined;
    // What the paragraph sets itself wins over what its style (and the styles it is based on) sets.
    const own = readParagraphProperties(properties, undefined);
    const style: ParagraphStyle = (styleId !== undefined ? styles.get(styleId) : undefined) ?? {};
    const { text, bold } = readRuns(children(paragraph, 'w:p'), style.bold === true);
    const numId = own.numId ?? style.numId;
    const level = own.ilvl ?? (own.numId === undefined ? style.ilvl : undefined) ?? 0;
    let label = '';
    let bullet = false;
    // numId 0 turns a style's list off for this paragraph.
    if (numId !== undefined && numId !== '0') {
      // Word counts per list definition: instances of one definition go on counting, unless an instance overrides a
      // level's start, which it does where it is first used (a list restarted at 1).
      const list = numbering.get(numId);
      const levels = list?.levels ?? [];
      const key = list?.abstractId ?? numId;
      const values = counters.get(key) ?? [];
      if (list && !started.has(numId)) {
        started.add(numId);
        for (const [overridden, start] of list.overrides) if (overridden <= level || values[overridden] !== undefined) values[overridden] = start - 1;
      }
      values[level] = (values[level] ?? (levels[level]?.start ?? 1) - 1) + 1;
      values.length = level + 1;
      counters.set(key, values);
      const definition = levels[level];
      bullet = definition?.format === 'bullet';
      if (definition && definition.format !== 'bullet' && definition.format !== 'none') {
        label = definition.text.replace(/%(\d)/g, (_, n: string) =>
          formatNumber(values[Number(n) - 1] ?? levels[Number(n) - 1]?.start ?? 1, levels[Number(n) - 1]?.format ?? 'decimal'),
        );
      }
    }
    const headingLevel = own.headingLevel ?? style.headingLevel ?? (styleId ? Number(/^heading\s*(\d)$/i.exec(styleId)?.[1]) || undefined : undefined);
    // A bulleted paragraph reads as a dashed item, as the same draft typed as text would.
    const shown = bullet ? `– ${text.trim()}` : `${label}${label ? ' ' : ''}${text}`.trim();
    return { text: shown, line: index + 1, offset: 0, ...(headingLevel && { headingLevel }), ...(bold && { bold }), ...(bullet && { listItem: bullet }) };
  });
}

/** Russian lower-case letters as Word numbers lists with them (russianLower): а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю я. */
const russianLetters = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** A list number as Word writes it in the level's format: decimal, letters (Latin or Russian), Roman numerals. */
function formatNumber(value: number, format: string): string {
  const letter = (alphabet: string) => alphabet[(value - 1) % alphabet.length]!.repeat(Math.floor((value - 1) / alphabet.length) + 1);
  switch (format) {
    case 'lowerLetter':
      return letter('abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letter('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'russianLower':
      return letter(russianLetters);
    case 'russianUpper':
      return letter(russianLetters.toUpperCase());
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperRoman':
      return toRoman(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}
