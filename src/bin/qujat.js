#!/usr/bin/env node
// The `qujat` command: runs the TypeScript sources through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
const argv = process.argv.slice(2);
const { runCli } = await import('../cli/main.ts');
const { describeBug } = await import('../cli/describe-bug.ts');
// No process ends with a code other than 0, 1 or 2: an error thrown outside the command's own flow (a stream's
// callback), or a command whose work stopped without finishing (a promise never settled: Node's exit 13), is a bug
// in qujat, reported with its stack and a line asking to report it, and exit 2.
let settled = false;
const stopOnBug = (error) => {
  process.stderr.write(describeBug(error, argv));
  process.exit(2);
};
process.on('uncaughtException', stopOnBug);
process.on('unhandledRejection', stopOnBug);
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write(describeBug(new Error('the command stopped before it finished (a promise never settled)'), argv));
  process.exitCode = 2;
});
process.exitCode = await runCli(argv);
settled = true;
