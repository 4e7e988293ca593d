import type { Diagnostic, Graph, GraphInput } from '@salesbot/graph';
import type { TemplateCategory, TemplateKind, TemplateStatus } from '@salesbot/policy';

/** `GET /api/flows` rows (docs/api.md). Times are ISO strings. */
export interface FlowSummary {
  id: string;
  name: string;
  description?: string;
  updatedAt: string;
  publishedVersion: number | null;
  errorCount: number;
  warningCount: number;
}

/** `GET /api/flows/:id`. */
export interface FlowDetail {
  id: string;
  name: string;
  draft: Graph;
  updatedAt: string;
  publishedVersion: number | null;
}

export type CreateFlowInput = { graph: GraphInput } | { name: string };

export interface SaveDraftResult {
  updatedAt: string;
  diagnostics: Diagnostic[];
}

export interface PublishResult {
  version: number;
  publishedAt: string;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  nodeCount: number;
}

export interface VersionDetail {
  version: number;
  publishedAt: string;
  graph: Graph;
}

/** A template component as the Graph API describes it (`HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`). */
export interface TemplateComponentSpec {
  type: string;
  format?: string;
  text?: string;
  buttons?: { type: string; text: string; url?: string; phone_number?: string; example?: unknown }[];
  cards?: { components: TemplateComponentSpec[] }[];
  example?: unknown;
}

/** `GET /api/templates` rows. */
export interface WorkspaceTemplate {
  id: string;
  name: string;
  language: string;
  category: TemplateCategory;
  status: TemplateStatus;
  kind: TemplateKind;
  components: TemplateComponentSpec[];
  updatedAt: string;
}

/** The error body every failed call answers with. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
