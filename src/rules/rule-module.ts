/**
 * A finding of a rule module: what is wrong, where (JSON pointer), with the values its message needs.
 * Rule modules are pure: the message text comes from the locale files (`errors` namespace, key `rule.<ruleId>`).
 */
export interface Finding {
  ruleId: string;
  pointer: string;
  severity: 'error' | 'warning';
  values?: Record<string, string | number>;
  fix?: { value: unknown };
  /** The data is valid, but no document may be issued from it (e.g. a servant who is not to be evaluated). */
  blocksRender?: boolean;
}

export interface RuleOutcome {
  /** Values the form derives, merged into the template's `computed` and printed by `qujat compute`. */
  computed: Record<string, unknown>;
  findings: Finding[];
}

/** A computation named from a form's manifest (`rules: [...]`): added once, reused by every form that names it. */
export interface RuleModule {
  id: string;
  apply(data: unknown): RuleOutcome;
}
