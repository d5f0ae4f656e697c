import type { Problem } from '../core/problems/index.js';

const levels = { error: 'error', warning: 'warning', info: 'note' } as const;

/** Problems as a SARIF 2.1.0 log, for code-scanning tools and editors. */
/** `properties`: what the run was about (a checked draft's profile, language and date), as SARIF's run properties. */
export function formatSarif(problems: readonly Problem[], version: string, properties?: Record<string, unknown>): string {
  const ruleIds = [...new Set(problems.map((problem) => problem.ruleId))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'qujat', version, rules: ruleIds.map((id) => ({ id })) } },
        ...(properties && { properties }),
        results: problems.map((problem) => ({
          ruleId: problem.ruleId,
          ruleIndex: ruleIds.indexOf(problem.ruleId),
          level: levels[problem.severity],
          message: { text: problem.expected ? `${problem.message} (${problem.expected})` : problem.message },
          locations: [
            {
              ...(problem.place.file && {
                physicalLocation: {
                  artifactLocation: { uri: problem.place.file },
                  ...(problem.place.line !== undefined && { region: { startLine: problem.place.line, startColumn: problem.place.column ?? 1 } }),
                },
              }),
              ...(problem.place.pointer !== undefined && { logicalLocations: [{ fullyQualifiedName: problem.place.pointer || '/', kind: 'member' }] }),
            },
          ],
          ...(problem.fix && { fixes: [{ description: { text: problem.fix.description } }] }),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
