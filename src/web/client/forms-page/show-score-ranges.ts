import { h } from '../dom.js';
import { getAt } from '../json-pointer.js';
import { linkDescriptions } from '../schema-form/index.js';
import type { UiTexts } from '../ui-texts.js';

/** The range a score may take, from its row's derived values: a KPI's allowed range (form 5) or its maximum (form 4). */
function rangeText(row: unknown, ui: UiTexts): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const { allowedRange, maxScore } = row as { allowedRange?: unknown; maxScore?: unknown };
  if (Array.isArray(allowedRange) && allowedRange.length === 2 && allowedRange.every((value) => typeof value === 'number')) {
    return ui.t('forms.scoreRange', 'web', { min: ui.number(allowedRange[0] as number, 2), max: ui.number(allowedRange[1] as number, 2) });
  }
  return typeof maxScore === 'number' ? ui.t('forms.scoreMax', 'web', { max: ui.number(maxScore, 2) }) : undefined;
}

/**
 * Beside each score field, the range it may take, while it is typed (not only in the derived values' panel):
 * «allowed: 4,50 – 4,74», said to a screen reader with the field (`aria-describedby`). No range (its row's values
 * not computed yet), no hint.
 */
export function showScoreRanges(form: HTMLElement | null, computed: Record<string, unknown> | null, ui: UiTexts): void {
  if (!form) return;
  for (const control of form.querySelectorAll<HTMLElement>('[data-control$="/score"]')) {
    const pointer = control.dataset.control!;
    const text = rangeText(getAt(computed ?? {}, pointer.slice(0, -'/score'.length)), ui);
    const id = `hint${pointer.replace(/[^\w]/g, '-')}`;
    let hint = form.querySelector<HTMLElement>(`[id="${id}"]`);
    if (text === undefined) {
      hint?.remove();
      delete control.dataset.hint;
    } else {
      hint ??= control.insertAdjacentElement('afterend', h('p', { class: 'field-hint', id })) as HTMLElement;
      hint.textContent = text;
      control.dataset.hint = id;
    }
    linkDescriptions(control);
  }
}
