import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { deferModuleLoads } from './defer-module-loads.js';

/**
 * pdfmake loads its SVG support when it is loaded (an SVG-to-PDF converter and an XML parser: about 8 ms of every
 * process that renders a PDF), for SVG images, which qujat's documents do not have. Loaded at their first use
 * instead: a document with an SVG would still be drawn as before.
 *
 * It must be imported before anything loads pdfmake (ESM evaluates imports in order).
 */
const pdfmake = createRequire(import.meta.url).resolve('pdfmake');
deferModuleLoads([
  { path: join(dirname(pdfmake), '3rd-party', 'svg-to-pdfkit.js'), exports: 'object', esModule: true },
  { path: createRequire(pdfmake).resolve('xmldoc'), exports: 'object' },
]);
