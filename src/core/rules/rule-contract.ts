import type { Severity } from '../problems/index.js';

/** The three families of rules: a form's data, a draft regulation, the locale files. */
export type RuleFamily = 'form' | 'regulation' | 'locale';

/**
 * What every rule declares, whatever it checks (see the README's "Rules"): the ids of its findings (one concern,
 * sometimes told apart: a gap or a repeat of a numbering), the severities they may have, the keys of their messages in
 * the `errors` namespace, and what it checks in a sentence. A finding id is written in its rule's file only, and every
 * rule has its fixtures in `test/fixtures/rules/<family>/<rule id>/`.
 */
export interface RuleContract {
  /** The rule's name: its fixtures' folder, and the name a form's manifest gives (form rules). */
  id: string;
  /** The ids its findings carry (`ruleId`), as reports print them. */
  ids: readonly string[];
  severities: readonly Severity[];
  /** Keys of the `errors` namespace its messages have, in every language the messages are in. */
  messageKeys: readonly string[];
  doc: string;
}

/** What a finding of every family has, before its message is written: the rule, how bad, the message's values. */
export interface RuleFinding {
  ruleId: string;
  severity: Severity;
  values?: Record<string, unknown>;
  /** The message's key when it is not the one the id gives (a variant: no fix known, a divided body). */
  messageKey?: string;
}
