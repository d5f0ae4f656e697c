import { h, replaceChildren } from '../dom.js';
import type { UiTexts } from '../ui-texts.js';
import type { FormsPageView } from './build-forms-layout.js';
import type { PreviewResult } from './form-replies.js';
import type { FormsPageState } from './page-state.js';

/** No empty grey box: when there is no preview, a note says why. */
export function showNoPreview(view: FormsPageView, note: string): void {
  view.previewFrame.srcdoc = '';
  view.previewFrame.hidden = true;
  replaceChildren(view.previewTabs);
  view.previewNote.textContent = note;
  view.previewNote.hidden = false;
}

/** The documents as they print, one tab per language (the tab chosen kept while the data changes). */
export function showPreview(view: FormsPageView, state: FormsPageState, pages: PreviewResult['pages'], ui: UiTexts): void {
  view.previewNote.hidden = true;
  view.previewNote.textContent = '';
  view.previewFrame.hidden = false;
  if (!pages.some((page) => page.lang === state.previewLang)) state.previewLang = pages[0]?.lang ?? '';
  replaceChildren(
    view.previewTabs,
    ...pages.map((page) =>
      h(
        'button',
        {
          type: 'button',
          class: page.lang === state.previewLang ? 'tab current' : 'tab',
          onclick: () => {
            state.previewLang = page.lang;
            showPreview(view, state, pages, ui);
          },
          'data-lang': page.lang,
        },
        ui.language(page.lang),
      ),
    ),
  );
  view.previewFrame.srcdoc = pages.find((page) => page.lang === state.previewLang)?.html ?? '';
}
