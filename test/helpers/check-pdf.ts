import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether qpdf is installed (.ci/run installs it from Debian; a test that needs it runs in CI whatever). */
export const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

/** qpdf's `--check` of PDF bytes: its report (it throws when qpdf finds errors). */
export function checkWithQpdf(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qujat-qpdf-')), 'file.pdf');
  writeFileSync(file, bytes);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}
