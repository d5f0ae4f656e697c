import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import xliff from 'xliff';
import { projectPaths } from '../core/paths.js';
import { writeFileAtomic } from '../core/fs/index.js';
import { readLocaleFiles, serializeLocale } from './locale-files.js';
import { scopeOf } from './locale-scope.js';
import { expandKeys } from './plural-keys.js';
import { setNested } from './locale-tree.js';

/** Why an import was refused: nothing was written. */
export interface ImportRefusal {
  reason: 'unreadable' | 'unreadable-at-line' | 'wrong-target' | 'wrong-source' | 'unknown-namespace' | 'unknown-key' | 'broken-variable';
  values: Record<string, string>;
}

export type ImportResult = { ok: true; lang: string; written: string[]; changed: number } | { ok: false; refusals: ImportRefusal[] };

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}|\$t\(([^)]*)\)|<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)].map((match) => match[0].replace(/\s+/g, '')).sort().join('\u0000');

/**
 * Imports an XLIFF 2.0 or 1.2 file exported by `exportXliff`: every namespace and key must exist, every
 * translation must keep the source's variables, nesting and markup, and the target language must be one the
 * namespace has (and `expectedLang` when given). Any refusal means nothing is written.
 */
export async function importXliff(path: string, expectedLang?: string, dir = projectPaths.locales): Promise<ImportResult> {
  let text: string;
  let document: Awaited<ReturnType<typeof xliff.xliff2js>>;
  try {
    text = readFileSync(path, 'utf8');
    document = /version="1\.2"/.test(text.slice(0, 500)) ? await xliff.xliff12ToJs(text) : await xliff.xliff2js(text);
  } catch (error) {
    // The XML parser's (English) words stay out of the message: only the line it names, when it names one.
    const detail = (error as Error).message;
    const line = /\bline:? (\d+)/i.exec(detail)?.[1];
    return { ok: false, refusals: [{ reason: line ? 'unreadable-at-line' : 'unreadable', values: { file: path, detail, ...(line && { line }) } }] };
  }
  const lang = document.targetLanguage;
  const refusals: ImportRefusal[] = [];
  if (expectedLang !== undefined && lang !== expectedLang) refusals.push({ reason: 'wrong-target', values: { lang: String(lang), expected: expectedLang } });
  const files = readLocaleFiles(dir);
  const updates = new Map<string, { tree: Record<string, unknown>; original: string; changed: number }>();
  for (const [namespace, units] of Object.entries(document.resources ?? {})) {
    const scope = scopeOf(namespace);
    const reference = files.find((file) => file.namespace === namespace && file.lang === scope.reference);
    if (!reference) {
      refusals.push({ reason: 'unknown-namespace', values: { namespace } });
      continue;
    }
    if (!scope.languages.includes(lang) || lang === scope.reference) {
      refusals.push({ reason: 'wrong-target', values: { lang: String(lang), expected: scope.languages.filter((l) => l !== scope.reference).join(', ') } });
      continue;
    }
    if (document.sourceLanguage !== scope.reference) refusals.push({ reason: 'wrong-source', values: { lang: String(document.sourceLanguage), expected: scope.reference, namespace } });
    const known = new Map(expandKeys([...reference.entries.keys()], lang).filter((entry) => scope.hasKey(lang, entry.sourceKey)).map((entry) => [entry.key, entry.sourceKey]));
    const target = files.find((file) => file.namespace === namespace && file.lang === lang);
    const tree = target ? (JSON.parse(target.text) as Record<string, unknown>) : {};
    let changed = 0;
    for (const [key, unit] of Object.entries(units)) {
      const sourceKey = known.get(key);
      if (!sourceKey) {
        refusals.push({ reason: 'unknown-key', values: { key, namespace } });
        continue;
      }
      const translation = unit.target ?? '';
      const source = reference.entries.get(sourceKey)!.value;
      if (translation !== '' && placeholders(translation) !== placeholders(source)) {
        refusals.push({ reason: 'broken-variable', values: { key, namespace, source, target: translation } });
        continue;
      }
      if (translation === '' && target?.entries.get(key) === undefined) continue;
      if (target?.entries.get(key)?.value !== translation) changed += 1;
      setNested(tree, key, translation);
    }
    updates.set(join(dir, lang, `${namespace}.json`), { tree, original: target?.text ?? '', changed });
  }
  if (refusals.length > 0) return { ok: false, refusals };
  const written: string[] = [];
  let changed = 0;
  for (const [file, update] of updates) {
    const text = serializeLocale(update.tree);
    changed += update.changed;
    if (text === update.original) continue;
    await writeFileAtomic(file, new TextEncoder().encode(text));
    written.push(file);
  }
  return { ok: true, lang, written, changed };
}
