import { splitPointer } from '../json-pointer.js';
import { mapValuesOf, typeOf, type SchemaNode } from './schema-node.js';

/** The schema of the value at a JSON pointer (`/kpis/2/score`): through properties and list items, `$ref`s resolved. */
export function findSchemaAt(root: SchemaNode, pointer: string, resolve: (node: SchemaNode) => SchemaNode): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root);
  for (const part of splitPointer(pointer)) {
    if (!node) return undefined;
    const next: SchemaNode | undefined = typeOf(node) === 'array' ? node.items : node.properties?.[part] ?? mapValuesOf(node);
    node = next ? resolve(next) : undefined;
  }
  return node;
}
