import { mapValuesOf } from '../../../core/schema/index.js';

/** `$ref`s are resolved by core's `createSchemaResolver` (the form's own `$defs` and the shared definitions), maps read by `mapValuesOf`. */
export { createSchemaResolver as createResolver, mapValuesOf } from '../../../core/schema/index.js';

/** The part of JSON Schema the form builder reads. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  multipleOf?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  $defs?: Record<string, SchemaNode>;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  /** A map (`/actual`: indicator id → value): the schema of each value, the allowed keys. */
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function typeOf(node: SchemaNode): string | undefined {
  if (node.enum) return 'enum';
  return Array.isArray(node.type) ? node.type.find((type) => type !== 'null') : node.type;
}

/** Empty data with the shape the schema requires: required objects, and arrays with their minimum of items. */
export function createSkeleton(node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of node.required ?? []) {
    const child = resolve(node.properties?.[name] ?? {});
    if (typeOf(child) === 'object') result[name] = createSkeleton(child, resolve);
    else if (typeOf(child) === 'array' && child.items && typeOf(resolve(child.items)) === 'object') {
      result[name] = Array.from({ length: child.minItems ?? 0 }, () => createSkeleton(resolve(child.items!), resolve));
    }
  }
  return result;
}

/** Removes the optional objects and arrays that are left empty, so that clearing a field leaves no `{}` behind. */
export function pruneEmpty(data: Record<string, unknown>, node: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): void {
  const values = mapValuesOf(node);
  for (const [name, value] of Object.entries(data)) {
    // A map's entry stays while it is empty: the officer added it to fill it in.
    if (values && !node.properties?.[name]) {
      if (isPlainObject(value)) pruneEmpty(value, resolve(values), resolve);
      continue;
    }
    const child = resolve(node.properties?.[name] ?? {});
    if (Array.isArray(value)) {
      const items = resolve(child.items ?? {});
      value.forEach((item) => item && typeof item === 'object' && pruneEmpty(item as Record<string, unknown>, items, resolve));
      if (value.length === 0 && !node.required?.includes(name)) delete data[name];
    } else if (value && typeof value === 'object') {
      pruneEmpty(value as Record<string, unknown>, child, resolve);
      if (Object.keys(value).length === 0 && !node.required?.includes(name)) delete data[name];
    }
  }
}
