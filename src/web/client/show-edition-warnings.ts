import type { Problem } from './api.js';
import { h, replaceChildren } from './dom.js';
import type { UiTexts } from './ui-texts.js';

/**
 * Beside the preview: the warning that the document is made in an edition older than an amending act in force on
 * its date (the act and its date, in the interface language), as long as the data says so; hidden otherwise.
 */
export function showEditionWarnings(box: HTMLElement, problems: readonly Problem[], ui: UiTexts): void {
  const warnings = problems.filter((problem) => problem.ruleId === 'edition-outdated');
  box.hidden = warnings.length === 0;
  replaceChildren(
    box,
    ...warnings.map((problem) =>
      h(
        'p',
        { class: 'problem warning', 'data-rule': problem.ruleId },
        h('strong', {}, `${ui.t('severity.warning', 'web')}: `),
        problem.message,
        problem.expected ? h('span', { class: 'expected' }, ` — ${problem.expected}`) : null,
      ),
    ),
  );
}
