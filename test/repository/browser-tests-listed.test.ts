import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { endToEndTests } from '../../vitest.e2e.config.js';

const root = join(import.meta.dirname, '..', '..');

function listTestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : listTestFiles(path);
    return entry.name.endsWith('.test.ts') && path !== import.meta.filename ? [relative(root, path)] : [];
  });
}

describe('the browser tests', () => {
  it('are all listed among the end-to-end tests (npm test leaves them out, npm run test:e2e runs them)', () => {
    const inBrowser = listTestFiles(join(root, 'test')).filter((file) => /launchChromium|from 'playwright-core'/.test(readFileSync(join(root, file), 'utf8')));
    expect(inBrowser.length).toBeGreaterThan(5);
    const listed = new Set(endToEndTests);
    expect(inBrowser.filter((file) => !listed.has(file) && !file.startsWith('test/e2e/'))).toEqual([]);
  });
});
