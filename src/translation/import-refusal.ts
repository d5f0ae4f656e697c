/** Why an XLIFF import was refused: nothing was written. `values.line` is the place in the XLIFF file. */
export interface ImportRefusal {
  reason:
    | 'unreadable'
    | 'unreadable-at-line'
    | 'truncated'
    | 'too-deep'
    | 'too-large'
    | 'inline-code'
    | 'wrong-target'
    | 'wrong-source'
    | 'unknown-namespace'
    | 'unknown-key'
    | 'duplicate-key'
    | 'stale-source'
    | 'broken-variable';
  values: Record<string, string>;
}

/** Whether a refusal is about the file itself (exit 2) rather than its contents (exit 1). */
export function isUnreadable(refusal: ImportRefusal): boolean {
  return ['unreadable', 'unreadable-at-line', 'truncated', 'too-deep', 'too-large'].includes(refusal.reason);
}
