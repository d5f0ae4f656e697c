import { createTranslator, dynamicKey, type UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { detectLanguage } from './detect-language.js';
import { parseStructure } from './parse-structure.js';
import type { DocumentLine } from './read-regulation.js';
import { loadProfile, loadRenamedBodies } from './regulation-profile.js';
import type { RegulationFinding, RegulationRule } from './regulation-rule.js';
import { requiredSections } from './rules/required-sections.js';
import { numbering } from './rules/numbering.js';
import { placeholders } from './rules/placeholders.js';
import { scripts } from './rules/scripts.js';
import { outdatedNames } from './rules/outdated-names.js';
import { requiredClauses } from './rules/required-clauses.js';

export const regulationRules: readonly RegulationRule[] = [requiredSections, requiredClauses, numbering, placeholders, scripts, outdatedNames];

/** Finding values that are ids, and the group of `errors.regulation` that names each in the message language. */
const localizedValues = [['section', 'section'], ['clause', 'clause'], ['kind', 'numbering-kind']] as const;

export interface CheckRegulationOptions {
  profile: 'kz' | 'kg';
  lang?: 'kk' | 'ru' | 'ky' | 'auto';
  /** The date the document speaks as of (YYYY-MM-DD), for renamed bodies. */
  asOf: string;
  file?: string;
  uiLang?: UiLanguage;
}

/** Every finding of a draft regulation against its jurisdiction's profile, in the UI language, sorted by place. */
export function checkRegulation(lines: DocumentLine[], options: CheckRegulationOptions): { lang: string; problems: Problem[] } {
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(lines.map((line) => line.text).join('\n')) : options.lang;
  const profile = loadProfile(options.profile);
  const translator = createTranslator(options.uiLang ?? 'en');
  const problems: Problem[] = [];
  const offsets = new Map(lines.map((line) => [line.line, line.offset]));
  const report = (finding: RegulationFinding) => {
    const values = { ...finding.values };
    // Ids of sections, clauses and numbering levels are data of the profile and the rules: the message names them in its language.
    for (const [name, group] of localizedValues) {
      if (typeof values[name] === 'string') values[name] = translator.t(dynamicKey(`regulation.${group}.${values[name]}`), 'errors');
    }
    problems.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: translator.t(dynamicKey(`regulation.${finding.ruleId}`), 'errors', values),
      place: { file: options.file, line: finding.line, column: (offsets.get(finding.line) ?? 0) + (finding.column ?? 1) },
      ...(finding.fix !== undefined && { fix: { description: translator.t('locales.replaceWith', 'errors', { value: finding.fix }), value: finding.fix } }),
    });
  };
  const context = { lines: parseStructure(lines, profile, lang), lang, profile, renamedBodies: loadRenamedBodies(), asOf: options.asOf, report };
  for (const rule of regulationRules) rule.check(context);
  problems.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0));
  return { lang, problems };
}
