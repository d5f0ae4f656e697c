import { Command, CommanderError } from 'commander';

import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { describeBug } from './describe-bug.js';
import { CliExit, exitCodes } from './exit-codes.js';
import { version } from './print-problems.js';
import { writeFailureExit } from './write-failure-exit.js';

type Register = (program: Command) => void;

/**
 * The commands, in the order help lists them, each loaded only when needed: `qujat batch` does not load the web
 * server, and `qujat --version` loads nothing (start-up time is measured in `npm run bench`).
 */
const commandLoaders: [name: string, load: () => Promise<Register>][] = [
  ['forms', async () => (await import('./command-forms.js')).registerForms],
  ['validate', async () => (await import('./command-validate.js')).registerValidate],
  ['compute', async () => (await import('./command-compute.js')).registerCompute],
  ['render', async () => (await import('./command-render.js')).registerRender],
  ['batch', async () => (await import('./command-batch.js')).registerBatch],
  ['init', async () => (await import('./command-init.js')).registerInit],
  ['check', async () => (await import('./command-check.js')).registerCheck],
  ['survey', async () => (await import('./command-survey.js')).registerSurvey],
  ['locales', async () => (await import('./command-locales.js')).registerLocales],
  ['demo', async () => (await import('./command-demo.js')).registerDemo],
  ['serve', async () => (await import('./command-serve.js')).registerServe],
];

/** The commands a command line needs: the one it names; none for `--version`; all of them for help or a mistake. */
function selectCommands(argv: readonly string[]): string[] {
  const first = argv.find((arg) => !arg.startsWith('-'));
  if (first !== undefined && commandLoaders.some(([name]) => name === first)) return [first];
  if (first === undefined && argv.length > 0 && argv.every((arg) => arg === '--version' || arg === '-V')) return [];
  return commandLoaders.map(([name]) => name);
}

/** Builds the `qujat` command line, with the commands `argv` needs (all of them without `argv`). */
export async function createProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('qujat')
    .description('official civil-service HR documents of Kazakhstan and Kyrgyzstan (kk, ru, ky) as PDF and DOCX')
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  const wanted = new Set(argv === undefined ? commandLoaders.map(([name]) => name) : selectCommands(argv));
  const registers = await Promise.all(commandLoaders.filter(([name]) => wanted.has(name)).map(([, load]) => load()));
  for (const register of registers) register(program);
  const overrideAll = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideAll);
  };
  overrideAll(program);
  return program;
}

/** Runs the command line; returns the exit code (0 ok, 1 invalid input or findings, 2 usage or unreadable input, or a bug reported as one). */
export async function runCli(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await (await createProgram(argv)).parseAsync(argv, { from: 'user' });
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
    const exit = writeFailureExit(error, cliTranslator(resolveUiLanguage(undefined)), '');
    if (exit) {
      process.stderr.write(`qujat: ${exit.message}\n`);
      return exit.code;
    }
    // Anything else is a bug in qujat: its stack, a line asking to report it, and exit 2 (never another code).
    process.stderr.write(describeBug(error, argv));
    return exitCodes.usage;
  }
}
