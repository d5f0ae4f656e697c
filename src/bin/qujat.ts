#!/usr/bin/env node
// The `qujat` command. Compiled to dist/bin/qujat.js by `npm run build`; from the sources: `node --import tsx src/bin/qujat.ts`.
import { runCli } from '../cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
