import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { DocumentLine } from './read-regulation.js';
import { reviewAuthor } from './review/review-author.js';

type Node = Record<string, unknown>;

/** Elements nested deeper than this are refused (the parser's own guard): a real document nests far less. */
export const docxMaxNesting = 100;

// `htmlEntities`: numeric character references (&#1073;) are text, as Word reads them.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false, maxNestedTags: docxMaxNesting, htmlEntities: true });

/** WordprocessingML's main namespace (transitional and strict): whatever prefix a file binds it to, it is read as `w:`. */
const mainNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** A DOCX part nested deeper than `docxMaxNesting`. */
export class DocxTooDeepError extends Error {
  constructor() {
    super(`elements nested deeper than ${docxMaxNesting} levels`);
  }
}

function parse(xml: string): Node[] {
  try {
    return canonicalNames(parser.parse(xml) as Node[], new Map());
  } catch (error) {
    if ((error as Error).message === 'Maximum nested tags exceeded') throw new DocxTooDeepError();
    throw error;
  }
}

/**
 * Element and attribute names resolved by namespace, not by prefix: names in WordprocessingML's main namespace
 * become `w:local` (`x:p` with `xmlns:x` bound to it, or `p` under a default namespace), and a `w:` prefix bound to
 * another namespace becomes `other:`, so that it is never taken for Word's. Depth is bounded by the parser's guard.
 */
function canonicalNames(nodes: Node[], scope: Map<string, string>): Node[] {
  return nodes.map((node) => {
    const attributes = node[':@'] as Record<string, string> | undefined;
    let inner = scope;
    if (attributes) {
      for (const [key, value] of Object.entries(attributes)) {
        if (key === '@xmlns' || key.startsWith('@xmlns:')) {
          if (inner === scope) inner = new Map(scope);
          inner.set(key === '@xmlns' ? '' : key.slice('@xmlns:'.length), value);
        }
      }
    }
    const rename = (name: string, element: boolean): string => {
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? (element ? '' : undefined) : name.slice(0, colon);
      if (prefix === undefined || prefix === 'xmlns' || prefix === 'xml') return name;
      const local = colon < 0 ? name : name.slice(colon + 1);
      const uri = inner.get(prefix);
      if (uri !== undefined && mainNamespaces.has(uri)) return `w:${local}`;
      return prefix === 'w' ? `other:${local}` : name;
    };
    const result: Node = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') {
        result[key] = Object.fromEntries(Object.entries(value as Record<string, string>).map(([name, text]) => [
          name.startsWith('@xmlns') ? name : `@${rename(name.slice(1), false)}`,
          text,
        ]));
      } else if (key.startsWith('#') || key.startsWith('?') || !Array.isArray(value)) {
        result[key] = value;
      } else {
        result[rename(key, true)] = canonicalNames(value as Node[], inner);
      }
    }
    return result;
  });
}

function children(node: Node, name: string): Node[] {
  return ((node[name] as Node[] | undefined) ?? []);
}

function attribute(node: Node | undefined, name: string): string | undefined {
  return (node?.[':@'] as Record<string, string> | undefined)?.[`@${name}`];
}

function find(nodes: Node[], name: string): Node | undefined {
  return nodes.find((node) => name in node);
}

function findAll(nodes: Node[], name: string): Node[] {
  return nodes.flatMap((node) => [
    ...(name in node ? [node] : []),
    ...Object.entries(node).filter(([key, value]) => key !== ':@' && Array.isArray(value)).flatMap(([, value]) => findAll(value as Node[], name)),
  ]);
}

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

/** Whether a run is set in bold by its own properties (`w:b`, not turned off by `w:val="0"`/`false`). */
function isBold(run: Node): boolean {
  const properties = find(children(run, 'w:r'), 'w:rPr');
  const b = properties ? find(children(properties, 'w:rPr'), 'w:b') : undefined;
  const value = attribute(b, 'w:val');
  return b !== undefined && value !== '0' && value !== 'false';
}

/**
 * A paragraph's text in reading order (tabs and line breaks as spaces; field codes are no text), and whether every
 * run that has text is bold. The author's tracked changes read as accepted (insertions in, deletions out); the
 * changes qujat proposed in a reviewed copy read as not yet made (its insertions out, its deletions in), so that the
 * reviewed copy checks as the draft did.
 */
function readRuns(nodes: Node[]): { text: string; bold: boolean } {
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
          bold &&= isBold(node);
        }
      } else if ('w:t' in node || ('w:delText' in node && inReviewDeletion)) {
        if (inRun) text += children(node, 'w:t' in node ? 'w:t' : 'w:delText').map((part) => String(part['#text'] ?? '')).join('');
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
  const root = find(parse(document), 'w:document');
  const body = root ? find(children(root, 'w:document'), 'w:body') : undefined;
  // A document without a body (or whose root is no WordprocessingML document) has no paragraphs.
  if (!body) return [];
  const paragraphs = findAll(children(body, 'w:body'), 'w:p');
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  return paragraphs.map((paragraph, index): DocumentLine => {
    const { text, bold } = readRuns(children(paragraph, 'w:p'));
    const properties = find(children(paragraph, 'w:p'), 'w:pPr');
    const numPr = properties ? find(children(properties, 'w:pPr'), 'w:numPr') : undefined;
    const style = properties ? attribute(find(children(properties, 'w:pPr'), 'w:pStyle'), 'w:val') : undefined;
    let label = '';
    let bullet = false;
    if (numPr) {
      const numId = attribute(find(children(numPr, 'w:numPr'), 'w:numId'), 'w:val') ?? '';
      const level = Number(attribute(find(children(numPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0);
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
        label = definition.text.replace(/%(\d)/g, (_, n: string) => String(values[Number(n) - 1] ?? levels[Number(n) - 1]?.start ?? 1));
      }
    }
    const headingLevel = style && /^heading\s*(\d)$/i.exec(style)?.[1];
    // A bulleted paragraph reads as a dashed item, as the same draft typed as text would.
    const shown = bullet ? `– ${text.trim()}` : `${label}${label ? ' ' : ''}${text}`.trim();
    return { text: shown, line: index + 1, offset: 0, ...(headingLevel && { headingLevel: Number(headingLevel) }), ...(bold && { bold }), ...(bullet && { listItem: bullet }) };
  });
}
