import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createTranslator, dynamicKey, type UiLanguage } from '../core/i18n/index.js';
import { projectPaths } from '../core/paths.js';
import type { Problem } from '../core/problems/index.js';
import { localizeRuleFinding } from '../core/rules/index.js';
import { emptyValue } from './checks/empty-value.js';
import { fieldLabels } from './checks/field-labels.js';
import { finalPunctuation } from './checks/final-punctuation.js';
import { foreignLetters } from './checks/foreign-letters.js';
import { glyphCoverage } from './checks/glyph-coverage.js';
import { keyUsage } from './checks/key-usage.js';
import { localeFiles } from './checks/locale-files.js';
import type { LocaleCheckContext, LocaleFinding, LocaleRule } from './checks/locale-rule.js';
import { missingKey } from './checks/missing-key.js';
import { mixedScript } from './checks/mixed-script.js';
import { placeholders } from './checks/placeholders.js';
import { pluralForms } from './checks/plural-forms.js';
import { untranslated } from './checks/untranslated.js';
import { whitespace } from './checks/whitespace.js';
import { findKeyUsage, type KeyUsage } from './find-key-usage.js';
import { type LocaleFile, readLocaleFiles } from './locale-files.js';
import { scopeOf } from './locale-scope.js';

export const localeRules: readonly LocaleRule[] = [
  localeFiles,
  missingKey,
  emptyValue,
  untranslated,
  placeholders,
  pluralForms,
  mixedScript,
  foreignLetters,
  whitespace,
  finalPunctuation,
  keyUsage,
  glyphCoverage,
  fieldLabels,
];

export interface CheckLocalesOptions {
  dir?: string;
  root?: string;
  /** Only these languages' files. */
  langs?: string[];
  uiLang?: UiLanguage;
  /** Where keys are used; by default found in the project's templates and code. */
  usage?: KeyUsage;
}

/** `locales/allowlist.json`: values that may be the same in every language, and words allowed in any script. */
function readAllowList(dir: string): LocaleCheckContext['allowed'] {
  const path = join(dir, 'allowlist.json');
  const list = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { untranslated?: string[]; words?: string[] }) : {};
  return { untranslated: new Set(list.untranslated ?? []), words: new Set(list.words ?? []) };
}

/** Every problem of the locale files, each with its file, key, line:column, message in the UI language, and fix. */
export function checkLocales(options: CheckLocalesOptions = {}): Problem[] {
  const dir = options.dir ?? projectPaths.locales;
  const files = readLocaleFiles(dir, options.root ?? projectPaths.root);
  const byNamespace = new Map<string, Map<string, LocaleFile>>();
  for (const file of files) byNamespace.set(file.namespace, new Map([...(byNamespace.get(file.namespace) ?? []), [file.lang, file]]));
  const translator = createTranslator(options.uiLang ?? 'en');
  const problems: Problem[] = [];
  // A language by its name in the messages («орыс тілінде»), not by its code («ru тілінде»).
  const withLanguageName = (values: LocaleFinding['values']) => {
    const lang = values?.lang;
    const name = typeof lang === 'string' ? translator.find(dynamicKey(`locales.languageName.${lang}`), 'errors') : undefined;
    return name === undefined ? values : { ...values, lang: name };
  };
  const report = (finding: LocaleFinding) => {
    const file = typeof finding.file === 'string' ? undefined : finding.file;
    if (options.langs && file && !options.langs.includes(file.lang)) return;
    const place = file
      ? { file: file.file, ...(finding.entry && { pointer: finding.entry.pointer, ...file.parsed.locate(finding.entry.pointer) }) }
      : { file: finding.file as string };
    problems.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: localizeRuleFinding('locale', finding, translator, withLanguageName(finding.values)).message,
      place,
      ...(finding.fix !== undefined && { fix: { description: translator.t('locales.replaceWith', 'errors', { value: finding.fix }), value: finding.fix } }),
    });
  };
  const context: LocaleCheckContext = { files, byNamespace, scopeOf, allowed: readAllowList(dir), usage: options.usage ?? findKeyUsage(), report };
  for (const rule of localeRules) rule.check(context);
  for (const file of files) problems.push(...file.parsed.problems);
  return problems.sort(
    (a, b) => (a.place.file ?? '').localeCompare(b.place.file ?? '') || (a.place.line ?? 0) - (b.place.line ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
