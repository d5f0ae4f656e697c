import type { Problem } from '../../core/problems/index.js';
import type { RenamedBody } from '../regulation-profile.js';
import type { OldNameMatch } from './find-finding-span.js';

/**
 * Whether an old name's ending stands for more than one case: the body has an entry of its own for that ending after
 * a preposition (`…-prep`, `…-dat`, `…-acc`: Russian «Канцелярии» genitive, dative or prepositional). Where no
 * preposition decides, the check reads the first case; a verb may govern another, so the fix is the author's to make.
 */
function isAmbiguousCase(match: OldNameMatch, bodies: readonly RenamedBody[]): boolean {
  const ending = match.ending.toLowerCase();
  return bodies.some((other) => other.id.startsWith(`${match.body.id}-`) && other.endings?.[match.lang] !== undefined && Object.hasOwn(other.endings[match.lang]!, ending));
}

/**
 * The replacement for a finding's words when it is certain, to be proposed as a tracked change: a word with Latin
 * look-alikes among Cyrillic letters (the corrected word), an outdated name (the current name, which the check gives in
 * the same grammatical case: «…агенттігінің» → «Мемлекеттік қызмет істері агенттігінің»). Left to the author, as a
 * comment: other fixes (an expected number), a name in capitals (the fix is not), a name whose ending stands for
 * several cases with no preposition to decide.
 */
export function findSafeFix(problem: Problem, found: string, oldName: OldNameMatch | undefined, bodies: readonly RenamedBody[]): string | undefined {
  const value = problem.fix?.value;
  if (typeof value !== 'string' || value === '' || value === found) return undefined;
  if (problem.ruleId === 'mixed-script') return value;
  if (problem.ruleId === 'outdated-name') {
    if (!oldName || oldName.length !== found.length) return undefined;
    if (found === found.toUpperCase() && value !== value.toUpperCase()) return undefined;
    return isAmbiguousCase(oldName, bodies) ? undefined : value;
  }
  return undefined;
}
