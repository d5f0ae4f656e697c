import type { Problem } from '../../core/problems/index.js';
import type { RenamedBody } from '../regulation-profile.js';

/**
 * Where a finding stands in its line's text: the words it is about (`from`..`to`, 0-based), a point where something
 * missing belongs, or the whole paragraph when it has no narrower place.
 */
export type FindingSpan = { kind: 'range'; from: number; to: number } | { kind: 'point'; at: 'start' | 'end' } | { kind: 'paragraph' };

/** Findings about a section or the whole text, not about words. */
const paragraphRules = new Set(['section-empty', 'section-too-few-items', 'section-order']);
/** Findings about something missing: reported where it should be inserted (before that line, or after the last). */
const missingRules = new Set(['section-missing', 'clause-missing']);

const wordAt = /[\p{L}\p{M}]+/uy;
const numberAt = /\d+/uy;
const blankAt = /_{3,}|\.{4,}|…{2,}|«\s*»|"\s*"|№\s*_+/uy;
const tokenAt = /\S+/uy;

function matchAt(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0].length ?? 0;
}

/** The longest old name of a renamed body that begins at `index`. */
export function matchOldName(text: string, index: number, bodies: readonly RenamedBody[]): { length: number; body: RenamedBody; lang: string } | undefined {
  let best: { length: number; body: RenamedBody; lang: string } | undefined;
  for (const body of bodies) {
    for (const [lang, source] of Object.entries(body.old)) {
      const length = matchAt(new RegExp(source, 'iuy'), text, index);
      if (length > (best?.length ?? 0)) best = { length, body, lang };
    }
  }
  return best;
}

/**
 * The span of a finding in the text of its line (`offset`: the characters of the line before that text, e.g. Markdown
 * marks, which the finding's column counts), found again by the rule's own kind of words.
 */
export function findFindingSpan(problem: Problem, text: string, offset: number, isLastLine: boolean, bodies: readonly RenamedBody[]): FindingSpan {
  if (missingRules.has(problem.ruleId)) return { kind: 'point', at: isLastLine ? 'end' : 'start' };
  if (paragraphRules.has(problem.ruleId)) return { kind: 'paragraph' };
  const index = (problem.place.column ?? 1) - 1 - offset;
  if (index < 0 || index >= text.length) return { kind: 'paragraph' };
  const length = problem.ruleId === 'outdated-name' ? matchOldName(text, index, bodies)?.length ?? 0
    : problem.ruleId === 'mixed-script' || problem.ruleId === 'foreign-letters' ? matchAt(wordAt, text, index)
    : problem.ruleId.startsWith('numbering-') ? matchAt(numberAt, text, index)
    : problem.ruleId === 'placeholder' ? matchAt(blankAt, text, index)
    : 0;
  const span = length || matchAt(tokenAt, text, index);
  return span ? { kind: 'range', from: index, to: index + span } : { kind: 'paragraph' };
}
