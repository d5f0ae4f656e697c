import { parsePointer } from '../core/data/index.js';
import type { Form } from '../forms/index.js';

/** The values of a record's identifying fields (form.yaml `identity`), by their last key, to tell a failed record apart. */
export function identifyRecord(value: unknown, form: Form): Record<string, unknown> {
  const identity: Record<string, unknown> = {};
  for (const pointer of form.manifest.identity ?? []) {
    const path = parsePointer(pointer);
    const found = path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
    if (found !== undefined && found !== null && typeof found !== 'object') identity[path.at(-1)!] = found;
  }
  return identity;
}
