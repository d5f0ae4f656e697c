import { escapeXml } from './escape-xml.js';

/** The document's metadata (`docProps/core.xml`): title, author (each left out when empty), and the document's date instead of the wall clock. */
export function writeCoreProperties(properties: { title: string; creator: string; date: string }): string {
  const stamp = `${properties.date}T00:00:00Z`;
  const title = properties.title ? escapeXml(properties.title) : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${title}</dc:title>` : '') +
    (properties.creator ? `<dc:creator>${escapeXml(properties.creator)}</dc:creator>` : '') +
    (title ? `<dc:description>${title}</dc:description>` : '') +
    '<cp:lastModifiedBy>qujat</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}
