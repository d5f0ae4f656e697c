import { h, replaceChildren } from '../dom.js';
import type { UiTexts } from '../ui-texts.js';
import type { FormsPageView } from './build-forms-layout.js';

/** Asks, in the confirmation dialog, whether filled data may be replaced; true when the officer says so. */
export async function askToReplace(view: FormsPageView, question: string): Promise<boolean> {
  const dialog = view.confirmDialog;
  view.confirmText.textContent = question;
  const answer = await new Promise<string>((settle) => {
    dialog.addEventListener('close', () => settle(dialog.returnValue), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('#confirm-cancel')?.focus();
  });
  return answer === 'replace';
}

/** Offers «Undo» for the data replaced last; `restore` brings it back. */
export function offerUndo(view: FormsPageView, ui: UiTexts, restore: () => void): void {
  replaceChildren(
    view.undoBar,
    h('span', {}, ui.t('forms.replaced', 'web')),
    ' ',
    h(
      'button',
      {
        type: 'button',
        id: 'undo-replace',
        onclick: () => {
          hideUndo(view);
          restore();
        },
      },
      ui.t('action.undo', 'web'),
    ),
  );
  view.undoBar.hidden = false;
}

export function hideUndo(view: FormsPageView): void {
  view.undoBar.hidden = true;
  replaceChildren(view.undoBar);
}
