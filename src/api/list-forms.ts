import { createTranslator, type UiLanguage } from '../core/i18n/index.js';
import { defaultProject, type ProjectContext } from '../core/project/index.js';
import { listFormIds, loadForm } from '../forms/index.js';

export interface FormSummary {
  id: string;
  title: string;
  languages: string[];
  editions: { id: string; effective: string }[];
}

/** Every form with its title in the UI language. */
export function listForms(uiLang: UiLanguage = 'en', project: ProjectContext = defaultProject()): FormSummary[] {
  const translator = createTranslator(uiLang, project);
  return listFormIds(project).map((id) => {
    const manifest = loadForm(id, project)!.manifest;
    // A form whose manifest is wrong is listed as far as it can be (`checkForms` says what is wrong).
    return {
      id,
      title: translator.find(id, 'forms') ?? id,
      languages: Array.isArray(manifest.languages) ? manifest.languages : [],
      editions: (Array.isArray(manifest.editions) ? manifest.editions : []).map(({ id: editionId, effective }) => ({ id: editionId, effective })),
    };
  });
}
