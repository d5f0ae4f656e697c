import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * pdfkit's encryption packages, pdfmake's SVG support and fontkit's Brotli decoder (for WOFF2) are loaded at their
 * first use, not with pdfkit, pdfmake and fontkit (defer-pdf-encryption.ts, defer-pdf-svg.ts,
 * defer-woff2-decoder.ts). In a fresh process (this one's modules are shared with other test files): a document
 * rendered leaves them unloaded; an encrypted PDF (AES-256, which needs the three encryption modules) is still made,
 * an SVG still parsed and converted, the decoder still decodes, with them loaded then.
 */
describe('the deferred packages', () => {
  it('are not loaded for a document, and are there when used', () => {
    const script = `
      const { render, findExamples } = await import(${JSON.stringify(join(root, 'src/api/index.ts'))});
      const { createRequire } = await import('node:module');
      const { readFileSync } = await import('node:fs');
      const [example] = findExamples(['kz-b-sheet-staff']);
      const result = await render('kz-b-sheet-staff', JSON.parse(readFileSync(example.file, 'utf8')), { langs: ['kk'], formats: ['pdf'] });
      const require = createRequire(${JSON.stringify(join(root, 'src/render/pdf/index.ts'))});
      const pdfkitRequire = createRequire(require.resolve('pdfkit'));
      const fontkitRequire = createRequire(pdfkitRequire.resolve('fontkit'));
      const paths = ['@noble/hashes/utils', '@noble/hashes/sha2', '@noble/ciphers/aes'].map((name) => pdfkitRequire.resolve(name));
      const brotliPath = fontkitRequire.resolve('brotli/decompress.js');
      paths.push(brotliPath);
      const pdfmakeRequire = createRequire(require.resolve('pdfmake'));
      const svgPath = pdfmakeRequire.resolve('./3rd-party/svg-to-pdfkit.js');
      paths.push(svgPath, pdfmakeRequire.resolve('xmldoc'));
      const loaded = () => paths.filter((path) => typeof require.cache[path]?.require === 'function').length;
      const before = loaded();
      const PDFDocument = pdfkitRequire('pdfkit');
      const document = new PDFDocument({ userPassword: 'qujat', pdfVersion: '1.7ext3' });
      const chunks = [];
      document.on('data', (chunk) => chunks.push(chunk));
      const ended = new Promise((resolve) => document.on('end', resolve));
      document.text('Бағалау парағы');
      document.end();
      await ended;
      const encrypted = Buffer.concat(chunks).toString('latin1');
      const { brotliCompressSync } = await import('node:zlib');
      const text = Buffer.from('Бағалау парағы — оценочный лист — баалоо барагы'.repeat(20));
      const decoded = Buffer.from(fontkitRequire('brotli/decompress.js')(brotliCompressSync(text), text.length));
      const svg = new (pdfmakeRequire('xmldoc').XmlDocument)('<svg width="10" height="10"><rect width="5" height="5"/></svg>');
      const { default: svgToPdfkit } = pdfmakeRequire('./3rd-party/svg-to-pdfkit.js');
      const drawn = new PDFDocument({ compress: false });
      const drawnChunks = [];
      drawn.on('data', (chunk) => drawnChunks.push(chunk));
      const drawnEnded = new Promise((resolve) => drawn.on('end', resolve));
      svgToPdfkit(drawn, svg.toString(), 0, 0);
      drawn.end();
      await drawnEnded;
      process.stdout.write(JSON.stringify({
        documents: result.documents.length,
        before,
        after: loaded(),
        encrypt: encrypted.includes('/Encrypt') && encrypted.includes('/AESV3'),
        decoded: decoded.equals(text),
        svg: svg.childNamed('rect')?.attr.width === '5' && Buffer.concat(drawnChunks).toString('latin1').includes('5 5 l'),
      }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ documents: 1, before: 0, after: 6, encrypt: true, decoded: true, svg: true });
  });
});
