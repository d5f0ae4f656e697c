import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the packed tarball installed into an empty project (test/e2e/). It installs ~400 packages and
// starts processes: the timeout is a safety stop for a hung install, not a measure of speed.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
