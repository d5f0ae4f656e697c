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
  /** `text`: the form's own wording; `data`: a value from the data (or chosen by it). */
  put(value: unknown, origin?: SlotOrigin): string;
  /** A copy of the tree with the values in place of the placeholders (the tree itself is left as it is, for reuse). */
  fill(tree: Root): Root;
}

export type SlotOrigin = 'text' | 'data';

/** Around a data value when slots are made with `markData` (see `read-fixed-text.ts`): never in a printed document. */
export const dataMark = { open: '\uE002', close: '\uE003' } as const;

/** Whether a node of a parsed template has a placeholder in it, kept per node (parsed templates are shared and never changed). */
const slotHolders = new WeakMap<object, boolean>();

function holdsSlot(node: Record<string, unknown>): boolean {
  let holds = slotHolders.get(node);
  if (holds === undefined) {
    holds =
      (typeof node.value === 'string' && node.value.includes(open)) ||
      (Array.isArray(node.children) && (node.children as Record<string, unknown>[]).some(holdsSlot));
    slotHolders.set(node, holds);
  }
  return holds;
}

export function createSlots(options: { markData?: boolean } = {}): Slots {
  const values: string[] = [];
  return {
    put(value, origin = 'data') {
      if (value === undefined || value === null) return '';
      // Data marks survive only in a marked reading, in a text whose interpolated values the `t` helper marked.
      const strip = options.markData && origin === 'text' ? /[\uE000\uE001]/g : /[\uE000-\uE003]/g;
      const text = toDocumentText(String(value))
        .replace(strip, '')
        .replace(/\r\n?|\n/g, lineBreak);
      if (text === '') return '';
      values.push(options.markData && origin === 'data' ? `${dataMark.open}${text}${dataMark.close}` : text);
      return `${open}${(values.length - 1).toString(36)}${close}`;
    },
    fill(tree) {
      const copy = (node: Record<string, unknown>): Record<string, unknown> => {
        // A part of the tree with no placeholder in it is the template's own: shared, not copied.
        if (!holdsSlot(node)) return node;
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
