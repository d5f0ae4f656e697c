import { Command, CommanderError } from 'commander';
import { registerCompute } from './command-compute.js';
import { registerDemo } from './command-demo.js';
import { registerForms } from './command-forms.js';
import { registerRender } from './command-render.js';
import { registerValidate } from './command-validate.js';
import { registerSurvey } from './command-survey.js';
import { registerLocales } from './command-locales.js';
import { registerInit } from './command-init.js';
import { registerCheck } from './command-check.js';
import { registerServe } from './command-serve.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { version } from './print-problems.js';

/** Builds the `qujat` command line. */
export function createProgram(): Command {
  const program = new Command('qujat')
    .description('official civil-service HR documents of Kazakhstan and Kyrgyzstan (kk, ru, ky) as PDF and DOCX')
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  for (const register of [registerForms, registerValidate, registerCompute, registerRender, registerInit, registerCheck, registerSurvey, registerLocales, registerDemo, registerServe]) register(program);
  const overrideAll = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideAll);
  };
  overrideAll(program);
  return program;
}

/** Runs the command line; returns the exit code (0 ok, 1 invalid input or findings, 2 usage or unreadable input). */
export async function runCli(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? exitCodes.ok);
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) process.stderr.write(`qujat: ${error.message}\n`);
      return error.code;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    // A file that cannot be written (a folder that is a file, no permission, a full disk) is the user's to fix.
    const fsError = error as NodeJS.ErrnoException;
    if (fsError?.syscall !== undefined && fsError.code !== undefined) {
      const translator = cliTranslator(resolveUiLanguage(undefined));
      process.stderr.write(`qujat: ${translator.t('fileError', 'cli', { path: fsError.path ?? '', code: fsError.code })}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}
