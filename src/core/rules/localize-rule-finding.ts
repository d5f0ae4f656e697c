import { dynamicKey, type Translator } from '../i18n/index.js';
import type { RuleFamily, RuleFinding } from './rule-contract.js';
import { ruleMessageKeys } from './rule-message-key.js';

/**
 * The one localiser of findings: a finding of any family as its message (and, when the rule has one, the text of what
 * is expected) in the translator's language, its values (already put in that language by the family) filled in.
 */
export function localizeRuleFinding(
  family: RuleFamily,
  finding: RuleFinding,
  translator: Translator,
  values: Record<string, unknown> = finding.values ?? {},
): { message: string; expected?: string } {
  const keys = ruleMessageKeys(family, finding);
  const message = translator.t(dynamicKey(keys.message), 'errors', values);
  const expected = keys.expected === undefined ? undefined : translator.find(dynamicKey(keys.expected), 'errors', values);
  return expected === undefined ? { message } : { message, expected };
}
