import { createTranslator, uiLanguages } from '../core/i18n/index.js';
import { defaultProject, type ProjectContext } from '../core/project/index.js';
import { fieldKeyOf } from './field-key.js';
import { listFormFields } from './form-fields.js';
import type { FormManifest } from './form-manifest.js';

/**
 * The parts of a form's namespace that are texts of the web app and of the messages, not of the document: field
 * labels (`fields.<key>`), what a row of a list is called (`rows.<key>`), the texts of choices and of coded derived
 * values (`choices.<key>.<value>`) and the labels of derived values (`computed.<key>`). Keys are field keys
 * (`kpis:name`, see `fieldKeyOf`). A form's namespace has these in every interface language (kk, ru, ky, en), even
 * in a language the document itself is not issued in.
 */
export const interfaceSections = ['fields', 'rows', 'choices', 'computed'] as const;

/** Whether a key of a form's namespace (`fields.kpis:name`) is one of its interface texts. */
export function isInterfaceKey(key: string): boolean {
  return (interfaceSections as readonly string[]).includes(key.split('.', 1)[0]!);
}

/** A form's interface texts in one language, every text resolved (as `t` gives it). */
export interface FormTexts {
  /** Field key → its label. */
  fields: Record<string, string>;
  /** List key → what one row is called (`НМИ`). */
  rows: Record<string, string>;
  /** List key → the name of each row, in order, for a list whose rows have names (`x-qujat.rowName`). */
  rowNames: Record<string, string[]>;
  /** Field or derived value key → value → its text. */
  choices: Record<string, Record<string, string>>;
  /** Derived value key → its label. */
  computed: Record<string, string>;
}

interface TextSource {
  manifest: Pick<FormManifest, 'id' | 'namespace'>;
  schema: Record<string, unknown>;
  project?: ProjectContext;
}

/** The interface texts of a form in a language (empty where the namespace has none), kept by its project. */
export function formTexts(form: TextSource, lang: string): FormTexts {
  const project = form.project ?? defaultProject();
  return project.memo(`form-texts:${form.manifest.id}\u0000${lang}`, () => readFormTexts(form, lang, project));
}

function readFormTexts(form: TextSource, lang: string, project: ProjectContext): FormTexts {
  const namespace = typeof form.manifest.namespace === 'string' ? form.manifest.namespace : '';
  const translator = createTranslator(lang, project);
  const tree = project.locales()[lang]?.[namespace] ?? {};
  const texts: FormTexts = { fields: {}, rows: {}, rowNames: {}, choices: {}, computed: {} };
  // A plain text is taken as it is (an empty one is none); one that nests or interpolates goes through `t`.
  const resolve = (key: string, raw: unknown) =>
    typeof raw !== 'string' || raw.trim() === '' ? undefined : /\$t\(|\{\{/.test(raw) ? translator.find(key, namespace) : raw;
  for (const section of ['fields', 'rows', 'computed'] as const) {
    for (const [key, raw] of Object.entries((tree[section] ?? {}) as Record<string, unknown>)) {
      const text = resolve(`${section}.${key}`, raw);
      if (text !== undefined) texts[section][key] = text;
    }
  }
  for (const [key, values] of Object.entries((tree.choices ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const [value, raw] of Object.entries(values ?? {})) {
      const text = resolve(`choices.${key}.${value}`, raw);
      if (text !== undefined) (texts.choices[key] ??= {})[value] = text;
    }
  }
  for (const field of listFormFields(form.schema)) {
    if (!field.rowName) continue;
    const names = Array.from({ length: field.rowName.count }, (_, index) =>
      translator.find(field.rowName!.key.replace('{{number}}', String(index + 1)), namespace),
    );
    if (names.every((name): name is string => name !== undefined)) texts.rowNames[field.key] = names;
  }
  return texts;
}

/** The interface texts of a form in every interface language, as the web app receives them with the form's schema. */
export function formTextsByLanguage(form: TextSource): Record<string, FormTexts> {
  return Object.fromEntries(uiLanguages.map((lang) => [lang, formTexts(form, lang)]));
}

/** The label of the field at a JSON pointer (`/kpis/2/unit` → the label of `kpis:unit`), when the form has one. */
export function fieldLabel(form: TextSource, pointer: string, lang: string): string | undefined {
  return formTexts(form, lang).fields[fieldKeyOf(pointer)];
}

/** The text of a choice's value at a JSON pointer (`/kpis/2/kind`, `instructions`), when the form has one. */
export function choiceText(form: TextSource, pointer: string, value: string, lang: string): string | undefined {
  return formTexts(form, lang).choices[fieldKeyOf(pointer)]?.[value];
}
