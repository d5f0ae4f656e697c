import type { Problem } from '../api.js';
import { getAt } from '../json-pointer.js';
import { hasFilledValues } from './has-filled-values.js';

/**
 * Which of the data's problems are shown yet. A field not yet filled in is required, not wrong: its problem is
 * shown once the field is left (`touched`), or for all fields once the document is asked for or data is loaded
 * (`showAll`). The problems are the last check's, about the data now shown; none are kept across a data change.
 */
export class ProblemVisibility {
  showAll = false;
  private touched = new Set<string>();
  private problems: Problem[] = [];

  /** New data (another form, a file, the example, «Clear»): nothing touched, and the old data's problems dropped. */
  forgetData(): void {
    this.touched = new Set();
    this.problems = [];
  }

  /** The last check's answer about the current data. */
  setProblems(problems: Problem[]): void {
    this.problems = problems;
  }

  /** A field left: its problems are shown from now on; false when it was already. */
  touch(pointer: string): boolean {
    if (this.touched.has(pointer)) return false;
    this.touched.add(pointer);
    return true;
  }

  /** The problems shown at their fields and counted in the status line, and how many required fields still wait. */
  select(data: Record<string, unknown>): { shown: Problem[]; waiting: number } {
    const shown = this.problems.filter((problem) => this.isShown(problem, data));
    return { shown, waiting: this.problems.length - shown.length };
  }

  /** Whether a problem is shown yet: not a required field left empty that the officer has not reached. */
  private isShown(problem: Problem, data: Record<string, unknown>): boolean {
    if (this.showAll || problem.severity !== 'error') return true;
    const pointer = problem.place.pointer ?? '';
    if ([...this.touched].some((at) => at === pointer || at.startsWith(`${pointer}/`) || pointer.startsWith(`${at}/`))) return true;
    return problem.ruleId !== 'required' && hasFilledValues(getAt(data, pointer));
  }
}
