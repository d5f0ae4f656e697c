import { dataNestingLimit } from '../core/data/index.js';
import { dynamicKey, type Translator } from '../core/i18n/index.js';
import type { Problem } from '../core/problems/index.js';

/**
 * What the YAML and JSON parsers say (in English) about the common mistakes, as reasons with a fix in the user's
 * language (`errors.syntax.reason.<id>` and `errors.syntax.fix.<id>`). The parsers' wording is matched as the
 * installed versions write it; a message not matched here is shown as the parser wrote it, said to be the parser's.
 */
const reasons: readonly [RegExp, string][] = [
  [/^Flow map (in block collection )?must (be sufficiently indented and )?end with a \}/, 'unclosed-map'],
  [/^Flow sequence (in block collection )?must (be sufficiently indented and )?end with a \]/, 'unclosed-list'],
  [/^Missing closing .?quote/, 'unclosed-quote'],
  [
    /^Missing , (or : )?between flow (map|sequence) items|^Block collections are not allowed within flow collections|^Expected ',' or '[}\]]' after/,
    'missing-comma',
  ],
  [/^Map keys must be unique/, 'duplicate-key'],
  [/^Tabs are not allowed as indentation/, 'tab-indent'],
  [
    /^(Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings|All sequence items must start at the same column|Sequence item without - indicator|Implicit map keys need to be followed by map values|Missing space after :)/,
    'indentation',
  ],
  [/^Plain value cannot start with reserved character (.)/, 'reserved-character'],
  [/^Unexpected end of JSON input/, 'truncated'],
  [/^Expected (double-quoted )?property name/, 'property-name'],
  [/^Bad control character in string literal/, 'control-character'],
  [/^Unexpected scalar at node end|^Unexpected non-whitespace character after JSON/, 'trailing-text'],
  [/^Nested deeper than \d+ levels|^Maximum call stack size exceeded/, 'too-deep'],
  [/^More than (\d+) items in one list/, 'too-many-items'],
  [/^Text longer than (\d+) characters/, 'text-too-long'],
  [/^More than (\d+) values in one file/, 'too-many-values'],
  [/^Excessive alias count/, 'too-many-aliases'],
  [/^Unexpected token|is not valid JSON|^Unexpected (number|string) in JSON|^Unexpected \S+ token/, 'unexpected-character'],
];

/** A syntax problem of a data file, as `parseData` reports it, in the user's language. */
export function describeSyntaxProblem(problem: Problem, translator: Translator): Problem {
  const match = reasons.map(([pattern, id]) => [pattern.exec(problem.message), id] as const).find(([found]) => found !== null);
  const [found, id] = match ?? [null, undefined];
  const detail = id
    ? translator.t(dynamicKey(`syntax.reason.${id}`), 'errors', {
        character: `«${found?.[1] ?? ''}»`,
        limit: id === 'too-many-items' || id === 'text-too-long' || id === 'too-many-values' ? found![1]! : String(dataNestingLimit),
      })
    : translator.t('syntax.unknown', 'errors', { text: problem.message });
  return {
    ...problem,
    message: translator.t('syntax.message', 'errors', { detail }),
    expected: (id && translator.find(dynamicKey(`syntax.fix.${id}`), 'errors')) || translator.find('syntax.expected', 'errors'),
  };
}
