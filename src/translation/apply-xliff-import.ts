import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

import { writeFileAtomic } from '../core/fs/index.js';
import { backupManifestName, importBackupDir, type ImportBackupManifest } from './import-backup.js';

/**
 * Writes the locale files of an accepted import. First the files as they are now go to a new backup, which then
 * replaces the previous import's (so `undoXliffImport` restores what this import changes); then each file is
 * written to a temporary name and renamed. An import that changes nothing keeps the previous backup.
 */
export async function applyXliffImport(files: ReadonlyMap<string, { text: string; existed: boolean }>, dir: string): Promise<string[]> {
  if (files.size === 0) return [];
  const backup = importBackupDir(dir);
  const fresh = `${backup}.${process.pid}.new`;
  await rm(fresh, { recursive: true, force: true });
  const manifest: ImportBackupManifest = { files: [] };
  for (const [path, { existed }] of files) {
    const file = relative(dir, path);
    if (existed) {
      await mkdir(dirname(join(fresh, file)), { recursive: true });
      await copyFile(path, join(fresh, file));
    }
    manifest.files.push({ file, existed });
  }
  await mkdir(fresh, { recursive: true });
  await writeFile(join(fresh, backupManifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(backup, { recursive: true, force: true });
  await rename(fresh, backup);
  for (const [path, { text }] of files) await writeFileAtomic(path, new TextEncoder().encode(text));
  return [...files.keys()];
}
