import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import type { DocumentLine } from './read-regulation.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });

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

/** numId → levels (ilvl → start, format, text such as "%1." or "%1)"), through the abstract numbering definitions. */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const result = new Map<string, Level[]>();
  if (!xml) return result;
  const root = children(find(parser.parse(xml) as Node[], 'w:numbering')!, 'w:numbering');
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
    const abstractId = attribute(find(children(num, 'w:num'), 'w:abstractNumId'), 'w:val') ?? '';
    result.set(attribute(num, 'w:numId') ?? '', abstracts.get(abstractId) ?? []);
  }
  return result;
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
  const body = findAll(parser.parse(document) as Node[], 'w:body')[0]!;
  const paragraphs = findAll(children(body, 'w:body'), 'w:p');
  const counters = new Map<string, number[]>();
  return paragraphs.map((paragraph, index): DocumentLine => {
    const text = findAll([paragraph], 'w:t').map((node) => children(node, 'w:t').map((part) => String(part['#text'] ?? '')).join('')).join('');
    const properties = find(children(paragraph, 'w:p'), 'w:pPr');
    const numPr = properties ? find(children(properties, 'w:pPr'), 'w:numPr') : undefined;
    const style = properties ? attribute(find(children(properties, 'w:pPr'), 'w:pStyle'), 'w:val') : undefined;
    let label = '';
    if (numPr) {
      const numId = attribute(find(children(numPr, 'w:numPr'), 'w:numId'), 'w:val') ?? '';
      const level = Number(attribute(find(children(numPr, 'w:numPr'), 'w:ilvl'), 'w:val') ?? 0);
      const levels = numbering.get(numId) ?? [];
      const values = counters.get(numId) ?? [];
      values[level] = (values[level] ?? (levels[level]?.start ?? 1) - 1) + 1;
      values.length = level + 1;
      counters.set(numId, values);
      const definition = levels[level];
      if (definition && definition.format !== 'bullet' && definition.format !== 'none') {
        label = definition.text.replace(/%(\d)/g, (_, n: string) => String(values[Number(n) - 1] ?? levels[Number(n) - 1]?.start ?? 1));
      }
    }
    const headingLevel = style && /^heading\s*(\d)$/i.exec(style)?.[1];
    return { text: `${label}${label ? ' ' : ''}${text}`.trim(), line: index + 1, offset: 0, ...(headingLevel && { headingLevel: Number(headingLevel) }) };
  });
}
