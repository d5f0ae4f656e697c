import { join } from 'node:path';

/**
 * Where the locale files an import changed are kept as they were, until the next successful import: a folder
 * inside the locales folder whose name starts with a dot, which every reader of locale files skips.
 */
export function importBackupDir(localesDir: string): string {
  return join(localesDir, '.import-backup');
}

/** The backup's list: each changed file relative to the locales folder, and whether it existed before. */
export interface ImportBackupManifest {
  files: { file: string; existed: boolean }[];
}

export const backupManifestName = 'backup.json';
