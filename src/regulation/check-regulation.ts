import { localizeIsoDate } from '../core/format/index.js';
import { createTranslator, dynamicKey, type UiLanguage } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';
import { localizeRuleFinding } from '../core/rules/index.js';
import { detectLanguage, type DraftLanguage } from './detect-language.js';
import { detectProfile } from './detect-profile.js';
import { findSections } from './find-sections.js';
import { isHrRegulation } from './is-hr-regulation.js';
import { parseStructure } from './parse-structure.js';
import { readDocumentDate } from './read-document-date.js';
import type { DocumentLine } from './read-regulation.js';
import { loadProfile, loadRenamedBodies, type ProfileId } from './regulation-profile.js';
import type { RegulationFinding, RegulationRule } from './regulation-rule.js';
import { foreignLetters } from './rules/foreign-letters.js';
import { hrRegulation } from './rules/hr-regulation.js';
import { mixedScript } from './rules/mixed-script.js';
import { numbering } from './rules/numbering.js';
import { outdatedNames } from './rules/outdated-names.js';
import { placeholders } from './rules/placeholders.js';
import { requiredClauses } from './rules/required-clauses.js';
import { requiredSections } from './rules/required-sections.js';
import { sectionContent } from './rules/section-content.js';
import { sectionOrder } from './rules/section-order.js';

export const regulationRules: readonly RegulationRule[] = [
  hrRegulation,
  requiredSections,
  sectionContent,
  sectionOrder,
  requiredClauses,
  numbering,
  placeholders,
  mixedScript,
  foreignLetters,
  outdatedNames,
];

/** Finding values that are ids, and the group of `errors.regulation` that names each in the message language. */
const localizedValues = [
  ['section', 'section'],
  ['clause', 'clause'],
  ['kind', 'numbering-kind'],
  ['lang', 'language'],
] as const;

export interface CheckRegulationOptions {
  /** `auto` (the default): from the language, and for a Russian draft from the country it names. */
  profile?: ProfileId | 'auto';
  lang?: DraftLanguage | 'auto';
  /** The date the document speaks as of (YYYY-MM-DD), for renamed bodies; by default the date it states, else `today`. */
  asOf?: string;
  /** Today's date (YYYY-MM-DD), for a draft that states no date of its own. */
  today?: string;
  file?: string;
  uiLang?: UiLanguage;
}

export type CheckRegulationResult =
  | {
      ok: true;
      profile: ProfileId;
      lang: DraftLanguage;
      /** The date checked as of, and where it came from: the option, the draft's own approval date, or today. */
      asOf: string;
      dateFrom: 'option' | 'document' | 'today';
      problems: Problem[];
      /** The same findings as data (rule, place, values such as the section or the word, fix), in the same order. */
      findings: RegulationFinding[];
    }
  /** `language`: the text is in none of kk, ru, ky; `profile-language`: the profile asked for does not check its language. */
  | { ok: false; reason: 'language' | 'profile-language'; lang?: DraftLanguage; profile?: ProfileId };

/**
 * Every finding of a draft regulation against its jurisdiction's profile, in the UI language, sorted by place. The
 * draft's language and profile are detected unless given; a text in another language is refused, not checked as
 * Russian; a Russian draft that names neither country gets the profile it matches better (fewer findings).
 */
export function checkRegulation(lines: DocumentLine[], options: CheckRegulationOptions = {}): CheckRegulationResult {
  const text = lines.map((line) => line.text).join('\n');
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang;
  if (!lang) return { ok: false, reason: 'language' };
  const wanted = !options.profile || options.profile === 'auto' ? detectProfile(text, lang) : options.profile;
  if (wanted) {
    if (!loadProfile(wanted).languages.includes(lang)) return { ok: false, reason: 'profile-language', lang, profile: wanted };
    return checkWithProfile(lines, wanted, lang, options);
  }
  const [kz, kg] = [checkWithProfile(lines, 'kz', lang, options), checkWithProfile(lines, 'kg', lang, options)];
  return kg.problems.length < kz.problems.length ? kg : kz;
}

function checkWithProfile(
  lines: DocumentLine[],
  profileId: ProfileId,
  lang: DraftLanguage,
  options: CheckRegulationOptions,
): Extract<CheckRegulationResult, { ok: true }> {
  const profile = loadProfile(profileId);
  const translator = createTranslator(options.uiLang ?? 'en');
  const structured = parseStructure(lines, profile, lang);
  const stated = readDocumentDate(structured);
  const dateFrom = options.asOf ? 'option' : stated ? 'document' : 'today';
  const asOf = options.asOf ?? stated ?? options.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const findings: RegulationFinding[] = [];
  const report = (finding: RegulationFinding) => {
    findings.push(finding);
    const values: Record<string, unknown> = {
      ...finding.values,
      ...(finding.values?.date !== undefined && { date: localizeIsoDate(finding.values.date, translator.lang) }),
    };
    // Ids of sections, clauses and numbering levels are data of the profile and the rules: the message names them in its language.
    for (const [name, group] of localizedValues) {
      if (typeof values[name] === 'string') values[name] = translator.t(dynamicKey(`regulation.${group}.${values[name]}`), 'errors');
    }
    problems.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: localizeRuleFinding('regulation', finding, translator, values).message,
      place: { file: options.file, line: finding.line, column: finding.column ?? 1 },
      ...(finding.fix !== undefined && { fix: { description: translator.t('locales.replaceWith', 'errors', { value: finding.fix }), value: finding.fix } }),
    });
  };
  const { hr, title } = isHrRegulation(structured);
  // An order that approves the regulation may stand before its title: the regulation's parts are searched after it.
  const from = hr && title ? structured.indexOf(title) : 0;
  const context = {
    lines: structured,
    lang,
    profile,
    sections: findSections(structured, profile, lang, Math.max(from, 0)),
    hrRegulation: hr,
    ...(title && { title }),
    renamedBodies: loadRenamedBodies(),
    asOf,
    report,
  };
  for (const rule of regulationRules) rule.check(context);
  const order = problems
    .map((_, index) => index)
    .sort((a, b) => findings[a]!.line - findings[b]!.line || (findings[a]!.column ?? 1) - (findings[b]!.column ?? 1));
  return {
    ok: true,
    profile: profileId,
    lang,
    asOf,
    dateFrom,
    problems: order.map((index) => problems[index]!),
    findings: order.map((index) => findings[index]!),
  };
}
