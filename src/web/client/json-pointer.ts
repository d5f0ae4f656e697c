/** JSON pointers (`/kpis/0/score`) into the form's data. */
export function splitPointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export function getAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const part of splitPointer(pointer)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** Sets a value, creating the objects on the way; `undefined` removes it. */
export function setAt(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const parts = splitPointer(pointer);
  let node: Record<string, unknown> = data;
  parts.slice(0, -1).forEach((part, index) => {
    if (node[part] === null || typeof node[part] !== 'object') node[part] = /^\d+$/.test(parts[index + 1]!) ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
  const last = parts.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The pointer itself and each parent up to the root: where to show a problem when its own field is not shown. */
export function pointerAncestors(pointer: string): string[] {
  const result = [pointer];
  for (let current = pointer; current !== '';) {
    current = current.slice(0, current.lastIndexOf('/'));
    result.push(current);
  }
  return result;
}
