import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readRecords } from '../../batch/index.js';
import { createTranslator, type UiLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/problems/index.js';
import { defaultProject, type ProjectContext } from '../../core/project/index.js';
import { loadForm } from '../../forms/index.js';
import { chooseRecord, type RecordChoice } from './choose-record.js';

/**
 * One record of a CSV whose columns the form maps (`csv.columns` of its manifest), read by the same code as
 * `qujat render … data.csv`: the one asked for (the first by default), with the list of all to choose another.
 * The text goes into a file of the server's own making (a fresh temporary folder, a fixed name), removed afterwards.
 */
export async function readCsvText(
  formId: string,
  text: string,
  uiLang: UiLanguage,
  record?: number,
  project: ProjectContext = defaultProject(),
): Promise<{ data?: unknown; problems: Problem[]; records?: RecordChoice }> {
  const form = loadForm(formId, project)!;
  const dir = await mkdtemp(join(tmpdir(), 'qujat-csv-'));
  try {
    const file = join(dir, 'data.csv');
    await writeFile(file, text, 'utf8');
    const read = await readRecords(file, form.manifest, form.schema);
    if (!read.ok || read.records.length === 0) {
      const translator = createTranslator(uiLang, project);
      // csv-parse's own (English) words are no part of the message: only the line it names.
      const line = read.ok ? undefined : /\bline (\d+)/i.exec(read.detail)?.[1];
      const message = line ? translator.t('error.csvAtLine', 'web', { line }) : translator.t('error.csv', 'web');
      return { problems: [{ ruleId: 'csv', severity: 'error', message, place: line ? { line: Number(line) } : {} }] };
    }
    const { value, choice } = chooseRecord(
      read.records.map((candidate) => candidate.data.value),
      record,
      form,
    );
    return { data: value, problems: read.problems, ...(choice.count > 1 && { records: choice }) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
