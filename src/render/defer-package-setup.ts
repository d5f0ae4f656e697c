// What the font package sets up when it is loaded for work qujat never or seldom asks of it, done at first use
// instead (each module says what and why). Imported before anything loads fontkit (ESM evaluates imports in order):
// by the font faces (font-faces.ts).
import './defer-unicode-tries.js';
import './defer-woff2-decoder.js';
