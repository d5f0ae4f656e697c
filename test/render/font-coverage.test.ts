import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

import { projectPaths } from '../../src/core/paths.js';
import { fontFiles } from '../../src/render/fonts.js';

/** Every file whose text can reach a document: locale files, templates, and the shipped examples. */
function readAllTexts(): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|hbs|ya?ml|md)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  [projectPaths.locales, projectPaths.templates, projectPaths.examples].forEach(walk);
  return texts.join('\n');
}

const required = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ«»№–—';

describe('the embedded fonts', () => {
  const characters = [...new Set([...readAllTexts(), ...required])].filter((char) => char.codePointAt(0)! > 0x20 && !/\s/.test(char));

  it.each(Object.entries(fontFiles))('%s has a glyph for every character of every locale file, template and example', (_style, file) => {
    const font = fontkit.create(readFileSync(file)) as fontkit.Font;
    const missing = characters.filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('the check covers the Kazakh and Kyrgyz letters', () => {
    for (const char of required) expect(characters).toContain(char);
    expect(characters.length).toBeGreaterThan(100);
  });
});
