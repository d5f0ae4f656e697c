/** Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF). */
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value as a document can hold it: control characters that no DOCX (XML) or PDF text may contain removed, and a
 * lone surrogate (half of a character, from a broken copy and paste) made U+FFFD, the replacement character, so
 * that it is seen. Bidi controls, combining marks and every other character are kept as they are.
 */
export function toDocumentText(value: string): string {
  return value.replace(notXmlCharacters, '').replace(loneSurrogates, '\uFFFD');
}
