import type { DocumentLine } from './read-regulation.js';
import type { RegulationProfile } from './regulation-profile.js';

export type LineKind = 'blank' | 'heading' | 'chapter' | 'point' | 'subpoint' | 'text';

export interface StructuredLine extends DocumentLine {
  kind: LineKind;
  /** The number of a chapter, point, subpoint or numbered heading. */
  number?: number;
}

// JavaScript's \b knows only ASCII letters: the end of a Cyrillic word is a space, a full stop or the end.
const chapterPatterns = [/^(\d+)\s*-\s*тарау(?=[\s.]|$)/iu, /^глава\s+(\d+)(?=[\s.]|$)/iu, /^(\d+)\s*-\s*(?:глава|бөлүм)(?=[\s.]|$)/iu, /^раздел\s+(\d+)(?=[\s.]|$)/iu];

/**
 * Tells headings, chapters, points "N." and subpoints "N)" apart. A numbered line is a heading (not a point) when
 * its title is short, has no final punctuation and is one of the profile's section headings: the KG text numbers its
 * section headings ("3. Милдеттери") like its points ("3. Персоналды башкаруу кызматы …").
 */
export function parseStructure(lines: DocumentLine[], profile: RegulationProfile, lang: string): StructuredLine[] {
  // A numbered heading's title is one of the section headings as a whole ("3. Милдеттери"), not a sentence with the word.
  const headings = profile.sections.map((section) => section.heading[lang]).filter((source): source is string => source !== undefined).map((source) => new RegExp(`^(?:${source})$`, 'iu'));
  return lines.map((line): StructuredLine => {
    const { text } = line;
    if (text === '') return { ...line, kind: 'blank' };
    for (const pattern of chapterPatterns) {
      const chapter = pattern.exec(text);
      if (chapter) return { ...line, kind: 'chapter', number: Number(chapter[1]) };
    }
    if (line.headingLevel) return { ...line, kind: 'heading' };
    if (line.note) return { ...line, kind: 'text' };
    const numbered = /^(\d+)\.[\s_]+(.*)$/u.exec(text);
    if (numbered) {
      const title = numbered[2]!.trim();
      const isHeading = headings.some((pattern) => pattern.test(title.replace(/[\s_.:]+$/u, '')));
      return { ...line, kind: isHeading ? 'heading' : 'point', number: Number(numbered[1]) };
    }
    const subpoint = /^(\d+)\)/u.exec(text);
    if (subpoint) return { ...line, kind: 'subpoint', number: Number(subpoint[1]) };
    return { ...line, kind: 'text' };
  });
}
