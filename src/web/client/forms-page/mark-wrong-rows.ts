import { getAt } from '../json-pointer.js';
import type { UiTexts } from '../ui-texts.js';

/** The texts of a list item as the document may print them: its own text values. */
function textsOf(item: unknown): Set<string> {
  const values = item !== null && typeof item === 'object' ? Object.values(item) : [];
  return new Set(values.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim()));
}

/**
 * The document's table rows that print a list's items, in order: the table and the first row where the most items
 * are found by their texts (a KPI's name), item after item. None when no item's text is printed in a table.
 */
function findItemRows(document: Document, items: unknown[]): HTMLTableRowElement[] | undefined {
  const texts = items.map(textsOf);
  let best: { rows: HTMLTableRowElement[]; found: number } | undefined;
  for (const table of document.querySelectorAll('table')) {
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody > tr')];
    for (let start = 0; start < rows.length; start++) {
      const found = texts.filter((wanted, index) => [...(rows[start + index]?.cells ?? [])].some((cell) => wanted.has(cell.textContent?.trim() ?? ''))).length;
      if (found > 0 && found > (best?.found ?? 0)) best = { rows: rows.slice(start, start + items.length), found };
    }
  }
  return best?.rows;
}

/**
 * In a draft's document, the rows of the items with a doubtful value (`/kpis/0/planned`: the wrong KPI) are marked
 * as they are in the derived values: a tinted row with a sign and its reason as the tooltip. The preview's frame is
 * the page's own (same origin, no script of its own); its styles are set from here, as the page's policy allows.
 */
export function markWrongRows(frame: HTMLIFrameElement, data: Record<string, unknown>, doubtful: readonly string[], ui: UiTexts): void {
  const document = frame.contentDocument;
  if (!document) return;
  const byList = new Map<string, Set<number>>();
  for (const pointer of doubtful) {
    const match = /^(.*)\/(\d+)(?:\/|$)/.exec(pointer);
    if (match) byList.set(match[1]!, new Set([...(byList.get(match[1]!) ?? []), Number(match[2])]));
  }
  for (const [list, indexes] of byList) {
    const items = getAt(data, list);
    if (!Array.isArray(items)) continue;
    const rows = findItemRows(document, items);
    for (const index of indexes) {
      const row = rows?.[index];
      if (!row || row.dataset.wrong !== undefined) continue;
      row.dataset.wrong = '';
      row.title = ui.t('forms.rowWrong', 'web');
      row.style.setProperty('background-color', '#fdecea');
      row.style.setProperty('outline', '2px solid #b00020');
      const mark = document.createElement('span');
      mark.textContent = '⚠ ';
      mark.style.setProperty('color', '#b00020');
      row.cells[0]?.prepend(mark);
    }
  }
}
