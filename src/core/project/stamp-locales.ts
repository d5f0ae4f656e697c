import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the locale files are now, cheaply: each file's inode, modification time and size. An XLIFF import writes
 * each file anew and renames it into place (a new inode), so a changed text always changes the stamp.
 */
export function stampLocales(dirs: readonly string[]): string {
  const parts: string[] = [];
  for (const dir of dirs) {
    for (const lang of safeList(dir)
      .filter((entry) => !entry.startsWith('.'))
      .sort()) {
      for (const file of safeList(join(dir, lang))
        .filter((name) => name.endsWith('.json'))
        .sort()) {
        try {
          const stat = statSync(join(dir, lang, file));
          parts.push(`${lang}/${file}:${stat.ino}:${stat.mtimeMs}:${stat.size}`);
        } catch {
          parts.push(`${lang}/${file}:gone`);
        }
      }
    }
  }
  return parts.join('\n');
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
