import { type FormField, listFormFields, listFormIds, loadForm } from '../../forms/index.js';
import type { LocaleRule } from './locale-rule.js';

/** A choice's value that is a word to translate (`sick-leave`), not a number or a year (`2024`). */
const isWord = (value: string) => /\p{L}/u.test(value);

/**
 * Every field of every form has its label in each language of the form's namespace (`fields.<key>`), every list of
 * rows what a row is called (`rows.<key>`), every choice a text for each value (`choices.<key>.<value>`): the web
 * app and the messages would otherwise show the data's key. A label of a field that no form of the namespace has
 * is left over from a renamed field.
 */
export const fieldLabels: LocaleRule = {
  id: 'field-labels',
  ids: ['missing-label', 'missing-row-label', 'missing-choice-text', 'unknown-field'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.missing-label.message', 'locales.missing-row-label.message', 'locales.missing-choice-text.message', 'locales.unknown-field.message'],
  doc: 'A form field, list row or choice without its text in a language of the form, or a label of no field.',
  check(context) {
    const formsByNamespace = new Map<string, { id: string; fields: FormField[] }[]>();
    for (const id of listFormIds()) {
      const form = loadForm(id)!;
      formsByNamespace.set(form.manifest.namespace, [...(formsByNamespace.get(form.manifest.namespace) ?? []), { id, fields: listFormFields(form.schema) }]);
    }
    for (const [namespace, forms] of formsByNamespace) {
      const files = context.byNamespace.get(namespace);
      if (!files) continue;
      const known = { fields: new Set<string>(), rows: new Set<string>() };
      for (const form of forms)
        for (const field of form.fields) {
          known.fields.add(field.key);
          if (field.rows) known.rows.add(field.key);
        }
      const names = forms.map((form) => form.id).join(', ');
      for (const lang of context.scopeOf(namespace).languages) {
        const file = files.get(lang);
        if (!file) continue;
        const reported = new Set<string>();
        const require = (key: string, ruleId: string, values: Record<string, unknown>) => {
          if (file.entries.has(key) || reported.has(key)) return;
          reported.add(key);
          context.report({ ruleId, severity: 'error', file, values: { ...values, key } });
        };
        for (const form of forms) {
          for (const field of form.fields) {
            require(`fields.${field.key}`, 'missing-label', { field: field.pointer, form: form.id });
            if (field.rows) require(`rows.${field.key}`, 'missing-row-label', { field: field.pointer, form: form.id });
            for (const value of (field.choices ?? []).filter(isWord))
              require(`choices.${field.key}.${value}`, 'missing-choice-text', { field: field.pointer, form: form.id, value });
          }
        }
        for (const entry of file.entries.values()) {
          const [section, key] = entry.key.split('.');
          if ((section === 'fields' || section === 'rows') && !known[section].has(key!)) {
            context.report({ ruleId: 'unknown-field', severity: 'warning', file, entry, values: { key: entry.key, forms: names } });
          }
        }
      }
    }
  },
};
