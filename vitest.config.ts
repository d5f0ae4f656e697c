import { configDefaults, defineConfig } from 'vitest/config';

// `npm test`: everything but the packed-tarball test, which `npm run test:e2e` runs after a build.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
  },
});
