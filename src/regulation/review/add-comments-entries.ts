import { elementChildren, escapeXml, parseXmlTree, type XmlElement } from './parse-xml-tree.js';

const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

function rootOf(xml: string, local: string): XmlElement | undefined {
  return elementChildren(parseXmlTree(xml)).find((element) => element.rawName === local || element.rawName.endsWith(`:${local}`));
}

/** `xml` with `addition` as the last child of its root (a root written `<x/>` is opened for it). */
function appendToRoot(xml: string, root: XmlElement, addition: string): string {
  if (root.closeStart === root.openEnd)
    return `${xml.slice(0, root.start)}${xml.slice(root.start, root.openEnd - 2).trimEnd()}>${addition}</${root.rawName}>${xml.slice(root.end)}`;
  return `${xml.slice(0, root.closeStart)}${addition}${xml.slice(root.closeStart)}`;
}

function prefixedName(root: XmlElement, local: string): string {
  const colon = root.rawName.indexOf(':');
  return colon < 0 ? local : `${root.rawName.slice(0, colon + 1)}${local}`;
}

/**
 * The document's comments part (the one its relationships name, else `word/comments.xml`), and the relationship and
 * content type that make it one, added where missing. Parts that need nothing are returned unchanged.
 */
export function addCommentsEntries(
  relationships: string | undefined,
  contentTypes: string,
  taken: (part: string) => boolean,
): { part: string; relationships: string; contentTypes: string } {
  let part: string | undefined;
  let rels =
    relationships ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relsRoot = rootOf(rels, 'Relationships');
  if (!relsRoot) throw new Error("the document's relationships have no Relationships");
  const existing = elementChildren(relsRoot).find(
    (element) => (element.attributes.Type ?? '').endsWith('/comments') && element.attributes.TargetMode !== 'External',
  );
  if (existing) {
    const target = existing.attributes.Target ?? '';
    part = target.startsWith('/') ? target.slice(1) : `word/${target}`;
  } else {
    const name = taken('word/comments.xml') ? 'qujat-comments.xml' : 'comments.xml';
    part = `word/${name}`;
    const ids = new Set(elementChildren(relsRoot).map((element) => element.attributes.Id));
    let id = 'rIdQujatComments';
    for (let suffix = 2; ids.has(id); suffix++) id = `rIdQujatComments${suffix}`;
    rels = appendToRoot(rels, relsRoot, `<${prefixedName(relsRoot, 'Relationship')} Id="${id}" Type="${relationshipType}" Target="${escapeXml(name)}"/>`);
  }
  const typesRoot = rootOf(contentTypes, 'Types');
  if (!typesRoot) throw new Error('[Content_Types].xml has no Types');
  const declared = elementChildren(typesRoot).some(
    (element) => element.rawName.endsWith('Override') && (element.attributes.PartName ?? '').toLowerCase() === `/${part}`.toLowerCase(),
  );
  const types = declared
    ? contentTypes
    : appendToRoot(contentTypes, typesRoot, `<${prefixedName(typesRoot, 'Override')} PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`);
  return { part, relationships: rels, contentTypes: types };
}
