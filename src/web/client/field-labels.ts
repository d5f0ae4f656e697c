// Shared with the server, which puts the texts into the form's schema (`x-qujat.texts.<lang>` of its root): the
// same type, and the same key of a field's texts (`kpis:name`).
import { fieldKeyOf } from '../../forms/field-key.js';
import type { FormTexts } from '../../forms/form-texts.js';
import type { SchemaNode } from './schema-form/schema-node.js';
import type { UiTexts } from './ui-texts.js';

export type { FormTexts };

const none: FormTexts = { fields: {}, rows: {}, rowNames: {}, choices: {}, computed: {} };

/** The texts of the form whose schema `root` is, in the interface language. */
export function formTextsOf(root: SchemaNode, ui: UiTexts): FormTexts {
  const texts = (root as { 'x-qujat'?: { texts?: Record<string, FormTexts> } })['x-qujat']?.texts?.[ui.lang];
  return texts ?? none;
}

const reported = new Set<string>();

/**
 * A text the form lacks: its key, visibly marked, never passed off as a label (`qujat locales check` names the
 * missing text for the translators, and the browser's console here).
 */
function missing(key: string): string {
  if (!reported.has(key)) {
    reported.add(key);
    console.warn(`qujat: the form has no text "${key}" in this language`);
  }
  return `⟦${key}⟧`;
}

/**
 * A field's label. The `field.*` texts of the web namespace are read last, for a form whose namespace would lack
 * the label: they name a property whatever its form, and are kept only until they leave the web namespace.
 */
export function fieldLabel(texts: FormTexts, pointer: string, name: string, ui: UiTexts): string {
  const key = fieldKeyOf(pointer);
  return texts.fields[key] ?? ui.find(`field.${name}`, 'web') ?? missing(`fields.${key}`);
}

/** What one row of a list is called (`НМИ`), for its legend and the button that adds one. */
export function rowLabel(texts: FormTexts, pointer: string, name: string, ui: UiTexts): string {
  const key = fieldKeyOf(pointer);
  return texts.rows[key] ?? ui.find(`row.${name}`, 'web') ?? missing(`rows.${key}`);
}

/** The legend of a row: its own name when the list names its rows (`3. Дербестік және бастамашылдық`), else what a row is called and its number. */
export function rowLegend(texts: FormTexts, pointer: string, index: number, label: string): string {
  const own = texts.rowNames[fieldKeyOf(pointer)]?.[index];
  return own ? `${index + 1}. ${own}` : `${label} ${index + 1}`;
}

/** The text of a choice's value. */
export function choiceText(texts: FormTexts, pointer: string, value: string, ui: UiTexts): string {
  const key = fieldKeyOf(pointer);
  return texts.choices[key]?.[value] ?? ui.find(`value.${value}`, 'web') ?? missing(`choices.${key}.${value}`);
}

/**
 * The label of a derived value at its pointer in `compute`'s output (`/deadlines/appeal`, `/kpis/0/score`), and the
 * text of a coded one (`effective`, `unit-head`); a value that is no code (a name) is shown as it is.
 */
export function computedLabel(texts: FormTexts, pointer: string, ui: UiTexts): string {
  const key = fieldKeyOf(pointer);
  return texts.computed[key] ?? ui.find(`computed.${key.split(':').at(-1) ?? key}`, 'web') ?? missing(`computed.${key}`);
}

export function computedValueText(texts: FormTexts, pointer: string, value: string, ui: UiTexts): string {
  const key = fieldKeyOf(pointer);
  // A derived list of codes (`candidates:basis`) is named by the choices of the field it comes from.
  const own =
    texts.choices[key]?.[value] ??
    texts.choices[key.split(':').at(-1) ?? key]?.[value] ??
    Object.entries(texts.choices).find(([field, choices]) => field.endsWith(`:${key.split(':').at(-1)}`) && choices[value] !== undefined)?.[1][value];
  return own ?? ui.find(`value.${value}`, 'web') ?? value;
}

/**
 * The text of a map's key (`/actual`'s `service-satisfaction`): a year is its own text; else the choice's text of
 * the map's field, or of the same code anywhere in the form's choices (the indicators' ids), or the web's.
 */
export function keyText(texts: FormTexts, pointer: string, key: string, ui: UiTexts): string {
  if (/^\d+$/.test(key)) return key;
  const own = texts.choices[fieldKeyOf(pointer)]?.[key] ?? Object.values(texts.choices).find((choices) => choices[key] !== undefined)?.[key];
  return own ?? ui.find(`value.${key}`, 'web') ?? key;
}
