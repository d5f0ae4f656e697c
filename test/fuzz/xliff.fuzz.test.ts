// Fuzz: qujat locales import of XLIFF files: a real export with targets replaced (inline elements nested deep,
// odd texts, variables changed), cut short, or with markup broken; into a copy of the locale files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { exportXliff, importXliffText } from '../../src/translation/index.js';
import { now, oddString } from './arbitraries/odd-strings.js';
import { fuzzParameters, fuzzTimeout, printFigures, runCase } from './fuzz-settings.js';

const locales = mkdtempSync(join(tmpdir(), 'qujat-fuzz-locales-'));
cpSync(projectPaths.locales, locales, { recursive: true });

/** The locale files, as text, by path (the import's backup folder left out). */
function snapshot(): Map<string, string> {
  return new Map(
    readdirSync(locales, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('.import-backup'))
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

let exports: string[] = [];
let before = new Map<string, string>();
beforeAll(async () => {
  exports = [await exportXliff('ru', '2.0', 'kk', locales), await exportXliff('ky', '1.2', 'kk', locales)];
  before = snapshot();
});
afterAll(() => {
  rmSync(locales, { recursive: true, force: true });
  printFigures();
});

const inline = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 1200 }), fc.constantFrom('mrk', 'pc', 'g', 'x', 'ph', 'sub'))
    .map(([depth, name]) => `${`<${name} id="1">`.repeat(depth)}текст${`</${name}>`.repeat(depth)}`),
  oddString.map((text) => text.replace(/[<&]/g, '')),
  fc.constantFrom(
    '{{count}}',
    '{{ count }}',
    '$t(cli:severity.error)',
    '<b>',
    '&amp;',
    '&lt;',
    '&#0;',
    '&#xD800;',
    ']]>',
    '<![CDATA[x]]>',
    '<?pi?>',
    '<!DOCTYPE x>',
    '',
  ),
);

const xliffFile = fc.tuple(fc.nat(1), fc.array(fc.tuple(fc.nat(), inline), { minLength: 1, maxLength: 4 }), now(fc.nat(), 5)).map(([which, edits, cut]) => {
  let text = exports[which]!;
  for (const [at, replacement] of edits) {
    const targets = [...text.matchAll(/<target>([^<]*)<\/target>/g)];
    const target = targets[at % targets.length]!;
    text = `${text.slice(0, target.index)}<target>${replacement}</target>${text.slice(target.index! + target[0].length)}`;
  }
  return cut === null ? text : text.slice(0, cut % text.length);
});

describe('locales import', () => {
  it(
    'imports a file whole or refuses it with reasons, and leaves the locale files untouched unless it succeeded',
    async () => {
      await fc.assert(
        fc.asyncProperty(xliffFile, async (text) => {
          const result = await runCase('locales import', () => importXliffText(text, 'fuzz.xlf', undefined, locales));
          const after = snapshot();
          if (!result.ok) {
            expect(result.refusals.length).toBeGreaterThan(0);
            expect(after).toEqual(before);
            return;
          }
          for (const [file, content] of after) if (file.endsWith('.json')) expect(() => JSON.parse(content)).not.toThrow();
          for (const [file, content] of before) writeFileSync(file, content);
        }),
        fuzzParameters(25),
      );
    },
    fuzzTimeout,
  );
});
