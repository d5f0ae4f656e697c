import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests, which `npm test` leaves out and `npm run test:e2e` (after a build) runs, as `.ci/run` does:
 * the packed tarball installed into an empty project (test/e2e/), and the web app driven in Debian's Chromium (a
 * browser per file, pages that load the bundled client). Together they were about a quarter of `npm test`'s time.
 */
export const endToEndTests = [
  'test/e2e/**/*.test.ts',
  'test/web/accessibility.test.ts',
  'test/web/browser.test.ts',
  'test/web/client-forms.test.ts',
  'test/web/field-labels.test.ts',
  'test/web/keyboard.test.ts',
  'test/web/readme-screenshots.test.ts',
  'test/web/working-day.test.ts',
  'test/web/working-day-more.test.ts',
  'test/editions/edition-warning-browser.test.ts',
];

// The tarball's install starts ~400 packages and processes: the timeout is a safety stop for a hung install, not a
// measure of speed.
export default defineConfig({
  test: {
    include: endToEndTests,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
