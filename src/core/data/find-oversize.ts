import { inputLimits } from '../limits/index.js';

/** A list or a text in data past the shared limits: where it is (a JSON pointer), and which limit it passes. */
export interface Oversize {
  pointer: string;
  kind: 'items' | 'text' | 'values';
  limit: number;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The first list longer than `inputLimits.listItems` or text longer than `inputLimits.textLength` in a value, or
 * more values in all than `inputLimits.dataValues`
 * (walked without recursion, each list's length read before its items): what no form's data holds, refused before
 * the costly work (a parser that keeps positions, validation that reports every item, rendering).
 */
export function findOversize(
  value: unknown,
  limits: { items: number; text: number; values: number } = { items: inputLimits.listItems, text: inputLimits.textLength, values: inputLimits.dataValues },
): Oversize | undefined {
  const stack: [unknown, string][] = [[value, '']];
  let values = 0;
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    values += 1;
    if (values > limits.values) return { pointer: '', kind: 'values', limit: limits.values };
    if (typeof node === 'string') {
      if (node.length > limits.text) return { pointer, kind: 'text', limit: limits.text };
    } else if (Array.isArray(node)) {
      if (node.length > limits.items) return { pointer, kind: 'items', limit: limits.items };
      for (let index = node.length - 1; index >= 0; index -= 1) stack.push([node[index], `${pointer}/${index}`]);
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      if (entries.length > limits.items) return { pointer, kind: 'items', limit: limits.items };
      for (let index = entries.length - 1; index >= 0; index -= 1) stack.push([entries[index]![1], `${pointer}/${escape(entries[index]![0])}`]);
    }
  }
  return undefined;
}

/** The parser-style message of an oversize value (read back by `describeSyntaxProblem`). */
export function describeOversize(oversize: Oversize): string {
  if (oversize.kind === 'values') return `More than ${oversize.limit} values in one file`;
  return oversize.kind === 'items' ? `More than ${oversize.limit} items in one list` : `Text longer than ${oversize.limit} characters`;
}
