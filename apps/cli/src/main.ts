// The `salesbot` executable's entry (see bin/salesbot.js): runs the command line and sets the exit code.
import { EXIT } from './command.ts';
import { run } from './run.ts';

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
} catch (error) {
  process.stderr.write(`salesbot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT.usage;
}
