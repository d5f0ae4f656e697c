/** 0: done, nothing wrong. 1: invalid input or findings. 2: usage error or unreadable input. */
export const exitCodes = { ok: 0, invalid: 1, usage: 2 } as const;

/** Ends a command with an exit code and a message for standard error. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
  }
}
