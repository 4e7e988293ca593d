import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileGraph } from '@salesbot/engine';
import { type Command, EXIT } from '../command.ts';
import { readJson } from '../flowFiles.ts';
import { formatDiagnostic } from '../formatDiagnostic.ts';

const HELP = `Usage: salesbot compile [options] <file>

Compiles a bot flow (graph JSON) to the state machine the engine runs, and prints the
machine's configuration as JSON: one state per step, the actions and guards it uses by
name, the transitions each output takes. A flow with errors is not compiled: its
problems are printed as \`salesbot validate\` prints them, and the exit code is 1.

Options:
  --compact   print the JSON on one line
  -h, --help  show this help

Examples:
  npx salesbot compile flows/lead-qualification.json
  npx salesbot compile flows/order-update.json > order-update.machine.json
`;

/** `salesbot compile`: prints the plain XState config `compileGraph` builds for a flow. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'print the state machine a flow compiles to (JSON)',
  help: HELP,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr(`salesbot compile: ${(error as Error).message}\n\n${HELP}`);
      return EXIT.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`salesbot compile: give exactly one flow file.\n\n${HELP}`);
      return EXIT.usage;
    }
    const doc = readJson(resolve(io.cwd, file));
    if (!doc.ok) {
      io.stderr(`${formatDiagnostic({ file, code: doc.code, severity: 'error', message: doc.message })}\n`);
      return EXIT.failed;
    }
    const result = compileGraph(doc.doc);
    if (!result.ok) {
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      for (const diagnostic of errors) io.stderr(`${formatDiagnostic({ file, ...diagnostic })}\n`);
      io.stderr(`✖ ${file} does not compile: ${errors.length} error${errors.length === 1 ? '' : 's'}.\n`);
      return EXIT.failed;
    }
    io.stdout(`${JSON.stringify(result.config, null, values.compact ? undefined : 2)}\n`);
    return EXIT.ok;
  },
};

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      compact: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
