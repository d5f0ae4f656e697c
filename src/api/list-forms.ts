import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { listFormIds, loadForm } from '../forms/index.js';

export interface FormSummary {
  id: string;
  title: string;
  languages: string[];
  editions: { id: string; effective: string }[];
}

/** Every form with its title in the UI language. */
export function listForms(uiLang: UiLanguage = 'en'): FormSummary[] {
  const translator = createTranslator(uiLang);
  return listFormIds().map((id) => {
    const manifest = loadForm(id)!.manifest;
    return {
      id,
      title: translator.find(id, 'forms') ?? id,
      languages: manifest.languages,
      editions: manifest.editions.map(({ id: editionId, effective }) => ({ id: editionId, effective })),
    };
  });
}
