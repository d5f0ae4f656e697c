/** WordprocessingML's main namespace (transitional and strict): whatever prefix binds it, its names read as `w:`. */
export const wordNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** Elements nested deeper than this are refused, as the reader refuses them. */
const maxDepth = 100;

/** An element of an XML text with where it stands in it: names resolved by namespace (`w:` for Word's main one). */
export interface XmlElement {
  kind: 'element';
  name: string;
  rawName: string;
  /** Offsets into the text: `<` of the start tag, after its `>`, `<` of the end tag (= openEnd when empty), after the end. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  attributes: Record<string, string>;
  /** The prefixes in scope (prefix → namespace, '' for the default one). */
  scope: Map<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
}

export interface XmlText {
  kind: 'text';
  start: number;
  end: number;
  cdata: boolean;
}

export type XmlNode = XmlElement | XmlText;

/** XML that this small reader refuses: broken, a DOCTYPE, or nested too deeply. */
export class XmlShapeError extends Error {}

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function resolve(name: string, scope: Map<string, string>, element: boolean): string {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? (element ? '' : undefined) : name.slice(0, colon);
  if (prefix === undefined || prefix === 'xmlns' || prefix === 'xml') return name;
  const uri = scope.get(prefix);
  const local = colon < 0 ? name : name.slice(colon + 1);
  if (uri !== undefined && wordNamespaces.has(uri)) return `w:${local}`;
  return prefix === 'w' ? `other:${local}` : name;
}

/** The end of a start tag that begins at `from` (quotes may hold `>`). */
function findTagEnd(xml: string, from: number): number {
  let quote = '';
  for (let index = from; index < xml.length; index++) {
    const char = xml[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    }
  }
  throw new XmlShapeError('unterminated tag');
}

/**
 * An XML text as a tree of elements that keep their offsets, so that a part can be edited in place and every byte
 * outside the edits stays as it was. Iterative (no recursion), refuses a DOCTYPE and nesting deeper than 100.
 */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = {
    kind: 'element',
    name: '#document',
    rawName: '',
    start: 0,
    openEnd: 0,
    closeStart: xml.length,
    end: xml.length,
    attributes: {},
    scope: new Map(),
    children: [],
  };
  const stack: XmlElement[] = [root];
  let position = 0;
  while (position < xml.length) {
    const parent = stack.at(-1)!;
    const next = xml.indexOf('<', position);
    if (next !== position) {
      const end = next < 0 ? xml.length : next;
      parent.children.push({ kind: 'text', start: position, end, cdata: false });
      position = end;
      continue;
    }
    if (xml.startsWith('<?', position) || xml.startsWith('<!--', position)) {
      const close = xml.startsWith('<?', position) ? '?>' : '-->';
      const end = xml.indexOf(close, position);
      if (end < 0) throw new XmlShapeError('unterminated declaration or comment');
      position = end + close.length;
    } else if (xml.startsWith('<![CDATA[', position)) {
      const end = xml.indexOf(']]>', position);
      if (end < 0) throw new XmlShapeError('unterminated CDATA');
      parent.children.push({ kind: 'text', start: position, end: end + 3, cdata: true });
      position = end + 3;
      continue;
    } else if (xml.startsWith('<!', position)) {
      throw new XmlShapeError('DOCTYPE');
    } else if (xml.startsWith('</', position)) {
      const end = xml.indexOf('>', position);
      if (end < 0 || stack.length === 1 || xml.slice(position + 2, end).trim() !== parent.rawName) throw new XmlShapeError('mismatched end tag');
      parent.closeStart = position;
      parent.end = end + 1;
      stack.pop();
      position = end + 1;
      continue;
    } else {
      const end = findTagEnd(xml, position);
      const empty = xml[end - 1] === '/';
      const inner = xml.slice(position + 1, empty ? end - 1 : end);
      const rawName = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
      const raw: [string, string][] = [...inner.slice(rawName.length).matchAll(attributePattern)].map((match) => [match[1]!, match[2] ?? match[3] ?? '']);
      let scope = parent.scope;
      for (const [name, value] of raw) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parent.scope) scope = new Map(parent.scope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const attributes = Object.fromEntries(raw.map(([name, value]) => [name.startsWith('xmlns') ? name : resolve(name, scope, false), decodeEntities(value)]));
      const element: XmlElement = {
        kind: 'element',
        name: resolve(rawName, scope, true),
        rawName,
        start: position,
        openEnd: end + 1,
        closeStart: end + 1,
        end: end + 1,
        attributes,
        scope,
        children: [],
        parent: parent === root ? undefined : parent,
      };
      parent.children.push(element);
      if (!empty) {
        if (stack.length > maxDepth) throw new XmlShapeError('nested too deeply');
        stack.push(element);
      }
      position = end + 1;
    }
  }
  if (stack.length !== 1) throw new XmlShapeError('unclosed element');
  return root;
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's entities replaced, and for each character the offset in `raw` where it begins (one more at the end). */
export function decodeWithOffsets(raw: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  while (index < raw.length) {
    const entity = raw[index] === '&' ? /^&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/.exec(raw.slice(index, index + 12)) : null;
    if (entity) {
      const body = entity[1]!;
      const value = body.startsWith('#x')
        ? String.fromCodePoint(parseInt(body.slice(2), 16))
        : body.startsWith('#')
          ? String.fromCodePoint(Number(body.slice(1)))
          : (named[body] ?? entity[0]);
      for (let unit = 0; unit < value.length; unit++) offsets.push(index);
      text += value;
      index += entity[0].length;
    } else {
      offsets.push(index);
      text += raw[index];
      index += 1;
    }
  }
  offsets.push(raw.length);
  return { text, offsets };
}

export function decodeEntities(raw: string): string {
  return raw.includes('&') ? decodeWithOffsets(raw).text : raw;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The element children of an element. */
export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element');
}
