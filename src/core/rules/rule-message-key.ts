import type { RuleFamily, RuleFinding } from './rule-contract.js';

/** Where each family's messages stand in the `errors` namespace. */
const messageKeyOf: Record<RuleFamily, (name: string) => { message: string; expected?: string }> = {
  form: (name) => ({ message: `rule.${name}.message`, expected: `rule.${name}.expected` }),
  regulation: (name) => ({ message: `regulation.${name}` }),
  locale: (name) => ({ message: `locales.${name}.message` }),
};

/** The keys of a finding's message (and of its "expected" text, for form rules) in the `errors` namespace. */
export function ruleMessageKeys(family: RuleFamily, finding: Pick<RuleFinding, 'ruleId' | 'messageKey'>): { message: string; expected?: string } {
  return messageKeyOf[family](finding.messageKey ?? finding.ruleId);
}
