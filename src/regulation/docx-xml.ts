import { XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it in order-preserving mode, names of Word's main namespace as `w:`. */
export type Node = Record<string, unknown>;

/** Elements nested deeper than this are refused (the parser's own guard): a real document nests far less. */
export const docxMaxNesting = 100;

// `htmlEntities`: numeric character references (&#1073;) are text, as Word reads them; `parseTagValue: false`: a run of
// digits («6.», «007», «2026») is text, never a number («6.» would read as «6»).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  maxNestedTags: docxMaxNesting,
  htmlEntities: true,
});

/** WordprocessingML's main namespace (transitional and strict): whatever prefix a file binds it to, it is read as `w:`. */
const mainNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** A DOCX part nested deeper than `docxMaxNesting`. */
export class DocxTooDeepError extends Error {
  constructor() {
    super(`elements nested deeper than ${docxMaxNesting} levels`);
  }
}

export function parse(xml: string): Node[] {
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
        result[key] = Object.fromEntries(
          Object.entries(value as Record<string, string>).map(([name, text]) => [name.startsWith('@xmlns') ? name : `@${rename(name.slice(1), false)}`, text]),
        );
      } else if (key.startsWith('#') || key.startsWith('?') || !Array.isArray(value)) {
        result[key] = value;
      } else {
        result[rename(key, true)] = canonicalNames(value as Node[], inner);
      }
    }
    return result;
  });
}

export function children(node: Node, name: string): Node[] {
  return (node[name] as Node[] | undefined) ?? [];
}

export function attribute(node: Node | undefined, name: string): string | undefined {
  return (node?.[':@'] as Record<string, string> | undefined)?.[`@${name}`];
}

export function find(nodes: Node[], name: string): Node | undefined {
  return nodes.find((node) => name in node);
}

export function findAll(nodes: Node[], name: string): Node[] {
  return nodes.flatMap((node) => [
    ...(name in node ? [node] : []),
    ...Object.entries(node)
      .filter(([key, value]) => key !== ':@' && Array.isArray(value))
      .flatMap(([, value]) => findAll(value as Node[], name)),
  ]);
}
