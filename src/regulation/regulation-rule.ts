import type { Severity } from '../core/problems/index.js';
import type { RegulationProfile, RenamedBody } from './regulation-profile.js';
import type { StructuredLine } from './parse-structure.js';

/** What a regulation rule sees: the parsed lines, the document's language, its profile and the date it speaks as of. */
export interface RegulationContext {
  lines: StructuredLine[];
  lang: string;
  profile: RegulationProfile;
  renamedBodies: RenamedBody[];
  asOf: string;
  report(finding: RegulationFinding): void;
}

export interface RegulationFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column?: number;
  values?: Record<string, unknown>;
  fix?: string;
}

/** One check of a draft regulation (one file per rule). */
export interface RegulationRule {
  id: string;
  check(context: RegulationContext): void;
}
