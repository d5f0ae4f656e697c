import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { RuleContract, RuleFamily } from '../../src/core/rules/index.js';
import { checkRegulation, regulationRules, splitLines } from '../../src/regulation/index.js';
import { ruleModules } from '../../src/rules/index.js';
import { checkLocales, type KeyUsage, localeRules } from '../../src/translation/index.js';

/** Every rule of the three families, by family. */
export const rulesByFamily: Record<RuleFamily, readonly RuleContract[]> = {
  form: [...new Map([...ruleModules.values()].map((module) => [module.id, module])).values()],
  regulation: regulationRules,
  locale: localeRules,
};

export const ruleFixturesDir = new URL('../fixtures/rules/', import.meta.url).pathname;

/** A rule's finding as its fixtures expect it: the id, the severity and the place (and a message variant). */
export type FixtureFinding = Record<string, string | number>;

/**
 * The cases of a rule's fixtures: `valid*` and `invalid*` inputs, each with its expected findings beside it
 * (`<case>.findings.json`): a form's data (.json), a draft (.md, or .txt read as plain text), a folder of locale files.
 */
export function listFixtureCases(family: RuleFamily, rule: RuleContract): string[] {
  const dir = join(ruleFixturesDir, family, rule.id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^(valid|invalid)/.test(name) && !name.endsWith('.findings.json') && !name.endsWith('.usage.json'))
    .sort();
}

const caseName = (name: string) => name.replace(/\.(json|md|txt)$/, '');

export function readExpectedFindings(family: RuleFamily, rule: RuleContract, name: string): FixtureFinding[] | undefined {
  const file = join(ruleFixturesDir, family, rule.id, `${caseName(name)}.findings.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FixtureFinding[]) : undefined;
}

/** The findings of one rule on one of its fixture cases, as the expected file writes them. */
export function runFixtureCase(family: RuleFamily, rule: RuleContract, name: string): FixtureFinding[] {
  const path = join(ruleFixturesDir, family, rule.id, name);
  const ids = new Set(rule.ids);
  if (family === 'form') {
    const module = ruleModules.get(rule.id)!;
    return module
      .apply(JSON.parse(readFileSync(path, 'utf8')))
      .findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, pointer: finding.pointer }));
  }
  if (family === 'regulation') {
    const result = checkRegulation(splitLines(readFileSync(path, 'utf8'), name.endsWith('.md')), { asOf: '2026-01-15', uiLang: 'en' });
    if (!result.ok) throw new Error(`${path}: the check refused the draft (${result.reason})`);
    return result.findings
      .filter((finding) => ids.has(finding.ruleId))
      .map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        line: finding.line,
        column: finding.column ?? 1,
        ...(finding.messageKey && { messageKey: finding.messageKey }),
      }));
  }
  const usageFile = join(ruleFixturesDir, family, rule.id, `${caseName(name)}.usage.json`);
  const declared = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as Record<string, string[]>) : {};
  const usage: KeyUsage = { keys: new Map(Object.entries(declared).map(([namespace, keys]) => [namespace, new Set(keys)])), prefixes: new Map() };
  return checkLocales({ dir: path, root: path, usage, uiLang: 'en' })
    .filter((problem) => ids.has(problem.ruleId))
    .map((problem) => ({
      ruleId: problem.ruleId,
      severity: problem.severity,
      file: problem.place.file ?? '',
      ...(problem.place.pointer !== undefined && { pointer: problem.place.pointer }),
      ...(problem.place.line !== undefined && { line: problem.place.line }),
    }));
}
