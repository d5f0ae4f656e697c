import { configDefaults, defineConfig } from 'vitest/config';

// `npm test`: everything but the packed-tarball test, which `npm run test:e2e` runs after a build.
// The test files share their worker's modules (isolate: false): the sources are transformed and loaded once, and
// what they cache (parsed fonts, compiled schemas, locale files) is warmed once, not once per file. No test mocks a
// module; the tests that change shared state (projectPaths.locales, QUJAT_LANG) restore it.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    isolate: false,
    // A test that renders or starts a worker pool takes a second or two on an idle machine; CI runs the suite beside
    // a CPU hog on two cores, where the same test takes several times that. The limit is there to end a test that
    // hangs, not to time one that works.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
