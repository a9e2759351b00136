// What a command may touch of the process: its output, environment and
// working folder. Handed in rather than read from globals, so main.ts is the
// one place that knows about process.
export interface Io {
  /** One line of stdout. */
  out(line: string): void;
  /** One line of stderr: what the sub must know that is not the command's output (a story over its slot, a renamed file). */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for `galley --help`. */
  summary: string;
  /** The full usage for `galley <command> --help`. */
  usage: string;
  run(argv: string[], io: Io): Promise<void>;
}
