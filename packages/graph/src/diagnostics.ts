export type Severity = 'error' | 'warning';

/**
 * One problem found in a graph. `code` is stable (tests, docs and the editor key on it); `message` is written
 * for a marketer; `nodeId` / `edgeId` / `triggerId` and `path` (the field inside the node's data, dotted:
 * `buttons.3.title`) say where it is.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  nodeId?: string;
  edgeId?: string;
  triggerId?: string;
  path?: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
