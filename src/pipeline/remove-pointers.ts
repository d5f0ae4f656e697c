import { parsePointer } from '../core/data/index.js';

/**
 * A copy of the data without the values at these pointers (a list item becomes null, keeping the others' places).
 * The data's depth is bounded before it gets here (`valueNestsDeeper` in the server's preHandler), so that the copy
 * cannot overflow the stack.
 */
export function removePointers(data: Record<string, unknown>, pointers: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const pointer of pointers) {
    const path = parsePointer(pointer);
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), copy);
    const last = path.at(-1);
    if (last === undefined || parent === null || typeof parent !== 'object') continue;
    if (Array.isArray(parent)) parent[Number(last)] = null;
    else delete (parent as Record<string, unknown>)[last];
  }
  return copy;
}
