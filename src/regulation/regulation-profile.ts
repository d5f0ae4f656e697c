import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectPaths } from '../core/paths.js';

export type Patterns = Record<string, string>;

export interface ProfileSection {
  id: string;
  heading: Patterns;
  content?: Patterns;
  minItems?: number;
}

/** A jurisdiction's rules as data: `templates/regulation-profiles/<id>.yaml`. */
export interface RegulationProfile {
  id: string;
  languages: string[];
  sections: ProfileSection[];
  requiredClauses: { id: string; pattern: Patterns }[];
  signatureLines: Patterns;
}

export interface RenamedBody {
  id: string;
  renamedOn: string;
  old: Patterns;
  now: Patterns;
}

const profilesDir = join(projectPaths.templates, 'regulation-profiles');

export const profileIds = ['kz', 'kg'] as const;

export function loadProfile(id: string): RegulationProfile {
  return parse(readFileSync(join(profilesDir, `${id}.yaml`), 'utf8')) as RegulationProfile;
}

export function loadRenamedBodies(): RenamedBody[] {
  return parse(readFileSync(join(profilesDir, 'renamed-bodies.yaml'), 'utf8')) as RenamedBody[];
}

/** A profile pattern for a language, as a case-insensitive Unicode regular expression (undefined when none). */
export function patternFor(patterns: Patterns | undefined, lang: string): RegExp | undefined {
  const source = patterns?.[lang];
  return source ? new RegExp(source, 'iu') : undefined;
}
