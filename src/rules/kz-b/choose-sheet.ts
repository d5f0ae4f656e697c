/**
 * Corps "B" point 17: which sheet and which evaluator, from the position's category code and whether the person
 * heads a structural unit (holds a managerial position).
 * - B-1, C-1 (deputy chairman of a committee, department director), D-1, D-3 (heads of structural units), C-O-1,
 *   D-O-1, D-R-1, C-R-1, E-1, E-2, E-R-1: the direct superior, form 1 (manager sheet).
 * - Other managerial positions: the head of the unit or body, form 1.
 * - C-1, D-1, D-3 not heading a unit: the direct superior, form 2 (staff sheet).
 * - Everyone else: the head of the unit or body, form 2.
 * Decision: the codes of the first list other than C-1, D-1 and D-3 name managerial positions only, so they always
 * take form 1; C-1, D-1 and D-3 take form 1 when the person heads a unit and form 2 otherwise. Codes are compared
 * after folding Cyrillic look-alikes (В, С, Е, О, Р) to Latin and dashes to "-".
 */
export type Sheet = 'manager' | 'staff';
export type Evaluator = 'direct-superior' | 'unit-head';

const listed = ['B-1', 'C-1', 'D-1', 'D-3', 'C-O-1', 'D-O-1', 'D-R-1', 'C-R-1', 'E-1', 'E-2', 'E-R-1'];
const managerialOnly = listed.filter((code) => !['C-1', 'D-1', 'D-3'].includes(code));

export function normalizeCategoryCode(code: string): string {
  const cyrillic: Record<string, string> = { В: 'B', С: 'C', Е: 'E', О: 'O', Р: 'R', Д: 'D' };
  return code
    .trim()
    .toUpperCase()
    .replace(/[ВСЕОРД]/g, (char) => cyrillic[char] ?? char)
    .replace(/[‐‑‒–—\s]+/g, '-');
}

export function chooseSheet(categoryCode: string, headsUnit: boolean): { sheet: Sheet; evaluator: Evaluator } {
  const code = normalizeCategoryCode(categoryCode);
  const inList = listed.includes(code);
  if (managerialOnly.includes(code) || headsUnit) return { sheet: 'manager', evaluator: inList ? 'direct-superior' : 'unit-head' };
  return { sheet: 'staff', evaluator: inList ? 'direct-superior' : 'unit-head' };
}
