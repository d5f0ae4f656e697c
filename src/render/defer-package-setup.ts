// What the font and PDF packages set up when they are loaded for work qujat never or seldom asks of them, done at
// first use instead (each module says what and why). Imported before anything loads fontkit, pdfkit or pdfmake
// (ESM evaluates imports in order): by the PDF renderer's first module and by the text measures.
import './defer-pdf-encryption.js';
import './defer-pdf-svg.js';
import './defer-unicode-tries.js';
import './defer-woff2-decoder.js';
