/** Where a command writes, and the directory relative paths start from. Tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** One `salesbot <name>` command. `run` resolves to the process exit code. */
export interface Command {
  name: string;
  /** One line for `salesbot --help`. */
  summary: string;
  /** The whole `salesbot <name> --help` text. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
