import { insertionLine } from '../find-sections.js';
import { patternSource } from '../regulation-profile.js';
import type { RegulationRule } from '../regulation-rule.js';
import { wholeWords } from '../whole-words.js';

const textKinds = new Set(['point', 'subpoint', 'item', 'text', 'heading', 'chapter']);

/** Clauses the profile requires (KZ point 9: whom the HR service reports to), reported after the rights and duties. */
export const requiredClauses: RegulationRule = {
  id: 'required-clauses',
  ids: ['clause-missing'],
  severities: ['error'],
  messageKeys: ['regulation.clause-missing'],
  doc: 'A clause the profile requires (the legal status, the subordination, …) that the draft does not have.',
  check(context) {
    if (!context.hrRegulation) return;
    for (const clause of context.profile.requiredClauses) {
      const source = patternSource(clause.pattern, context.lang);
      if (!source) continue;
      const pattern = wholeWords(source);
      if (context.lines.some((line) => textKinds.has(line.kind) && pattern.test(line.text))) continue;
      const { line, placement } = insertionLine(context.lines, context.sections, context.sections.length);
      context.report({ ruleId: 'clause-missing', severity: 'error', line, placement, values: { clause: clause.id } });
    }
  },
};
