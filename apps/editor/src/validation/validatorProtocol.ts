import type { Diagnostic, Graph, ValidateOptions } from '@salesbot/graph';

export interface ValidationRequest {
  id: number;
  graph: Graph;
  options: ValidateOptions;
}

export interface ValidationResponse {
  id: number;
  diagnostics: Diagnostic[];
  /** Time spent in validateGraph. */
  ms: number;
}

/** Validates a graph somewhere (a worker, or the main thread in tests). */
export type Validator = (graph: Graph, options: ValidateOptions) => Promise<Diagnostic[]>;
