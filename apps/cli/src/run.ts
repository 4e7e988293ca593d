import { readFileSync } from 'node:fs';
import { EXIT, type Io } from './command.ts';
import { commands } from './commands/index.ts';

/** Runs `salesbot <command> [args]` and resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((command) => command.name === args[0]) : undefined;
    io.stdout(topic ? topic.help : mainHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`salesbot: unknown command “${name}”.\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  return command.run(args, io);
}

function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 3;
  return `salesbot — build, check and run WhatsApp bots

Usage: salesbot <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')}

Options:
  -h, --help     show this help; \`salesbot <command> --help\` shows a command's
  -v, --version  print the version
`;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
