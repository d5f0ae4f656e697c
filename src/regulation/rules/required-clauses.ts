import { patternFor } from '../regulation-profile.js';
import type { RegulationRule } from '../regulation-rule.js';

/** Clauses the profile requires (KZ point 9: whom the HR service reports to). */
export const requiredClauses: RegulationRule = {
  id: 'required-clauses',
  check(context) {
    for (const clause of context.profile.requiredClauses) {
      const pattern = patternFor(clause.pattern, context.lang);
      if (pattern && !context.lines.some((line) => pattern.test(line.text))) {
        context.report({ ruleId: `clause-missing`, severity: 'error', line: context.lines.at(-1)?.line ?? 1, values: { clause: clause.id } });
      }
    }
  },
};
