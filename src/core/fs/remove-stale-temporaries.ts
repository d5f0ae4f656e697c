import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** `.<name>.<pid>[-<thread>].tmp`: the temporary file of an atomic write of `<name>` by process `<pid>`. */
const temporaryName = /^\.(.+)\.(\d+)(?:-\d+)?\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes from `dir` the temporary files that atomic writes of an interrupted process left behind (its process is
 * gone), for the targets `isTarget` accepts. Returns their names.
 */
export async function removeStaleTemporaries(dir: string, isTarget: (name: string) => boolean = () => true): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const match = temporaryName.exec(name);
    return match !== null && isTarget(match[1]!) && Number(match[2]) !== process.pid && !isRunning(Number(match[2]));
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale;
}
