/**
 * The one set of limits every entry point applies to what a user gives it: the command line, the library, the
 * batch and the web app alike (the README's "Limits" table lists them). Each leaves about ten times the room the
 * largest real input needs, and each is checked before the costly work (parsing, inflating, validating, rendering),
 * so that an input past it is refused in milliseconds with a message naming the limit.
 */
export const inputLimits = {
  /** A file read whole: a data file (JSON, YAML, CSV), an XLIFF, a draft regulation, an upload (bytes). */
  fileBytes: 10 * 1024 * 1024,
  /** Arrays and objects (data), elements (XLIFF) inside one another. */
  nesting: 64,
  /** A draft's text: a .md/.txt file, pasted text, or the text read from a DOCX (UTF-8 bytes). */
  textBytes: 2 * 1024 * 1024,
  /** Lines of a text draft, paragraphs of a DOCX draft. */
  lines: 20_000,
  /** A DOCX's `word/document.xml` as inflated (bytes). */
  documentXmlBytes: 10 * 1024 * 1024,
  /** Every entry of a zip (DOCX, XLSX) as inflated, pictures included (bytes). */
  inflatedBytes: 64 * 1024 * 1024,
  /** Entries of a zip (DOCX, XLSX). */
  entries: 2_000,
  /** An XLSX's shared-strings table (`xl/sharedStrings.xml`) as inflated, held in memory while a batch runs (bytes). */
  sharedStringsBytes: 32 * 1024 * 1024,
  /** A list (or an object's fields) in a form's data, unless its schema says less (`maxItems`); records in one `render`. */
  listItems: 1_000,
  /**
   * Values in one data file or value: lines with content and flow items of a JSON or YAML text, counted before it is
   * parsed; the values of parsed data (a reserve list of 1 000 candidates and 500 positions, as large as the schema
   * allows, takes 13 500 lines as indented JSON).
   */
  dataValues: 200_000,
  /** A text in a form's data, unless its schema says less (`maxLength`). */
  textLength: 10_000,
} as const;

export type InputLimitName = keyof typeof inputLimits;
