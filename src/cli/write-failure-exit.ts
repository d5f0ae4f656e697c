import { describeFileCode, fileErrorCode } from '../batch/input-problem.js';
import type { Translator } from '../core/i18n/index.js';
import { CliExit, exitCodes } from './exit-codes.js';

/**
 * A file that cannot be written (a read-only disk, a full one, no permission, a file where a folder should be) is
 * the user's to fix: exit 2 with the file or folder and what the system said, in the user's language. Any other
 * error is not one of these: undefined.
 */
export function writeFailureExit(error: unknown, translator: Translator, fallbackPath: string): CliExit | undefined {
  const code = fileErrorCode(error);
  if (code === undefined) return undefined;
  const path = (error as NodeJS.ErrnoException).path || fallbackPath;
  return new CliExit(exitCodes.usage, translator.t('writeFailed', 'cli', { path, reason: describeFileCode(code, translator) }));
}
