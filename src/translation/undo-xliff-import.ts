import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from '../core/fs/index.js';
import { projectPaths } from '../core/paths.js';
import { backupManifestName, importBackupDir, type ImportBackupManifest } from './import-backup.js';

export type UndoResult = { ok: true; restored: string[] } | { ok: false; reason: 'nothing-to-undo' };

/**
 * Puts back the locale files as they were before the last import that changed them (a file the import created is
 * removed), then drops the backup: an import is undone once.
 */
export async function undoXliffImport(dir = projectPaths.locales): Promise<UndoResult> {
  const backup = importBackupDir(dir);
  let manifest: ImportBackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(backup, backupManifestName), 'utf8')) as ImportBackupManifest;
  } catch {
    return { ok: false, reason: 'nothing-to-undo' };
  }
  const restored: string[] = [];
  for (const { file, existed } of manifest.files) {
    const path = join(dir, file);
    if (existed) await writeFileAtomic(path, await readFile(join(backup, file)));
    else await rm(path, { force: true });
    restored.push(path);
  }
  await rm(backup, { recursive: true, force: true });
  return { ok: true, restored };
}
