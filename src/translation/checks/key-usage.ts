import type { LocaleRule } from './locale-rule.js';

/**
 * Keys that templates or code use but a language lacks (an error), and keys that nothing uses (a warning; only
 * where every use is known: namespaces whose keys are built at run time from an empty prefix are skipped).
 */
export const keyUsage: LocaleRule = {
  id: 'key-usage',
  ids: ['used-but-missing', 'unused-key'],
  severities: ['error', 'warning'],
  messageKeys: ['locales.used-but-missing.message', 'locales.unused-key.message'],
  doc: 'A key that templates or code use and a language lacks, or one that nothing uses.',
  check(context) {
    const isUsed = (namespace: string, key: string) =>
      context.usage.keys.get(namespace)?.has(key) || [...(context.usage.prefixes.get(namespace) ?? [])].some((prefix) => key.startsWith(prefix));
    for (const [namespace, keys] of context.usage.keys) {
      const scope = context.scopeOf(namespace);
      for (const lang of scope.languages) {
        const file = context.byNamespace.get(namespace)?.get(lang);
        if (!file) continue;
        const present = new Set([...file.entries.keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
        for (const key of keys) {
          if (!present.has(key) && scope.hasKey(lang, key)) context.report({ ruleId: 'used-but-missing', severity: 'error', file, values: { key, namespace } });
        }
      }
    }
    for (const file of context.files) {
      if (context.usage.prefixes.get(file.namespace)?.has('')) continue;
      for (const entry of file.entries.values()) {
        const key = entry.key.replace(/_(zero|one|two|few|many|other)$/, '');
        if (!isUsed(file.namespace, key)) context.report({ ruleId: 'unused-key', severity: 'warning', file, entry, values: { key: entry.key } });
      }
    }
  },
};
