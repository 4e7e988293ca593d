import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Command, EXIT, type Io } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes `-h/--help`. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h', default: false } } as const;

type ArgsConfig<O extends Options> = {
  args: string[];
  allowPositionals: true;
  strict: true;
  options: O & typeof HELP_OPTION;
};

/** What `parseArgs` makes of a command line with the command's options (and `--help`). */
export type ParsedArgs<O extends Options> = ReturnType<typeof parseArgs<ArgsConfig<O>>>;

/** What a command's body gets besides its arguments. */
export interface CommandContext {
  io: Io;
  /** Reports a usage mistake as `salesbot <name>: <message>` (then the help, unless `withHelp` is false): exit 2. */
  usage(message: string, withHelp?: boolean): number;
}

/** A command as written: its flags and a body that runs on arguments already known to parse. */
export interface CommandSpec<O extends Options> extends Omit<Command, 'run'> {
  /** The command's flags, as `node:util` `parseArgs` takes them; `-h/--help` is added. */
  options: O;
  run(parsed: ParsedArgs<O>, context: CommandContext): Promise<number> | number;
}

/**
 * Builds a `salesbot` command: parses its arguments strictly (an unknown flag prints the message and the help, exit
 * 2), answers `--help` with the help (exit 0), and otherwise runs the body.
 */
export function defineCommand<const O extends Options>(spec: CommandSpec<O>): Command {
  const { name, summary, help } = spec;
  return {
    name,
    summary,
    help,
    async run(args, io) {
      const usage = (message: string, withHelp = true) => {
        io.stderr(`salesbot ${name}: ${message}\n${withHelp ? `\n${help}` : ''}`);
        return EXIT.usage;
      };
      let parsed: ParsedArgs<O>;
      try {
        const config: ArgsConfig<O> = {
          args,
          allowPositionals: true,
          strict: true,
          options: { ...spec.options, ...HELP_OPTION },
        };
        parsed = parseArgs(config);
      } catch (error) {
        return usage((error as Error).message);
      }
      if ((parsed.values as { help?: boolean }).help) {
        io.stdout(help);
        return EXIT.ok;
      }
      return spec.run(parsed, { io, usage });
    },
  };
}
