import type { DocumentLanguage } from '../core/i18n/index.js';
import type { Form } from '../forms/index.js';
import { type Block, type Run, toLayout } from '../render/index.js';
import { dataMark } from '../template/index.js';
import { buildDocumentTree } from './build-document-tree.js';
import { checkFormData } from './check-form-data.js';

/** Stands where the document prints a value from the data, in the text `readFixedText` gives. */
export const dataPlaceholder = '⟨data⟩';

const markedData = new RegExp(`${dataMark.open}[^${dataMark.close}]*${dataMark.close}`, 'g');

/**
 * The form's own wording as printed in one language for this data, without the data: every value from the data (and
 * every text the data chooses, such as a rating) left out, in the order the document prints it (appendix block,
 * paragraphs, table cells row by row, a fill's label, value and caption), white space made single spaces and each
 * data value `⟨data⟩`. It is what
 * is compared with the official appendix. Undefined when the data is not valid.
 */
export function readFixedText(form: Form, input: unknown, lang: DocumentLanguage): string | undefined {
  const checked = checkFormData(form, input);
  if (!checked.valid) return undefined;
  const { data, computed, edition } = checked.valid;
  const { tree } = buildDocumentTree(form, edition, data, computed, lang, { markData: true });
  return toLayout(tree).flatMap(textsOf).join(' ').replace(markedData, dataPlaceholder).replace(/\s+/g, ' ').trim();
}

function textsOf(block: Block): string[] {
  const runs = (list: Run[]) => list.map((run) => run.text).join('');
  switch (block.kind) {
    case 'paragraph':
      return [runs(block.runs)];
    case 'appendix':
      return block.paragraphs.map((paragraph) => runs(paragraph.runs));
    case 'table':
      return [...block.header, ...block.rows.flat()].map((cell) => runs(cell.runs));
    case 'fill':
      return [runs(block.label), runs(block.value), runs(block.caption)];
    case 'pair':
      return [...textsOf(block.left), ...textsOf(block.right)];
    default:
      return [];
  }
}
