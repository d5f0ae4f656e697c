import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parseData, type ParsedData } from '../core/data/index.js';
import { projectPaths } from '../core/paths.js';

/** One text of a locale file: its dotted key, its value, and where it stands. */
export interface LocaleEntry {
  key: string;
  value: string;
  pointer: string;
}

/** One `locales/<lang>/<namespace>.json`, parsed with positions and flattened to dotted keys (`_meta` left out). */
export interface LocaleFile {
  lang: string;
  namespace: string;
  /** Path relative to the project root, as reports show it. */
  file: string;
  text: string;
  parsed: ParsedData;
  entries: Map<string, LocaleEntry>;
  /** Translator notes: `_meta.descriptions` of the file, by key. */
  descriptions: Record<string, string>;
}

export function pointerOf(key: string): string {
  return `/${key
    .split('.')
    .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;
}

function flatten(value: unknown, prefix: string, entries: Map<string, LocaleEntry>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!prefix && key === '_meta') continue;
      flatten(child, prefix ? `${prefix}.${key}` : key, entries);
    }
    return;
  }
  entries.set(prefix, { key: prefix, value: typeof value === 'string' ? value : String(value), pointer: pointerOf(prefix) });
}

/** Reads one locale file. */
export function readLocaleFile(path: string, lang: string, namespace: string, root = projectPaths.root): LocaleFile {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const parsed = parseData(text, 'json', file);
  const entries = new Map<string, LocaleEntry>();
  flatten(parsed.value ?? {}, '', entries);
  const meta = (parsed.value as { _meta?: { descriptions?: Record<string, string> } } | undefined)?._meta;
  return { lang, namespace, file, text, parsed, entries, descriptions: meta?.descriptions ?? {} };
}

/** Every locale file under `dir` (`<dir>/<lang>/<namespace>.json`; folders named with a leading dot, such as an import's backup, are skipped). */
export function readLocaleFiles(dir = projectPaths.locales, root = projectPaths.root): LocaleFile[] {
  return readdirSync(dir)
    .filter((lang) => !lang.startsWith('.') && statSync(join(dir, lang)).isDirectory())
    .sort()
    .flatMap((lang) =>
      readdirSync(join(dir, lang))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => readLocaleFile(join(dir, lang, name), lang, name.slice(0, -5), root)),
    );
}

/** A locale value written back: nested JSON, two-space indented, with a final newline (the files' one format). */
export function serializeLocale(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
