import { type CompiledFlow, compileGraph } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** A published flow version, compiled, ready to start sessions. */
export interface PublishedFlow {
  flowId: string;
  version: number;
  flow: CompiledFlow;
}

/**
 * Compiled flows per (workspace, flow, version). A version is immutable, so an entry never goes stale; the list
 * of a workspace's published flows is dropped when one is published or deleted.
 */
export class FlowCache {
  private compiled = new Map<string, CompiledFlow>();
  private published = new Map<string, PublishedFlow[]>();

  constructor(private readonly db: Db) {}

  /** The compiled graph of one published version; throws when it is missing (sessions pin existing versions). */
  get(workspaceId: string, flowId: string, version: number): CompiledFlow {
    const key = `${workspaceId}\u0000${flowId}\u0000${version}`;
    let flow = this.compiled.get(key);
    if (!flow) {
      const graph = stmt(
        this.db,
        'SELECT graph FROM flow_versions WHERE workspace_id = ? AND flow_id = ? AND version = ?',
      )
        .pluck()
        .get(workspaceId, flowId, version) as string | undefined;
      if (graph === undefined) throw new Error(`flow ${flowId} version ${version} is not stored`);
      const result = compileGraph(JSON.parse(graph) as Graph);
      if (!result.ok)
        throw new Error(`flow ${flowId} version ${version} does not compile: ${result.diagnostics[0]?.message}`);
      flow = { graph: result.graph, config: result.config, machine: result.machine };
      if (this.compiled.size > 5000) this.compiled.clear();
      this.compiled.set(key, flow);
    }
    return flow;
  }

  /** The workspace's flows that have a published version (not deleted), in a stable order. */
  publishedFlows(workspaceId: string): PublishedFlow[] {
    let list = this.published.get(workspaceId);
    if (!list) {
      const rows = stmt(
        this.db,
        `SELECT id, published_version FROM flows WHERE workspace_id = ? AND published_version IS NOT NULL
           AND deleted_at IS NULL ORDER BY created_at, id`,
      ).all(workspaceId) as { id: string; published_version: number }[];
      list = rows.map((row) => ({
        flowId: row.id,
        version: row.published_version,
        flow: this.get(workspaceId, row.id, row.published_version),
      }));
      this.published.set(workspaceId, list);
    }
    return list;
  }

  /** The published version of one flow, or null. */
  publishedFlow(workspaceId: string, flowId: string): PublishedFlow | null {
    return this.publishedFlows(workspaceId).find((flow) => flow.flowId === flowId) ?? null;
  }

  invalidate(workspaceId: string): void {
    this.published.delete(workspaceId);
  }
}
