/**
 * The ToUnicode CMap of a font of the writer (2-byte codes, Identity-H): each code's character as UTF-16BE
 * (a surrogate pair beyond the Basic Multilingual Plane), so that text is extracted and searched exactly.
 * Runs of consecutive codes with consecutive characters become one `bfrange`; the rest `bfchar` lines.
 */
export function writeToUnicode(codes: readonly { cid: number; codePoint: number }[]): string {
  const sorted = [...codes].sort((a, b) => a.cid - b.cid);
  const ranges: string[] = [];
  const chars: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    const first = sorted[start]!;
    // A range stays within one high byte of the code and of the character (the CMap's rule) and in the BMP.
    while (
      end + 1 < sorted.length &&
      first.codePoint < 0x10000 &&
      sorted[end + 1]!.cid === sorted[end]!.cid + 1 &&
      sorted[end + 1]!.codePoint === sorted[end]!.codePoint + 1 &&
      sorted[end + 1]!.cid >> 8 === first.cid >> 8 &&
      sorted[end + 1]!.codePoint >> 8 === first.codePoint >> 8
    )
      end += 1;
    if (end > start) ranges.push(`<${hex4(first.cid)}> <${hex4(sorted[end]!.cid)}> <${utf16Hex(first.codePoint)}>`);
    else chars.push(`<${hex4(first.cid)}> <${utf16Hex(first.codePoint)}>`);
    start = end + 1;
  }
  const blocks: string[] = [];
  for (let index = 0; index < chars.length; index += 100) {
    const block = chars.slice(index, index + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar\n`);
  }
  for (let index = 0; index < ranges.length; index += 100) {
    const block = ranges.slice(index, index + 100);
    blocks.push(`${block.length} beginbfrange\n${block.join('\n')}\nendbfrange\n`);
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n' +
    blocks.join('') +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
  );
}

export function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/** A code point as UTF-16BE hex digits. */
function utf16Hex(codePoint: number): string {
  if (codePoint < 0x10000) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}
