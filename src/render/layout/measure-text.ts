import { getFace, measureWord } from '../font-faces.js';

/**
 * The width in points of a text set in the documents' typeface (Tinos = Times New Roman's metrics) at `size`: the
 * sum of its characters' advances (Cyrillic text has no kerning pairs in it to speak of), as the PDF sets it.
 */
export function measureText(text: string, size: number, bold = false): number {
  return measureWord(getFace(bold ? 'bold' : 'normal'), text, size);
}
