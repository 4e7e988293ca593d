import { resolve } from 'node:path';
import { type TemplateInfo, type ValidateOptions, validateGraph } from '@salesbot/graph';
import { EXIT, type Io } from '../command.ts';
import { defineCommand, type ParsedArgs } from '../defineCommand.ts';
import { expandArgs, flowIdsBeside, isScriptFile, readArgFile, readJson } from '../flowFiles.ts';
import { type FileDiagnostic, formatDiagnostic, toJson } from '../formatDiagnostic.ts';

const HELP = `Usage: salesbot validate [options] <files or directories...>

Checks bot flows (graph JSON files) for mistakes: the flow format, broken connections,
WhatsApp's length and count limits, undeclared variables, and the messaging-window
policy. Prints each problem as

  file › step › field: message (severity code)

then a summary. Exits 1 when any error is found (warnings alone exit 0), 2 on bad usage.

A directory stands for the flow files in it. Conversation scripts (*.script.json) are
skipped, so \`salesbot validate flows/*.json\` works. "Go to flow" targets are checked
against the ids of all flows in the same directories as the given files.

Options:
  --json                   print the problems as a JSON array of
                           {file, code, severity, message, nodeId, edgeId, path} instead
  -q, --quiet              print errors only, no warnings
  --contact-fields <list>  your custom contact fields, comma-separated: {{contact.x}}
                           naming another field becomes an error (without the list, a warning)
  --templates <file>       a JSON array of your account's templates
                           [{"name", "language", "category", "status"}]: template steps are
                           checked to exist, be approved and have the right category
  -h, --help               show this help

Examples:
  npx salesbot validate flows/*.json
  npx salesbot validate --json flows/lead-qualification.json
  npx salesbot validate --contact-fields company_size,plan flows
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  'contact-fields': { type: 'string' },
  templates: { type: 'string' },
} as const;

/** `salesbot validate`: checks flow files with `validateGraph` and reports in lines or JSON. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check flow files for mistakes WhatsApp or the bot would trip on',
  help: HELP,
  options: OPTIONS,
  run({ values, positionals }, { io, usage }) {
    const expanded = expandArgs(positionals, io.cwd);
    const files = expanded.filter((file) => !isScriptFile(file));
    const skipped = expanded.length - files.length;
    if (files.length === 0) return usage(`no flow files given${skipped ? ' (only conversation scripts)' : ''}.`);
    const options = buildOptions(values, files, io);
    if (typeof options === 'string') return usage(options, false);

    const diagnostics = files.flatMap((file) => check(file, options, io));
    const shown = values.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (values.json) io.stdout(`${JSON.stringify(shown.map(toJson), null, 2)}\n`);
    else {
      for (const diagnostic of shown) io.stdout(`${formatDiagnostic(diagnostic)}\n`);
      io.stdout(`${summary(diagnostics, files.length, skipped)}\n`);
    }
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.failed : EXIT.ok;
  },
});

type Values = ParsedArgs<typeof OPTIONS>['values'];

/** The validator's options from the flags; a string is a usage error. */
function buildOptions(values: Values, files: string[], io: Io): ValidateOptions | string {
  const options: ValidateOptions = { knownFlowIds: flowIdsBeside(files, io.cwd) };
  if (values['contact-fields'] !== undefined) {
    options.contactFields = values['contact-fields']
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean);
  }
  if (values.templates !== undefined) {
    const result = readJson(resolve(io.cwd, values.templates));
    if (!result.ok) return `--templates ${values.templates}: ${result.message}`;
    if (!Array.isArray(result.doc) || !result.doc.every(isTemplateInfo)) {
      return `--templates ${values.templates}: expected a JSON array of {name, language, category, status}.`;
    }
    options.templates = result.doc;
  }
  return options;
}

function isTemplateInfo(value: unknown): value is TemplateInfo {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['name', 'language', 'category', 'status'].every((key) => typeof record[key] === 'string');
}

function check(file: string, options: ValidateOptions, io: Io): FileDiagnostic[] {
  const result = readArgFile(file, io.cwd);
  if (!result.ok) return [result.diagnostic];
  return validateGraph(result.doc, options).map((diagnostic) => ({ file, ...diagnostic }));
}

/** `✔ 6 flows valid.` or `✖ 2 errors and 1 warning in 1 of 6 flows.` */
function summary(diagnostics: FileDiagnostic[], fileCount: number, skipped: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.length - errors.length;
  const flows = count(fileCount, 'flow');
  const note = skipped ? ` (${count(skipped, 'conversation script')} skipped)` : '';
  const warningText = warnings ? `, ${count(warnings, 'warning')}` : '';
  if (errors.length === 0) return `✔ ${flows} valid${warningText}.${note}`;
  const failing = new Set(errors.map((d) => d.file)).size;
  return `✖ ${count(errors.length, 'error')}${warningText} in ${failing} of ${flows}.${note}`;
}

function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
