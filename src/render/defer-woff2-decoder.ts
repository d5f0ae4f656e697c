import { createRequire } from 'node:module';

import { deferModuleLoads } from './defer-module-loads.js';

/**
 * fontkit loads a Brotli decoder when it is loaded (its dictionary decoded then: about 13 ms of every process that
 * renders), for WOFF2 fonts, which qujat does not use (its fonts are TrueType). Loaded at its first call instead.
 *
 * It must be imported before anything loads fontkit (ESM evaluates imports in order).
 */
const fontkit = createRequire(createRequire(import.meta.url).resolve('fontkit'));
deferModuleLoads([{ path: fontkit.resolve('brotli/decompress.js'), exports: 'function' }]);
