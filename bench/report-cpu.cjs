// Preloaded (`node --require`) into each process the start-up bench times: on exit, the process's CPU time
// (user + system, all its threads, in µs) written to file descriptor 3, which the bench reads.
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, String(user + system));
  } catch {
    // No descriptor 3: run outside the bench.
  }
});
