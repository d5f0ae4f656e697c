import { h } from '../dom.js';
import { choiceText, fieldLabel, type FormTexts, formTextsOf, keyText, rowLabel, rowLegend } from '../field-labels.js';
import { getAt, joinPointer } from '../json-pointer.js';
import type { UiTexts } from '../ui-texts.js';
import { dateInput } from './date-input.js';
import { numberInput } from './number-input.js';
import { createSkeleton, isPlainObject, mapValuesOf, type SchemaNode, typeOf } from './schema-node.js';

/** What every field needs: the texts, the data, and what to do when a value or the structure changes. */
export interface FieldContext {
  ui: UiTexts;
  data: Record<string, unknown>;
  resolve: (node: SchemaNode) => SchemaNode;
  /** A value was typed: `undefined` when the field was cleared. */
  setValue(pointer: string, value: unknown): void;
  /** Rows were added or removed: the form is built again. */
  changeStructure(): void;
}

/** The form's own texts (labels, choices, row names) in the interface language: they come with its schema. */
function textsOf(context: FieldContext): FormTexts {
  return formTextsOf(context.resolve({ $ref: '#' }), context.ui);
}

/** The schema's description is written for developers, in English: a hint in the English interface only. */
function hintOf(node: SchemaNode, ui: UiTexts): string | undefined {
  return ui.lang === 'en' ? node.description : undefined;
}

