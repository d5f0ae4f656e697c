import { vi } from 'vitest';

import { runCli } from '../../src/cli/main.js';

/** Runs `qujat <args>` in this process and captures its exit code and output. */
export async function runQujat(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await runCli(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

/** `qujat batch` of a table of Corps "B" staff sheets (kk) to DOCX, on one thread, quietly, into `out`. */
export function runSheetBatch(input: string, out: string, uiLang: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runQujat('batch', 'kz-b-sheet-staff', input, '--lang', 'kk', '--format', 'docx', '--out', out, '--quiet', '--jobs', '1', '--ui-lang', uiLang);
}
