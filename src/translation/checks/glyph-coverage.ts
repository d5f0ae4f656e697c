import { readFileSync } from 'node:fs';

import * as fontkit from 'fontkit';

import { fontFiles } from '../../render/fonts.js';
import type { LocaleRule } from './locale-rule.js';

let fonts: fontkit.Font[] | undefined;

/** Characters of a text that one of the PDF fonts cannot draw. */
export function findMissingGlyphs(text: string): string[] {
  fonts ??= Object.values(fontFiles).map((file) => fontkit.create(readFileSync(file)) as fontkit.Font);
  return [...new Set(text)].filter((char) => /\S/.test(char) && fonts!.some((font) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)));
}

/** A text with a character the PDF fonts cannot draw would print as an empty box. */
export const glyphCoverage: LocaleRule = {
  id: 'glyph-coverage',
  ids: ['missing-glyph'],
  severities: ['error'],
  messageKeys: ['locales.missing-glyph.message'],
  doc: 'A character that one of the PDF fonts cannot draw.',
  check(context) {
    for (const file of context.files) {
      for (const entry of file.entries.values()) {
        const missing = findMissingGlyphs(entry.value);
        if (missing.length > 0) {
          context.report({
            ruleId: 'missing-glyph',
            severity: 'error',
            file,
            entry,
            values: {
              key: entry.key,
              characters: missing.map((char) => `${char} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', '),
            },
          });
        }
      }
    }
  },
};
