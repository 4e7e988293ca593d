import type { ConversationScript } from '@salesbot/engine';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** One stored script of a flow, without its body. */
export interface FlowScriptSummary {
  name: string;
  conversations: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The conversation scripts stored with a flow (table `flow_scripts`, migration 2). `flowCreatedAt` is the flow's
 * `created_at`: a flow deleted and created again under the same id starts a new life, so rows older than it belong
 * to the deleted one and are neither shown nor kept.
 */
export const flowScriptStore = {
  list(db: Db, workspaceId: string, flowId: string, flowCreatedAt: number): FlowScriptSummary[] {
    return (
      stmt(
        db,
        `SELECT name, conversations, created_at, updated_at FROM flow_scripts
         WHERE workspace_id = ? AND flow_id = ? AND created_at >= ? ORDER BY name`,
      ).all(workspaceId, flowId, flowCreatedAt) as Row[]
    ).map((row) => ({
      name: row.name,
      conversations: row.conversations,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  },

  get(db: Db, workspaceId: string, flowId: string, flowCreatedAt: number, name: string): ConversationScript | null {
    const text = stmt(
      db,
      'SELECT script FROM flow_scripts WHERE workspace_id = ? AND flow_id = ? AND name = ? AND created_at >= ?',
    )
      .pluck()
      .get(workspaceId, flowId, name, flowCreatedAt) as string | undefined;
    return text === undefined ? null : (JSON.parse(text) as ConversationScript);
  },

  /** Stores `script` under `name`, replacing one of that name. Returns whether it is new. Run in a transaction. */
  put(
    db: Db,
    input: {
      workspaceId: string;
      flowId: string;
      flowCreatedAt: number;
      name: string;
      script: ConversationScript;
      now: number;
    },
  ): { created: boolean } {
    const { workspaceId, flowId, name } = input;
    stmt(db, 'DELETE FROM flow_scripts WHERE workspace_id = ? AND flow_id = ? AND created_at < ?').run(
      workspaceId,
      flowId,
      input.flowCreatedAt,
    );
    const existing = stmt(db, 'SELECT 1 FROM flow_scripts WHERE workspace_id = ? AND flow_id = ? AND name = ?')
      .pluck()
      .get(workspaceId, flowId, name);
    stmt(
      db,
      `INSERT INTO flow_scripts (workspace_id, flow_id, name, script, conversations, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, flow_id, name)
       DO UPDATE SET script = excluded.script, conversations = excluded.conversations, updated_at = excluded.updated_at`,
    ).run(
      workspaceId,
      flowId,
      name,
      JSON.stringify(input.script),
      input.script.conversations.length,
      input.now,
      input.now,
    );
    return { created: existing === undefined };
  },

  /** Removes one script; false when there was none. */
  remove(db: Db, workspaceId: string, flowId: string, flowCreatedAt: number, name: string): boolean {
    return (
      stmt(db, 'DELETE FROM flow_scripts WHERE workspace_id = ? AND flow_id = ? AND name = ? AND created_at >= ?').run(
        workspaceId,
        flowId,
        name,
        flowCreatedAt,
      ).changes > 0
    );
  },
};

interface Row {
  name: string;
  conversations: number;
  created_at: number;
  updated_at: number;
}
