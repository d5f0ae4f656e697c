import { isInterfaceKey, listFormIds, loadForm } from '../forms/index.js';

/** Which languages a namespace must have, which one the others are compared with, and which texts each language has. */
export interface NamespaceScope {
  namespace: string;
  reference: string;
  /** Every language that has a file of the namespace. */
  languages: string[];
  /** Whether the namespace's text of this key belongs in this language's file. */
  hasKey(lang: string, key: string): boolean;
}

/** Interface namespaces exist in the three languages and English; English is for developers. */
const interfaceLanguages = ['kk', 'ru', 'ky', 'en'];

/**
 * A form's namespace has the form's languages, the first being the reference (the language of the official text:
 * kk for the Kazakhstan forms, ky for the Kyrgyz ones); its interface texts (field labels and the like, see
 * `interfaceSections`) are also in every other interface language, whose files hold only those. Every other
 * namespace has kk, ru, ky and en, kk the reference.
 */
export function scopeOf(namespace: string): NamespaceScope {
  const form = listFormIds()
    .map((id) => loadForm(id)!)
    .find((candidate) => candidate.manifest.namespace === namespace);
  if (form) {
    const documentLanguages: string[] = [...form.manifest.languages];
    return {
      namespace,
      reference: documentLanguages[0]!,
      languages: [...new Set([...documentLanguages, ...interfaceLanguages])],
      hasKey: (lang, key) => documentLanguages.includes(lang) || (interfaceLanguages.includes(lang) && isInterfaceKey(key)),
    };
  }
  return { namespace, reference: 'kk', languages: interfaceLanguages, hasKey: () => true };
}
