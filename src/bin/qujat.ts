#!/usr/bin/env node
// The `qujat` command. Compiled to dist/bin/qujat.js by `npm run build`; from the sources: `node --import tsx src/bin/qujat.ts`.
import { runCli } from '../cli/main.js';

const argv = process.argv.slice(2);
// No process ends with a code other than 0, 1 or 2: an error thrown outside the command's own flow (a stream's
// callback), or a command whose work stopped without finishing (a promise never settled: Node's exit 13), is a bug
// in qujat, reported with its stack and a line asking to report it, and exit 2.
let settled = false;
// The report's texts are loaded only when it is needed: start-up loads what the command uses, nothing more.
const reportBug = async (error: unknown) => {
  const { describeBug } = await import('../cli/describe-bug.js');
  process.stderr.write(describeBug(error, argv));
};
const stopOnBug = (error: unknown) => {
  void reportBug(error).finally(() => process.exit(2));
};
process.on('uncaughtException', stopOnBug);
process.on('unhandledRejection', stopOnBug);
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.exitCode = 2;
  void reportBug(new Error('the command stopped before it finished (a promise never settled)'));
});
process.exitCode = await runCli(argv);
settled = true;
