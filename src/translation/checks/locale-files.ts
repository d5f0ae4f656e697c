import { eachNamespace, type LocaleRule } from './locale-rule.js';

/** A namespace's file missing in a language it is offered in (an error), or present in one it is not (a warning). */
export const localeFiles: LocaleRule = {
  id: 'locale-files',
  ids: ['missing-file', 'extra-file'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.missing-file.message', 'locales.extra-file.message'],
  doc: 'A locale file missing in a language of its namespace, or one in a language the namespace is not in.',
  check(context) {
    for (const { scope } of eachNamespace(context)) {
      for (const lang of scope.languages) {
        if (!context.byNamespace.get(scope.namespace)?.has(lang)) {
          context.report({
            ruleId: 'missing-file',
            severity: 'error',
            file: `locales/${lang}/${scope.namespace}.json`,
            values: { lang, namespace: scope.namespace },
          });
        }
      }
      for (const [lang, file] of context.byNamespace.get(scope.namespace) ?? []) {
        if (!scope.languages.includes(lang))
          context.report({
            ruleId: 'extra-file',
            severity: 'warning',
            file,
            values: { lang, namespace: scope.namespace, languages: scope.languages.join(', ') },
          });
      }
    }
  },
};
