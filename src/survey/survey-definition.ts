import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { documentLanguages } from '../core/i18n/index.js';
import { projectPaths } from '../core/paths.js';
import { defaultProject, type ProjectContext } from '../core/project/index.js';

export interface SurveyQuestion {
  id: string;
  options: string[];
}

export interface SurveyDefinition {
  formId: string;
  questions: SurveyQuestion[];
  /** Printed option text (normalised, any language) → option key, per question. */
  optionsByText: Map<string, Map<string, string>>;
}

/**
 * Folds what varies in typed answers: case, spaces, and Latin letters typed for their Cyrillic look-alikes
 * (the Latin `i` for the Kazakh `і`, and the rest), so that «Көбіне иә» matches «көбіне  иә».
 */
export function normalizeAnswer(text: string): string {
  const latinToCyrillic: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', h: 'һ', b: 'в' };
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[acehikmoptxyb]/g, (char) => latinToCyrillic[char] ?? char);
}

/** The questionnaire (form 7): question ids and option keys from `templates/kz-a-survey/questions.yaml`, texts from the locale files. */
export function loadSurveyDefinition(formId = 'kz-a-survey', project: ProjectContext = defaultProject()): SurveyDefinition {
  return project.memo(`survey:${formId}`, () => readSurveyDefinition(formId, project));
}

function readSurveyDefinition(formId: string, project: ProjectContext): SurveyDefinition {
  const questions = parse(readFileSync(join(projectPaths.templates, formId, 'questions.yaml'), 'utf8')) as SurveyQuestion[];
  const locales = project.locales();
  const optionsByText = new Map<string, Map<string, string>>();
  for (const question of questions) {
    const byText = new Map<string, string>();
    question.options.forEach((option, index) => {
      byText.set(normalizeAnswer(option), option);
      byText.set(String(index + 1), option);
      for (const lang of documentLanguages) {
        const texts = (locales[lang]?.[formId] as { questions?: Record<string, { options?: Record<string, string> }> } | undefined)?.questions;
        const text = texts?.[question.id]?.options?.[option];
        if (text) byText.set(normalizeAnswer(text), option);
      }
    });
    optionsByText.set(question.id, byText);
  }
  return { formId, questions, optionsByText };
}
