import { configDefaults, defineConfig } from 'vitest/config';
import { endToEndTests } from './vitest.e2e.config.js';

// `npm test`: everything but the end-to-end tests (the packed tarball, the web app in Chromium), which
// `npm run test:e2e` runs after a build.
// The test files share their worker's modules (isolate: false): the sources are transformed and loaded once per
// worker, and what they cache (parsed fonts, compiled schemas, locale files) is warmed once, not once per file. No
// test mocks a module; the tests that change shared state (projectPaths.locales, QUJAT_LANG) restore it.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, ...endToEndTests],
    isolate: false,
    // Two workers on two cores (vitest's default is one fewer than the cores, one here): many tests wait on a
    // child process, a worker thread or a server, and the other worker uses the core meanwhile.
    maxWorkers: 2,
    // A test that renders or starts a worker pool takes a second or two on an idle machine; CI runs the suite beside
    // a CPU hog on two cores, where the same test takes several times that. The limit is there to end a test that
    // hangs, not to time one that works.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
