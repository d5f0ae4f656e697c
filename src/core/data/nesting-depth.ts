import { inputLimits } from '../limits/index.js';

/** Data nested deeper than this is refused before it is parsed: a form's data nests a handful of levels. */
export const dataNestingLimit = inputLimits.nesting;

/**
 * Whether a JSON or YAML text opens more than `limit` brackets (`[`, `{`) inside one another, counted in one pass
 * without parsing (a parser's cost and stack grow with the nesting: 2 MB of brackets took seconds and gigabytes).
 * Quoted strings and YAML comments are skipped; a quote or `#` inside a plain YAML word is text, as YAML reads it.
 */
export function textNestsDeeper(text: string, limit = dataNestingLimit): boolean {
  let depth = 0;
  let previous = ' ';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const atTokenStart = previous === ' ' || previous === '\t' || previous === '\n' || previous === '\r' || previous === '[' || previous === '{' || previous === ',' || previous === ':' || previous === '-';
    if (char === '"' && atTokenStart) {
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    } else if (char === '\'' && atTokenStart) {
      index += 1;
      // '' inside a single-quoted YAML scalar is a quote: the scalar goes on.
      while (index < text.length && !(text[index] === '\'' && text[index + 1] !== '\'')) index += text[index] === '\'' ? 2 : 1;
    } else if (char === '#' && (previous === ' ' || previous === '\t' || previous === '\n' || previous === '\r' || index === 0)) {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limit) return true;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth -= 1;
    }
    previous = text[index] ?? ' ';
  }
  return false;
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
