/** Where a problem is: a JSON pointer into the data and, when the source text is known, its line and column (1-based). */
export interface Place {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in user input: errors are data, never exceptions.
 * `ruleId` is the JSON Schema keyword (`required`, `type`, ...) or the id of a rule's finding (see the rule families' declarations).
 */
export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  place: Place;
  /** What a valid value looks like, in the message language. */
  expected?: string;
  /** A concrete correction, when one exists. */
  fix?: { description: string; value?: unknown };
  /** The data is valid, but no document may be issued from it: `render` refuses with this problem as an error. */
  blocksRender?: boolean;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
