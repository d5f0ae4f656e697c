/** The `$id` of the definitions the forms share (`schemas/common.schema.json`). */
export const commonSchemaId = 'urn:qujat:schema:common';

/** The part of a schema node the resolver reads. */
type Node = { $ref?: unknown };

/**
 * A resolver of `$ref`: to the form's own definitions (`#/$defs/...`) or to the shared ones
 * (`urn:qujat:schema:common#/$defs/...`), followed as far as they lead; the referring node's own keywords win.
 * An unknown reference is dropped. Pure: the browser's form builder, the CSV reader and the server share it.
 */
export function createSchemaResolver<T extends object>(root: T, common?: T): (node: T) => T {
  const resolve = (node: T): T => {
    const ref = (node as Node).$ref;
    if (typeof ref !== 'string') return node;
    const [base, fragment = ''] = ref.split('#');
    let target: unknown = base === '' ? root : base === commonSchemaId ? common : undefined;
    for (const part of fragment.split('/').filter(Boolean))
      target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    const { $ref: _ref, ...rest } = node as Node & Record<string, unknown>;
    return (target && typeof target === 'object' ? { ...resolve(target as T), ...rest } : rest) as T;
  };
  return resolve;
}
