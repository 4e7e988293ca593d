import type { Diagnostic, Graph, GraphInput } from '@salesbot/graph';
import type { TemplateCategory, TemplateKind, TemplateStatus } from '@salesbot/policy';

/** A time as the server sends it: epoch milliseconds (an ISO string is accepted too). */
export type Timestamp = number | string;

/** `GET /api/flows` rows (docs/api.md). */
export interface FlowSummary {
  id: string;
  name: string;
  description?: string;
  updatedAt: Timestamp;
  publishedVersion: number | null;
  errorCount: number;
  warningCount: number;
  /** Sessions the flow started in the last 7 days. */
  sessions7d: number;
}

/** `GET /api/flows/:id`. */
export interface FlowDetail {
  id: string;
  name: string;
  draft: Graph;
  updatedAt: Timestamp;
  publishedVersion: number | null;
}

export type CreateFlowInput = { graph: GraphInput } | { name: string };

export interface SaveDraftResult {
  updatedAt: Timestamp;
  diagnostics: Diagnostic[];
}

export interface PublishResult {
  version: number;
  publishedAt: Timestamp;
}

export interface VersionSummary {
  version: number;
  publishedAt: Timestamp;
  nodeCount: number;
}

export interface VersionDetail {
  version: number;
  publishedAt: Timestamp;
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
  /** As the server stores it (`UTILITY` or `utility`); see `normalizeTemplate`. */
  category: TemplateCategory | Uppercase<TemplateCategory>;
  status: TemplateStatus;
  kind: TemplateKind;
  components: TemplateComponentSpec[];
  updatedAt: Timestamp;
}

/** The error body every failed call answers with. */
/** `GET /api/channels`: what the editor reads of a connected number. */
export interface ChannelSummary {
  id: string;
  name: string;
  displayPhoneNumber: string | null;
  sandbox: boolean;
  coexistence: boolean;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** `GET /api/contact-fields`: the workspace's custom contact fields. */
export interface ContactFieldInfo {
  name: string;
  label: string | null;
}

/** `GET /api/pipelines`. */
export interface PipelineInfo {
  id: string;
  name: string;
  stages: { id: string; name: string; position: number }[];
}
