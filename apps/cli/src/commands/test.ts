import { dirname, resolve } from 'node:path';
import { type ConversationScript, formatScriptResult, runScript, type ScriptResult } from '@salesbot/engine';
import { EXIT, type Io } from '../command.ts';
import { defineCommand } from '../defineCommand.ts';
import { expandArgs, isScriptFile, readJson } from '../flowFiles.ts';

const HELP = `Usage: salesbot test [options] [files or directories...]

Plays conversation scripts (*.script.json: what the customer sends, how time passes, what
the bot must send) through the engine with a simulated clock, and prints ✓ or ✗ for each
conversation. A failure shows the first difference: the step, the path inside the message,
what the script expects and what the bot did. Exits 1 when a conversation fails, 2 on bad
usage. Without files it runs flows/*.script.json.

A directory stands for the conversation scripts in it. The script's "flow" is read relative
to the script. The format is described in docs/conversation-scripts.md.

Options:
  --json      print the results as JSON ([{file, flow, ok, conversations}]) instead
  -h, --help  show this help

Examples:
  npx salesbot test
  npx salesbot test flows/lead-qualification.script.json
`;

/** `salesbot test`: runs conversation scripts through the engine and reports per conversation. */
export const testCommand = defineCommand({
  name: 'test',
  summary: 'play conversation scripts through the engine and show what differs',
  help: HELP,
  options: { json: { type: 'boolean', default: false } },
  run({ values, positionals }, { io, usage }) {
    const files = expandArgs(positionals.length > 0 ? positionals : ['flows'], io.cwd, isScriptFile);
    if (files.length === 0) return usage('no conversation scripts (*.script.json) found.');
    const results = files.map((file) => ({ file, result: runFile(file, io) }));
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          results.map(({ file, result }) => ({ file, ...result })),
          null,
          2,
        )}\n`,
      );
    } else {
      for (const { file, result } of results) io.stdout(`${formatScriptResult(result, file).join('\n')}\n`);
      io.stdout(`${summary(results.map(({ result }) => result))}\n`);
    }
    return results.every(({ result }) => result.ok) ? EXIT.ok : EXIT.failed;
  },
});

/** Reads a script and plays it; an unreadable script is one failing result. */
function runFile(file: string, io: Io): ScriptResult {
  const path = resolve(io.cwd, file);
  const script = readJson(path);
  if (!script.ok) {
    const failure = { step: -1, stepKind: 'file', message: script.message };
    return { flow: file, ok: false, conversations: [{ name: '(the script)', ok: false, failure }] };
  }
  return runScript(script.doc as ConversationScript, {
    loadGraph: (flow) => {
      const graph = readJson(resolve(dirname(path), flow));
      if (!graph.ok) throw new Error(`${flow}: ${graph.message}`);
      return graph.doc;
    },
  });
}

/**
 * `✔ 26 conversations passed (6 scripts).`, `✖ 1 of 26 conversations failed (6 scripts).`, or, when only a script
 * itself failed (no conversations), `✖ 1 of 6 scripts failed (26 conversations passed).`
 */
function summary(results: ScriptResult[]): string {
  const conversations = results.flatMap((result) => result.conversations);
  const failed = conversations.filter((conversation) => !conversation.ok).length;
  const scripts = `${results.length} script${results.length === 1 ? '' : 's'}`;
  if (failed > 0) return `✖ ${failed} of ${conversations.length} conversations failed (${scripts}).`;
  const failedScripts = results.filter((result) => !result.ok).length;
  if (failedScripts > 0)
    return `✖ ${failedScripts} of ${scripts} failed (${conversations.length} conversations passed).`;
  return `✔ ${conversations.length} conversations passed (${scripts}).`;
}
