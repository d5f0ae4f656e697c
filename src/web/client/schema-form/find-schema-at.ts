import { findSchemaAt as findNodeAt } from '../../../core/schema/index.js';
import { splitPointer } from '../json-pointer.js';
import type { SchemaNode } from './schema-node.js';

/** The schema of the value at a JSON pointer (`/kpis/2/score`): through properties and list items, `$ref`s resolved. */
export function findSchemaAt(root: SchemaNode, pointer: string, resolve: (node: SchemaNode) => SchemaNode): SchemaNode | undefined {
  return findNodeAt(root, splitPointer(pointer), resolve);
}
