// Fuzz: qujat check (and the library's reader) on drafts: the typical texts mutated, DOCX files made here (many
// paragraphs, deep nesting, bombs, many entries), real DOCX files damaged or cut short, random bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { checkRegulation, readRegulationBytes } from '../../src/regulation/index.js';
import { runQujat } from '../helpers/run-cli.js';
import { draftFile } from './arbitraries/drafts.js';
import { fuzzParameters, fuzzTimeout, hasStackTrace, printFigures, runCase } from './fuzz-settings.js';

const work = mkdtempSync(join(tmpdir(), 'qujat-fuzz-check-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  printFigures();
});

describe('checking a draft regulation', () => {
  it(
    'qujat check exits 0, 1 or 2 with a message, never a stack trace',
    async () => {
      await fc.assert(
        fc.asyncProperty(draftFile, async ({ extension, bytes }) => {
          const file = join(work, `draft${extension}`);
          writeFileSync(file, bytes);
          const { code, stdout, stderr } = await runCase('check (CLI)', () => runQujat('check', file, '--ui-lang', 'ru', '--date', '2026-01-15'));
          expect([0, 1, 2]).toContain(code);
          expect(hasStackTrace(stderr), stderr).toBe(false);
          if (code === 2) expect(stderr).toMatch(/^qujat: /);
          else expect(stdout.length).toBeGreaterThan(0);
        }),
        fuzzParameters(35),
      );
    },
    fuzzTimeout,
  );

  it(
    'the library reads or refuses a draft with a reason, and checks what it reads',
    async () => {
      await fc.assert(
        fc.asyncProperty(draftFile, async ({ extension, bytes }) => {
          await runCase('check (library)', () => {
            const read = readRegulationBytes(bytes, extension);
            if (!read.ok) {
              expect(['unreadable', 'unsupported', 'encoding', 'too-large']).toContain(read.reason);
              return;
            }
            const result = checkRegulation(read.lines, { profile: 'auto', lang: 'auto', today: '2026-01-15', file: `draft${extension}`, uiLang: 'kk' });
            if (result.ok) for (const problem of result.problems) expect(typeof problem.message).toBe('string');
          });
        }),
        fuzzParameters(20, 1000),
      );
    },
    fuzzTimeout,
  );
});
