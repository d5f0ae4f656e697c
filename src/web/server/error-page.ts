import { createTranslator } from '../../core/i18n/index.js';
import type { ProjectContext } from '../../core/project/index.js';
import { escapeHtml } from '../../render/index.js';

/** A small error page for a browser: the status, the localized message, a link back to the app; no script. */
export function createErrorPage(lang: string, status: number, message: string, project?: ProjectContext): string {
  const translator = createTranslator(lang, project);
  const title = escapeHtml(translator.t('errorPage.title', 'web', { status }));
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — qujat</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<header class="top"><span class="brand">qujat</span></header>
<main class="content error-page">
<h1>${title}</h1>
<p class="error-message">${escapeHtml(message)}</p>
<p><a href="/">${escapeHtml(translator.t('errorPage.back', 'web'))}</a></p>
</main>
</body>
</html>
`;
}
