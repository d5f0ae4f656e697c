import { h } from '../dom.js';
import { buildField, type FieldContext } from './build-field.js';
import { refineListFields } from './refine-list-fields.js';
import type { SchemaNode } from './schema-node.js';

/** The whole form: one field per property of the form's schema, lists edited value by value. */
export function buildForm(schema: SchemaNode, context: FieldContext): HTMLElement {
  const form = h('form', { class: 'data-form', 'data-pointer': '', novalidate: true, onsubmit: (event: Event) => event.preventDefault() });
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    if (name === '$schema' || name === 'edition') continue;
    form.append(buildField(name, `/${name}`, child, schema.required?.includes(name) ?? false, context));
  }
  form.append(h('div', { class: 'field-problems' }));
  refineListFields(form, schema, context);
  return form;
}
