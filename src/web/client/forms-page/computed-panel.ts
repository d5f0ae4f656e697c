import { buildComputedView } from '../computed-view.js';
import { h, replaceChildren } from '../dom.js';
import { formTextsOf } from '../field-labels.js';
import type { UiTexts } from '../ui-texts.js';
import type { CheckResult, FormInfo } from './form-replies.js';

/** The derived values of the last check (those that can be computed while some fields have errors too). */
export function showComputed(box: HTMLElement, result: CheckResult, info: FormInfo, ui: UiTexts): void {
  box.classList.remove('stale');
  if (!result.computed) {
    replaceChildren(box, h('p', { class: 'muted' }, ui.t('forms.noComputed', 'web')));
    return;
  }
  if (Object.keys(result.computed).length === 0) {
    replaceChildren(box, h('p', { class: 'muted' }, ui.t('forms.nothingComputed', 'web')));
    return;
  }
  // Data with errors: the values that can be computed anyway; those that depend on an error are shown as —.
  replaceChildren(
    box,
    result.partial ? h('p', { class: 'muted', id: 'computed-note' }, ui.t('forms.computedPartial', 'web')) : null,
    buildComputedView(result.computed, ui, formTextsOf(info.schema, ui), result.doubtful ?? []),
  );
}

/** A check that failed: what was computed before is still shown, marked as not following the data any more. */
export function markComputedStale(box: HTMLElement, ui: UiTexts): void {
  box.classList.add('stale');
  box.querySelector('#computed-note')?.remove();
  box.prepend(h('p', { class: 'muted', id: 'computed-note' }, ui.t('forms.computedStale', 'web')));
}
