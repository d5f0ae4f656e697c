import type { Root } from 'mdast';
import { toDocumentText } from '../core/text/index.js';

/** Stands for a line break inside one paragraph or table cell; renderers turn it into a real break. */
export const lineBreak = '\u2028';

const open = '\uE000';
const close = '\uE001';
const slotPattern = /\uE000([0-9a-z]+)\uE001/g;

/**
 * Data slots: every `{{…}}` output of a template is put here and only a placeholder (private-use characters and
 * a number) goes into the Markdown. After parsing, the placeholders in text nodes are replaced by the values.
 * User data and texts therefore never pass through the Markdown parser: no value can open a heading, a list, a
 * table cell, a directive, HTML, a link or a new paragraph, and the parser reads only the template's structure.
 */
export interface Slots {
  put(value: unknown): string;
  /** A copy of the tree with the values in place of the placeholders (the tree itself is left as it is, for reuse). */
  fill(tree: Root): Root;
}

export function createSlots(): Slots {
  const values: string[] = [];
  return {
    put(value) {
      if (value === undefined || value === null) return '';
      const text = toDocumentText(String(value)).replace(/[\uE000\uE001]/g, '').replace(/\r\n?|\n/g, lineBreak);
      if (text === '') return '';
      values.push(text);
      return `${open}${(values.length - 1).toString(36)}${close}`;
    },
    fill(tree) {
      const copy = (node: Record<string, unknown>): Record<string, unknown> => {
        const result: Record<string, unknown> = { ...node };
        if (node.type === 'text') {
          result.value = String(node.value).replace(slotPattern, (_match, index: string) => values[parseInt(index, 36)] ?? '');
        }
        if (Array.isArray(node.children)) result.children = node.children.map(copy);
        return result;
      };
      return copy(tree as unknown as Record<string, unknown>) as unknown as Root;
    },
  };
}
