import { createSchemaResolver } from '../core/schema/index.js';
import { readCommonSchema } from './common-schema.js';

type SchemaNode = Record<string, unknown>;

/** One field of a form's data, as its schema describes it. */
export interface FormField {
  /** JSON pointer of the field, a `*` segment standing for any row (`/kpis`, `*`, `/name`). */
  pointer: string;
  /** Its key among the form's texts: the property names joined by `:`, rows left out (`kpis:name`). */
  key: string;
  /** The values a choice allows (its `enum`, or the `enum` of a list's items). */
  choices?: string[];
  /** A list of rows (an array of objects): the web app shows each row as a group, named by `rows.<key>`. */
  rows?: boolean;
  /**
   * `x-qujat: { rowName: "<key with {{number}}>" }` on a list: row N is named by that text of the form's namespace
   * (the parameters of the Corps "B" sheets by their titles), for as many rows as the list may hold.
   */
  rowName?: { key: string; count: number };
}

function typeOf(node: SchemaNode): string | undefined {
  return Array.isArray(node.type) ? (node.type as string[]).find((type) => type !== 'null') : (node.type as string | undefined);
}

/** Properties that are not data to fill in: the editor's link to the schema, and the edition (chosen by date). */
const notFields = new Set(['$schema', 'edition']);

/**
 * Every field of a form's data, in the schema's order: each property (objects and lists included), the properties
 * of a list's rows, with the values of each choice. The children of a map with free keys (`additionalProperties`)
 * are not fields: they are named by the map's own text.
 */
export function listFormFields(schema: Record<string, unknown>): FormField[] {
  const fields: FormField[] = [];
  const resolve = createSchemaResolver<SchemaNode>(schema, readCommonSchema());
  const walk = (raw: SchemaNode, pointer: string, key: string[]) => {
    const node = resolve(raw);
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
      if (pointer === '' && notFields.has(name)) continue;
      const childNode = resolve(child);
      const childPointer = `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const childKey = [...key, name];
      const field: FormField = { pointer: childPointer, key: childKey.join(':') };
      const items = childNode.items ? resolve(childNode.items as SchemaNode) : undefined;
      const values = (childNode.enum ?? items?.enum) as unknown[] | undefined;
      if (values) field.choices = values.map(String);
      if (typeOf(childNode) === 'array' && items && typeOf(items) === 'object') {
        field.rows = true;
        const rowName = (childNode['x-qujat'] as { rowName?: string } | undefined)?.rowName;
        if (rowName) field.rowName = { key: rowName, count: Number(childNode.maxItems ?? childNode.minItems ?? 0) };
      }
      fields.push(field);
      if (typeOf(childNode) === 'object') walk(childNode, childPointer, childKey);
      if (items && typeOf(items) === 'object') walk(items, `${childPointer}/*`, childKey);
    }
  };
  walk(schema, '', []);
  return fields;
}
