import { patternFor } from '../regulation-profile.js';
import type { RegulationRule } from '../regulation-rule.js';

const blank = /_{3,}|\.{4,}|…{2,}|«\s*»|"\s*"|№\s*_+/gu;

/** Blanks of the typical text left unfilled: runs of underscores or dots, empty «», "№ ___" (not on signature lines). */
export const placeholders: RegulationRule = {
  id: 'placeholders',
  check(context) {
    const signature = patternFor(context.profile.signatureLines, context.lang);
    for (const line of context.lines) {
      if (line.kind === 'blank' || signature?.test(line.text)) continue;
      for (const match of line.text.matchAll(blank)) {
        context.report({ ruleId: 'placeholder', severity: 'error', line: line.line, column: (match.index ?? 0) + 1, values: { text: match[0] } });
      }
    }
  },
};
