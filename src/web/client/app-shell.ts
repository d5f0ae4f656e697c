import { getJson, setApiLanguage } from './api.js';
import { h, replaceChildren } from './dom.js';
import { showFormsPage } from './forms-page/index.js';
import { showRegulationPage } from './regulation-page.js';
import { readStored, writeStored } from './storage.js';
import { showTranslationsPage } from './translations-page.js';
import { type UiLang, uiLangs, UiTexts } from './ui-texts.js';

const pages = ['forms', 'regulation', 'translations'] as const;
type Page = (typeof pages)[number];

function currentPage(): Page {
  const hash = location.hash.slice(1);
  return (pages as readonly string[]).includes(hash) ? (hash as Page) : 'forms';
}

/** The UI language: the one chosen before (remembered), else the browser's when it is kk, ru or ky, else Kazakh. */
function initialLanguage(): UiLang {
  const stored = readStored<UiLang>('uiLang');
  if (stored && uiLangs.includes(stored)) return stored;
  const browser = navigator.language.slice(0, 2) as UiLang;
  return uiLangs.includes(browser) && browser !== 'en' ? browser : 'kk';
}

/** The app: a header (pages, UI language) and the current page; the page follows the address's #hash. */
export async function startApp(root: HTMLElement): Promise<void> {
  let ui = await loadTexts(initialLanguage());
  const main = h('main', { class: 'content', id: 'content', tabindex: '-1' });
  const header = h('header', { class: 'top' });
  // The first Tab stop: straight to the page's content, past the header (the address's #hash names the page, so
  // the link moves the focus itself rather than changing it).
  const skipLink = h('a', {
    class: 'skip-link',
    id: 'skip-link',
    href: '#content',
    onclick: (event: Event) => {
      event.preventDefault();
      main.focus();
    },
  });
  replaceChildren(root, skipLink, header, main);

  function renderHeader(): void {
    const page = currentPage();
    skipLink.textContent = ui.t('app.skipToContent', 'web');
    const languageSelect = h(
      'select',
      {
        id: 'ui-lang',
        'aria-label': ui.t('app.uiLanguage', 'web'),
        onchange: () => void switchLanguage((languageSelect as HTMLSelectElement).value as UiLang),
      },
      ...uiLangs.map((lang) => h('option', { value: lang, selected: lang === ui.lang }, ui.t(`app.language.${lang}`, 'web'))),
    );
    replaceChildren(
      header,
      h('span', { class: 'brand' }, 'qujat'),
      h(
        'nav',
        {},
        ...pages.map((name) => h('a', { href: `#${name}`, id: `nav-${name}`, class: name === page ? 'current' : '' }, ui.t(`app.page.${name}`, 'web'))),
      ),
      h('label', { class: 'ui-lang' }, ui.t('app.uiLanguage', 'web'), ' ', languageSelect),
    );
  }

  async function renderPage(): Promise<void> {
    renderHeader();
    document.title = `${ui.t(`app.page.${currentPage()}`, 'web')} — qujat`;
    const page = currentPage();
    const container = h('section', { class: `page page-${page}`, id: `page-${page}` });
    replaceChildren(main, container);
    if (page === 'forms') await showFormsPage(container, ui);
    else if (page === 'regulation') showRegulationPage(container, ui);
    else await showTranslationsPage(container, ui);
    container.dataset.ready = 'true';
  }

  async function switchLanguage(lang: UiLang): Promise<void> {
    writeStored('uiLang', lang);
    ui = await loadTexts(lang);
    await renderPage();
  }

  window.addEventListener('hashchange', () => void renderPage());
  await renderPage();
}

async function loadTexts(lang: UiLang): Promise<UiTexts> {
  const { texts } = await getJson<{ texts: Record<string, never> }>(`/api/ui/${lang}`);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  return new UiTexts(lang, texts);
}
