import { ApiError } from './api.js';
import type { UiTexts } from './ui-texts.js';

/** What went wrong, for the status line: the server's own message, or why there was none. */
export function describeError(error: unknown, ui: UiTexts): string {
  if (error instanceof ApiError && error.status === 0) return ui.t('error.network', 'web');
  if (error instanceof ApiError && error.message !== '') return error.message;
  return ui.t('error.unexpected', 'web', { detail: error instanceof Error ? error.message : String(error) });
}
