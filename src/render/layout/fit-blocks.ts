import { fitTable } from './fit-table.js';
import type { Block } from './layout.js';

/**
 * A version of a document in one language, set for a text `width` in points: its tables' columns fitted to their
 * content and over-long words hyphenated (see `fitTable`), every block marked with its language.
 */
export function fitBlocks(blocks: Block[], width: number, lang: string): Block[] {
  return blocks.map((block) => ({ ...(block.kind === 'table' ? fitTable(block, width, lang) : block), lang }));
}
