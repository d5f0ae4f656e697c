import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { RuleFamily } from '../../src/core/rules/index.js';
import { listFixtureCases, readExpectedFindings, ruleFixturesDir, rulesByFamily, runFixtureCase } from '../helpers/rule-fixtures.js';

const families = Object.keys(rulesByFamily) as RuleFamily[];
const everyRule = families.flatMap((family) => rulesByFamily[family].map((rule) => ({ family, rule })));

describe('one rule contract for form rules, regulation rules and locale checks', () => {
  it.each(everyRule.map(({ family, rule }) => [`${family}/${rule.id}`, family, rule] as const))(
    '%s declares its ids, severities, message keys and doc',
    (_name, family, rule) => {
      expect(rule.doc).toMatch(/^\p{Lu}.*\.$/u);
      expect(new Set(rule.ids).size).toBe(rule.ids.length);
      for (const severity of rule.severities) expect(['error', 'warning', 'info']).toContain(severity);
      expect(rule.ids.length > 0).toBe(rule.severities.length > 0);
      expect(rule.ids.length > 0).toBe(rule.messageKeys.length > 0);
      expect(rulesByFamily[family].filter((other) => other.id === rule.id)).toHaveLength(1);
    },
  );

  it('every message key a rule declares is in the errors texts of kk, ru, ky and en', () => {
    const missing: string[] = [];
    for (const lang of ['kk', 'ru', 'ky', 'en']) {
      const texts = JSON.parse(readFileSync(new URL(`../../locales/${lang}/errors.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      for (const { family, rule } of everyRule) {
        for (const key of rule.messageKeys) {
          const value = key
            .split('.')
            .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), texts);
          if (typeof value !== 'string') missing.push(`${lang}: ${family}/${rule.id} ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("a finding id is written in one file of src/ only: its rule's (a locale check and a regulation rule may share one)", () => {
    const sources = listSources(new URL('../../src/', import.meta.url).pathname).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const declaredBy = new Map<string, Set<RuleFamily>>();
    for (const { family, rule } of everyRule) for (const id of rule.ids) declaredBy.set(id, new Set([...(declaredBy.get(id) ?? []), family]));
    const wrong: string[] = [];
    for (const [id, declaring] of declaredBy) {
      const quoted = new RegExp(`['"\`]${id}['"\`]`);
      const files = sources.filter((source) => quoted.test(source.text)).map((source) => source.file.replace(/^.*\/src\//, 'src/'));
      if (files.length !== declaring.size) wrong.push(`${id}: ${files.join(', ') || 'no file'}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('every rule against its own fixtures (test/fixtures/rules/<family>/<rule>/)', () => {
  it.each(everyRule.map(({ family, rule }) => [`${family}/${rule.id}`, family, rule] as const))('%s', (_name, family, rule) => {
    const cases = listFixtureCases(family, rule);
    expect(
      cases.some((name) => name.startsWith('valid')),
      'a valid example',
    ).toBe(true);
    if (rule.ids.length > 0)
      expect(
        cases.some((name) => name.startsWith('invalid')),
        'an invalid example',
      ).toBe(true);
    const found = new Set<string>();
    for (const name of cases) {
      const expected = readExpectedFindings(family, rule, name);
      expect(expected, `${name}: its expected findings`).toBeDefined();
      if (name.startsWith('valid')) expect(expected, `${name}: a valid example has no finding`).toEqual([]);
      const actual = runFixtureCase(family, rule, name);
      expect(actual, name).toEqual(expected);
      for (const finding of actual) {
        expect(rule.ids, `${name}: an id the rule declares`).toContain(finding.ruleId);
        expect(rule.severities, `${name}: a severity the rule declares`).toContain(finding.severity);
        found.add(String(finding.ruleId));
      }
    }
    expect([...found].sort(), 'every declared id shown by an invalid example').toEqual([...rule.ids].sort());
  });

  it('no fixture folder is left without its rule', () => {
    const stale = families.flatMap((family) =>
      readdirSync(join(ruleFixturesDir, family))
        .filter((id) => !rulesByFamily[family].some((rule) => rule.id === id))
        .map((id) => `${family}/${id}`),
    );
    expect(stale).toEqual([]);
  });
});

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
