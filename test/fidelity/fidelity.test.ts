import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { loadForm } from '../../src/forms/index.js';
import { readFixedText } from '../../src/pipeline/index.js';
import { loadExample } from '../helpers/example.js';
import { compareWords, type Difference, toWords } from './compare-words.js';
import { formatCorrections, readCorrections, readReadmeCorrections } from './official-text-corrections.js';
import { appendixPlaces, readAppendix } from './read-appendix.js';

const corrections = readCorrections();
const formIds = Object.keys(appendixPlaces);

function differencesOf(formId: string): Difference[] {
  const place = appendixPlaces[formId]!;
  const fixed = readFixedText(loadForm(formId)!, loadExample(formId), place.lang);
  if (fixed === undefined) throw new Error(`the example of ${formId} is not valid`);
  return compareWords(toWords(readAppendix(formId)), toWords(fixed));
}

const documented = (formId: string, difference: Difference) =>
  corrections.some((entry) => entry.forms.includes(formId) && entry.seed === difference.seed && entry.form === difference.form);

describe('every form word for word as its official appendix', () => {
  it.each(formIds)('%s: every difference is a documented correction', (formId) => {
    const undocumented = differencesOf(formId).filter((difference) => !documented(formId, difference));
    expect(undocumented).toEqual([]);
  });

  it('every documented correction is still needed, by every form it names', () => {
    const found = new Map(formIds.map((formId) => [formId, differencesOf(formId)]));
    const unneeded = corrections.flatMap((entry) =>
      entry.forms
        .filter((formId) => !(found.get(formId) ?? []).some((difference) => difference.seed === entry.seed && difference.form === entry.form))
        .map((formId) => ({ formId, seed: entry.seed, form: entry.form })),
    );
    expect(unneeded).toEqual([]);
  });

  it('the restored wordings stand in the forms (a changed evaluation criterion is never "documented" away)', () => {
    const kk = (formId: string) => toWords(readFixedText(loadForm(formId)!, loadExample(formId), 'kk')!).join(' ');
    expect(kk('kz-b-sheet-manager')).toContain('осы параметр бойынша мемлекеттік органның әдістемесінде айқындалған өзге де фактілер. 2.');
    expect(kk('kz-b-sheet-staff')).toContain('мемлекеттік органның әдістемесіне сәйкес өзге де кемшіліктердің болмауы. 2.');
    expect(kk('kz-a-agreement-cat1')).toContain('Жоспарлы мәні Қол жеткізу мерзімдері Түйінді нәтиже*');
    expect(kk('kz-a-agreement-cat2')).toContain('Уәкілетті тұлға айқындаған НМИ № р/с');
    expect(kk('kz-hr-regulation')).toContain('келісімшарттық қызметті өткеруді қамтамасыз ету. Функциялар: 1)');
    const ky = toWords(readFixedText(loadForm('kg-hr-regulation')!, loadExample('kg-hr-regulation'), 'ky')!).join(' ');
    expect(ky).not.toContain('Типтүү жобо');
    expect(kk('kz-hr-regulation')).not.toMatch(/Үлгілік ереже/i);
  });

  it('the list of corrections is the README\'s "Corrections of the official text"', () => {
    const readme = readFileSync(join(projectPaths.root, 'README.md'), 'utf8');
    expect(readReadmeCorrections(readme)).toBe(formatCorrections(corrections));
  });
});

describe('the word comparison', () => {
  it('normalises spacing only, and drops blanks, boxes to tick and data', () => {
    expect(toWords('асыру\n;  –мамлекеттик 1.Функционалдық Қызметші____ □ Иә ⟨data⟩-тоқсан 2026 жылғы')).toEqual(
      ['асыру;', '–', 'мамлекеттик', '1.', 'Функционалдық', 'Қызметші', 'Иә', '2026', 'жылғы'].filter((word) => word !== '–'),
    );
  });

  it('reports each run of changes with the seed words and the form words', () => {
    expect(compareWords(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      { seed: 'b', form: 'x', before: 'a' },
      { seed: '', form: 'e', before: 'a b c d' },
    ]);
  });
});
