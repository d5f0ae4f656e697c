import type { Command } from 'commander';

import { cliTranslator, resolveUiLanguage } from './cli-context.js';
import { CliExit, exitCodes } from './exit-codes.js';

interface ServeOptions {
  port: string;
  host: string;
  allowedHost?: string;
  uiLang?: string;
}

/** `qujat serve`: the local web app on http://<host>:<port>, everything embedded; prints the address. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the local web app (forms, regulation check, translations) and print its address')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--allowed-host <names>',
      'host names the app may be reached by besides localhost and the address (comma-separated; others are refused against DNS rebinding)',
    )
    .option('--ui-lang <lang>', 'language of the messages: kk, ru, ky, en')
    .action(async (options: ServeOptions) => {
      const { createServer } = await import('../web/index.js');
      const translator = cliTranslator(resolveUiLanguage(options.uiLang));
      const port = Number(options.port);
      if (!/^\d+$/.test(options.port) || port > 65535) throw new CliExit(exitCodes.usage, translator.t('serve.badPort', 'cli', { value: options.port }));
      const allowedHosts = [options.host, ...(options.allowedHost?.split(',') ?? [])].map((name) => name.trim()).filter(Boolean);
      const app = await createServer({ allowedHosts });
      let address: string;
      try {
        address = await app.listen({ port, host: options.host });
      } catch (error) {
        await app.close();
        const values = { host: options.host, port: options.port, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
        throw new CliExit(
          exitCodes.usage,
          (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
            ? translator.t('serve.portInUse', 'cli', values)
            : translator.t('serve.cannotListen', 'cli', values),
        );
      }
      process.stdout.write(`${translator.t('serve.running', 'cli', { address })}\n`);
      const stop = () => void app.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise<void>((resolve) => app.server.once('close', resolve));
    });
}