function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^\w]/g, '-')}`;
}

function problemsSlot(): HTMLElement {
  return h('div', { class: 'field-problems' });
}

/** One property of the data as a form control, a group of fields, or repeating rows, per its JSON Schema. */
export function buildField(name: string, pointer: string, schema: SchemaNode, required: boolean, context: FieldContext, ownLabel?: string): HTMLElement {
  const node = context.resolve(schema);
  const type = typeOf(node);
  const label = ownLabel ?? fieldLabel(textsOf(context), pointer, name, context.ui);
  if (type === 'object' && mapValuesOf(node)) return buildMap(label, pointer, node, context);
  if (type === 'object') return buildGroup(label, pointer, node, context);
  if (type === 'array' && node.items && typeOf(context.resolve(node.items)) === 'object') return buildRows(name, label, pointer, node, context);
  const control = buildControl(pointer, node, type, context);
  // Required, not yet an error: said to the browser and to a screen reader; the error comes once the field is left.
  if (required && type !== 'boolean' && control.matches('input, select, textarea')) {
    control.setAttribute('required', '');
    control.setAttribute('aria-required', 'true');
  }
  const mark = required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null;
  return h(
    'div',
    { class: `field field-${type ?? 'json'}`, 'data-pointer': pointer },
    h('label', { for: fieldId(pointer), title: hintOf(node, context.ui) }, label, mark),
    control,
    problemsSlot(),
  );
}

function buildGroup(label: string, pointer: string, node: SchemaNode, context: FieldContext): HTMLElement {
  const group = h('fieldset', { class: 'group', 'data-pointer': pointer }, h('legend', { title: hintOf(node, context.ui) }, label));
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (name === '$schema') continue;
    group.append(buildField(name, joinPointer(pointer, name), child, node.required?.includes(name) ?? false, context));
  }
  group.append(problemsSlot());
  return group;
}

function buildRows(name: string, label: string, pointer: string, node: SchemaNode, context: FieldContext): HTMLElement {
  const items = context.resolve(node.items!);
  // A value of another shape (a text where rows are due, from a loaded file) gives no rows: validation names it.
  const found = getAt(context.data, pointer);
  const rows = Array.isArray(found) ? found : [];
  const texts = textsOf(context);
  const row = rowLabel(texts, pointer, name, context.ui);
  const section = h('fieldset', { class: 'rows', 'data-pointer': pointer }, h('legend', { title: hintOf(node, context.ui) }, label));
  rows.forEach((_, index) => {
    const rowPointer = joinPointer(pointer, index);
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'remove-row',
        onclick: () => {
          rows.splice(index, 1);
          context.changeStructure();
        },
      },
      context.ui.t('action.removeRow', 'web'),
    );
    const group = h('fieldset', { class: 'group row', 'data-pointer': rowPointer }, h('legend', {}, `${rowLegend(texts, rowPointer, index, row)} `, remove));
    for (const [property, child] of Object.entries(items.properties ?? {})) {
      group.append(buildField(property, joinPointer(rowPointer, property), child, items.required?.includes(property) ?? false, context));
    }
    group.append(problemsSlot());
    section.append(group);
  });
  section.append(
    h(
      'button',
      {
        type: 'button',
        class: 'add-row',
        onclick: () => {
          const current = getAt(context.data, pointer);
          const list = Array.isArray(current) ? current : [];
          list.push(createSkeleton(items, context.resolve));
          context.setValue(pointer, list);
          context.changeStructure();
        },
      },
      context.ui.t('action.addRow', 'web', { row }),
    ),
  );
  section.append(problemsSlot());
  return section;
}

/**
 * A map (`/actual`: indicator id → its values by year): one entry per key, each with its value's field and a
 * button to remove it, and below a choice of the keys not yet given (the schema's `propertyNames`), or a text
 * input for a key the schema does not list.
 */
function buildMap(label: string, pointer: string, node: SchemaNode, context: FieldContext): HTMLElement {
  const values = mapValuesOf(node)!;
  const found = getAt(context.data, pointer);
  const entries = isPlainObject(found) ? Object.keys(found) : [];
  const texts = textsOf(context);
  const rows = rowsKeyedBy(context.data, entries);
  const allowed = context.resolve(node.propertyNames ?? {}).enum?.map(String) ?? rows?.ids;
  const nameOf = (key: string) => {
    const index = rows?.ids.indexOf(key) ?? -1;
    if (!rows || index < 0 || keyText(texts, pointer, key, context.ui) !== key) return keyText(texts, pointer, key, context.ui);
    // A row's id (`q1`): named as its row is (`Сұрақ 1`).
    return rowLegend(texts, joinPointer(rows.pointer, index), index, rowLabel(texts, rows.pointer, rows.name, context.ui));
  };
  const section = h('fieldset', { class: 'group map', 'data-pointer': pointer }, h('legend', { title: hintOf(node, context.ui) }, label));
  for (const key of allowed
    ? [...allowed.filter((candidate) => entries.includes(candidate)), ...entries.filter((entry) => !allowed.includes(entry))]
    : entries) {
    const entryPointer = joinPointer(pointer, key);
    const name = nameOf(key);
    // An entry cleared stays, as null where the schema allows it (a year «no data»): removing it is its button's.
    const resolved = context.resolve(values);
    const nullable = Array.isArray(resolved.type) && resolved.type.includes('null');
    const entryContext: FieldContext = {
      ...context,
      setValue: (at, value) => context.setValue(at, value === undefined && at === entryPointer && nullable ? null : value),
    };
    const field = buildField(key, entryPointer, values, false, entryContext, name);
    field.classList.add('map-entry');
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'remove-entry',
        'data-key': key,
        'aria-label': `${context.ui.t('action.removeRow', 'web')}: ${name}`,
        onclick: () => {
          context.setValue(entryPointer, undefined);
          context.changeStructure();
        },
      },
      context.ui.t('action.removeRow', 'web'),
    );
    // A group's button follows its legend; a single value's its input.
    const legend = field.querySelector(':scope > legend');
    if (legend) legend.after(remove);
    else field.querySelector(':scope > .field-problems')?.before(remove);
    section.append(field);
  }
  const free = allowed?.filter((candidate) => !entries.includes(candidate));
  if (!free || free.length > 0) {
    const keyControl = free
      ? h(
          'select',
          { class: 'map-key', 'data-map-key': pointer, 'aria-label': context.ui.t('forms.mapKey', 'web') },
          ...free.map((key) => h('option', { value: key }, nameOf(key))),
        )
      : h('input', { type: 'text', class: 'map-key', 'data-map-key': pointer, 'aria-label': context.ui.t('forms.mapKey', 'web') });
    const add = h(
      'button',
      {
        type: 'button',
        class: 'add-entry',
        onclick: () => {
          const key = (keyControl as HTMLInputElement | HTMLSelectElement).value.trim();
          if (key === '' || entries.includes(key)) return;
          const value = context.resolve(values);
          const type = typeOf(value);
          const empty = type === 'object' ? createSkeleton(value, context.resolve) : type === 'array' ? [] : null;
          if (!isPlainObject(getAt(context.data, pointer))) context.setValue(pointer, {});
          context.setValue(joinPointer(pointer, key), empty);
          context.changeStructure();
        },
      },
      context.ui.t('action.addEntry', 'web'),
    );
    section.append(h('div', { class: 'map-add' }, keyControl, ' ', add));
  }
  section.append(problemsSlot());
  return section;
}

/**
 * The rows of the data whose ids are a map's keys (the survey's questions for the formula's `q1`, `q2`): the map's
 * keys are then chosen from those ids and named as the rows are. Undefined when the map has no entry to go by, or
 * no list of rows holds all its keys.
 */
function rowsKeyedBy(data: unknown, keys: string[]): { pointer: string; name: string; ids: string[] } | undefined {
  if (keys.length === 0) return undefined;
  let found: { pointer: string; name: string; ids: string[] } | undefined;
  const visit = (value: unknown, pointer: string, name: string) => {
    if (found) return;
    if (Array.isArray(value)) {
      const ids = value.map((row) => (isPlainObject(row) && typeof row.id === 'string' ? row.id : undefined));
      if (ids.length > 0 && ids.every((id) => id !== undefined) && keys.every((key) => ids.includes(key))) found = { pointer, name, ids: ids as string[] };
      else value.forEach((row, index) => visit(row, joinPointer(pointer, index), name));
    } else if (isPlainObject(value)) {
      for (const [child, childValue] of Object.entries(value)) visit(childValue, joinPointer(pointer, child), child);
    }
  };
  visit(data, '', '');
  return found;
}

function buildControl(pointer: string, node: SchemaNode, type: string | undefined, context: FieldContext): HTMLElement {
  const id = fieldId(pointer);
  const value = getAt(context.data, pointer);
  const common = { id, name: pointer, 'data-control': pointer };
  if (type === 'enum') {
    const texts = textsOf(context);
    const options = [
      h('option', { value: '' }, '—'),
      ...(node.enum ?? []).map((option) =>
        h('option', { value: String(option), selected: option === value }, choiceText(texts, pointer, String(option), context.ui)),
      ),
    ];
    return h(
      'select',
      { ...common, onchange: (event: Event) => context.setValue(pointer, (event.target as HTMLSelectElement).value || undefined) },
      ...options,
    );
  }
  if (type === 'boolean') {
    return h('input', {
      ...common,
      type: 'checkbox',
      checked: value === true,
      onchange: (event: Event) => context.setValue(pointer, (event.target as HTMLInputElement).checked),
    });
  }
  if (type === 'number' || type === 'integer') {
    return numberInput(common, value, context.ui, (number) => context.setValue(pointer, number));
  }
  if (type === 'string') {
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      context.setValue(pointer, text === '' ? undefined : text);
    };
    if (node.format === 'date') return dateInput(common, value, context.ui, (date) => context.setValue(pointer, date));
    if ((node.maxLength ?? 0) > 500) return h('textarea', { ...common, rows: 2, value: typeof value === 'string' ? value : '', oninput: onInput });
    return h('input', { ...common, type: 'text', maxlength: node.maxLength, value: typeof value === 'string' ? value : '', oninput: onInput });
  }
  // Anything else (a list of values, a choice of shapes): edited as JSON.
  return h('textarea', {
    ...common,
    class: 'json',
    rows: 3,
    value: value === undefined ? '' : JSON.stringify(value, null, 1),
    oninput: (event: Event) => {
      const text = (event.target as HTMLTextAreaElement).value.trim();
      try {
        context.setValue(pointer, text === '' ? undefined : JSON.parse(text));
        (event.target as HTMLElement).classList.remove('invalid-json');
      } catch {
        (event.target as HTMLElement).classList.add('invalid-json');
      }
    },
  });
}
