import { projectPaths } from '../../core/paths.js';
import type { ProjectOptions } from '../../core/project/index.js';

/** What a server may be configured with; everything else is fixed. */
export interface ServerOptions {
  /** Largest JSON request body, in bytes. */
  bodyLimit?: number;
  /** Largest uploaded file, in bytes. */
  uploadLimit?: number;
  /**
   * The locale files the app renders with and XLIFF import writes into (the project's by default; tests use a
   * copy). A change to them (an import here or by `qujat locales import`) is used from the next request on.
   */
  localesDir?: string;
  /** Folders of forms of one's own beside (or instead of) the shipped ones (see `createProject`). */
  project?: Omit<ProjectOptions, 'localesDir'>;
  /**
   * Host names the app may be reached by besides localhost, the loopback addresses and the address it is bound
   * to (a request naming any other host is refused: DNS rebinding).
   */
  allowedHosts?: string[];
  /** Longest a regulation check may run, in milliseconds, before it is stopped. */
  checkTimeout?: number;
  /** Longest a parse, check, preview, render or XLIFF import may run on its worker thread, in milliseconds. */
  workTimeout?: number;
  /** The memory limit of each worker thread of those, in MB. */
  workMemoryMb?: number;
  /** Longest a client may take to send a request's headers, in milliseconds, before its connection is closed. */
  headersTimeout?: number;
  logger?: boolean;
}

export const defaultServerOptions = {
  bodyLimit: 2 * 1024 * 1024,
  uploadLimit: 10 * 1024 * 1024,
  localesDir: projectPaths.locales,
  project: {} as Omit<ProjectOptions, 'localesDir'>,
  allowedHosts: [] as string[],
  checkTimeout: 20_000,
  workTimeout: 30_000,
  workMemoryMb: 1024,
  headersTimeout: 10_000,
  logger: false,
} as const;

export type ResolvedServerOptions = Required<ServerOptions>;

export function resolveServerOptions(options: ServerOptions = {}): ResolvedServerOptions {
  return { ...defaultServerOptions, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) } as ResolvedServerOptions;
}
