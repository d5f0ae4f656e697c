/**
 * Runs `action` on a view of `data` that records which values it reads: the JSON pointer of every property read
 * that gives a value (not an object: objects are followed) or nothing (a missing property is read too).
 */
export function trackReads<T>(data: unknown, action: (view: unknown) => T): { result: T; reads: Set<string> } {
  const reads = new Set<string>();
  const views = new WeakMap<object, unknown>();
  const view = (target: unknown, pointer: string): unknown => {
    if (target === null || typeof target !== 'object') return target;
    let proxy = views.get(target);
    if (!proxy) {
      proxy = new Proxy(target, {
        get(object, key, receiver) {
          const value = Reflect.get(object, key, receiver) as unknown;
          if (typeof key === 'symbol' || typeof value === 'function') return value;
          const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          if (value !== null && typeof value === 'object') return view(value, child);
          if (Object.hasOwn(object, key) || value === undefined) reads.add(child);
          return value;
        },
        has(object, key) {
          if (typeof key === 'string') reads.add(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
          return Reflect.has(object, key);
        },
      });
      views.set(target, proxy);
    }
    return proxy;
  };
  return { result: action(view(data, '')), reads };
}
