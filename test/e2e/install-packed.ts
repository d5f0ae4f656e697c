import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/**
 * `npm pack` of the repository (its dist/ as `npm run build` left it) into `dir`; returns the tarball's file name.
 * `--ignore-scripts`: the package is packed as built, not built again.
 */
export function packRepository(root: string, dir: string): string {
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${dir}`);
  return tarball;
}

/**
 * An empty project in `dir` that depends on the tarball, with a lock file made from the repository's: the same
 * versions and integrity hashes of every runtime dependency (dev dependencies left out), and the tarball's own hash.
 * `npm ci --offline` then installs it from the tarball and npm's cache (filled by the `npm ci` of the clone) alone:
 * no registry is asked, not even for a version list. The project carries qujat's `overrides` (npm applies only the
 * root project's): without them docx and fastify's test helper would bring nanoid 6 and cookie 2, which want Node 22.
 */
export function writeConsumerProject(root: string, dir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const integrity = `sha512-${createHash('sha512')
    .update(readFileSync(join(dir, tarball)))
    .digest('base64')}`;
  const spec = `file:${tarball}`;
  const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional);
  const packages: Record<string, LockEntry> = {
    '': { name: 'qujat-consumer', dependencies: { qujat: spec } },
    'node_modules/qujat': {
      version: String(manifest.version),
      resolved: spec,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
    ...Object.fromEntries(runtime),
  };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'qujat-consumer', private: true, type: 'module', dependencies: { qujat: spec }, overrides: manifest.overrides }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    `${JSON.stringify({ name: 'qujat-consumer', lockfileVersion: lock.lockfileVersion, requires: true, packages }, null, 2)}\n`,
  );
}
