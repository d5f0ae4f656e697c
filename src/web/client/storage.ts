/** What the browser remembers: the UI language, the chosen form and languages, and each form's unsaved data. */
const prefix = 'qujat.';

export function readStored<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(prefix + key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(prefix + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the app works without it.
  }
}

export function removeStored(key: string): void {
  localStorage.removeItem(prefix + key);
}
