import type { FieldContext } from './build-field.js';
import { buildValueList } from './build-value-list.js';
import { findSchemaAt } from './find-schema-at.js';
import type { SchemaNode } from './schema-node.js';

/**
 * Lists as an HR officer edits them, not as JSON: a list of texts, numbers or dates gets one input per value, a
 * list of choices one checkbox per choice; repeating rows offer "add" only below their maximum and "remove" only
 * above their minimum, so a list of fixed length (the five Corps "B" parameters) has neither.
 */
export function refineListFields(form: HTMLElement, schema: SchemaNode, context: FieldContext): void {
  for (const json of form.querySelectorAll<HTMLTextAreaElement>('.field > textarea.json[data-control]')) {
    const pointer = json.dataset.control!;
    const node = findSchemaAt(schema, pointer, context.resolve);
    const label = json.parentElement?.querySelector('label')?.textContent?.replace(/\s*\*$/, '') ?? pointer;
    const list = node ? buildValueList(pointer, node, label, context) : undefined;
    if (!list) continue;
    json.parentElement!.querySelector('label')?.removeAttribute('for');
    json.replaceWith(list);
  }
  for (const rows of form.querySelectorAll<HTMLElement>('.rows[data-pointer]')) {
    const node = findSchemaAt(schema, rows.dataset.pointer!, context.resolve);
    const count = rows.querySelectorAll(':scope > .row').length;
    if (count >= (node?.maxItems ?? Infinity)) rows.querySelectorAll(':scope > .add-row').forEach((button) => button.remove());
    if (count <= (node?.minItems ?? 0)) rows.querySelectorAll(':scope > .row > legend > .remove-row').forEach((button) => button.remove());
  }
}
