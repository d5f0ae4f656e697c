import { eachNamespace, type LocaleRule, referenceEntry } from './locale-rule.js';

/** A text identical to the reference language's (left untranslated), unless it has no letters or is allow-listed. */
export const untranslated: LocaleRule = {
  id: 'untranslated',
  ids: ['untranslated'],
  severities: ['warning'],
  messageKeys: ['locales.untranslated.message'],
  doc: "A text identical to the reference language's, unless it has no letters or is allow-listed.",
  check(context) {
    for (const { reference, files } of eachNamespace(context)) {
      for (const file of files.filter((candidate) => candidate !== reference && candidate.lang !== 'en')) {
        for (const entry of file.entries.values()) {
          const source = referenceEntry(reference, entry);
          if (!source || source.value !== entry.value || context.allowed.untranslated.has(entry.value)) continue;
          const letters = entry.value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/g, '');
          if (!/\p{L}{2,}/u.test(letters)) continue;
          context.report({ ruleId: 'untranslated', severity: 'warning', file, entry, values: { key: entry.key, reference: reference!.lang } });
        }
      }
    }
  },
};
