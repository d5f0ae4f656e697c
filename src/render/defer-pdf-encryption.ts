import { createRequire } from 'node:module';

/**
 * pdfkit loads @noble/hashes (SHA-2 and its helpers) and @noble/ciphers (AES) when it is loaded, which compute
 * their tables and reach for Web Crypto then: about 20 ms of every process that renders a PDF, for encrypting a
 * PDF, which qujat never asks of it. This puts in `require`'s cache, in their place, modules whose exports load the
 * real ones (all three, in the order they need each other) at the first use of any: an encrypted PDF would still
 * be made as before; unencrypted ones never load them.
 *
 * It must be imported before anything loads pdfkit or pdfmake (ESM evaluates imports in order).
 */
const require = createRequire(import.meta.url);
const pdfkit = createRequire(require.resolve('pdfkit'));
const paths = ['@noble/hashes/utils', '@noble/hashes/sha2', '@noble/ciphers/aes'].map((name) => pdfkit.resolve(name));
const placeholders = new Map<string, NodeJS.Module>();

function loadReal(path: string): Record<PropertyKey, unknown> {
  for (const each of paths) {
    if (require.cache[each] === placeholders.get(each)) {
      delete require.cache[each];
      require(each);
    }
  }
  return require(path) as Record<PropertyKey, unknown>;
}

function createPlaceholder(path: string): NodeJS.Module {
  const real = () => loadReal(path);
  const exports = new Proxy(
    {},
    {
      get: (_, key) => real()[key],
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
  return { id: path, filename: path, loaded: true, exports, children: [], paths: [], path } as unknown as NodeJS.Module;
}

// Any of them loaded already (by a module imported before this one): left as they are.
if (paths.every((path) => !(path in require.cache))) {
  for (const path of paths) {
    const placeholder = createPlaceholder(path);
    placeholders.set(path, placeholder);
    require.cache[path] = placeholder;
  }
}
