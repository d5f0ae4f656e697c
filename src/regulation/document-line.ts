/** One line of a document as checked: its text (Markdown markup removed) and where it stands. */
export interface DocumentLine {
  text: string;
  /** 1-based line (text files) or paragraph (DOCX) number. */
  line: number;
  /** Characters before `text` on the line (indentation), so that columns point into the file. */
  offset: number;
  /** Markdown heading level, or Word's heading style, when the line is set as a heading. */
  headingLevel?: number;
  /** The whole line is set in bold (Markdown `**…**`, Word's bold runs): a heading or an editorial note. */
  bold?: boolean;
  /** A bulleted list item (Markdown `- …`, a Word bullet): read as a dashed item. */
  listItem?: boolean;
}
