import { h } from '../dom.js';
import { choiceText, formTextsOf } from '../field-labels.js';
import { getAt, joinPointer } from '../json-pointer.js';
import type { FieldContext } from './build-field.js';
import { dateInput } from './date-input.js';
import { numberInput } from './number-input.js';
import { type SchemaNode, typeOf } from './schema-node.js';

/** A list of texts, numbers or dates (`/units`): one input per value, a button to add one and one to remove each. */
function buildInputList(pointer: string, node: SchemaNode, items: SchemaNode, label: string, context: FieldContext): HTMLElement {
  const list = h('div', { class: 'value-list', role: 'group', 'aria-label': label, 'data-list': pointer });
  const type = typeOf(items);
  const values = () => {
    const found = getAt(context.data, pointer);
    return Array.isArray(found) ? [...found] : [];
  };
  const render = (focus?: number) => {
    const current = values();
    const removable = current.length > (node.minItems ?? 0);
    list.replaceChildren(
      ...current.map((value, index) => {
        const itemPointer = joinPointer(pointer, index);
        const attributes = { 'data-control': itemPointer, name: itemPointer, 'aria-label': `${label} ${index + 1}` };
        const input =
          type === 'number' || type === 'integer'
            ? numberInput(attributes, value, context.ui, (number) => {
                const next = values();
                next[index] = number ?? null;
                context.setValue(pointer, next);
              })
            : items.format === 'date'
              ? dateInput(attributes, value, context.ui, (date) => {
                  const next = values();
                  next[index] = date ?? '';
                  context.setValue(pointer, next);
                })
              : h('input', {
                  ...attributes,
                  type: 'text',
                  maxlength: items.maxLength,
                  value: typeof value === 'string' ? value : '',
                  oninput: (event: Event) => {
                    const next = values();
                    next[index] = (event.target as HTMLInputElement).value;
                    context.setValue(pointer, next);
                  },
                });
        return h(
          'div',
          { class: 'value-item', 'data-pointer': itemPointer },
          input,
          removable
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'remove-value',
                  'aria-label': `${context.ui.t('action.removeRow', 'web')}: ${label} ${index + 1}`,
                  onclick: () => {
                    const next = values();
                    next.splice(index, 1);
                    context.setValue(pointer, next.length > 0 ? next : undefined);
                    render();
                  },
                },
                context.ui.t('action.removeRow', 'web'),
              )
            : null,
          h('div', { class: 'field-problems' }),
        );
      }),
    );
    if (current.length < (node.maxItems ?? Infinity)) {
      list.append(
        h(
          'button',
          {
            type: 'button',
            class: 'add-value',
            onclick: () => {
              context.setValue(pointer, [...values(), type === 'number' || type === 'integer' ? null : '']);
              render(values().length - 1);
            },
          },
          context.ui.t('action.addValue', 'web'),
        ),
      );
    }
    if (focus !== undefined) list.querySelector<HTMLInputElement>(`[data-control="${joinPointer(pointer, focus)}"]`)?.focus();
  };
  render();
  return list;
}

/** A list of choices (`/years`, a candidate's `basis`): one checkbox per allowed value, in the schema's order. */
function buildChoiceList(pointer: string, items: SchemaNode, label: string, context: FieldContext): HTMLElement {
  const options = items.enum ?? [];
  const texts = formTextsOf(context.resolve({ $ref: '#' }), context.ui);
  const found = getAt(context.data, pointer);
  const chosen = new Set(Array.isArray(found) ? found : []);
  return h(
    'div',
    { class: 'choice-list', role: 'group', 'aria-label': label, 'data-list': pointer },
    ...options.map((option) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          'data-control': pointer,
          value: String(option),
          checked: chosen.has(option),
          onchange: (event: Event) => {
            if ((event.target as HTMLInputElement).checked) chosen.add(option);
            else chosen.delete(option);
            const next = options.filter((candidate) => chosen.has(candidate));
            context.setValue(pointer, next.length > 0 ? next : undefined);
          },
        }),
        // A year is its own text; a code (`professional-level`) is named by the form's texts.
        ` ${/^\d+$/.test(String(option)) ? String(option) : choiceText(texts, pointer, String(option), context.ui)}`,
      ),
    ),
  );
}

/** The control of a list of plain values, or undefined when its items are not plain values (objects, mixed shapes). */
export function buildValueList(pointer: string, node: SchemaNode, label: string, context: FieldContext): HTMLElement | undefined {
  const items = node.items ? context.resolve(node.items) : undefined;
  const type = items ? typeOf(items) : undefined;
  if (!items || !type) return undefined;
  if (type === 'enum') return buildChoiceList(pointer, items, label, context);
  if (type === 'string' || type === 'number' || type === 'integer') return buildInputList(pointer, node, items, label, context);
  return undefined;
}
