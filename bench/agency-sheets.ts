import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectPaths } from '../src/core/paths.js';

const surnames = [
  'Серікбаев',
  'Ахметов',
  'Қасымов',
  'Нұрланов',
  'Әбдіқадыров',
  'Төлегенов',
  'Жұмабеков',
  'Оспанов',
  'Ержанов',
  'Бекболатов',
  'Сәрсенбаев',
  'Мұқанов',
  'Ғабдуллин',
  'Үсенов',
  'Исаев',
  'Құдайбергенов',
];
const men = ['Нұрлан', 'Даурен', 'Ерлан', 'Асхат', 'Бауыржан', 'Ғалым', 'Қайрат', 'Мейрам', 'Тимур', 'Әлібек'];
const women = ['Айгүл', 'Гүлназ', 'Әсел', 'Жанар', 'Сәуле', 'Мөлдір', 'Динара', 'Ұлжан', 'Назерке', 'Күләш'];
const fathers = ['Айдар', 'Болат', 'Серік', 'Марат', 'Ғани', 'Жақып', 'Төлеу', 'Қанат'];
const units = [
  'бюджеттік саясат басқармасының',
  'мемлекеттік қызмет басқармасының',
  'заң департаментінің',
  'қаржы басқармасының',
  'ақпараттандыру бөлімінің',
  'персоналды басқару қызметінің',
];
const posts = ['бас сарапшысы', 'жетекші сарапшысы', 'сарапшысы', 'бас маманы'];
const categories = ['C-3', 'C-4', 'C-5', 'D-4', 'D-5'];

/** `count` Corps "A" evaluation sheets: the shipped example with the evaluated person varied, always the same. */
export function createEvaluationSheets(count: number): Record<string, unknown>[] {
  const example = JSON.parse(readFileSync(join(projectPaths.examples, 'kz-a-evaluation-sheet.json'), 'utf8')) as Record<string, any>;
  return createAgencySheets(count).map((staff) => {
    const sheet = structuredClone(example);
    sheet.person = { ...sheet.person, fullName: (staff.person as Record<string, unknown>).fullName };
    return sheet;
  });
}

/** `count` Corps "B" staff sheets of one agency: the shipped example with varied people and scores, always the same. */
export function createAgencySheets(count: number): Record<string, unknown>[] {
  const example = JSON.parse(readFileSync(join(projectPaths.examples, 'kz-b-sheet-staff.json'), 'utf8')) as Record<string, any>;
  let seed = 20_260_414;
  const next = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % limit;
  };
  return Array.from({ length: count }, () => {
    const woman = next(2) === 0;
    const surname = surnames[next(surnames.length)]!;
    const fullName = woman
      ? `${surname}а ${women[next(women.length)]} ${fathers[next(fathers.length)]}қызы`
      : `${surname} ${men[next(men.length)]} ${fathers[next(fathers.length)]}ұлы`;
    const sheet = structuredClone(example);
    sheet.person = {
      ...sheet.person,
      fullName,
      position: `${units[next(units.length)]} ${posts[next(posts.length)]}`,
      categoryCode: categories[next(categories.length)],
    };
    sheet.parameters = sheet.parameters.map(() => ({ score: 2 + next(13) * 0.25 }));
    return sheet;
  });
}
