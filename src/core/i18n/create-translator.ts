import i18next, { type i18n } from 'i18next';

import { defaultProject, type ProjectContext } from '../project/project-context.js';
import type { KeyIn } from './locale-keys.js';

/** A translation function bound to one language that reports missing keys instead of falling back. */
export interface Translator {
  lang: string;
  /** The text, or undefined when the key has no text in this language. */
  find<Namespace extends string>(key: KeyIn<Namespace>, ns: Namespace, values?: Record<string, unknown>): string | undefined;
  /** The text; a missing key is recorded in `missing` and returns a visible marker. */
  t<Namespace extends string>(key: KeyIn<Namespace>, ns: Namespace, values?: Record<string, unknown>): string;
  missing: string[];
}

/** One i18next instance per project, made again when its locale files change. */
function getInstance(project: ProjectContext): i18n {
  return project.memo('i18next', () => {
    const instance = i18next.createInstance();
    void instance.init({
      resources: project.locales(),
      initAsync: false,
      fallbackLng: false,
      returnNull: false,
      returnEmptyString: true,
      interpolation: { escapeValue: false },
      keySeparator: '.',
      nsSeparator: false,
    } as Parameters<i18n['init']>[0]);
    return instance;
  });
}

function hasValues(values: Record<string, unknown> | undefined): boolean {
  if (!values) return false;
  for (const name in values) if (Object.hasOwn(values, name)) return true;
  return false;
}

/** A translator in `lang` with the texts of the project (qujat's own folders by default). */
export function createTranslator(lang: string, project: ProjectContext = defaultProject()): Translator {
  const i18n = getInstance(project);
  // Texts without values, kept by language, namespace and key with the project's texts (dropped with them when a
  // locale file changes): a form's template asks for the same fixed texts in every document.
  const fixedTexts = project.memo('fixed-texts', () => new Map<string, string | undefined>());
  const missing: string[] = [];
  const lookUp = (key: string, ns: string, values?: Record<string, unknown>): string | undefined =>
    // A key that names a group of texts (an object) is no text.
    i18n.exists(key, { lng: lang, ns, ...values }) && typeof i18n.getResource(lang, ns, key) !== 'object'
      ? String(i18n.t(key, { lng: lang, ns, ...values }))
      : undefined;
  const find = (key: string, ns: string, values?: Record<string, unknown>): string | undefined => {
    if (hasValues(values)) return lookUp(key, ns, values);
    const id = `${lang}\u0000${ns}\u0000${key}`;
    if (fixedTexts.has(id)) return fixedTexts.get(id);
    const text = lookUp(key, ns);
    fixedTexts.set(id, text);
    return text;
  };
  return {
    lang,
    missing,
    find,
    t(key, ns, values) {
      const text = find(key, ns, values);
      if (text !== undefined) return text;
      missing.push(`${lang}:${ns}:${key}`);
      return `⟦${ns}:${key}⟧`;
    },
  };
}
