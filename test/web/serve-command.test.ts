import { spawn } from 'node:child_process';
import { connect, createServer as createNetServer, type Server } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runQujat } from '../helpers/run-cli.js';

let blocker: Server;
let takenPort: number;
beforeAll(async () => {
  blocker = createNetServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  takenPort = (blocker.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => blocker.close(resolve));
});

describe('qujat serve', () => {
  it('starts the app on a free port (--port 0), prints its address, and serves the page', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/bin/qujat.ts', 'serve', '--port', '0', '--allowed-host', 'qujat.example', '--ui-lang', 'en'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /qujat is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const page = await fetch(`${address}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/assets/app.js');
      // A host name is answered only when allowed (against DNS rebinding).
      const port = new URL(address).port;
      const request = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET /api/forms HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
          let reply = '';
          socket.on('data', (chunk) => (reply += chunk.toString()));
          socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(reply)?.[1])));
          socket.on('error', reject);
        });
      expect(await request(`qujat.example:${port}`)).toBe(200);
      expect(await request(`evil.example:${port}`)).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);

  it('exits 2 with a clear message when the port is taken', async () => {
    const result = await runQujat('serve', '--port', String(takenPort), '--host', '127.0.0.1', '--ui-lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`qujat: cannot listen on 127.0.0.1:${takenPort}: the port is already in use; choose another with --port\n`);
  });

  it('exits 2 for a port that is not a port', async () => {
    const result = await runQujat('serve', '--port', '70000', '--ui-lang', 'ru');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('qujat: --port должен быть числом от 0 до 65535, получено «70000»\n');
  });
});
