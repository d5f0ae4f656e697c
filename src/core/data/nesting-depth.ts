import { inputLimits } from '../limits/index.js';

/** Data nested deeper than this is refused before it is parsed: a form's data nests a handful of levels. */
export const dataNestingLimit = inputLimits.nesting;

/** What a data text holds past the shared limits, measured before it is parsed. */
export type TextOversize = 'too-deep' | 'too-many-values';

/**
 * Whether a JSON or YAML text opens more than `nesting` brackets (`[`, `{`) inside one another, or holds more than
 * `values` values: lines with content and items of flow lists and maps (`,`) counted as they come. One pass, without
 * parsing: a parser's cost and stack grow with the nesting (2 MB of brackets took seconds and gigabytes), and the
 * YAML parser keeps every node with its position (10 MB of `[1,1,…]` ran out of memory, 10 MB of `- 1` lines took
 * 24 s of CPU before the list could be counted). Quoted strings and YAML comments are skipped; a quote or `#` inside a
 * plain YAML word is text, as YAML reads it.
 */
export function measureDataText(
  text: string,
  limits: { nesting: number; values: number } = { nesting: dataNestingLimit, values: inputLimits.dataValues },
): TextOversize | undefined {
  let depth = 0;
  let values = 0;
  let lineStart = true;
  let previous = ' ';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (lineStart && char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r' && char !== '#') {
      values += 1;
      lineStart = false;
    }
    const atTokenStart =
      previous === ' ' ||
      previous === '\t' ||
      previous === '\n' ||
      previous === '\r' ||
      previous === '[' ||
      previous === '{' ||
      previous === ',' ||
      previous === ':' ||
      previous === '-';
    if (char === '"' && atTokenStart) {
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    } else if (char === "'" && atTokenStart) {
      index += 1;
      // '' inside a single-quoted YAML scalar is a quote: the scalar goes on.
      while (index < text.length && !(text[index] === "'" && text[index + 1] !== "'")) index += text[index] === "'" ? 2 : 1;
    } else if (char === '#' && (previous === ' ' || previous === '\t' || previous === '\n' || previous === '\r' || index === 0)) {
      while (index < text.length && text[index] !== '\n') index += 1;
      lineStart = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limits.nesting) return 'too-deep';
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth -= 1;
    } else if (char === ',' && depth > 0) {
      values += 1;
    } else if (char === '\n') {
      lineStart = true;
    }
    if (values > limits.values) return 'too-many-values';
    previous = text[index] ?? ' ';
  }
  return undefined;
}

/** Whether a JSON or YAML text opens more than `limit` brackets inside one another (see `measureDataText`). */
export function textNestsDeeper(text: string, limit = dataNestingLimit): boolean {
  return measureDataText(text, { nesting: limit, values: Infinity }) === 'too-deep';
}

/** Whether a value (parsed JSON) has arrays or objects more than `limit` deep; walked without recursion. */
export function valueNestsDeeper(value: unknown, limit = dataNestingLimit): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
