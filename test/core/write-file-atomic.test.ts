import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeFileAtomic } from '../../src/core/fs/index.js';

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-'));
    await writeFileAtomic(join(dir, 'sub', 'a.pdf'), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(join(dir, 'sub', 'a.pdf'))]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.pdf']);
  });

  it('leaves nothing behind when the final rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qujat-'));
    mkdirSync(join(dir, 'taken.pdf'));
    mkdirSync(join(dir, 'taken.pdf', 'x'));
    await expect(writeFileAtomic(join(dir, 'taken.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
  });
});
