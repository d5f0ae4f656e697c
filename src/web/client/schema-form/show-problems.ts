import type { Problem } from '../api.js';
import { h, replaceChildren } from '../dom.js';
import { pointerAncestors } from '../json-pointer.js';
import type { UiTexts } from '../ui-texts.js';

/** The ids given to problem slots, for `aria-describedby`. */
let slotCount = 0;

/**
 * Shows each problem next to its field: under the field of its JSON pointer, or the nearest group that holds it
 * (a missing property is shown under its own field when the form has one). Fields with errors are marked, and their
 * controls tied to the message (`aria-invalid`, `aria-describedby`), for a screen reader to say it.
 */
export function showProblems(form: HTMLElement, problems: readonly Problem[], ui?: UiTexts): void {
  const text = (message: string) => (ui ? ui.withoutCodes(message) : message);
  for (const slot of form.querySelectorAll('.field-problems')) slot.replaceChildren();
  for (const marked of form.querySelectorAll('.has-error')) marked.classList.remove('has-error');
  for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    delete control.dataset.problems;
    linkDescriptions(control);
  }
  const wrappers = new Map([...form.querySelectorAll<HTMLElement>('[data-pointer]')].map((element) => [element.dataset.pointer!, element]));
  for (const problem of problems) {
    const pointer = problem.place.pointer ?? '';
    const wrapper =
      pointerAncestors(pointer)
        .map((candidate) => wrappers.get(candidate))
        .find(Boolean) ?? form;
    const slot = [...wrapper.children].find((child) => child.classList.contains('field-problems'));
    if (!slot) continue;
    if (problem.severity === 'error') wrapper.classList.add('has-error');
    slot.id ||= `problems-${++slotCount}`;
    slot.append(
      h(
        'p',
        { class: `problem ${problem.severity}`, 'data-rule': problem.ruleId },
        text(problem.message),
        problem.expected ? h('span', { class: 'expected' }, ` — ${text(problem.expected)}`) : null,
      ),
    );
    if (problem.severity !== 'error') continue;
    for (const control of wrapper.querySelectorAll<HTMLElement>('[data-control]')) {
      if (control.closest('[data-pointer]') !== wrapper) continue;
      control.setAttribute('aria-invalid', 'true');
      control.dataset.problems = slot.id;
      linkDescriptions(control);
    }
  }
}

/**
 * Ties a control to what describes it: its problems (`data-problems`, the slot's id) and its hint (`data-hint`, an
 * allowed range), in that order, as `aria-describedby`; nothing when neither is there.
 */
export function linkDescriptions(control: HTMLElement): void {
  const ids = [control.dataset.problems, control.dataset.hint].filter(Boolean);
  if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

/** Empties every problem slot. */
export function clearProblems(form: HTMLElement): void {
  for (const slot of form.querySelectorAll('.field-problems')) replaceChildren(slot);
}
