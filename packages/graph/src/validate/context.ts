import type { NodeOutput } from '../common.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { type Graph, type GraphEdge, type GraphNode, getNodeOutputs } from '../graph.ts';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.ts';

/** A template as the WhatsApp account knows it (Meta's registry). */
export interface TemplateInfo {
  name: string;
  language: string;
  /** `UTILITY`, `MARKETING`, `AUTHENTICATION` (any case). */
  category: string;
  /** `APPROVED`, `PENDING`, `REJECTED`, `PAUSED`, `DISABLED`… (any case). */
  status: string;
}

/** What the validator may know about the workspace beyond the flow itself. */
export interface ValidateOptions {
  /** Ids of the workspace's flows: `goToFlow` targets are checked against them. */
  knownFlowIds?: readonly string[];
  /** The workspace's custom contact fields: `{{contact.x}}` is an error when `x` is not one of them. */
  contactFields?: readonly string[];
  /** The account's templates: template steps are checked against them. */
  templates?: readonly TemplateInfo[];
}

export type Where = Omit<Diagnostic, 'code' | 'severity' | 'message'>;

/** The parsed graph with lookups every check needs, and the list diagnostics are reported into. */
export interface ValidationContext {
  graph: Graph;
  options: ValidateOptions;
  /** Nodes by id (the first one when ids repeat). */
  nodes: Map<string, GraphNode>;
  /** Each node's outputs (`getNodeOutputs`), by node id. */
  outputs: Map<string, NodeOutput[]>;
  /**
   * Edges whose source node exists, by source node id, then handle. Nested maps: a composite string key would be
   * built and hashed for every edge and every lookup.
   */
  edgesByHandle: Map<string, Map<string, GraphEdge[]>>;
  /** The usable connections leaving each node (see `linksFrom`), by node id; built once. */
  links: Map<string, Link[]>;
  diagnostics: Diagnostic[];
  report(code: DiagnosticCode, message: string, where?: Where): void;
}

/**
 * Builds the lookups once (every check reads them, so none scans the edges again); `report` takes the severity
 * from `DIAGNOSTIC_CODES`.
 */
export function createContext(graph: Graph, options: ValidateOptions): ValidationContext {
  const nodes = new Map<string, GraphNode>();
  const outputs = new Map<string, NodeOutput[]>();
  for (const node of graph.nodes) {
    if (nodes.has(node.id)) continue;
    nodes.set(node.id, node);
    outputs.set(node.id, getNodeOutputs(node));
  }
  const edgesByHandle = new Map<string, Map<string, GraphEdge[]>>();
  const links = new Map<string, Link[]>();
  for (const edge of graph.edges) {
    const source = edge.source;
    const sourceOutputs = outputs.get(source);
    if (sourceOutputs === undefined) continue;
    let byHandle = edgesByHandle.get(source);
    if (byHandle === undefined) {
      byHandle = new Map();
      edgesByHandle.set(source, byHandle);
    }
    push(byHandle, edge.sourceHandle, edge);
    const output = findOutput(sourceOutputs, edge.sourceHandle);
    const target = nodes.get(edge.target);
    if (output && target) push(links, source, { edge, output, target });
  }
  const diagnostics: Diagnostic[] = [];
  return {
    graph,
    options,
    nodes,
    outputs,
    edgesByHandle,
    links,
    diagnostics,
    report(code, message, where = {}) {
      const diagnostic: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code].severity, message };
      for (const [key, value] of Object.entries(where)) {
        if (value !== undefined) (diagnostic as unknown as Record<string, unknown>)[key] = value;
      }
      diagnostics.push(diagnostic);
    },
  };
}

/** The output of a node with this handle id. */
export function findOutput(outputs: readonly NodeOutput[] | undefined, handle: string): NodeOutput | undefined {
  if (outputs) for (const output of outputs) if (output.id === handle) return output;
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NONE: readonly never[] = [];

/** The edges leaving one output of a node. */
export function edgesFromHandle(ctx: ValidationContext, nodeId: string, handle: string): readonly GraphEdge[] {
  return ctx.edgesByHandle.get(nodeId)?.get(handle) ?? NONE;
}

/** A usable connection: from a known output of an existing node to an existing node. */
export interface Link {
  edge: GraphEdge;
  output: NodeOutput;
  target: GraphNode;
}

/** The usable connections leaving a node; broken edges are reported by the structure checks and skipped here. */
export function linksFrom(ctx: ValidationContext, nodeId: string): readonly Link[] {
  return ctx.links.get(nodeId) ?? NONE;
}

/** Outputs taken because the customer wrote: a choice, a form submission, an answer, or an invalid answer. */
export function isCustomerInput(node: GraphNode, output: NodeOutput): boolean {
  if (output.kind === 'choice' || output.kind === 'submitted' || output.kind === 'invalid') return true;
  return node.type === 'waitForReply' && output.kind === 'next';
}

/** The nodes the triggers start at (those that exist). */
export function entryNodes(ctx: ValidationContext): GraphNode[] {
  return ctx.graph.triggers.flatMap((trigger) => {
    const node = trigger.nodeId === null ? undefined : ctx.nodes.get(trigger.nodeId);
    return node ? [node] : [];
  });
}

/** How a message names a step: its label when it has one, else its id. */
export function stepName(node: GraphNode): string {
  return node.label ? `“${node.label}”` : `step “${node.id}”`;
}
