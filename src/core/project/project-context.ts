import { existsSync } from 'node:fs';

import { loadLocalesFrom, type LocaleResources } from '../i18n/load-locales.js';
import { type ProjectOptions, type ResolvedProjectOptions, resolveProjectOptions } from './project-options.js';
import { type ProjectRoot, shippedRoot, toProjectRoot } from './project-root.js';
import { stampLocales } from './stamp-locales.js';

/**
 * Everything qujat reads from a project's folders, and every cache of it, in one object (as Typst's `World`): the
 * library, the CLI, the batch (and its worker threads, from `options`) and the web app each work from one. A cache
 * lives as long as its context: `invalidate()` drops them all; `refresh()` drops those that depend on the locale
 * files when the files changed (an XLIFF import), so that the next document uses the new texts without a restart.
 */
export interface ProjectContext {
  readonly options: ResolvedProjectOptions;
  /** The folders of forms, in the order a form id is looked up: the user's, then (unless left out) the shipped one. */
  readonly roots: readonly ProjectRoot[];
  /** The folder an XLIFF import writes into. */
  readonly localesDir: string;
  /** Every locale file: the shipped ones (or `localesDir`), each root's read over them, per namespace. */
  locales(): LocaleResources;
  /** A value kept until the locale files change (texts, forms, whatever a text went into). */
  memo<T>(key: string, make: () => T): T;
  /** A value kept until `invalidate()` (compiled schemas and templates: they do not depend on the texts). */
  memoDurable<T>(key: string, make: () => T): T;
  /** Drops the text caches when a locale file changed since they were filled; true when it did. */
  refresh(): boolean;
  /** Drops every cache: the next use reads the folders again. */
  invalidate(): void;
}

export function createProjectContext(options: ProjectOptions = {}): ProjectContext {
  const resolved = resolveProjectOptions(options);
  const userRoots = resolved.roots.map(toProjectRoot);
  const roots = resolved.shipped ? [...userRoots, shippedRoot] : userRoots;
  const localesDir = resolved.localesDir ?? shippedRoot.locales;
  // Later folders win: the shipped texts (or their copy), then the user's folders, the first one last.
  const localeDirs = [
    localesDir,
    ...[...userRoots]
      .reverse()
      .map((root) => root.locales)
      .filter((dir) => existsSync(dir)),
  ];
  let texts = new Map<string, unknown>();
  let durable = new Map<string, unknown>();
  let stamp: string | undefined;
  const memoIn = <T>(map: Map<string, unknown>, key: string, make: () => T): T => {
    if (map.has(key)) return map.get(key) as T;
    const value = make();
    map.set(key, value);
    return value;
  };
  return {
    options: resolved,
    roots,
    localesDir,
    locales() {
      return memoIn(texts, 'locales', () => {
        stamp ??= stampLocales(localeDirs);
        return loadLocalesFrom(localeDirs);
      });
    },
    memo: (key, make) => memoIn(texts, key, make),
    memoDurable: (key, make) => memoIn(durable, key, make),
    refresh() {
      if (stamp === undefined) return false;
      const now = stampLocales(localeDirs);
      if (now === stamp) return false;
      texts = new Map();
      stamp = undefined;
      return true;
    },
    invalidate() {
      texts = new Map();
      durable = new Map();
      stamp = undefined;
    },
  };
}

let shipped: ProjectContext | undefined;

/** The context of qujat's own folders, for callers that name no project. */
export function defaultProject(): ProjectContext {
  shipped ??= createProjectContext();
  return shipped;
}

const byOptions = new Map<string, ProjectContext>();

/**
 * The context for options received as data (a worker thread's task): one per distinct set of folders in a thread,
 * the default one for none, each checked for changed locale files before it is used.
 */
export function projectFor(options: ProjectOptions | undefined): ProjectContext {
  const key = JSON.stringify(resolveProjectOptions(options));
  const project = key === JSON.stringify(resolveProjectOptions()) ? defaultProject() : (byOptions.get(key) ?? createProjectContext(options));
  byOptions.set(key, project);
  project.refresh();
  return project;
}
