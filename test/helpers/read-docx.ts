import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });

/** A DOCX opened as XML trees: the package's parts, and the document body parsed in order. */
export function readDocx(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const xml = (name: string) => strFromU8(parts[name]!);
  const body = findAll(parser.parse(xml('word/document.xml')) as XmlNode[], 'w:body')[0] as XmlNode;
  const children = (body['w:body'] as XmlNode[]).filter((node) => !('w:sectPr' in node));
  return {
    names: Object.keys(parts),
    xml,
    /** Top-level blocks: `{ kind: 'p', style, text }` or `{ kind: 'tbl', rows: string[][] }`. */
    blocks: children.map((node) =>
      'w:tbl' in node ? { kind: 'tbl' as const, rows: tableRows(node), node } : { kind: 'p' as const, style: paragraphStyle(node), text: textOf(node), node },
    ),
  };
}

export function findAll(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.flatMap((node) => [
    ...(name in node ? [node] : []),
    ...Object.entries(node)
      .filter(([key, value]) => key !== ':@' && Array.isArray(value))
      .flatMap(([, value]) => findAll(value as XmlNode[], name)),
  ]);
}

/** All text of a node: `w:t` contents, with `w:br` as a newline. */
export function textOf(node: XmlNode): string {
  return findAll([node], 'w:r')
    .map((run) =>
      (run['w:r'] as XmlNode[])
        .map((part) => {
          if ('w:br' in part) return '\n';
          if ('w:t' in part) return (part['w:t'] as XmlNode[]).map((text) => String(text['#text'] ?? '')).join('');
          return '';
        })
        .join(''),
    )
    .join('');
}

function paragraphStyle(node: XmlNode): string | undefined {
  const style = findAll([node], 'w:pStyle')[0];
  return (style?.[':@'] as Record<string, string> | undefined)?.['@w:val'];
}

function tableRows(node: XmlNode): string[][] {
  return findAll([node], 'w:tr').map((row) => findAll([row], 'w:tc').map(textOf));
}
