import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { qujatVersion } from '../../src/core/version.js';

const root = new URL('../..', import.meta.url).pathname;
const declared = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

describe('one version number', () => {
  it("is package.json's, for the CLI and the reports alike", () => {
    expect(qujatVersion).toBe(declared);
    const printed = execFileSync(process.execPath, ['--import', 'tsx', `${root}src/bin/qujat.ts`, '--version'], { encoding: 'utf8' });
    expect(printed.trim()).toBe(declared);
  });

  it('is written in no file of src/', () => {
    let found = '';
    try {
      found = execFileSync('git', ['grep', '-l', '-F', `'${declared}'`, '--', 'src'], { encoding: 'utf8', cwd: root });
    } catch {
      // git grep exits 1 when nothing matches
    }
    expect(found).toBe('');
  });
});
