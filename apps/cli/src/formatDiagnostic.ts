import type { Diagnostic } from '@salesbot/graph';

/** A diagnostic of one file, as the CLI reports it. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}

/**
 * `file › node › field: message (severity code)`, then an indented hint. Edges show as `edge <id>` and
 * triggers as `trigger <id>`; parts a diagnostic lacks are left out.
 */
export function formatDiagnostic(diagnostic: FileDiagnostic): string {
  const where = [
    diagnostic.file,
    diagnostic.nodeId,
    diagnostic.edgeId && `edge ${diagnostic.edgeId}`,
    diagnostic.triggerId && `trigger ${diagnostic.triggerId}`,
    diagnostic.path,
  ].filter((part): part is string => Boolean(part));
  const line = `${where.join(' › ')}: ${diagnostic.message} (${diagnostic.severity} ${diagnostic.code})`;
  return diagnostic.hint ? `${line}\n    hint: ${diagnostic.hint}` : line;
}

/** The `--json` form: a fixed shape, `null` where a diagnostic points at nothing. */
export function toJson(diagnostic: FileDiagnostic) {
  return {
    file: diagnostic.file,
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    nodeId: diagnostic.nodeId ?? null,
    edgeId: diagnostic.edgeId ?? null,
    path: diagnostic.path ?? null,
    ...(diagnostic.triggerId ? { triggerId: diagnostic.triggerId } : {}),
    ...(diagnostic.hint ? { hint: diagnostic.hint } : {}),
  };
}
