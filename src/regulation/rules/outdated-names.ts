import { locate } from '../join-lines.js';
import { readActDate } from '../read-act-date.js';
import type { RenamedBody } from '../regulation-profile.js';
import type { RegulationRule } from '../regulation-rule.js';
import { wholeWords } from '../whole-words.js';

/** Words of a citation of an act: a name there is the body's name when it issued the act. */
const actWords = /(?:приказ|постановлени|распоряжени|решени|указ|утвержд|бұйры|қаулы|өкім|шешім|жарлы|бекіт|буйру|токтом|тескеме|чечим|бекит)\p{L}*/iu;
const actNumber = /№\s*\d/u;

const compiled = new WeakMap<RenamedBody, Map<string, RegExp>>();

function patternOf(body: RenamedBody, lang: string): RegExp | undefined {
  let byLang = compiled.get(body);
  if (!byLang) compiled.set(body, (byLang = new Map()));
  if (!byLang.has(lang) && body.old[lang]) byLang.set(lang, wholeWords(body.old[lang]!, 'giu'));
  return byLang.get(lang);
}

/**
 * Whether the name at [start, end) cites an act that the body issued under that name: an act's word and number or
 * date around it («приказом Председателя Агентства … от 21 октября 2016 года № 15», «…агенттігі Төрағасының 2016
 * жылғы 21 қазандағы № 15 бұйрығы»), dated before the renaming (an act issued after it had to use the new name).
 */
function citesAct(text: string, start: number, end: number, renamedOn: string): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  const after = text.slice(end, end + 130);
  if (!actWords.test(before) && !actWords.test(after)) return false;
  const date = readActDate(after);
  if (!date && !actNumber.test(after)) return false;
  if (date?.date) return date.date < renamedOn;
  return date?.year === undefined || date.year <= Number(renamedOn.slice(0, 4));
}

/** The new name in the case the old one stands in: the old name's ending, mapped where the new word declines otherwise. */
function renamed(body: RenamedBody, lang: string, ending: string): string | undefined {
  const now = body.now?.[lang];
  if (!now) return undefined;
  const mapped = body.endings?.[lang]?.[ending.toLowerCase()] ?? ending;
  return now.replace('{end}', mapped);
}

/** The name in force on `asOf`: a name renamed again later (`next`) is renamed once more, in the same case. */
function currentName(body: RenamedBody, lang: string, ending: string, asOf: string, bodies: RenamedBody[]): string | undefined {
  let name = renamed(body, lang, ending);
  let next = bodies.find((candidate) => candidate.id === body.next);
  for (let hops = 0; name && next && next.renamedOn <= asOf && hops < 10; hops += 1) {
    const pattern = patternOf(next, lang);
    if (pattern) pattern.lastIndex = 0;
    const match = pattern?.exec(name);
    const later = match && renamed(next, lang, match.groups?.end ?? '');
    if (!match || !later) break;
    name = name.slice(0, match.index) + later + name.slice(match.index + match[0].length);
    next = bodies.find((candidate) => candidate.id === next!.next);
  }
  return name;
}

/**
 * Whether an old name's ending stands for more than one case: the body has an entry of its own for that ending after a
 * preposition (`…-prep`, `…-dat`, `…-acc`: Russian «Канцелярии» genitive, dative or prepositional). Where no
 * preposition decides, the fix reads the first case; a verb may govern another.
 */
function isAmbiguousCase(body: RenamedBody, lang: string, ending: string, bodies: readonly RenamedBody[]): boolean {
  return bodies.some(
    (other) => other.id.startsWith(`${body.id}-`) && other.endings?.[lang] !== undefined && Object.hasOwn(other.endings[lang]!, ending.toLowerCase()),
  );
}

/**
 * A body named by a name it no longer had on the date the draft speaks as of, where the draft speaks of it now; a
 * citation of an act it issued under that name is right and left alone. The fix is the current name in the same
 * case; a body divided into several has no single fix, and the message names its successors.
 */
export const outdatedNames: RegulationRule = {
  id: 'outdated-names',
  ids: ['outdated-name'],
  severities: ['error'],
  messageKeys: ['regulation.outdated-name', 'regulation.outdated-name-divided'],
  doc: "A state body named as it was before it was renamed (or divided), as of the draft's date.",
  check(context) {
    for (const body of context.renamedBodies) {
      // A name of one country's body can be another's too («Министерство образования и науки»): the draft's country decides.
      if (body.renamedOn > context.asOf || body.country !== context.profile.id) continue;
      const pattern = patternOf(body, context.lang);
      if (!pattern) continue;
      for (const line of context.lines) {
        if (line.kind === 'toc') continue;
        for (const match of line.text.matchAll(pattern)) {
          const start = match.index ?? 0;
          if (citesAct(line.text, start, start + match[0].length, body.renamedOn)) continue;
          const ending = match.groups?.end ?? '';
          const now = currentName(body, context.lang, ending, context.asOf, context.renamedBodies);
          const at = { ...locate(line, start), length: match[0].length };
          if (now) {
            // A name in capitals keeps its capitals only if the new one is given so; an ending that stands for several cases is the author's to choose.
            const certain =
              !(match[0] === match[0].toUpperCase() && now !== now.toUpperCase()) && !isAmbiguousCase(body, context.lang, ending, context.renamedBodies);
            context.report({ ruleId: 'outdated-name', severity: 'error', ...at, values: { name: match[0], now, date: body.renamedOn }, fix: now, certain });
          } else {
            const successors = (body.successors?.[context.lang] ?? []).join('; ');
            context.report({
              ruleId: 'outdated-name',
              severity: 'error',
              ...at,
              values: { name: match[0], now: successors, date: body.renamedOn },
              messageKey: 'outdated-name-divided',
            });
          }
        }
      }
    }
  },
};
