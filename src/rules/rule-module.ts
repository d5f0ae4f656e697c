import type { RuleContract, RuleFinding } from '../core/rules/index.js';

/**
 * A finding of a rule module: what is wrong, where (JSON pointer), with the values its message needs.
 * Rule modules are pure: the message text comes from the locale files (`errors` namespace, key `rule.<ruleId>`).
 */
export interface Finding extends RuleFinding {
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

/**
 * A computation named from a form's manifest (`rules: [...]`): added once, reused by every form that names it. It is a
 * rule of the form family: it declares the ids of its findings (none for a module that only computes), their
 * severities, message keys and what it does.
 */
export interface RuleModule extends RuleContract {
  apply(data: unknown): RuleOutcome;
  /**
   * The module also runs on incomplete data (a required value missing or null, as while a form is being filled in)
   * and computes each value from its own inputs only: a value one of whose inputs is missing comes out null (or is
   * left out), never guessed, and a finding is given only when its inputs are there. For valid data it computes
   * exactly what it would otherwise. The web app then keeps its values that can be computed (live derived values).
   */
  computesPerValue?: boolean;
}
