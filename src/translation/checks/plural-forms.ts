import { baseKey, type LocaleRule, pluralCategoryOf } from './locale-rule.js';

/** The plural categories a language needs, from CLDR (Node's ICU): ru one/few/many/other, kk and ky one/other. */
export function pluralCategories(lang: string): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** A plural text must have exactly the forms its language needs. */
export const pluralForms: LocaleRule = {
  id: 'plural-forms',
  ids: ['missing-plural', 'surplus-plural'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.missing-plural.message', 'locales.surplus-plural.message'],
  doc: 'A plural text without every form its language needs, or with forms it does not use.',
  check(context) {
    for (const file of context.files) {
      const forms = new Map<string, Set<string>>();
      for (const key of file.entries.keys()) {
        const category = pluralCategoryOf(key);
        if (category) forms.set(baseKey(key), new Set([...(forms.get(baseKey(key)) ?? []), category]));
      }
      const needed = pluralCategories(file.lang);
      for (const [base, present] of forms) {
        const missing = needed.filter((category) => !present.has(category));
        const surplus = [...present].filter((category) => !needed.includes(category));
        if (missing.length > 0)
          context.report({
            ruleId: 'missing-plural',
            severity: 'error',
            file,
            entry: file.entries.get(`${base}_${[...present][0]}`),
            values: { key: base, forms: missing.map((c) => `${base}_${c}`).join(', '), lang: file.lang },
          });
        for (const category of surplus)
          context.report({
            ruleId: 'surplus-plural',
            severity: 'warning',
            file,
            entry: file.entries.get(`${base}_${category}`),
            values: { key: `${base}_${category}`, lang: file.lang, needed: needed.join(', ') },
          });
      }
    }
  },
};
