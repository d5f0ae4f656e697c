type Node = Record<string, unknown>;

function isArrayNode(node: Node): boolean {
  const types: unknown[] = Array.isArray(node.type) ? node.type : [node.type];
  return types.includes('array') || node.items !== undefined || node.prefixItems !== undefined;
}

/** The schema of a map's values, when the object is a map (no fixed properties, its values described). */
export function mapValuesOf<T extends object>(node: T): T | undefined {
  const { additionalProperties: values, properties } = node as Node;
  return values && typeof values === 'object' && Object.keys(properties ?? {}).length === 0 ? (values as T) : undefined;
}

/**
 * The schema of the value at a data pointer (`/kpis/2/score`, already split into its keys): through `properties`, a
 * list's `items` (or `prefixItems`) and a map's values, each `$ref` resolved with `resolve` (see `createSchemaResolver`).
 */
export function findSchemaAt<T extends object>(root: T, keys: readonly string[], resolve: (node: T) => T): T | undefined {
  let node: T | undefined = resolve(root);
  for (const key of keys) {
    if (!node) return undefined;
    const current = node as Node;
    const next: unknown = isArrayNode(current)
      ? (current.items ?? (current.prefixItems as unknown[] | undefined)?.[Number(key)])
      : ((current.properties as Record<string, unknown> | undefined)?.[key] ?? mapValuesOf(node));
    node = next && typeof next === 'object' ? resolve(next as T) : undefined;
  }
  return node;
}
