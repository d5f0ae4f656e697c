import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { projectPaths } from '../../src/core/paths.js';

/** One documented difference between a form and the official appendix it reproduces. */
export interface Correction {
  forms: string[];
  seed: string;
  form: string;
  reason: string;
}

export const correctionsFile = join(projectPaths.root, 'templates', 'official-text-corrections.yaml');

export function readCorrections(): Correction[] {
  return parse(readFileSync(correctionsFile, 'utf8')) as Correction[];
}

const startMark = '<!-- corrections: made from templates/official-text-corrections.yaml -->';
const endMark = '<!-- corrections: end -->';

/** The README's table of corrections, made from the list. */
export function formatCorrections(corrections: Correction[]): string {
  const cell = (text: string) => (text === '' ? '—' : `«${text.replace(/\|/g, '\\|')}»`);
  const rows = corrections.map(
    (entry) => `| ${entry.forms.map((form) => `\`${form}\``).join(', ')} | ${cell(entry.seed)} | ${cell(entry.form)} | ${entry.reason.replace(/\|/g, '\\|')} |`,
  );
  return [startMark, '', '| form | the official text | the form prints | why |', '|---|---|---|---|', ...rows, '', endMark].join('\n');
}

/** The table as the README has it now (between its marks), or undefined without the marks. */
export function readReadmeCorrections(readme: string): string | undefined {
  const start = readme.indexOf(startMark);
  const end = readme.indexOf(endMark);
  return start < 0 || end < start ? undefined : readme.slice(start, end + endMark.length);
}

export function replaceReadmeCorrections(readme: string, table: string): string {
  const current = readReadmeCorrections(readme);
  if (current === undefined) throw new Error(`README.md has no ${startMark} … ${endMark}`);
  return readme.replace(current, table);
}
