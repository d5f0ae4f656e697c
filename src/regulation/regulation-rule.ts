import type { RuleContract, RuleFinding } from '../core/rules/index.js';
import type { DraftLanguage } from './detect-language.js';
import type { FoundSection } from './find-sections.js';
import type { StructuredLine } from './parse-structure.js';
import type { RegulationProfile, RenamedBody } from './regulation-profile.js';

/** What a regulation rule sees: the parsed lines, the document's language, its profile and the date it speaks as of. */
export interface RegulationContext {
  lines: StructuredLine[];
  lang: DraftLanguage;
  profile: RegulationProfile;
  /** Where each of the profile's sections stands (see `findSections`). */
  sections: FoundSection[];
  /** False for a text that is no regulation on the HR service: its sections and clauses are not checked. */
  hrRegulation: boolean;
  /** The regulation's title line, when the draft has one. */
  title?: StructuredLine;
  renamedBodies: RenamedBody[];
  asOf: string;
  report(finding: RegulationFinding): void;
}

export interface RegulationFinding extends RuleFinding {
  /** The file line and 1-based column (see `locate`). */
  line: number;
  column?: number;
  fix?: string;
  /** How many characters, from the column, the finding is about (the word, the blank, the name, the number). */
  length?: number;
  /** For a missing part: whether it belongs before the line named, or after it (at the text's end). */
  placement?: 'before' | 'after';
  /** The fix can be applied as it is (a review proposes it as a tracked change): the corrected word, a name in a case no verb can change. */
  certain?: boolean;
  /** The finding is about a whole paragraph (a section's heading, the title), not about words in it. */
  paragraph?: boolean;
}

/** One check of a draft regulation (one file per rule): the rule contract, and its check. */
export interface RegulationRule extends RuleContract {
  check(context: RegulationContext): void;
}
