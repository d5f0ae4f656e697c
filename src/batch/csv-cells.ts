import { parsePointer } from '../core/data/index.js';
import { createSchemaResolver, findSchemaAt } from '../core/schema/index.js';
import { readCommonSchema } from '../forms/index.js';

/** Sets a value at a JSON pointer, creating objects and arrays (for numeric segments) on the way. */
export function setAtPointer(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const path = parsePointer(pointer);
  let node: Record<string, unknown> | unknown[] = target;
  path.forEach((key, index) => {
    const last = index === path.length - 1;
    const container = node as Record<string, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined) container[key] = /^\d+$/.test(path[index + 1]!) ? [] : {};
    node = container[key] as Record<string, unknown>;
  });
}

/** One `$ref` resolver per form schema, for every cell of a batch. */
const resolvers = new WeakMap<Record<string, unknown>, (node: Record<string, unknown>) => Record<string, unknown>>();

/** A CSV cell as the schema wants it: numbers with a decimal comma or point, booleans, else the text itself. */
export function coerceCell(cell: string, pointer: string, schema: Record<string, unknown>): unknown {
  let resolve = resolvers.get(schema);
  if (!resolve) resolvers.set(schema, (resolve = createSchemaResolver(schema, readCommonSchema())));
  const node = findSchemaAt(schema, parsePointer(pointer), resolve);
  const types: unknown[] = Array.isArray(node?.type) ? node.type : [node?.type];
  const type = types.find((candidate) => candidate !== 'null');
  if ((type === 'number' || type === 'integer') && /^-?\d+([.,]\d+)?$/.test(cell)) return Number(cell.replace(',', '.'));
  if (type === 'boolean' && /^(true|false|иә|жоқ|да|нет|ооба|жок|1|0)$/i.test(cell)) return /^(true|иә|да|ооба|1)$/i.test(cell);
  return cell;
}
