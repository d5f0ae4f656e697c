import type { RegulationRule } from '../regulation-rule.js';

/** A body's old name in a document that speaks as of a date after the renaming, with the new name as the fix. */
export const outdatedNames: RegulationRule = {
  id: 'outdated-names',
  check(context) {
    for (const body of context.renamedBodies.filter((candidate) => candidate.renamedOn <= context.asOf)) {
      for (const [lang, source] of Object.entries(body.old)) {
        const pattern = new RegExp(source, 'giu');
        for (const line of context.lines) {
          for (const match of line.text.matchAll(pattern)) {
            const now = body.now[context.lang] ?? body.now[lang]!;
            context.report({ ruleId: 'outdated-name', severity: 'error', line: line.line, column: (match.index ?? 0) + 1, values: { name: match[0], now, date: body.renamedOn }, fix: now });
          }
        }
      }
    }
  },
};
