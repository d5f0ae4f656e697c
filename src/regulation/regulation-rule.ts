import type { Severity } from '../core/problems/index.js';
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
  renamedBodies: RenamedBody[];
  asOf: string;
  report(finding: RegulationFinding): void;
}

export interface RegulationFinding {
  ruleId: string;
  severity: Severity;
  /** The file line and 1-based column (see `locate`). */
  line: number;
  column?: number;
  values?: Record<string, unknown>;
  fix?: string;
  /** The message's key under `errors.regulation` when it is not the rule id (a variant: no fix known, a divided body). */
  messageKey?: string;
  /** How many characters, from the column, the finding is about (the word, the blank, the name, the number). */
  length?: number;
  /** For a missing part: whether it belongs before the line named, or after it (at the text's end). */
  placement?: 'before' | 'after';
  /** The fix can be applied as it is (a review proposes it as a tracked change): the corrected word, a name in a case no verb can change. */
  certain?: boolean;
}

/** One check of a draft regulation (one file per rule). */
export interface RegulationRule {
  id: string;
  check(context: RegulationContext): void;
}
