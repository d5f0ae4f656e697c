import { createTranslator, isUiLanguage } from '../core/i18n/index.js';
import { resolveUiLanguage } from './cli-context.js';

/** The interface language a command line asks for (`--ui-lang kk`, `--ui-lang=kk`), else the environment's. */
function uiLanguageOf(argv: readonly string[]) {
  const index = argv.findIndex((arg) => arg === '--ui-lang' || arg.startsWith('--ui-lang='));
  const value = index === -1 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value !== undefined && isUiLanguage(value) ? value : resolveUiLanguage(undefined);
}

/**
 * What standard error says when qujat stops on an error of its own (a bug: no input a user can give should
 * cause one): the stack, for the developers, and a line in the user's language asking to report it.
 */
export function describeBug(error: unknown, argv: readonly string[]): string {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `${stack}\nqujat: ${createTranslator(uiLanguageOf(argv)).t('internalError', 'cli')}\n`;
}
