import type { Problem } from '../../core/problems/index.js';
import type { RenamedBody } from '../regulation-profile.js';
import { wholeWords } from '../whole-words.js';

/**
 * Where a finding stands in the text the check read it in (a logical line: the lines a hard-wrapped text breaks a
 * sentence into, joined): the words it is about (`from`..`to`, 0-based), a point where something missing belongs, or
 * the whole paragraph when it has no narrower place. For an outdated name, the old name as matched.
 */
export type FindingSpan = { kind: 'range'; from: number; to: number; oldName?: OldNameMatch } | { kind: 'point' } | { kind: 'paragraph' };

/** Findings about a section or the whole text, not about words: the heading's or the title's paragraph. */
const paragraphRules = new Set(['section-empty', 'section-too-few-items', 'section-order', 'not-hr-regulation']);
/** Findings about something missing: reported at the line before which (or, at the text's end, after which) it belongs. */
export const missingRules = new Set(['section-missing', 'clause-missing']);

/** The rules' own words: a word (`mixed-script`), a word with its hyphenated parts (`foreign-letters`, as that rule reads words). */
const wordAt = /[\p{L}\p{M}]+/uy;
const hyphenatedWordAt = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/uy;
/** A point's, subpoint's or chapter's number: «3», «2.3», «б)»'s letter, «III», «Глава 3». */
const numberAt = /(?:(?:глава|раздел|бөлім|бөлүм|тарау|бап)\s+)?(?:\d+(?:\.\d+)*|[IVXІХ]+(?![\p{L}])|[а-яәғқңөұүһі](?=\)))/iuy;
/** The blanks `placeholders` finds (src/regulation/rules/placeholders.ts), from where it reports one. */
const blankAt = /_{3,}|№\s*_{2,}|\.{4,}|…(?:\s*[.…]){1,}|«\s*»|"\s*"|“\s*”|\[[^\]\n]{0,80}(?:наименовани|названи|атау|аталыш|указ|көрсет|көрсөт|ФИО|Ф\.И\.О|Т\.А\.Ә|дата|күні|датасы|номер|нөмір)[^\]\n]{0,80}\]|\((?:указать|указывается|вписать|көрсету|көрсетілсін|көрсетіледі|көрсөтүлсүн|көрсөтүлөт)[^)\n]{0,60}\)/iuy;
const tokenAt = /\S+/uy;

function matchAt(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0].length ?? 0;
}

/** An old name of a renamed body as the check matches it: its length, its body and language, the ending it declines with. */
export interface OldNameMatch {
  length: number;
  body: RenamedBody;
  lang: string;
  ending: string;
}

const compiled = new WeakMap<RenamedBody, Map<string, RegExp>>();

/** A body's old name in `lang` as `outdated-name` matches it (whole words), anchored where it is tried. */
function oldNamePattern(body: RenamedBody, lang: string): RegExp {
  let byLang = compiled.get(body);
  if (!byLang) compiled.set(body, (byLang = new Map()));
  let pattern = byLang.get(lang);
  if (!pattern) byLang.set(lang, (pattern = wholeWords(body.old[lang]!, 'iuy')));
  return pattern;
}

/** The longest old name of a renamed body that begins at `index` of `text` (the whole text: lookbehinds see what precedes). */
export function matchOldName(text: string, index: number, bodies: readonly RenamedBody[]): OldNameMatch | undefined {
  let best: OldNameMatch | undefined;
  for (const body of bodies) {
    for (const lang of Object.keys(body.old)) {
      const pattern = oldNamePattern(body, lang);
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (match && match[0].length > (best?.length ?? 0)) best = { length: match[0].length, body, lang, ending: match.groups?.end ?? '' };
    }
  }
  return best;
}

/**
 * The span of a finding in the text of its logical line, from `index` (where the finding's line and column point in
 * that text), found again by the rule's own kind of words; a point for a missing part, the paragraph for a section.
 */
export function findFindingSpan(problem: Problem, text: string, index: number, bodies: readonly RenamedBody[]): FindingSpan {
  if (missingRules.has(problem.ruleId)) return { kind: 'point' };
  if (paragraphRules.has(problem.ruleId)) return { kind: 'paragraph' };
  if (index < 0 || index >= text.length) return { kind: 'paragraph' };
  if (problem.ruleId === 'outdated-name') {
    const oldName = matchOldName(text, index, bodies);
    if (oldName) return { kind: 'range', from: index, to: index + oldName.length, oldName };
  }
  const length = problem.ruleId === 'mixed-script' ? matchAt(wordAt, text, index)
    : problem.ruleId === 'foreign-letters' ? matchAt(hyphenatedWordAt, text, index)
    : problem.ruleId.startsWith('numbering-') ? matchAt(numberAt, text, index)
    : problem.ruleId === 'placeholder' ? matchAt(blankAt, text, index)
    : 0;
  const span = length || matchAt(tokenAt, text, index);
  return span ? { kind: 'range', from: index, to: index + span } : { kind: 'paragraph' };
}
