import { validate } from '../../api/index.js';
import { parseData } from '../../core/data/index.js';
import type { UiLanguage } from '../../core/i18n/index.js';
import { defaultProject, type ProjectContext } from '../../core/project/index.js';
import { loadForm } from '../../forms/index.js';
import { chooseRecord } from './choose-record.js';
import { readCsvText } from './read-csv-text.js';

/** A data file's text read into a form's data (one of its records, with the list to choose another), or its problems. */
export async function parseFormText(
  formId: string,
  text: string,
  format: 'json' | 'yaml' | 'csv',
  lang: UiLanguage,
  record?: number,
  project: ProjectContext = defaultProject(),
): Promise<unknown> {
  if (format === 'csv') return readCsvText(formId, text, lang, record, project);
  const parsed = parseData(text, format);
  if (parsed.problems.length > 0) return { problems: validate(formId, parsed, { lang, project }).problems };
  // A list of records (as `qujat batch` reads): the one asked for, and the list to choose another from.
  if (
    Array.isArray(parsed.value) &&
    parsed.value.length > 0 &&
    parsed.value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
  ) {
    const { value, choice } = chooseRecord(parsed.value, record, loadForm(formId, project)!);
    return { data: value, problems: [], ...(choice.count > 1 && { records: choice }) };
  }
  return { data: parsed.value, problems: [] };
}
