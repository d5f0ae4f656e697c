import { parsePointer } from '../core/data/index.js';

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

/** The schema node at a data pointer (through `properties` and `items`, following local `$ref`s), for its type. */
function schemaAt(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = schema;
  const resolve = (candidate: Record<string, unknown> | undefined) => {
    const ref = candidate?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return candidate;
    return parsePointer(ref.slice(1)).reduce<Record<string, unknown> | undefined>((current, key) => current?.[key] as Record<string, unknown> | undefined, schema);
  };
  for (const key of parsePointer(pointer)) {
    node = resolve(node);
    node = /^\d+$/.test(key) ? (resolve(node?.items as Record<string, unknown>) ?? (node?.prefixItems as Record<string, unknown>[] | undefined)?.[Number(key)]) : (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
  }
  return resolve(node);
}

/** A CSV cell as the schema wants it: numbers with a decimal comma or point, booleans, else the text itself. */
export function coerceCell(cell: string, pointer: string, schema: Record<string, unknown>): unknown {
  const type = schemaAt(schema, pointer)?.type;
  if ((type === 'number' || type === 'integer') && /^-?\d+([.,]\d+)?$/.test(cell)) return Number(cell.replace(',', '.'));
  if (type === 'boolean' && /^(true|false|иә|жоқ|да|нет|ооба|жок|1|0)$/i.test(cell)) return /^(true|иә|да|ооба|1)$/i.test(cell);
  return cell;
}
