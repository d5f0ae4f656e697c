import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Before pdfkit or pdfmake is required: pdfkit must find the shared fontkit (share-parsed-fonts.ts).
import './share-parsed-fonts.js';

/**
 * pdfmake measures every text of a document before laying it out (`DocMeasure.measureLeaf`): it breaks the text
 * into words (`linebreak`), looks ~25 style properties of every word up through the style stack and shapes each word
 * for its width. That was a third of a sheet's time, and most of it is the form's fixed text (the parameters, their
 * explanations, the headings, the captions), the same in every document of a form and language. Here a text's
 * measured words are kept, keyed by the text and every style property measuring reads, and each document gets fresh
 * copies of them (layout writes into them), with its own font objects asked for in the order measuring would have
 * asked for them. The words, widths and styles are those pdfmake computes; documents are byte-for-byte the same
 * (tested against a fresh process on every example).
 *
 * Texts that refer to other nodes (page references, tables of contents) are measured by pdfmake every time.
 */
interface StyleStack {
  getProperty(property: string): unknown;
}

interface MeasuredText {
  items: Record<string, unknown>[];
  minWidth: number;
  maxWidth: number;
}

interface FontRequest {
  family: string;
  bold: boolean;
  italics: boolean;
}

interface PdfDocument {
  fontCache: Record<string, Record<string, unknown>>;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
}

interface DocMeasureClass {
  prototype: {
    pdfDocument: PdfDocument;
    styleStack: StyleStack;
    textInlines: { buildInlines(text: unknown, stack: StyleStack): MeasuredText };
    measureLeaf(node: Record<string, unknown>): Record<string, unknown>;
  };
}

/** Every style property `TextBreaker.getBreaks`, `TextInlines.buildInlines` and `TextInlines.measure` read. */
const measuredProperties = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'noWrap',
  'opacity',
  'sup',
  'sub',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'leadingIndent',
  'wordBreak',
] as const;

/** Texts kept; the cache starts afresh when full, so memory stays bounded in any batch. */
const maxEntries = 5_000;

const require = createRequire(import.meta.url);
const pdfmakeDir = dirname(require.resolve('pdfmake'));
const DocMeasure = (require(join(pdfmakeDir, 'DocMeasure.js')) as { default: DocMeasureClass }).default;
const measureLeaf = DocMeasure.prototype.measureLeaf;

/** Whether a text is plain: a string, or runs whose values are all strings, numbers, booleans or null. */
function isPlainText(text: unknown): boolean {
  if (typeof text === 'string') return true;
  if (!Array.isArray(text)) return false;
  return text.every((run) => {
    if (typeof run === 'string') return true;
    if (run === null || typeof run !== 'object' || Array.isArray(run)) return false;
    return Object.values(run as Record<string, unknown>).every((value) => value === null || ['string', 'number', 'boolean'].includes(typeof value));
  });
}

/** What a measured word keeps: everything but its font object (the document's own), named instead. */
interface KeptText {
  items: { item: Record<string, unknown>; font: FontRequest }[];
  minWidth: number;
  maxWidth: number;
}

let cache = new Map<string, KeptText>();

const fontTypes: Record<string, Omit<FontRequest, 'family'>> = {
  normal: { bold: false, italics: false },
  bold: { bold: true, italics: false },
  italics: { bold: false, italics: true },
  bolditalics: { bold: true, italics: true },
};

/** What a font object of `document` was asked for as (`provideFont` keeps them by family and type). */
function findFontRequest(document: PdfDocument, font: unknown): FontRequest | undefined {
  for (const [family, types] of Object.entries(document.fontCache)) {
    for (const [type, provided] of Object.entries(types)) if (provided === font && fontTypes[type]) return { family, ...fontTypes[type] };
  }
  return undefined;
}

function measureCachedLeaf(this: DocMeasureClass['prototype'], node: Record<string, unknown>): Record<string, unknown> {
  if (node._textRef || !isPlainText(node.text)) return measureLeaf.call(this, node);
  // Each property as measuring sees it: the node's own value, else the style stack's (what pushing the node gives).
  const values: unknown[] = [];
  for (const property of measuredProperties) {
    const own = node[property];
    values.push(own !== undefined && own !== null ? own : this.styleStack.getProperty(property));
  }
  const key = JSON.stringify([node.text, values]);
  let kept = cache.get(key);
  if (!kept) {
    measureLeaf.call(this, node);
    const items = node._inlines as Record<string, unknown>[];
    const fonts = items.map((item) => findFontRequest(this.pdfDocument, item.font));
    if (fonts.some((font) => !font)) return node;
    kept = {
      items: items.map((item, index) => ({ item: { ...item, font: undefined }, font: fonts[index]! })),
      minWidth: node._minWidth as number,
      maxWidth: node._maxWidth as number,
    };
    if (cache.size >= maxEntries) cache = new Map();
    cache.set(key, kept);
    return node;
  }
  node._inlines = kept.items.map(({ item, font }) => ({ ...item, font: this.pdfDocument.provideFont(font.family, font.bold, font.italics) }));
  node._minWidth = kept.minWidth;
  node._maxWidth = kept.maxWidth;
  return node;
}

/** Texts measured once per text and style (the default), or by pdfmake each time (for tests and the bench). */
export function cacheTextMeasures(enabled: boolean): void {
  DocMeasure.prototype.measureLeaf = enabled ? measureCachedLeaf : measureLeaf;
  cache = new Map();
}

cacheTextMeasures(true);
