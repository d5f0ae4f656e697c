import type { Problem } from '../../core/problems/index.js';
import type { RenamedBody } from '../regulation-profile.js';
import { matchOldName } from './find-finding-span.js';

/** The words of `name` that begin with `stem`, in lower case. */
function wordsWithStem(name: string, stem: string): string[] {
  return name.toLowerCase().split(/\s+/).filter((word) => word.startsWith(stem.toLowerCase()));
}

/**
 * An old name may be replaced by the new one only when it stands in the same grammatical case: every word the
 * pattern lets inflect (`агенттіг\p{L}*`) must end as in the new name («агенттігі», not «агенттігінің»), and an old
 * name in capitals is left to the author.
 */
function isSameCase(found: string, source: string, now: string): boolean {
  if (found === found.toUpperCase() && now !== now.toUpperCase()) return false;
  const stems = [...source.matchAll(/(\p{L}+)\\p\{L\}\*/gu)].map((match) => match[1]!);
  return stems.every((stem) => {
    const inFound = wordsWithStem(found, stem);
    const inNow = wordsWithStem(now, stem);
    return inFound.length > 0 && inFound.length === inNow.length && inFound.every((word, index) => word === inNow[index]);
  });
}

/**
 * The replacement for a finding's words when it is certain, to be proposed as a tracked change: a word with Latin
 * look-alikes among Cyrillic letters (the corrected word), an outdated name in the same case as the new one. Other
 * fixes (an expected number, a name in another case) are left to the author, as a comment.
 */
export function findSafeFix(problem: Problem, found: string, bodies: readonly RenamedBody[]): string | undefined {
  const value = problem.fix?.value;
  if (typeof value !== 'string' || value === '' || value === found) return undefined;
  if (problem.ruleId === 'mixed-script') return value;
  if (problem.ruleId === 'outdated-name') {
    const match = matchOldName(found, 0, bodies);
    if (!match || match.length !== found.length) return undefined;
    return isSameCase(found, match.body.old[match.lang]!, value) ? value : undefined;
  }
  return undefined;
}
