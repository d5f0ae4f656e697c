import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { inputLimits } from '../core/limits/index.js';
import type { ImportRefusal } from './import-refusal.js';

/** One translation unit of an XLIFF file, with the line it starts on. */
export interface XliffUnit {
  id: string;
  line: number;
  source: string;
  /** Undefined when the unit has no `<target>`. */
  target?: string;
}

/** One `<file>` of an XLIFF file: a namespace. */
export interface XliffFile {
  id: string;
  line: number;
  units: XliffUnit[];
}

export interface XliffDocument {
  version: '1.2' | '2.0';
  sourceLanguage: string;
  targetLanguage: string;
  files: XliffFile[];
}

export type ReadXliffResult = { ok: true; document: XliffDocument } | { ok: false; refusals: ImportRefusal[] };

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Deeper than this, a file is refused: qujat's exports nest six levels. */
const maxDepth = inputLimits.nesting;
/** Inline elements that only mark a stretch of text (annotations, segments): their text is the text. */
const markers = new Set(['mrk']);
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol;

class Refused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.reason);
  }
}

/**
 * Reads an XLIFF 2.0 or 1.2 file strictly: the whole text must be well-formed XML (a file cut short is refused,
 * never read up to the cut), with one `<xliff>` root, no DOCTYPE and only XML's own entities. A source or target
 * is its text; `<mrk>` (an annotation) keeps its text; any other inline element (`<g>`, `<pc>`, `<ph>`, `<x>`, …:
 * formatting codes qujat's plain texts do not have) is refused with the unit and line, never flattened.
 */
export function readXliff(raw: string, file: string): ReadXliffResult {
  // XML reads every line end as a line feed (XML 1.0, 2.11).
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineAt = lineFinder(text);
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) return refuse({ reason: 'unreadable-at-line', values: { file, line: String(lineAt(doctype.index)) } });
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const lastLine = lineAt(text.length);
    const { line, msg } = validation.err;
    // The validator names the elements left open when the text ends: a file cut short.
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(msg)?.[1] ?? /^Unclosed tag '([^']+)'/.exec(msg)?.[1];
    if (unclosed !== undefined || line >= lastLine) {
      const element = unclosed ? (unclosed.split(',').at(-1) ?? '').replace(/[\s"]/g, '') : '';
      return refuse({ reason: 'truncated', values: { file, line: String(lastLine), element: element || 'xliff' } });
    }
    return refuse({ reason: 'unreadable-at-line', values: { file, line: String(line) } });
  }
  let tree: Node[];
  try {
    tree = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: false,
      captureMetaData: true,
      cdataPropName: '#cdata',
      maxNestedTags: maxDepth,
    }).parse(text) as Node[];
  } catch {
    return refuse({ reason: 'too-deep', values: { file, max: String(maxDepth) } });
  }
  try {
    const roots = tree.filter((node) => nameOf(node) !== '?xml');
    const root = roots[0];
    if (roots.length !== 1 || !root || nameOf(root) !== 'xliff') return refuse({ reason: 'unreadable', values: { file } });
    const attributes = attributesOf(root, lineAt);
    const version = attributes.version === '1.2' ? '1.2' : attributes.version?.startsWith('2.') ? '2.0' : undefined;
    if (!version) return refuse({ reason: 'unreadable', values: { file } });
    const document: XliffDocument = { version, sourceLanguage: attributes.srcLang ?? '', targetLanguage: attributes.trgLang ?? '', files: [] };
    for (const fileNode of childrenNamed(root, 'file')) {
      const fileAttributes = attributesOf(fileNode, lineAt);
      if (version === '1.2') {
        document.sourceLanguage ||= fileAttributes['source-language'] ?? '';
        document.targetLanguage ||= fileAttributes['target-language'] ?? '';
      }
      const units: XliffUnit[] = [];
      const body = version === '1.2' ? childrenNamed(fileNode, 'body') : [fileNode];
      for (const container of body) collectUnits(container, version, lineAt, units);
      document.files.push({ id: (version === '1.2' ? fileAttributes.original : fileAttributes.id) ?? '', line: lineAt(startOf(fileNode)), units });
    }
    return { ok: true, document };
  } catch (error) {
    if (error instanceof Refused) return refuse({ ...error.refusal, values: { file, ...error.refusal.values } });
    throw error;
  }
}

function refuse(refusal: ImportRefusal): ReadXliffResult {
  return { ok: false, refusals: [refusal] };
}

function collectUnits(container: Node, version: '1.2' | '2.0', lineAt: (index: number) => number, units: XliffUnit[]): void {
  for (const child of childrenOf(container)) {
    const name = nameOf(child);
    if (name === 'group') collectUnits(child, version, lineAt, units);
    if (name !== (version === '1.2' ? 'trans-unit' : 'unit')) continue;
    const id = attributesOf(child, lineAt).id ?? '';
    const line = lineAt(startOf(child));
    // 2.0: a unit's text is its segments and ignorables in order; 1.2: the unit's own source and target.
    const parts = version === '1.2' ? [child] : childrenOf(child).filter((node) => nameOf(node) === 'segment' || nameOf(node) === 'ignorable');
    let source = '';
    let target: string | undefined;
    for (const part of parts) {
      for (const node of childrenOf(part)) {
        const kind = nameOf(node);
        if (kind === 'source') source += textOf(node, id, lineAt);
        if (kind === 'target') target = (target ?? '') + textOf(node, id, lineAt);
      }
    }
    units.push({ id, line, source, ...(target !== undefined && { target }) });
  }
}

/** The text of a source or target: its text and CDATA, `<mrk>`'s text; any other element is refused. */
function textOf(node: Node, unit: string, lineAt: (index: number) => number): string {
  let text = '';
  for (const child of childrenOf(node)) {
    const name = nameOf(child);
    if (name === '#text') text += decodeEntities(String(child['#text']), lineAt(startOf(node)));
    else if (name === '#cdata')
      text += childrenOf(child)
        .map((part) => String(part['#text'] ?? ''))
        .join('');
    else if (markers.has(name)) text += textOf(child, unit, lineAt);
    else throw new Refused({ reason: 'inline-code', values: { key: unit, element: name, line: String(lineAt(startOf(child))) } });
  }
  return text;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else after `&` is refused. */
function decodeEntities(text: string, line: number): string {
  return text.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    const value = match.endsWith(';')
      ? (entities[name] ?? (code !== undefined ? fromCode(Number.parseInt(code, name.startsWith('#x') || name.startsWith('#X') ? 16 : 10)) : undefined))
      : undefined;
    if (value === undefined) throw new Refused({ reason: 'unreadable-at-line', values: { line: String(line) } });
    return value;
  });
}

function fromCode(code: number): string | undefined {
  return Number.isSafeInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function nameOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: Node): Node[] {
  const children = node[nameOf(node)];
  return Array.isArray(children) ? (children as Node[]) : [];
}

function childrenNamed(node: Node, name: string): Node[] {
  return childrenOf(node).filter((child) => nameOf(child) === name);
}

function attributesOf(node: Node, lineAt: (index: number) => number): Record<string, string | undefined> {
  const attributes: Record<string, string | undefined> = Object.create(null);
  for (const [name, value] of Object.entries(node[':@'] ?? {})) attributes[name] = decodeEntities(String(value), lineAt(startOf(node)));
  return attributes;
}

function startOf(node: Node): number {
  return (node as Record<symbol, { startIndex?: number } | undefined>)[metadata]?.startIndex ?? 0;
}

/** The 1-based line of a character index, by binary search over the line starts. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
