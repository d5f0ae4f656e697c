/**
 * What a draft regulation may be, for a check to stay quick and its reply small. A regulation of 50 pages is
 * about 2 000 lines, 150 KB of text and 1 MB of DOCX XML; the limits leave room for ten times that.
 */
export const regulationLimits = {
  /** Text of a .md/.txt upload, pasted text, or the text read from a DOCX (UTF-8 bytes). */
  textBytes: 2 * 1024 * 1024,
  /** Lines of a text, paragraphs of a DOCX. */
  lines: 20_000,
  /** `word/document.xml` as inflated. */
  documentXmlBytes: 10 * 1024 * 1024,
  /** Every entry of a DOCX as inflated (pictures included). */
  inflatedBytes: 64 * 1024 * 1024,
  entries: 2_000,
  /** Findings in a reply (and its reports); the most severe are kept, the rest counted. */
  findings: 500,
  /** Memory of the thread a check runs in (MB). */
  workerMemoryMb: 1024,
} as const;
