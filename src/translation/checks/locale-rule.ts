import type { RuleContract, RuleFinding } from '../../core/rules/index.js';
import type { LocaleEntry, LocaleFile } from '../locale-files.js';
import type { NamespaceScope } from '../locale-scope.js';

/** What a locale rule sees: every file, grouped, with the scope of each namespace, and a way to report. */
export interface LocaleCheckContext {
  files: LocaleFile[];
  /** namespace → language → file */
  byNamespace: Map<string, Map<string, LocaleFile>>;
  scopeOf(namespace: string): NamespaceScope;
  /** Values whose sameness across languages is expected (codes, names), and words allowed in any script. */
  allowed: { untranslated: Set<string>; words: Set<string> };
  /** Keys used by templates and code: exact keys, and prefixes of keys built at run time. */
  usage: { keys: Map<string, Set<string>>; prefixes: Map<string, Set<string>> };
  report(finding: LocaleFinding): void;
}

export interface LocaleFinding extends RuleFinding {
  file: LocaleFile | string;
  entry?: LocaleEntry;
  /** The corrected value, when the rule knows it. */
  fix?: string;
}

/** One check of the locale files (one file per rule, as remark-lint does): the rule contract, and its check. */
export interface LocaleRule extends RuleContract {
  check(context: LocaleCheckContext): void;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** `summary_few` → `summary`; other keys unchanged. */
export function baseKey(key: string): string {
  return key.replace(pluralSuffix, '');
}

export function pluralCategoryOf(key: string): string | undefined {
  return pluralSuffix.exec(key)?.[1];
}

/** The reference language's entry to compare `entry` with: the same key, or the same base key's `_other` form. */
export function referenceEntry(reference: LocaleFile | undefined, entry: LocaleEntry): LocaleEntry | undefined {
  if (!reference) return undefined;
  return reference.entries.get(entry.key) ?? reference.entries.get(`${baseKey(entry.key)}_other`) ?? reference.entries.get(baseKey(entry.key));
}

/** Each namespace's files in its scope's languages, with the reference file. */
export function* eachNamespace(context: LocaleCheckContext): Generator<{ scope: NamespaceScope; reference?: LocaleFile; files: LocaleFile[] }> {
  for (const [namespace, byLang] of context.byNamespace) {
    const scope = context.scopeOf(namespace);
    yield { scope, reference: byLang.get(scope.reference), files: scope.languages.flatMap((lang) => (byLang.has(lang) ? [byLang.get(lang)!] : [])) };
  }
}
