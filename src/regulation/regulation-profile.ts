import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { projectPaths } from '../core/paths.js';

/** Patterns by language: a regular expression's source, or a list of them (alternatives). */
export type Patterns = Record<string, string | string[]>;

export interface ProfileSection {
  id: string;
  /** Words that name the section in a heading («Функции», «Бөлүмдүн милдеттери»), matched as whole words. */
  heading: Patterns;
  /** Words that show the section's content where it has no heading of its own («вправе», «Функциялары:»). */
  content?: Patterns;
  /** Words that name the section in a heading of its own when another section's heading used them first (kk «Міндеттері»: tasks, then duties). */
  secondHeading?: Patterns;
  minItems?: number;
}

/** A jurisdiction's rules as data: `templates/regulation-profiles/<id>.yaml`. */
export interface RegulationProfile {
  id: string;
  languages: string[];
  sections: ProfileSection[];
  /** Groups of section ids in the typical text's order: a section may not stand before one of an earlier group. */
  order: string[][];
  /** Other words of a heading («Организация деятельности», «Қорытынды ережелер»), to tell headings from points. */
  headingWords?: Record<string, string>;
  requiredClauses: { id: string; pattern: Patterns }[];
}

export interface RenamedBody {
  id: string;
  country: string;
  renamedOn: string;
  source: string;
  /** The old name in any grammatical case, with the inflected word's ending captured as `(?<end>…)`. */
  old: Record<string, string>;
  /** The current name, with `{end}` where the captured ending goes. Absent for a body divided into several. */
  now?: Record<string, string>;
  /** Per language, old ending → new ending where the new inflected word declines otherwise. */
  endings?: Record<string, Record<string, string>>;
  /** The bodies that took over a divided body's work, named in the message. */
  successors?: Record<string, string[]>;
  /** The entry that renamed the current name again later: the fix follows it while it is in force. */
  next?: string;
}

const profilesDir = join(projectPaths.templates, 'regulation-profiles');

export const profileIds = ['kz', 'kg'] as const;
export type ProfileId = (typeof profileIds)[number];

const profiles = new Map<string, RegulationProfile>();
let renamedBodies: RenamedBody[] | undefined;

export function loadProfile(id: string): RegulationProfile {
  let profile = profiles.get(id);
  if (!profile) {
    profile = parse(readFileSync(join(profilesDir, `${id}.yaml`), 'utf8')) as RegulationProfile;
    profiles.set(id, profile);
  }
  return profile;
}

export function loadRenamedBodies(): RenamedBody[] {
  renamedBodies ??= parse(readFileSync(join(profilesDir, 'renamed-bodies.yaml'), 'utf8')) as RenamedBody[];
  return renamedBodies;
}

/** A profile's patterns for a language as one source (alternatives joined), or undefined when it has none. */
export function patternSource(patterns: Patterns | undefined, lang: string): string | undefined {
  const source = patterns?.[lang];
  if (source === undefined) return undefined;
  return Array.isArray(source) ? source.map((part) => `(?:${part})`).join('|') : source;
}
