import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Test helpers that read a reviewed DOCX's XML with plain patterns (independent of the code under test). */

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => entities[name]!);

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

/** The comments by `author` in the comments part: id and text of each paragraph. */
export function commentsBy(bytes: Uint8Array, author: string): { id: string; paragraphs: string[] }[] {
  const xml = strFromU8(unzipSync(bytes)['word/comments.xml']!);
  return [...xml.matchAll(/<w:comment w:id="(\d+)" w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)]
    .filter((match) => decode(match[2]!) === author)
    .map((match) => ({
      id: match[1]!,
      paragraphs: [...match[3]!.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) =>
        [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
      ),
    }));
}

/** The text of XML (w:t and w:delText). */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((match) => decode(match[1]!)).join('');
}

/** The XML between a comment's range start and end (empty for a point). */
export function commentedXml(document: string, id: string): string | undefined {
  const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  return start < 0 || end < start ? undefined : document.slice(start, end);
}

/** The body's paragraphs (the fixtures nest none), with their XML. */
export function paragraphsOf(document: string): string[] {
  return [...document.matchAll(/<w:p(?: [^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((match) => match[0]);
}

/** Tracked changes by `author`: kind and text. */
export function changesBy(document: string, author: string): { kind: 'del' | 'ins'; text: string }[] {
  return [...document.matchAll(/<w:(del|ins) w:id="\d+" w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:\1>/g)]
    .filter((match) => decode(match[2]!) === author)
    .map((match) => ({ kind: match[1] as 'del' | 'ins', text: textOf(match[3]!) }));
}

/** "Accept all" of `author`'s changes: insertions kept (unwrapped), deletions dropped. */
export function acceptAll(document: string, author: string): string {
  return document
    .replace(new RegExp(`<w:del w:id="\\d+" w:author="${author}">[\\s\\S]*?</w:del>`, 'g'), '')
    .replace(new RegExp(`<w:ins w:id="\\d+" w:author="${author}">([\\s\\S]*?)</w:ins>`, 'g'), '$1');
}

/** "Reject all" of `author`'s changes: insertions dropped, deletions kept as text. */
export function rejectAll(document: string, author: string): string {
  return document
    .replace(new RegExp(`<w:ins w:id="\\d+" w:author="${author}">[\\s\\S]*?</w:ins>`, 'g'), '')
    .replace(new RegExp(`<w:del w:id="\\d+" w:author="${author}">([\\s\\S]*?)</w:del>`, 'g'), (_, inner: string) =>
      inner.replace(/<(\/?)w:delText/g, '<$1w:t'),
    );
}

/** Each character of a paragraph's text with the properties of its run (formatting kept = the same list). */
export function formattedCharacters(paragraph: string): string[] {
  return [...paragraph.matchAll(/<w:r(?: [^>]*)?>([\s\S]*?)<\/w:r>/g)].flatMap((run) => {
    const properties = /^<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run[1]!)?.[1] ?? '';
    return [...textOf(run[1]!)].map((char) => `${char}|${properties}`);
  });
}

/** A DOCX with its document part replaced. */
export function withDocument(bytes: Uint8Array, document: string): Uint8Array {
  return zipSync({ ...unzipSync(bytes), 'word/document.xml': strToU8(document) });
}
