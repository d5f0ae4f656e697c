import { listFormIds, loadForm } from '../forms/index.js';

/** Which languages a namespace must have, and which one the others are compared with. */
export interface NamespaceScope {
  namespace: string;
  reference: string;
  languages: string[];
}

/** Interface namespaces exist in the three languages and English; English is for developers. */
const interfaceLanguages = ['kk', 'ru', 'ky', 'en'];

/**
 * A form's namespace has the form's languages, the first being the reference (the language of the official text:
 * kk for the Kazakhstan forms, ky for the Kyrgyz ones); every other namespace has kk, ru, ky and en, kk the reference.
 */
export function scopeOf(namespace: string): NamespaceScope {
  const form = listFormIds().map((id) => loadForm(id)!).find((candidate) => candidate.manifest.namespace === namespace);
  if (form) return { namespace, reference: form.manifest.languages[0]!, languages: [...form.manifest.languages] };
  return { namespace, reference: 'kk', languages: interfaceLanguages };
}
