import { type Diagnostic, validateGraph } from '@salesbot/graph';
import type { Services } from '../services.ts';
import { contactFieldNames } from '../store/contactFields.ts';
import { flowIds } from '../store/flows.ts';
import { templateInfos } from '../store/templates.ts';

/** A flow's diagnostics with what the workspace knows: its templates, its flows and its contact fields. */
export function validateForWorkspace(services: Services, workspaceId: string, graph: unknown): Diagnostic[] {
  return validateGraph(graph, {
    templates: templateInfos(services.db, workspaceId),
    knownFlowIds: flowIds(services.db, workspaceId),
    contactFields: contactFieldNames(services.db, workspaceId),
  });
}

/** Errors and warnings counted. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
