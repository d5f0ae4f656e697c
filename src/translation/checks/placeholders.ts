import { eachNamespace, type LocaleRule, referenceEntry } from './locale-rule.js';

const interpolation = /\{\{\s*([^},\s]+)[^}]*\}\}/g;
const nesting = /\$t\(\s*([^,)]+)[^)]*\)/g;
const markup = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;

function collect(value: string, pattern: RegExp): string[] {
  return [...value.matchAll(pattern)].map((match) => match[1]!.trim()).sort();
}

/**
 * Interpolation variables (`{{name}}`), nesting references (`$t(key)`) and markup tags must be the same as in the
 * reference language; a nesting reference must point at an existing text.
 */
export const placeholders: LocaleRule = {
  id: 'placeholders',
  ids: ['broken-nesting', 'different-variables', 'different-nesting', 'different-markup'],
  severities: ['error'],
  messageKeys: [
    'locales.broken-nesting.message',
    'locales.different-variables.message',
    'locales.different-nesting.message',
    'locales.different-markup.message',
  ],
  doc: "Variables, nesting references and markup unlike the reference language's, or a reference to no text.",
  check(context) {
    for (const { reference, files } of eachNamespace(context)) {
      for (const file of files) {
        for (const entry of file.entries.values()) {
          for (const target of collect(entry.value, nesting)) {
            const [namespace, key] = target.includes(':') ? (target.split(':', 2) as [string, string]) : [file.namespace, target];
            const targetFile = context.byNamespace.get(namespace)?.get(file.lang);
            if (!targetFile?.entries.has(key)) context.report({ ruleId: 'broken-nesting', severity: 'error', file, entry, values: { key: entry.key, target } });
          }
          const source = file === reference ? undefined : referenceEntry(reference, entry);
          if (!source) continue;
          for (const [kind, pattern] of [
            ['variables', interpolation],
            ['nesting', nesting],
            ['markup', markup],
          ] as const) {
            const expected = collect(source.value, pattern);
            const actual = collect(entry.value, pattern);
            if (expected.join('\u0000') !== actual.join('\u0000')) {
              context.report({
                ruleId: `different-${kind}`,
                severity: 'error',
                file,
                entry,
                values: { key: entry.key, expected: expected.join(', ') || '—', actual: actual.join(', ') || '—', reference: reference!.lang },
              });
            }
          }
        }
      }
    }
  },
};
