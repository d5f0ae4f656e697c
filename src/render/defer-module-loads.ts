import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS module to load at its first use: its file, whether it exports an object or a function, and whether it
 * marks itself as compiled from an ES module (`__esModule`, which an importer's interop reads as it requires it).
 */
export interface DeferredModule {
  path: string;
  exports: 'object' | 'function';
  esModule?: boolean;
}

/**
 * Puts in `require`'s cache, in the place of each module, one whose exports load the real modules (all of them, in
 * the order given, so that each finds the real ones it needs) at the first use of any: a property read, a call. A
 * package that `require`s them at its load, for work it is seldom or never asked to do, then does not pay for them.
 * Nothing is deferred if any of them is loaded already.
 */
export function deferModuleLoads(modules: readonly DeferredModule[]): void {
  if (modules.some(({ path }) => path in require.cache)) return;
  const placeholders = new Map<string, NodeJS.Module>();
  const loadReal = (path: string): Record<PropertyKey, unknown> & ((...args: unknown[]) => unknown) => {
    for (const each of modules) {
      if (require.cache[each.path] === placeholders.get(each.path)) {
        delete require.cache[each.path];
        require(each.path);
      }
    }
    return require(path) as Record<PropertyKey, unknown> & ((...args: unknown[]) => unknown);
  };
  for (const { path, exports, esModule } of modules) {
    const real = () => loadReal(path);
    const target = exports === 'function' ? () => undefined : {};
    const proxy = new Proxy(target, {
      apply: (_, self, args: unknown[]) => Reflect.apply(real(), self, args),
      get: (_, key) => (key === '__esModule' && esModule !== undefined ? esModule : real()[key]),
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    });
    const placeholder = { id: path, filename: path, path, loaded: true, exports: proxy, children: [], paths: [] } as unknown as NodeJS.Module;
    placeholders.set(path, placeholder);
    require.cache[path] = placeholder;
  }
}
