import { createRequire } from 'node:module';

import { deferModuleLoads } from './defer-module-loads.js';

/**
 * pdfkit loads @noble/hashes (SHA-2 and its helpers) and @noble/ciphers (AES) when it is loaded, which compute
 * their tables and reach for Web Crypto then: about 20 ms of every process that renders a PDF, for encrypting a
 * PDF, which qujat never asks of it. Loaded at their first use instead: an encrypted PDF would still be made as
 * before; unencrypted ones never load them.
 *
 * It must be imported before anything loads pdfkit or pdfmake (ESM evaluates imports in order).
 */
const pdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
deferModuleLoads(
  ['@noble/hashes/utils', '@noble/hashes/sha2', '@noble/ciphers/aes'].map((name) => ({ path: pdfkit.resolve(name), exports: 'object' as const })),
);
