import { compileGraph } from '@salesbot/engine';
import { EXIT } from '../command.ts';
import { defineCommand } from '../defineCommand.ts';
import { readArgFile } from '../flowFiles.ts';
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
export const compileCommand = defineCommand({
  name: 'compile',
  summary: 'print the state machine a flow compiles to (JSON)',
  help: HELP,
  options: { compact: { type: 'boolean', default: false } },
  run({ values, positionals }, { io, usage }) {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) return usage('give exactly one flow file.');
    const doc = readArgFile(file, io.cwd);
    if (!doc.ok) {
      io.stderr(`${formatDiagnostic(doc.diagnostic)}\n`);
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
});
