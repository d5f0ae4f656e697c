import { join } from 'node:path';

import type { ImportRefusal } from './import-refusal.js';
import { readLocaleFiles, serializeLocale } from './locale-files.js';
import { scopeOf } from './locale-scope.js';
import { setNested } from './locale-tree.js';
import { expandKeys } from './plural-keys.js';
import type { XliffDocument } from './read-xliff.js';

/** One text an import changes: `before` is undefined for a text the file does not have yet. */
export interface TextChange {
  /** `<lang>/<namespace>.json`, relative to the locales folder. */
  file: string;
  namespace: string;
  key: string;
  before?: string;
  after: string;
}

/** What an import would write: the locale files' new texts, by path, and each changed text. */
export type ImportPlan =
  { ok: true; lang: string; changes: TextChange[]; files: Map<string, { text: string; existed: boolean }> } | { ok: false; refusals: ImportRefusal[] };

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}|\$t\(([^)]*)\)|<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)]
    .map((match) => match[0].replace(/\s+/g, ''))
    .sort()
    .join('\u0000');

/**
 * Checks a read XLIFF file against the current locale files and says what importing it would change. Every
 * namespace and key must exist, each unit's source must be the current reference text (a translation of an old
 * export is refused), each key may appear once, each translation keeps the source's variables, nesting and markup,
 * and the target language is one the namespace has (and `expectedLang` when given). A unit without a translation
 * (no or an empty target) changes nothing: an import never erases a text.
 */
export function planXliffImport(document: XliffDocument, expectedLang: string | undefined, dir: string): ImportPlan {
  const lang = document.targetLanguage;
  const refusals: ImportRefusal[] = [];
  if (expectedLang !== undefined && lang !== expectedLang) refusals.push({ reason: 'wrong-target', values: { lang, expected: expectedLang } });
  const locales = readLocaleFiles(dir);
  const changes: TextChange[] = [];
  const trees = new Map<string, { tree: Record<string, unknown>; original?: string }>();
  const seen = new Map<string, number>();
  for (const xliffFile of document.files) {
    const namespace = xliffFile.id;
    const scope = scopeOf(namespace);
    const reference = locales.find((file) => file.namespace === namespace && file.lang === scope.reference);
    if (!reference) {
      refusals.push({ reason: 'unknown-namespace', values: { namespace, line: String(xliffFile.line) } });
      continue;
    }
    if (!scope.languages.includes(lang) || lang === scope.reference) {
      refusals.push({ reason: 'wrong-target', values: { lang, expected: scope.languages.filter((l) => l !== scope.reference).join(', ') } });
      continue;
    }
    if (document.sourceLanguage !== scope.reference)
      refusals.push({ reason: 'wrong-source', values: { lang: document.sourceLanguage, expected: scope.reference, namespace } });
    const known = new Map(
      expandKeys([...reference.entries.keys()], lang)
        .filter((entry) => scope.hasKey(lang, entry.sourceKey))
        .map((entry) => [entry.key, entry.sourceKey]),
    );
    const current = locales.find((file) => file.namespace === namespace && file.lang === lang);
    const relativeFile = `${lang}/${namespace}.json`;
    const path = join(dir, lang, `${namespace}.json`);
    for (const unit of xliffFile.units) {
      const place = { key: unit.id, namespace, line: String(unit.line) };
      const sourceKey = known.get(unit.id);
      if (sourceKey === undefined) {
        refusals.push({ reason: 'unknown-key', values: place });
        continue;
      }
      const first = seen.get(`${namespace}\u0000${unit.id}`);
      if (first !== undefined) {
        refusals.push({ reason: 'duplicate-key', values: { ...place, first: String(first) } });
        continue;
      }
      seen.set(`${namespace}\u0000${unit.id}`, unit.line);
      const source = reference.entries.get(sourceKey)!.value;
      if (unit.source !== source) {
        refusals.push({ reason: 'stale-source', values: { ...place, source: unit.source, current: source } });
        continue;
      }
      const translation = unit.target ?? '';
      if (translation === '') continue;
      if (placeholders(translation) !== placeholders(source)) {
        refusals.push({ reason: 'broken-variable', values: { ...place, source, target: translation } });
        continue;
      }
      const before = current?.entries.get(unit.id)?.value;
      if (before === translation) continue;
      changes.push({ file: relativeFile, namespace, key: unit.id, ...(before !== undefined && { before }), after: translation });
      if (!trees.has(path))
        trees.set(path, { tree: current ? (JSON.parse(current.text) as Record<string, unknown>) : {}, ...(current && { original: current.text }) });
      setNested(trees.get(path)!.tree, unit.id, translation);
    }
  }
  if (refusals.length > 0) return { ok: false, refusals };
  const files = new Map<string, { text: string; existed: boolean }>();
  for (const [path, { tree, original }] of trees) {
    const text = serializeLocale(tree);
    if (text !== original) files.set(path, { text, existed: original !== undefined });
  }
  return { ok: true, lang, changes, files };
}
