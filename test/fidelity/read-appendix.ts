import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

import { fixturesDir } from '../helpers/example.js';

export interface AppendixPlace {
  file: string;
  lines: [number, number];
  lang: 'kk' | 'ky';
}

export const appendixPlaces: Record<string, AppendixPlace> = parse(readFileSync(`${fixturesDir}fidelity/appendices.yaml`, 'utf8'));

/** The publisher's notes: an amendment note and the «ЗҚАИ-ның ескертпесі!» with the note under it. */
const editorialNote = [
  /^Ескерту\. .*(редакцияда|енгізілді|алып тасталды|толықтырылды)/,
  /^ЗҚАИ-ның ескертпесі!$/,
  /(өзгеріс енгізу|редакцияда) көзделген - ҚР /,
];

/** The text of the appendix a form reproduces, as the seed has it, without Markdown markup and the publisher's notes. */
export function readAppendix(formId: string): string {
  const place = appendixPlaces[formId];
  if (!place) throw new Error(`no appendix for ${formId}`);
  const lines = readFileSync(`${fixturesDir}reference/${place.file}`, 'utf8')
    .split('\n')
    .slice(place.lines[0] - 1, place.lines[1]);
  return lines
    .map((line) =>
      line
        .replace(/\\(.)/g, '$1')
        .replace(/\*\*|^#+ /g, '')
        .trim(),
    )
    .filter((line) => !editorialNote.some((pattern) => pattern.test(line)))
    .join('\n');
}
