// dist/render/pdf/glyph-layouts.json (glyph-layout-seed.ts): the words of every shipped example, in each language
// its form offers, as the PDF renderer shaped them in this process; run by build.mjs after tsc, with no seed yet.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist/', import.meta.url);

export async function writeGlyphLayouts() {
  const { findExamples, listForms, render } = await import(new URL('api/index.js', dist).href);
  const { readDataFile } = await import(new URL('core/data/read-data-file.js', dist).href);
  const { exportShapedWords } = await import(new URL('render/pdf/share-parsed-fonts.js', dist).href);
  const { glyphLayoutSeedFile } = await import(new URL('render/pdf/glyph-layout-seed.js', dist).href);
  for (const form of listForms()) {
    for (const example of findExamples([form.id])) {
      const read = await readDataFile(example.file);
      if (!read.ok) continue;
      const value = read.data.value;
      for (const data of Array.isArray(value) ? value : [value]) {
        await render(form.id, data, { langs: form.languages, formats: ['pdf'] });
      }
    }
  }
  const seed = exportShapedWords();
  // No face means pdfkit parsed its fonts past the shared fontkit (share-parsed-fonts.ts was not first): every
  // document would be slow, which no output shows.
  if (Object.keys(seed.faces).length === 0) throw new Error('write-glyph-layouts: no font was shaped through the shared fontkit');
  await writeFile(fileURLToPath(glyphLayoutSeedFile), JSON.stringify(seed));
  return seed;
}
