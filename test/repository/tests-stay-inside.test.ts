import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const testDir = join(root, 'test');
const sources = (readdirSync(testDir, { recursive: true }) as string[]).filter((name) => /\.[cm]?[tj]s$/.test(name)).map((name) => join(testDir, name));

const isInside = (path: string) => !relative(root, path).startsWith(`..${sep}`) && relative(root, path) !== '..';

/** Every relative path a source names (`'../x'` in a string), resolved from its folder as `new URL(…, import.meta.url)` does. */
function escapingPaths(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(['"`])((?:\.\.\/)+[^'"`\s]*)\1/g)) {
    if (!isInside(resolve(dirname(file), match[2]!))) found.push(match[2]!);
  }
  // Paths read relative to the working directory (the repository's root) or absolute paths of this machine.
  for (const match of text.matchAll(/(['"`])((?:\.\.\/)*shared\/[^'"`\s]*|\/(?:work|home|root|Users)\/[^'"`\s]*)\1/g)) found.push(match[2]!);
  return found;
}

describe('the tests hold in any clone', () => {
  it('finds the test sources it scans (this file among them)', () => {
    expect(sources).toContain(fileURLToPath(import.meta.url));
    expect(sources.length).toBeGreaterThan(50);
  });

  it("no test names a file outside the repository (the shared folder beside it, a machine's absolute path, a ../ that climbs out)", () => {
    // This file names such paths on purpose, to check the check.
    const offenders = sources
      .filter((file) => file !== fileURLToPath(import.meta.url))
      .flatMap((file) => escapingPaths(file).map((path) => `${relative(root, file)}: ${path}`));
    expect(offenders).toEqual([]);
  });

  it('would catch one', () => {
    const probe = join(testDir, 'repository', 'probe.ts');
    expect(isInside(resolve(dirname(probe), ['..', '..', '..', 'shared', 'reference', 'x.md'].join('/')))).toBe(false);
    expect(isInside(resolve(dirname(probe), '../fixtures/reference/x.md'))).toBe(true);
  });
});
