import { escapeXml, wordNamespaces, type XmlElement } from './parse-xml-tree.js';

/** `w:` of `w:t`, '' of an unprefixed name. */
export function prefixOf(rawName: string): string {
  const colon = rawName.indexOf(':');
  return colon < 0 ? '' : rawName.slice(0, colon + 1);
}

export interface WordNames {
  /** A new element's name, with the prefix `context` itself has. */
  element(local: string): string;
  /** Attributes in Word's namespace (` w:id="3"`), with a declaration of their prefix when none is bound. */
  attributes(values: Record<string, string | number>): string;
}

/** How new elements are named inside `context` (a Word element): whatever prefix, or default namespace, it uses. */
export function namesFor(context: XmlElement): WordNames {
  const elementPrefix = prefixOf(context.rawName);
  const bound = [...context.scope].find(([prefix, uri]) => prefix !== '' && wordNamespaces.has(uri));
  const attributePrefix = bound ? bound[0] : 'wq';
  const declaration = bound ? '' : ` xmlns:wq="${escapeXml(context.scope.get('') ?? [...wordNamespaces][0]!)}"`;
  return {
    element: (local) => `${elementPrefix}${local}`,
    attributes: (values) =>
      `${declaration}${Object.entries(values)
        .map(([name, value]) => ` ${attributePrefix}:${name}="${escapeXml(String(value))}"`)
        .join('')}`,
  };
}

/** Names in a part qujat writes itself, with Word's namespace bound to `w:`. */
export const plainWordNames: WordNames = {
  element: (local) => `w:${local}`,
  attributes: (values) =>
    Object.entries(values)
      .map(([name, value]) => ` w:${name}="${escapeXml(String(value))}"`)
      .join(''),
};
